"""`cnis visits add` with the README's example file, and printing copies from the command
line: the default copy is the family's, the audit says which copy, a left-out section is
named with its reason, the accessible version is written on request."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault
from tests.cli.test_cli import ROOT, cnis
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docs-cli") / "demo.vault"
    done = cnis(
        "demo", "--vault", str(path), "--children", "5", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert done.returncode == 0, done.stderr
    return path


def run(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cnis(*args, "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")


def child_id(vault: Path, search: str) -> str:
    return run(vault, "children", "list", "--search", search).stdout.split("\t")[0]


def readme_example() -> dict[str, object]:
    """The README's example visit file, its dates moved so the visit is in the past."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = readme.split("```json", 1)[1].split("```", 1)[0]
    shift = date.today() - date(2026, 11, 28)

    def moved(found: re.Match[str]) -> str:
        day = datetime.strptime(found.group(0), "%d/%m/%Y").date() + shift
        return f"{day:%d/%m/%Y}"

    data: dict[str, object] = json.loads(re.sub(r"\d\d/\d\d/\d{4}", moved, text))
    return data


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


def test_the_readme_example_becomes_a_finalised_visit(demo_vault: Path, tmp_path: Path) -> None:
    mira = child_id(demo_vault, "mira")
    before = run(demo_vault, "visits", "list", mira).stdout.strip().splitlines()
    source = tmp_path / "visit.json"
    source.write_text(json.dumps(readme_example()), encoding="utf-8")
    done = run(demo_vault, "visits", "add", mira, "--from", str(source), "--finalise")
    assert done.returncode == 0, done.stderr
    visit_id = done.stdout.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", visit_id)
    assert "Children's Front Door" in done.stderr  # the procedure, shown for the concern
    after = run(demo_vault, "visits", "list", mira).stdout.strip().splitlines()
    assert len(after) == len(before) + 1
    assert any(line.startswith(visit_id) and "\tfinal\t" in line for line in after)

    family, record = tmp_path / "family.pdf", tmp_path / "record.pdf"
    assert run(demo_vault, "print", "visit-summary", visit_id, "--out", str(family)).returncode == 0
    assert (
        run(
            demo_vault, "print", "visit-summary", visit_id, "--out", str(record), "--copy", "record"
        ).returncode
        == 0
    )
    family_text, record_text = pdf_text(family), pdf_text(record)
    for secret in (
        "Bruise on her arm",
        "Written referral to MASH",
        "Tell the safeguarding lead",
        "Tired; says she sleeps badly.",
    ):
        assert secret not in family_text and secret in record_text, secret
    assert "Send the maths club details" in family_text
    assert "Family copy – safeguarding and third-party information withheld" in family_text
    assert "I read to Mum every night." in family_text

    with _opened(demo_vault) as vault:
        stored = vault.visits.get(visit_id)
        assert stored.is_final and stored.record.safeguarding_procedure_shown_at is not None
        events = [(e["action"], e["detail"]) for e in vault.audit_events() if e["record_id"] == visit_id]
    assert ("safeguarding_procedure_shown", "") in events
    assert ("export", "visit summary PDF; family copy, no third-party") in events
    assert ("export", "visit summary PDF; record copy") in events


class _opened:
    def __init__(self, path: Path) -> None:
        self.vault = Vault.open(path, PASSPHRASE)

    def __enter__(self) -> Vault:
        return self.vault

    def __exit__(self, *_: object) -> None:
        self.vault.close()


def test_a_bad_file_names_every_problem_and_writes_nothing(demo_vault: Path, tmp_path: Path) -> None:
    mira = child_id(demo_vault, "mira")
    before = run(demo_vault, "visits", "list", mira).stdout
    data = readme_example()
    data.update(
        {
            "actual_date": "31/02/2026",
            "child_seen": "yes",
            "judgement": "fine",
            "hours_per_week": "twelve",
            "colour": "blue",
        }
    )
    data["actions"] = [{"what": "Call", "who": "EHE officer", "due": "soon"}]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    done = run(demo_vault, "visits", "add", mira, "--from", str(source), "--finalise")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    for expected in (
        "cnis: actual date: 31/02/2026 is not a real date.",
        "cnis: child seen: Enter true or false.",
        "cnis: judgement: 'fine' is not one of",
        "cnis: hours per week: Enter a number",
        "cnis: colour: A visit has no such field.",
        "cnis: actions.1: Action 1: Enter a date",
        "cnis: nothing was written",
    ):
        assert any(line.startswith(expected) for line in lines), expected
    assert run(demo_vault, "visits", "list", mira).stdout == before


def test_pack_copies_reasons_and_the_accessible_version(demo_vault: Path, tmp_path: Path) -> None:
    toby = child_id(demo_vault, "toby")
    period = ["--from", f"{date.today() - timedelta(days=365):%d/%m/%Y}", "--to", f"{date.today():%d/%m/%Y}"]
    out = tmp_path / "pack.pdf"
    done = run(
        demo_vault,
        "print",
        "review-pack",
        toby,
        *period,
        "--out",
        str(out),
        "--leave-out",
        "eotas=Provider invoices are reviewed separately",
        "--copy",
        "professional",
    )
    assert done.returncode == 0, done.stderr
    assert "professional copy – safeguarding information withheld" in done.stdout
    text = pdf_text(out)
    assert "EOTAS delivery Left out of this copy: Provider invoices are reviewed separately" in text
    assert "Professional copy – safeguarding information withheld" in text
    odt = tmp_path / "pack.odt"
    done = run(demo_vault, "print", "review-pack", toby, *period, "--out", str(odt), "--format", "odt")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(odt) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert b"EHC annual review" in package.read("content.xml")
    bad = run(demo_vault, "print", "review-pack", toby, *period, "--out", str(out), "--leave-out", "nonsense")
    assert bad.returncode == 1 and "no section 'nonsense'" in bad.stderr
    with _opened(demo_vault) as vault:
        details = [
            e["detail"] for e in vault.audit_events() if e["record_id"] == toby and e["action"] == "export"
        ]
    assert "review pack PDF; professional copy" in details
    assert "review pack accessible ODT; family copy, no third-party" in details
