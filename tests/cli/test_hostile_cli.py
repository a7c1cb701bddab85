"""Hostile input to `cnis`, through the real process with the real key derivation: one line
for every failure, never a traceback, and never exit 0 having done nothing."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnis_desktop.domain.text_safety import (
    control_character_problem,
    for_terminal,
    neutralise_formula_cell,
    restore_formula_cell,
)
from cnis_desktop.reports.csv_export import eotas_hours_csv
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parents[2]


def cnis(
    *args: str, stdin: str = PASSPHRASE + "\n", env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cnis_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("hostile") / "demo.vault"
    done = cnis("demo", "--vault", str(path), "--children", "6", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    listed = cnis("children", "list", "--vault", str(path), "--passphrase-stdin")
    return path, listed.stdout.split("\t")[0]


def one_clean_line(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode in (1, 2), done.stdout
    assert "Traceback" not in done.stderr
    if done.returncode == 1:  # argparse's usage errors (2) have their usage lines
        assert done.stderr.count("\n") == 1, done.stderr


def test_options_before_or_after_the_command(demo: tuple[Path, str]) -> None:
    vault, _ = demo
    before = cnis("--vault", str(vault), "--passphrase-stdin", "children", "list")
    after = cnis("children", "list", "--vault", str(vault), "--passphrase-stdin")
    mixed = cnis("--vault", str(vault), "children", "list", "--passphrase-stdin")
    assert before.returncode == after.returncode == mixed.returncode == 0, before.stderr
    assert before.stdout == after.stdout == mixed.stdout and before.stdout.count("\n") == 6


def test_every_command_finds_the_demo_vault_or_says_where_it_looked(tmp_path: Path) -> None:
    missing = cnis("children", "list", "--passphrase-stdin")
    one_clean_line(missing)
    data = Path(os.environ["XDG_DATA_HOME"])
    assert str(data / "CNIS Desktop" / "cnis.vault") in missing.stderr
    assert str(data / "CNIS Desktop" / "demo" / "demo.vault") in missing.stderr
    os.umask(0o022)  # what a laptop has: the folders must still be private
    made = cnis("demo", "--children", "3", stdin="")
    assert made.returncode == 0, made.stderr
    for folder in (data / "CNIS Desktop", data / "CNIS Desktop" / "demo"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    found = cnis("dashboard", "--passphrase-stdin", stdin="demo-vault-fictional-children\n")
    assert found.returncode == 0, found.stderr
    assert "using the demo vault" in found.stderr and "No lead professional" in found.stdout


def test_a_closed_pipe_ends_quietly(demo: tuple[Path, str]) -> None:
    vault, _ = demo
    command = (
        f"printf '%s\\n' '{PASSPHRASE}' | {sys.executable} -m cnis_desktop.cli "
        f"visits list --vault '{vault}' --passphrase-stdin | head -1"
    )
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["children", "list", "--search", "a" * 100_000], "at most 200"),
        (["children", "list", "--search", "Mira\x1b[2J"], "control character"),
        (["eotas", "summary", "CHILD", "--from", "01/01/9999", "--to", "31/12/9999"], "between"),
        (["eotas", "summary", "CHILD", "--from", "01/01/1901", "--to", "31/12/2190"], "20 years"),
        (["eotas", "log", "CHILD", "--date", "31/12/9999", "--component", "x"], "between"),
        (
            [
                "eotas",
                "log",
                "CHILD",
                "--date",
                (date.today() + timedelta(days=1)).strftime("%d/%m/%Y"),
                "--component",
                "x",
            ],
            "after today",
        ),
        (
            ["eotas", "log", "CHILD", "--date", "01/01/2020", "--component", "x", "--minutes", "-5"],
            "0 to 1,440",
        ),
        (["export", "register", "--format", "annex-b", "--out", "/dev/full"], "not a file"),
        (["print", "visit-summary", "x", "--out", "/dev/full"], "not a file"),
        (
            ["print", "review-pack", "CHILD", "--from", "01/01/2020", "--to", "01/01/2021", "--out", "/tmp"],
            "is a folder",
        ),
        (["import", "register", "/dev/zero", "--dry-run"], "not an ordinary file"),
    ],
)
def test_hostile_arguments_get_one_line(demo: tuple[Path, str], args: list[str], expected: str) -> None:
    vault, child = demo
    done = cnis(*[child if a == "CHILD" else a for a in args], "--vault", str(vault), "--passphrase-stdin")
    one_clean_line(done)
    assert expected in done.stderr


def test_a_csv_cell_over_128_kib_is_one_line(demo: tuple[Path, str], tmp_path: Path) -> None:
    vault, _ = demo
    sheet = tmp_path / "big.csv"
    sheet.write_text("Name,Date of birth\n" + "x" * 200_000 + ",01/01/2015\n")
    done = cnis("import", "register", str(sheet), "--dry-run", "--vault", str(vault), "--passphrase-stdin")
    one_clean_line(done)
    assert "nothing was imported" in done.stderr


def test_a_failed_write_is_audited_as_failed_and_leaves_nothing(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    vault, _ = demo
    out = tmp_path / "out" / "register.csv"
    out.parent.mkdir()
    # The kernel's file-size limit (EFBIG, as a full disk gives ENOSPC), set only while the
    # output is written, so that the vault itself can still record what happened.
    script = r"""
