"""`cnis timeline`: no vault, no passphrase, the authority's settings honoured, one line
for a bad date, and a start that loads none of Qt, SQLCipher or ReportLab."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnis_desktop import cli
from cnis_desktop.settings import settings_path

ROOT = Path(__file__).parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    code = cli.main(["timeline", *argv])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


def write_settings(values: dict[str, object]) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")


def test_a_bad_date_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "school-age", "--dob", "31/02/2020")
    assert (code, out, err) == (1, [], ["cnis: --dob: 31/02/2020 is not a real date."])
    code, _, err = run(capsys, "phase-transfer", "--dob", "01/09/2015", "--school-year", "2026")
    assert code == 1 and err == ["cnis: --school-year: Enter a school year as 2026/27."]
    code, _, err = run(capsys, "ehc-assessment", "--requested", "05/01/2026", "--agreed-to-assess", "perhaps")
    assert code == 1 and err == ["cnis: --agreed-to-assess: Choose one of: no, yes."]
    code, _, err = run(capsys, "annual-review", "--meeting", "01/02/2026")
    assert code == 1 and len(err) == 1 and err[0].startswith("cnis: --plan-issued: Give the date")


def test_every_line_is_a_step_or_a_fact(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "annual-review", "--plan-issued", "15/03/2025", "--meeting", "01/03/2026")
    assert code == 0
    steps = [line.split("\t") for line in out if line[:2].isdigit()]
    assert steps and all(len(s) == 3 and s[2] for s in steps)
    assert any(line.startswith("warning\t") for line in out)


def test_the_authority_s_settings_apply(capsys: pytest.CaptureFixture[str]) -> None:
    write_settings(
        {
            "timescales": {"s437_response": [21, "days"]},
            "term_dates": {"2026/27": [["03/09/2026", "18/12/2026"]]},
        }
    )
    code, out, _ = run(capsys, "attendance-order", "--served", "02/11/2026")
    assert (
        code == 0
        and "22/11/2026\tLast day of the parent's period (not less than 15 days "
        "beginning with the day served)\tEA 1996 s.437(2)"
        in out
    )
    code, out, _ = run(capsys, "missing-education", "--absent-from", "07/12/2026")
    assert code == 0 and out[1].startswith("18/12/2026\t10 school days")
    assert out[-1] == "note\tSchool days from the authority's term dates."


def test_a_term_gap_is_not_filled_in(capsys: pytest.CaptureFixture[str]) -> None:
    # Only the autumn term is set: the count runs past it to the next school year, which
    # the authority has not given, and the default calendar must not fill it in.
    write_settings({"term_dates": {"2026/27": [["03/09/2026", "18/12/2026"]]}})
    code, out, err = run(capsys, "missing-education", "--absent-from", "14/12/2026")
    assert code == 1 and out == []
    assert err == [
        "cnis: --absent-from: The term dates for 2027/28 are missing: add them to "
        'settings.json under "term_dates" (for example "2027/28": [["03/09/2027", '
        '"23/10/2027"], …]).'
    ]
    write_settings({"term_dates": {"2025/26": [["03/09/2025", "22/07/2026"]]}})
    code, _, err = run(capsys, "missing-education", "--absent-from", "14/12/2026")
    assert code == 1 and err[0].startswith(
        "cnis: --absent-from: The term dates for 2026/27 are missing: add them to settings.json"
    )


def test_the_process_an_authority_follows(capsys: pytest.CaptureFixture[str]) -> None:
    write_settings({"attendance_order_process": "cwsa2026"})
    code, out, _ = run(capsys, "attendance-order", "--served", "02/11/2026")
    assert code == 0 and out[0].startswith("process\tChildren's Wellbeing and Schools Act 2026")
    code, out, _ = run(capsys, "attendance-order", "--served", "02/11/2026", "--process", "ea1996")
    assert out[0] == "process\tEducation Act 1996 ss.437-438"


def test_help_lists_the_processes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["timeline", "--help"])
    out = capsys.readouterr().out
    for word in (
        "ehc-assessment",
        "annual-review",
        "phase-transfer",
        "school-age",
        "attendance-order",
        "missing-education",
        "absence",
    ):
        assert word in out


def test_a_fresh_process_needs_no_vault_and_loads_no_heavy_library(tmp_path: Path) -> None:
    probe = (
        "import sys\nfrom cnis_desktop import cli\n"
        "code = cli.main(['timeline', 'ehc-assessment', '--requested', '05/01/2026'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'shiboken6', 'sqlcipher3', 'reportlab'})\n"
        "print('heavy', heavy, code)\n"
    )
    env = {**os.environ, "CNIS_VAULT": str(tmp_path / "nowhere.vault")}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "heavy [] 0"
    assert (
        "16/02/2026\tDecision whether to assess notified (at the latest)\tSEND Regs 2014 r.5(1)"
        in done.stdout
    )


def test_bank_holidays_are_remembered_between_runs(tmp_path: Path) -> None:
    """The second call reads the library's answers from the cache instead of loading it."""
    probe = (
        "import sys\nfrom cnis_desktop import cli\n"
        "cli.main(['timeline', 'missing-education', '--absent-from', '27/04/2026'])\n"
        "print('library', 'holidays' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT, env=env
        )
        for _ in range(2)
    ]
    assert [r.stdout.splitlines()[-1] for r in runs] == ["library True", "library False"]
    assert runs[0].stdout == runs[1].stdout.replace("library False", "library True")
    assert "11/05/2026\t10 school days" in runs[1].stdout  # over the early May bank holiday
    cached = json.loads(next((tmp_path / "cache").rglob("bank-holidays-*.json")).read_text())
    assert "2026-05-04" in cached["years"]["2026"] and cached["stamp"]


def test_the_cache_answers_as_the_library_does(tmp_path: Path) -> None:
    from cnis_desktop.domain import bankholidays
    from cnis_desktop.holiday_cache import FILE_NAME, CachedSource

    source = CachedSource(tmp_path)
    assert source(2027) == bankholidays.from_library(2027)
    assert CachedSource(tmp_path).years["2027"]  # written, and read back by the next one
    (tmp_path / FILE_NAME).write_text('{"stamp": "an older library", "years": {"2027": []}}')
    assert CachedSource(tmp_path)(2027) == bankholidays.from_library(2027)  # stale: ignored
