"""The logs after real journeys - the CLI's commands on the demo vault and the first GUI
journey - hold events and ids, and none of the children's names, dates of birth or words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from cnis_desktop import logs
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import Vault
from tests.cli.test_cli import cnis
from tests.conftest import CHILD_FIRST, CHILD_LAST, PASSPHRASE, VISIT_SECRET
from tests.gui import test_journey as journey


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _personal_text(vault: Vault) -> set[str]:
    """Every name, date of birth and piece of text in the vault's records: each change
    payload's strings that carry a capital letter or a space (ids and codes carry neither)."""
    found: set[str] = {"Demo Officer", PASSPHRASE}
    for (payload,) in vault.conn.execute("SELECT payload FROM outbox WHERE record_type != 'audit'"):
        for text in _strings(json.loads(payload)):
            if len(text) >= 3 and (text != text.lower() or " " in text.strip()):
                found.add(text.strip())
    for child in vault.children.caseload():
        if child.date_of_birth:
            found |= {child.date_of_birth.isoformat(), f"{child.date_of_birth:%d/%m/%Y}"}
    return found


def test_no_child_in_the_logs_after_the_cli_and_gui_journeys(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path
) -> None:
    demo = tmp_path / "demo" / "demo.vault"
    stdin = PASSPHRASE + "\n"
    made = cnis("demo", "--vault", str(demo), "--children", "8", "--passphrase-stdin", stdin=stdin)
    assert made.returncode == 0, made.stderr
    listed = cnis("children", "list", "--vault", str(demo), "--passphrase-stdin", stdin=stdin)
    first_child = listed.stdout.splitlines()[0].split("\t")
    searched = cnis(
        "children", "list", "--search", first_child[1].split()[0], "--vault", str(demo), "--passphrase-stdin",
        stdin=stdin,
    )  # fmt: skip
    assert first_child[0] in searched.stdout
    visits = cnis("visits", "list", "--vault", str(demo), "--passphrase-stdin", stdin=stdin)
    visit_id = visits.stdout.splitlines()[0].split("\t")[0]
    for args in (
        ("dashboard",),
        ("print", "visit-summary", visit_id, "--copy", "record", "--out", str(tmp_path / "v.pdf")),
        ("print", "review-pack", first_child[0], "--from", "01/09/2025", "--to", "31/07/2026",
         "--out", str(tmp_path / "p.pdf")),
        ("export", "register", "--format", "annex-b", "--out", str(tmp_path / "r.csv")),
        ("check",),
    ):  # fmt: skip
        done = cnis(*args, "--vault", str(demo), "--passphrase-stdin", stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)
    wrong = cnis("children", "list", "--vault", str(demo), "--passphrase-stdin", stdin="Mirabel-wrong\n")
    assert wrong.returncode == 1

    logs.setup_logging()  # as the app's start does; the fixture's window is already made
    try:
        journey.test_first_journey(qtbot, open_window, tmp_path)
        open_window.lock()
    finally:
        logs.stop_logging()

    files = logs.log_files()
    text = "\n".join(path.read_text(encoding="utf-8") for path in files)
    # The journeys were logged: commands, unlocks, saves by kind and id, documents, errors.
    for expected in (
        "command command=children.list exit=0",
        "command command=print.visit-summary exit=0",
        f"document_rendered kind=visit_summary id={visit_id}",
        "command_failed command=children.list error=WrongPassphrase",
        "wrong_passphrase",
        "vault_opened",
        "vault_locked",
        "audit action=finalise kind=visit",
        "audit action=export kind=visit",
    ):
        assert expected in text, expected

    vault = Vault.open(demo, PASSPHRASE)
    try:
        personal = _personal_text(vault)
    finally:
        vault.close()
    personal |= {
        CHILD_FIRST,
        CHILD_LAST,
        VISIT_SECRET,
        "Zeph and her father",
        "Alex Officer",
        "Mirabel-wrong",
    }
    assert len(personal) > 50  # the demo's names, dates and words were found to look for
    leaked = sorted(p for p in personal if p.lower() in text.lower())
    assert leaked == []
