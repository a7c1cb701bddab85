"""Bad input changes nothing; a crash at any moment loses no finalised record."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnis_desktop.domain.model import Arrangement, Child
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 1)

children = st.builds(
    Child,
    legal_first_name=st.text(max_size=20),
    legal_last_name=st.text(max_size=20),
    date_of_birth=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))),
    nhs_number=st.one_of(st.just(""), st.text("0123456789 ", max_size=12)),
    upn=st.one_of(st.just(""), st.text("ABCDEFGHJK0123456789", max_size=14)),
    send_status=st.sampled_from(["none", "ehc_plan", "bogus", ""]),
    gender=st.sampled_from(["female", "male", "x"]),
)


def _snapshot(vault: Vault) -> tuple[int, int, int]:
    one = vault.conn.execute
    return (
        one("SELECT count(*) FROM children").fetchone()[0],
        one("SELECT count(*) FROM outbox").fetchone()[0],
        one("SELECT count(*) FROM audit_log").fetchone()[0],
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(child=children)
def test_any_child_is_saved_whole_or_refused_with_reasons(vault: Vault, child: Child) -> None:
    before = _snapshot(vault)
    try:
        stored = vault.children.add(child, today=TODAY)
    except ValidationFailed as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        assert _snapshot(vault) == before
    else:
        assert vault.children.get(stored.id).record == child
        after = _snapshot(vault)
        assert after[0] == before[0] + 1 and after[1] > before[1]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 1, 1))),
    end=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 1, 1))),
    hours=st.one_of(st.none(), st.floats(-10, 60, allow_nan=False)),
    kind=st.sampled_from(["ehe", "part_time", "nonsense"]),
)
def test_any_arrangement_is_saved_whole_or_refused(
    vault: Vault, start: date | None, end: date | None, hours: float | None, kind: str
) -> None:
    child = vault.children.caseload()
    child_id = (
        child[0].id
        if child
        else vault.children.add(
            Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2015, 1, 1)),
            today=TODAY,
        ).id
    )
    before = _snapshot(vault)
    count = len(vault.arrangements.for_child(child_id))
    try:
        vault.arrangements.add(
            Arrangement(
                child_id=child_id,
                type=kind,
                start_date=start,
                end_date=end,
                hours_per_week=hours,
                reasons=["other"],
            )
        )
    except ValidationFailed:
        assert _snapshot(vault) == before
        assert len(vault.arrangements.for_child(child_id)) == count
    else:
        assert start is not None and (end is None or end >= start)
        assert hours is None or 0 <= hours <= 40


WRITER = r"""
import sys
from datetime import date
from pathlib import Path
import tests  # the suite's light key derivation is allowed (tests/__init__.py)
from cnis_desktop.vault import Vault
from cnis_desktop.domain.model import Child, Visit
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
child = vault.children.caseload()[0].id
n = 0
while True:
    draft = vault.visits.start(Visit(child_id=child, actual_date=date(2026, 10, 1),
        judgement="suitable", next_contact_date=date(2027, 1, 1), child_views=f"visit {n}"))
    vault.visits.finalise(draft.id, today=date(2026, 11, 1))
    print(draft.id, flush=True)  # reported only after the commit returned
    n += 1
"""


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.35, 0.6, 0.9])
def test_sigkill_during_writes_loses_no_finalised_visit(
    tmp_path: Path, delay: float, fast_kdf: object
) -> None:
    path = tmp_path / "crash.vault"
    vault = Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=FAST_KDF)
    vault.children.add(
        Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2015, 1, 1)),
        today=TODAY,
    )
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
        env={**os.environ},
    )
    # Killed `delay` after its first commit, not after it started: on a loaded machine the
    # start (imports, unlock and its page check) alone can take longer than the delay.
    assert proc.stdout is not None
    first = proc.stdout.readline()
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    confirmed = (first + out).split()
    reopened = Vault.open(path, PASSPHRASE)
    try:
        assert reopened.integrity_check() == "ok"
        finals = {row[0] for row in reopened.conn.execute("SELECT id FROM visits WHERE status = 'final'")}
        assert set(confirmed) <= finals, "a visit reported finalised was lost"
        assert len(confirmed) > 0
    finally:
        reopened.close()
