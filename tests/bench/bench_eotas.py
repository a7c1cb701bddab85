"""EOTAS at caseload scale: 50 children × 2 years of daily sessions (~36,000 entries).

Targets: caseload hours summary < 200 ms; a child's weekly grid opens < 100 ms; entering
one activity commits < 20 ms. Each is also run on plain SQLite with the same code (ratio).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.domain.eotas import ActivityEntry, Component, EotasPackage, Provider
from cnis_desktop.domain.hours import session_minutes, week_start
from cnis_desktop.domain.model import Child, to_fields
from cnis_desktop.vault.context import dumps
from cnis_desktop.vault.ids import new_id
from cnis_desktop.vault.session import Vault
from tests.bench.common import encrypted_vault, plain_vault

CHILDREN = 50
TODAY = date(2026, 11, 23)
START = week_start(TODAY - timedelta(days=730))


def seed(vault: Vault) -> list[str]:
    """Children, packages and components through the repositories; the entries in bulk."""
    rng = random.Random(3)
    children = []
    with vault.atomic():
        provider = vault.eotas.providers.add(Provider(name="Bench Tutors"))
        for i in range(CHILDREN):
            child = vault.children.add(
                Child(
                    legal_first_name=f"Bench{i:02d}", legal_last_name="Child", date_of_birth=date(2012, 1, 1)
                ),
                today=TODAY,
            )
            package = vault.eotas.packages.add(EotasPackage(child_id=child.id, start_date=START))
            comps = [
                vault.eotas.add_component(
                    Component(
                        package_id=package.id,
                        name=name,
                        provider_id=provider.id,
                        planned_hours_per_week=hours,
                        days=days,
                    )
                )
                for name, hours, days in (
                    ("Maths", 6.0, ["mon", "wed", "fri", "sun"]),
                    ("English", 4.5, ["tue", "thu", "sat"]),
                )
            ]
            children.append((child.id, comps))
    rows = []
    for child_id, comps in children:
        day = START
        while day < TODAY:
            for comp in comps:
                if day.strftime("%a").lower()[:3] in comp.record.days:
                    status = rng.choice(["delivered"] * 9 + ["cancelled_provider"])
                    entry = ActivityEntry(
                        child_id=child_id,
                        component_id=comp.id,
                        entry_date=day,
                        planned_minutes=session_minutes(comp.record),
                        actual_minutes=100 if status == "delivered" else 0,
                        status=status,
                    )
                    rows.append(
                        (
                            new_id(),
                            child_id,
                            comp.id,
                            day.isoformat(),
                            week_start(day).isoformat(),
                            status,
                            entry.actual_minutes,
                            dumps(to_fields(entry)),
                        )
                    )
            day += timedelta(days=1)
    vault.conn.execute("BEGIN")
    vault.conn.executemany(
        "INSERT INTO activity_entries (id, child_id, component_id, entry_date, week_start, status,"
        " actual_minutes, version, created_at, created_by, device_id, updated_at, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 1, '2026-01-01', 'seed', 'dev', '2026-01-01', ?)",
        rows,
    )
    vault.conn.execute("COMMIT")
    print(f"  {len(rows):,} activity entries for {CHILDREN} children")
    return [c for c, _ in children]


def measure(vault: Vault, child_ids: list[str]) -> dict[str, float]:
    rng = random.Random(9)
    summary = [0.0] * 5
    for i in range(5):
        t0 = time.perf_counter()
        rows = vault.eotas.caseload_hours(START, TODAY)
        summary[i] = time.perf_counter() - t0
    assert len(rows) == CHILDREN
    grid_data = []
    for _ in range(30):
        child = rng.choice(child_ids)
        monday = week_start(TODAY - timedelta(days=rng.randrange(7, 700)))
        t0 = time.perf_counter()
        vault.eotas.package_for(child)
        vault.eotas.components_for(child)
        vault.eotas.is_closed(child, monday)
        vault.eotas.entries(child, monday, monday + timedelta(6))
        vault.eotas.weekly(child, monday, monday + timedelta(6))
        grid_data.append(time.perf_counter() - t0)
    commits = []
    for i in range(60):
        child = rng.choice(child_ids)
        comp = vault.eotas.components_for(child)[0]
        t0 = time.perf_counter()
        vault.eotas.log(
            ActivityEntry(
                child_id=child,
                component_id=comp.id,
                entry_date=TODAY + timedelta(days=i % 5),
                planned_minutes=100,
                actual_minutes=10,
                status="delivered",
            )
        )
        commits.append(time.perf_counter() - t0)
    return {
        "summary": statistics.median(summary),
        "grid data": statistics.median(grid_data),
        "commit": statistics.median(commits),
    }


def grid_open_ms(vault: Vault, child_id: str) -> tuple[float, float]:
    """The real page: first show of a child's EOTAS page, and a week change."""
    from PySide6.QtWidgets import QApplication

    from cnis_desktop.gui.eotas_page import EotasPage

    app = QApplication.instance() or QApplication([])
    page = EotasPage(vault, 1.5)
    page.resize(1280, 720)
    page.show()
    t0 = time.perf_counter()
    page.show_child(child_id)
    app.processEvents()
    first = time.perf_counter() - t0
    times = []
    for i in range(1, 11):
        t0 = time.perf_counter()
        page.show_week(TODAY - timedelta(weeks=i))
        app.processEvents()
        times.append(time.perf_counter() - t0)
    page.close()
    return first * 1000, statistics.median(times) * 1000


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, make in (("plain", plain_vault), ("encrypted", encrypted_vault)):
            print(kind)
            vault = make(Path(tmp) / f"{kind}.db")
            ids = seed(vault)
            results[kind] = measure(vault, ids)
            if kind == "encrypted":
                page_first, page_week = grid_open_ms(vault, ids[0])
            vault.conn.close()
    for key, target in (("summary", 200), ("grid data", 100), ("commit", 20)):
        p, e = results["plain"][key] * 1000, results["encrypted"][key] * 1000
        print(
            f"{key:<10} plain {p:7.1f} ms  encrypted {e:7.1f} ms  ratio {e / p:4.2f}x  (target < {target} ms)"
        )
    print(
        f"weekly grid on screen: opening a child's EOTAS page {page_first:.1f} ms, "
        f"changing week {page_week:.1f} ms median (target < 100 ms)"
    )


if __name__ == "__main__":
    main()