import resource, sys
from cnis_desktop import cli
real = cli.write_private_atomically
def on_a_full_disk(path, data):
    resource.setrlimit(resource.RLIMIT_FSIZE, (256, resource.RLIM_INFINITY))
    try:
        real(path, data)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
cli.write_private_atomically = on_a_full_disk
sys.exit(cli.main(sys.argv[1:]))
"""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "export",
            "register",
            "--format",
            "annex-b",
            "--out",
            str(out),
            "--vault",
            str(vault),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    one_clean_line(done)
    assert "was not saved" in done.stderr
    assert list(out.parent.iterdir()) == []
    # The audit says what happened: a failed export, not a done one.
    from cnis_desktop.vault import Vault
    from cnis_desktop.vault.unlocking import unlock_key

    opened = Vault.open_with_key(vault, unlock_key(vault, PASSPHRASE, check=False))
    try:
        actions = [e["action"] for e in opened.audit_events(20) if e["record_type"] == "register"]
    finally:
        opened.close()
    assert actions[0] == "export_failed" and "export" not in actions[:1]


def test_formula_cells_are_neutralised_reversibly() -> None:
    for value in ("=1+2, John", "+44 7700", "-x", "@SUM(A1)", "\tTab", "\rCR", "'quoted", "-12.5", "Plain"):
        exported = neutralise_formula_cell(value)
        assert exported[:1] not in ("=", "+", "@", "\t", "\r") or exported == value == "-12.5"
        assert restore_formula_cell(exported) == value

    class Row:
        child_id = "id-1"
        name = '=HYPERLINK("http://x")'
        weeks: tuple[object, ...] = ()

    from cnis_desktop.domain.hours import Week

    row = Row()
    row.weeks = (
        Week(
            start=date(2026, 9, 7),
            planned_minutes=60,
            delivered_minutes=30,
            threshold_minutes=1500,
            not_delivered={"cancelled_provider": 0, "cancelled_family": 0, "dna": 0, "rescheduled": 0},
        ),
    )
    cells = list(csv.reader(io.StringIO(eotas_hours_csv([row]))))  # type: ignore[list-item]
    assert cells[1][0] == '\'=HYPERLINK("http://x")'


def test_control_and_bidi_characters() -> None:
    assert control_character_problem("Mira\x00") and control_character_problem("a\x1b[31m")
    assert control_character_problem("line\nbreak") is None
    assert control_character_problem("line\nbreak", single_line=True)
    assert for_terminal("abc\u202edcba\x1b") == "abcdcba\ufffd"


SCRATCH = Path(tempfile.mkdtemp(prefix="cnis-hostile-"))
HOSTILE = st.sampled_from(
    [
        "",
        "-",
        "--",
        "=1+2",
        "\u202eevil",
        "\x1b[2J",
        "a" * 70_000,
        "31/12/9999",
        "00/00/0000",
        "29/02/2023",
        "-1",
        "99999999999999999999",
        "/dev/full",
        "/dev/zero",
        "/",
        "..",
        "x" * 300,
        "01/01/0001",
        "ø",
        "nan",
        "1e309",
        "%s%n",
        "'; DROP TABLE children; --",
    ]
)
COMMANDS = [
    ["children", "list", "--search", "{0}"],
    ["visits", "list", "{0}"],
    ["visits", "add", "{0}", "--from", "{1}"],
    ["eotas", "log", "{0}", "--date", "{1}", "--component", "{2}", "--minutes", "{2}"],
    ["eotas", "log", "CHILD", "--date", "{0}", "--component", "{1}", "--status", "{2}"],
    ["eotas", "summary", "{0}", "--from", "{1}", "--to", "{2}"],
    ["print", "visit-summary", "{0}", "--out", "{1}"],
    ["print", "review-pack", "CHILD", "--from", "{0}", "--to", "{1}", "--out", "{2}"],
    ["import", "register", "{0}", "--dry-run"],
    ["export", "register", "--format", "register", "--out", "{0}"],
    ["timeline", "ehc-assessment", "--request", "{0}"],
    ["enrol", "--hub", "{0}", "--code", "{1}"],
]


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(command=st.sampled_from(COMMANDS), values=st.tuples(HOSTILE, HOSTILE, HOSTILE))
def test_any_command_with_hostile_arguments(
    demo: tuple[Path, str], command: list[str], values: tuple[str, str, str]
) -> None:
    vault, child = demo
    args = [child if part == "CHILD" else part.format(*values) for part in command]
    # In a folder of its own: a hostile --out names a file relative to it.
    done = cnis(*args, "--vault", str(vault), "--passphrase-stdin", cwd=SCRATCH)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    if done.returncode == 0:
        assert done.stdout.strip(), f"exit 0 with nothing done: {args}"
    else:
        assert done.returncode in (1, 2) and done.stderr.strip()
