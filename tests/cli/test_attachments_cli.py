"""`cnis attachments add | list | export`: a phone photo goes in stripped, comes out clean,
the export is audited, the source deleted on request; refused files leave nothing. Every file
the commands wrote is scanned for the photo's secrets and a PDF's marker."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import ExifTags, Image

from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import KdfParams
from tests.attachment_samples import (
    PDF_MARKER,
    SERIAL,
    XMP_MARKER,
    fake_executable,
    marker_pdf,
    phone_photo,
    thumbnail_jpeg,
)
from tests.cli.test_cli import cnis
from tests.conftest import PASSPHRASE, add_child_with_arrangement

# The lightest key derivation a key file may ask for: the CLI opens this vault for real.
CLI_KDF = KdfParams(time_cost=2, memory_kib=65_536, parallelism=1)


def make_vault(path: Path) -> str:
    vault = Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=CLI_KDF)
    try:
        return add_child_with_arrangement(vault)
    finally:
        vault.close()


def run(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cnis(*args, "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")


def files_containing(root: Path, needle: bytes) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()}


def test_add_list_export_and_nothing_leaks(tmp_path: Path, private_home: Path) -> None:
    vault_path = tmp_path / "vaults" / "cnis.vault"
    child = make_vault(vault_path)
    photo_path = tmp_path / "camera" / "IMG_0042.JPG"
    photo_path.parent.mkdir()
    photo = phone_photo(3000, 2000)
    photo_path.write_bytes(photo)
    letter_path = tmp_path / "camera" / "camhs-letter.pdf"
    letter_path.write_bytes(marker_pdf())

    added = run(
        vault_path,
        "attachments",
        "add",
        child,
        str(photo_path),
        "--caption",
        "Fridge timetable",
        "--delete-source",
    )
    assert added.returncode == 0, added.stderr
    photo_id = added.stdout.strip()
    assert not photo_path.exists() and "Deleted" in added.stderr
    letter = run(vault_path, "attachments", "add", child, str(letter_path), "--restricted")
    assert letter.returncode == 0, letter.stderr

    listed = run(vault_path, "attachments", "list", child).stdout.strip().splitlines()
    assert len(listed) == 2
    assert listed[0].split("\t")[0] == photo_id and listed[0].endswith("Fridge timetable")
    assert "application/pdf" in listed[1] and "restricted" in listed[1]

    out = tmp_path / "exports" / "timetable.jpg"
    out.parent.mkdir()
    exported = run(vault_path, "attachments", "export", photo_id, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "not encrypted" in exported.stdout
    image = Image.open(io.BytesIO(out.read_bytes()))
    assert len(image.getexif()) == 0 and image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert image.size == (1333, 2000)  # turned upright, scaled to 2000 px
    letter_out = tmp_path / "exports" / "letter.pdf"
    assert (
        run(vault_path, "attachments", "export", letter.stdout.strip(), "--out", str(letter_out)).returncode
        == 0
    )

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        actions = [(e["action"], e["record_id"]) for e in vault.audit_events()]
    finally:
        vault.close()
    assert ("export", photo_id) in actions

    # Every file written anywhere in this test's world (the data, config, cache, state and temp
    # folders are inside tmp_path too): the photo's secrets nowhere, its pixels only in the
    # explicit export; the letter's marker only in its source and its export.
    everything = tmp_path
    assert private_home.is_relative_to(tmp_path)
    for secret in (SERIAL.encode(), XMP_MARKER.encode(), thumbnail_jpeg()):
        assert files_containing(everything, secret) == set()
    assert files_containing(everything, out.read_bytes()[-4096:]) == {out}
    assert files_containing(everything, PDF_MARKER.encode()) == {letter_path, letter_out}


def test_refused_files_leave_nothing(tmp_path: Path) -> None:
    vault_path = tmp_path / "v" / "cnis.vault"
    child = make_vault(vault_path)
    exe = tmp_path / "holiday.jpg"
    exe.write_bytes(fake_executable())
    done = run(vault_path, "attachments", "add", child, str(exe), "--delete-source")
    assert done.returncode == 1 and "not a photo, PDF or office document" in done.stderr
    assert exe.exists()  # refused: the source is kept
    assert run(vault_path, "attachments", "list", child).stdout == ""
    missing = run(vault_path, "attachments", "list", "no-such-child")
    assert missing.returncode == 1 and "No child" in missing.stderr
