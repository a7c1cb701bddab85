"""The `cnis` command, run as a real process with the real key derivation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parents[2]


def cnis(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cnis_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.vault"
    done = cnis(
        "demo", "--vault", str(path), "--children", "12", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert "12 fictional children" in done.stdout
    return path


def test_init_creates_an_encrypted_vault(tmp_path: Path) -> None:
    path = tmp_path / "mine.vault"
    done = cnis(
        "init",
        "--vault",
        str(path),
        "--name",
        "Alex Officer",
        "--role",
        "ehe_officer",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert path.exists() and path.with_name("mine.vault.key").exists()
    again = cnis(
        "init",
        "--vault",
        str(path),
        "--name",
        "X",
        "--role",
        "ehe_officer",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert again.returncode == 1 and "already exists" in again.stderr


def test_init_refuses_a_weak_passphrase_with_the_reason(tmp_path: Path) -> None:
    done = cnis(
        "init",
        "--vault",
        str(tmp_path / "w.vault"),
        "--name",
        "A",
        "--role",
        "ehe_officer",
        "--passphrase-stdin",
        stdin="short\n",
    )
    assert done.returncode == 1
    assert "12 characters" in done.stderr
    assert not (tmp_path / "w.vault").exists()


def test_children_and_visits_list_one_a_line_id_first(demo_vault: Path) -> None:
    children = cnis(
        "children", "list", "--vault", str(demo_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert children.returncode == 0, children.stderr
    lines = children.stdout.strip().splitlines()
    assert len(lines) == 12
    assert all(len(line.split("\t")[0]) == 36 for line in lines)
    child_id = next(line.split("\t")[0] for line in lines if "Toby Penhallow" in line)
    visits = cnis(
        "visits", "list", child_id, "--vault", str(demo_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert visits.returncode == 0, visits.stderr
    rows = [line.split("\t") for line in visits.stdout.strip().splitlines()]
    assert rows and all(r[-1] == "Toby Penhallow" and len(r[0]) == 36 for r in rows)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_visit_summary(demo_vault: Path, tmp_path: Path) -> None:
    visits = cnis("visits", "list", "--vault", str(demo_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    visit_id = next(line.split("\t")[0] for line in visits.stdout.splitlines() if "\tfinal\t" in line)
    out = tmp_path / "summary.pdf"
    done = cnis(
        "print",
        "visit-summary",
        visit_id,
        "--out",
        str(out),
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Visit summary" in text and "Page 1 of" in text


def test_errors_are_one_clear_line(demo_vault: Path, tmp_path: Path) -> None:
    wrong = cnis(
        "children", "list", "--vault", str(demo_vault), "--passphrase-stdin", stdin="not the passphrase\n"
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "cnis: That passphrase is not correct."
    missing = cnis("visits", "list", "--vault", str(tmp_path / "none.vault"), "--passphrase-stdin", stdin="")
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert "no vault at" in missing.stderr
    unknown = cnis(
        "print",
        "visit-summary",
        "no-such-id",
        "--out",
        str(tmp_path / "x.pdf"),
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert unknown.returncode == 1 and "No visit with id no-such-id" in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_eotas_log_and_summary(demo_vault: Path) -> None:
    children = cnis(
        "children",
        "list",
        "--vault",
        str(demo_vault),
        "--search",
        "toby",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    toby = children.stdout.split("\t")[0]
    from datetime import date, timedelta

    monday = date.today() - timedelta(days=date.today().weekday())
    logged = cnis(
        "eotas",
        "log",
        toby,
        "--date",
        f"{monday:%d/%m/%Y}",
        "--component",
        "english tutoring",
        "--minutes",
        "120",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert logged.returncode == 0, logged.stderr
    assert len(logged.stdout.split("\t")[0]) == 36
    summary = cnis(
        "eotas",
        "summary",
        toby,
        "--from",
        f"{monday:%d/%m/%Y}",
        "--to",
        f"{monday + timedelta(6):%d/%m/%Y}",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert summary.returncode == 0, summary.stderr
    week = next(line for line in summary.stdout.splitlines() if line.startswith(f"{monday:%d/%m/%Y}"))
    planned, delivered, full_time = (float(x) for x in week.split("\t")[1:4])
    assert delivered >= 2.0 and planned > 0 and full_time == 24.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--minutes", "1500"], "1,440"),
        (["--component", "pottery"], "No component 'pottery'"),
        (["--date", "01/01/2019"], "outside the package"),
        (["--status", "q"], "status"),
    ],
)
def test_eotas_bad_input_one_line_nothing_saved(demo_vault: Path, args: list[str], message: str) -> None:
    children = cnis(
        "children",
        "list",
        "--vault",
        str(demo_vault),
        "--search",
        "toby",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    toby = children.stdout.split("\t")[0]
    from datetime import date

    base = {"--date": f"{date.today():%d/%m/%Y}", "--component": "maths tutoring", "--minutes": "60"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    flat = [x for pair in base.items() for x in pair]
    done = cnis(
        "eotas", "log", toby, *flat, "--vault", str(demo_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_review_pack(demo_vault: Path, tmp_path: Path) -> None:
    children = cnis(
        "children",
        "list",
        "--vault",
        str(demo_vault),
        "--search",
        "amani",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    amani = children.stdout.split("\t")[0]
    out = tmp_path / "pack.pdf"
    from datetime import date, timedelta

    done = cnis(
        "print",
        "review-pack",
        amani,
        "--from",
        f"{date.today() - timedelta(days=365):%d/%m/%Y}",
        "--to",
        f"{date.today():%d/%m/%Y}",
        "--out",
        str(out),
        "--no-third-party",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "I want to go to a school with my cousin." in text
    assert "Tigrinya" in text and "third-party information withheld" in text
    backwards = cnis(
        "print",
        "review-pack",
        amani,
        "--from",
        "01/01/2026",
        "--to",
        "01/01/2025",
        "--out",
        str(out),
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert backwards.returncode == 1 and "--to is before --from" in backwards.stderr


def test_dashboard_and_register_round_trip(demo_vault: Path, tmp_path: Path) -> None:
    dash = cnis("dashboard", "--vault", str(demo_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert dash.returncode == 0, dash.stderr
    assert "Arrangements not notified to health:" in dash.stdout
    assert "Mira Fernsby" in dash.stdout  # the school was told; health never was
    out = tmp_path / "annex-b.csv"
    exported = cnis(
        "export",
        "register",
        "--format",
        "annex-b",
        "--out",
        str(out),
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    dry = cnis(
        "import",
        "register",
        str(out),
        "--format",
        "annex-b",
        "--dry-run",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert dry.returncode == 0, dry.stderr
    assert "0 to create, 0 to update, 12 unchanged" in dry.stdout
    messy = tmp_path / "messy.csv"
    messy.write_bytes(
        '\ufeffName,Date of birth,Hours\r\n\r\n"Brindlecombe, Xylo ",'
        "03/04/2016 , 6\r\nNo Date Here,,5\r\n".encode()
    )
    asked = cnis(
        "import",
        "register",
        str(messy),
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\nn\n",
    )
    assert asked.returncode == 1 and "Nothing was imported." in asked.stdout
    assert "line 4: rejected – no date of birth" in asked.stdout
    done = cnis(
        "import",
        "register",
        str(messy),
        "--yes",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0 and "1 created" in done.stdout
    missing = tmp_path / "missing.csv"
    missing.write_text("Name\r\nWren Oakhurst\r\n")
    refused = cnis(
        "import",
        "register",
        str(missing),
        "--yes",
        "--vault",
        str(demo_vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert refused.returncode == 1 and "no Date of birth column" in refused.stderr
