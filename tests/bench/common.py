"""Helpers shared by the benchmarks: timing with medians, and a large seeded caseload."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from cnis_desktop.demo import _random_child, _random_visit
from cnis_desktop.domain.model import to_fields
from cnis_desktop.vault.children import _index_columns
from cnis_desktop.vault.connection import Connection, open_plain
from cnis_desktop.vault.context import dumps
from cnis_desktop.vault.ids import new_id
from cnis_desktop.vault.keyfile import KdfParams
from cnis_desktop.vault.migrations import migrate
from cnis_desktop.vault.session import Profile, Vault

TODAY = date(2026, 11, 23)
FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "granite-orchid-lantern-42"


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def each_seconds(fn: Callable[[int], object], count: int) -> list[float]:
    times = []
    for i in range(count):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return times


def plain_vault(path: Path) -> Vault:
    """The same repositories over plain SQLite with the same settings: the baseline."""
    conn = open_plain(path)
    migrate(conn)
    profile = Profile("Bench Officer", "ehe_officer", new_id(), new_id())
    for key, value in (
        ("user_name", profile.user_name),
        ("role", profile.role),
        ("device_id", profile.device_id),
        ("vault_id", profile.vault_id),
    ):
        conn.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
    return Vault(path, conn, profile)


def encrypted_vault(path: Path) -> Vault:
    return Vault.create(path, PASSPHRASE, "Bench Officer", "ehe_officer", kdf=FAST_KDF)


def seed(conn: Connection, children: int, visits: int, seed: int = 5) -> list[str]:
    """Bulk rows shaped exactly as the repositories write them (seeding is not measured)."""
    rng = random.Random(seed)
    now = "2026-11-23T09:00:00+00:00"
    child_ids = [new_id() for _ in range(children)]
    child_rows, version_rows, arrangement_rows = [], [], []
    for serial, child_id in enumerate(child_ids):
        child = _random_child(rng, TODAY, serial)
        fields = to_fields(child)
        child_rows.append(
            (
                child_id,
                now,
                "seed",
                "dev",
                now,
                dumps(fields),
                *_index_columns(child),
                "ehe",
                (TODAY + timedelta(days=rng.randrange(-200, 300))).isoformat(),
            )
        )
        version_rows.append(("child", child_id, 1, 0, dumps(fields), now, "seed", "dev"))
        start = (TODAY - timedelta(days=rng.randrange(30, 900))).isoformat()
        arrangement_rows.append(
            (
                new_id(),
                child_id,
                now,
                "seed",
                "dev",
                now,
                dumps({"child_id": child_id, "type": "ehe", "start_date": start, "reasons": ["unknown"]}),
                "ehe",
                start,
            )
        )
    visit_rows = []
    for _ in range(visits):
        child_id = rng.choice(child_ids)
        visit = _random_visit(rng, TODAY - timedelta(days=rng.randrange(1, 1500)))
        visit.child_id = child_id
        assert visit.actual_date is not None
        visit_rows.append(
            (
                new_id(),
                child_id,
                now,
                "seed",
                "dev",
                now,
                dumps(to_fields(visit)),
                visit.actual_date.isoformat(),
                now,
            )
        )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO children (id, version, created_at, created_by, device_id, updated_at, data,"
        " display_name, upn, sort_name, search_text, date_of_birth, send_status, arrangement_type,"
        " next_contact_due) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        child_rows,
    )
    conn.executemany("INSERT INTO record_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", version_rows)
    conn.executemany(
        "INSERT INTO arrangements (id, child_id, version, created_at, created_by, device_id,"
        " updated_at, data, type, start_date) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
        arrangement_rows,
    )
    conn.executemany(
        "INSERT INTO visits (id, child_id, status, version, created_at, created_by, device_id,"
        " updated_at, data, visit_date, finalised_at, finalised_by)"
        " VALUES (?, ?, 'final', 1, ?, ?, ?, ?, ?, ?, ?, 'seed')",
        visit_rows,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return child_ids


def ratio_line(name: str, base: float, measured: float, unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    return (
        f"{name:<34} baseline {base * scale:9.2f} {unit}   encrypted {measured * scale:9.2f} "
        f"{unit}   ratio {measured / base:5.2f}x"
    )
