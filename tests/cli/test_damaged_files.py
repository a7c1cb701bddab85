"""Hostile or damaged files on the laptop, through the real `cnis` process with the real key
derivation: each case is one line on stderr saying what is wrong and what to do, exit 1,
no traceback, the damaged files left as they were and the good copy untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault
from cnis_desktop.vault.blob_files import blob_folder_for
from tests.attachment_samples import drawing_png, marker_pdf
from tests.conftest import PASSPHRASE, add_child_with_arrangement

ROOT = Path(__file__).parents[2]


def cnis(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cnis_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The good copy: a small demo vault made with the real key derivation."""
    path = tmp_path_factory.mktemp("good") / "cnis.vault"
    done = cnis("demo", "--vault", str(path), "--children", "3", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another vault, whose key file is put beside the good one's copy."""
    path = tmp_path_factory.mktemp("other") / "other.vault"
    done = cnis("init", "--vault", str(path), "--name", "Sam", "--role", "ehe_officer", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    return path


def key_of(vault: Path) -> Path:
    return vault.with_name(vault.name + ".key")


def truncate(size: Callable[[int], int]) -> Callable[[Path, Path], None]:
    def damage(vault: Path, _other: Path) -> None:
        data = vault.read_bytes()
        vault.write_bytes(data[: size(len(data))])

    return damage


def flip(at: Callable[[int], int], count: int = 64) -> Callable[[Path, Path], None]:
    def damage(vault: Path, _other: Path) -> None:
        data = bytearray(vault.read_bytes())
        start = at(len(data))
        for i in range(start, start + count):
            data[i] ^= 0xA5
        vault.write_bytes(bytes(data))

    return damage


def edit_kdf(**changes: int) -> Callable[[Path, Path], None]:
    def damage(vault: Path, _other: Path) -> None:
        data = json.loads(key_of(vault).read_text())
        data["kdf"].update(changes)
        key_of(vault).write_text(json.dumps(data))

    return damage


def key_replaced(make: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    def damage(vault: Path, other: Path) -> None:
        key_of(vault).unlink()
        make(key_of(vault), other)

    return damage


CASES: list[tuple[str, Callable[[Path, Path], None], str]] = [
    ("vault of 0 bytes", truncate(lambda n: 0), "is empty (0 bytes)"),
    ("vault cut mid-page", truncate(lambda n: n // 2 + 100), "is truncated"),
    ("vault cut to half its pages", truncate(lambda n: (n // 2) // 4096 * 4096), "damaged"),
    ("bytes flipped in the middle", flip(lambda n: n // 2), "damaged"),
    ("bytes flipped in the first page", flip(lambda n: 200), "cannot be read with its key"),
    ("vault is a folder", lambda v, o: v.unlink() or v.mkdir(), "not an ordinary file"),
    ("key file missing", lambda v, o: key_of(v).unlink(), "key file"),
    ("key file a folder", key_replaced(lambda k, o: k.mkdir()), "not an ordinary file"),
    (
        "key file a symlink to /dev/zero",
        key_replaced(lambda k, o: k.symlink_to("/dev/zero")),
        "not an ordinary file",
    ),
    (
        "key file of another vault",
        key_replaced(lambda k, o: shutil.copy(key_of(o), k)),
        "belongs to another vault",
    ),
    ("key file not JSON", key_replaced(lambda k, o: k.write_text("{not json")), "damaged"),
    ("key file huge", key_replaced(lambda k, o: k.write_bytes(b" " * 200_000)), "too large"),
    ("key file: 1 MiB of memory", edit_kdf(memory_kib=1024), "1 MiB of memory"),
    ("key file: 8 GiB of memory", edit_kdf(memory_kib=8 * 1024 * 1024), "8192 MiB of memory"),
    ("key file: 1 pass", edit_kdf(time_cost=1), "1 passes"),
    ("key file: 1,000 passes", edit_kdf(time_cost=1000), "1000 passes"),
    ("key file: passes edited within range", edit_kdf(time_cost=19), "passphrase is not correct"),
    ("key file: field of the wrong type", edit_kdf(time_cost=[]), "damaged"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    ("damage", "expected"), [(d, e) for _, d, e in CASES], ids=[name for name, _, _ in CASES]
)
def test_damaged_file_is_one_clear_line_and_harms_nothing(
    good: Path, other: Path, tmp_path: Path, damage: Callable[[Path, Path], None], expected: str
) -> None:
    good_before = digest(good), digest(key_of(good))
    vault = tmp_path / "copy" / "cnis.vault"
    vault.parent.mkdir()
    shutil.copy(good, vault)
    shutil.copy(key_of(good), key_of(vault))
    damage(vault, other)
    damaged = digest(vault), digest(key_of(vault))

    done = cnis("children", "list", "--vault", str(vault), "--passphrase-stdin")

    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert expected in done.stderr
    assert done.stdout == ""
    assert (digest(vault), digest(key_of(vault))) == damaged, "the damaged copy was rewritten"
    assert (digest(good), digest(key_of(good))) == good_before
    assert not (vault.parent / "cnis.vault.checked").exists(), "a damaged vault passed as checked"


def test_unreadable_key_file_is_named(good: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    vault = tmp_path / "cnis.vault"
    shutil.copy(good, vault)
    shutil.copy(key_of(good), key_of(vault))
    key_of(vault).chmod(0)
    done = cnis("children", "list", "--vault", str(vault), "--passphrase-stdin")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "cannot be read (Permission denied)" in done.stderr


def test_check_reads_every_page_and_changes_nothing(good: Path, tmp_path: Path) -> None:
    vault = tmp_path / "cnis.vault"
    shutil.copy(good, vault)
    shutil.copy(key_of(good), key_of(vault))
    ok = cnis("check", "--vault", str(vault), "--passphrase-stdin")
    assert ok.returncode == 0, ok.stderr
    assert "is whole" in ok.stdout
    assert digest(vault) == digest(good)
    # A page flipped near the end (a page quick_check may not visit) is found by the full check.
    flip(lambda n: n - 2048, 16)(vault, vault)
    before = digest(vault)
    bad = cnis("check", "--vault", str(vault), "--passphrase-stdin")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "damaged" in bad.stderr and "Restore" in bad.stderr and "Traceback" not in bad.stderr
    assert digest(vault) == before


def test_check_reads_back_every_attachment_file(tmp_path: Path) -> None:
    """`cnis check` opens every sealed file with its key and hashes it: one changed byte is
    found, said in one line with what happens next, and nothing is written."""
    path = tmp_path / "cnis.vault"
    with closing(Vault.create(path, PASSPHRASE, "Alex", "ehe_officer")) as vault:
        child = add_child_with_arrangement(vault)
        vault.attachments.add(child, "child", child, drawing_png(), "drawing.png")
        vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    ok = cnis("check", "--vault", str(path), "--passphrase-stdin")
    assert ok.returncode == 0, ok.stderr
    assert "Its 2 attachments' files are whole and authentic." in ok.stdout
    sealed = sorted(blob_folder_for(path).iterdir())[0]
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 1
    sealed.write_bytes(bytes(data))
    before = {p.name: digest(p) for p in [path, *blob_folder_for(path).iterdir()]}
    bad = cnis("check", "--vault", str(path), "--passphrase-stdin")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert "1 of the 2 attachments' files beside the vault are missing or damaged" in bad.stderr
    assert "a sync then fetches each again from the hub" in bad.stderr
    assert {p.name: digest(p) for p in [path, *blob_folder_for(path).iterdir()]} == before
