"""The store workload on the encrypted vault against plain SQLite, same code, same run.

5,000 children and 100,000 visits. Workload: write visits through the real path (start,
draft save, finalise), load a child with its history, and search as you type.
Targets: workload ≤ 1.3× plain SQLite; search median under 30 ms.

A third run measures SQLCipher's cipher_memory_security (off in the app, see
vault/connection.py): it zeroes and locks every buffer SQLCipher frees.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.domain.model import Visit
from cnis_desktop.vault.session import Vault
from tests.bench.common import (
    TODAY,
    each_seconds,
    encrypted_vault,
    plain_vault,
    ratio_line,
    seed,
)

CHILDREN, VISITS = 5_000, 100_000
WRITES, LOADS, SEARCHES = 150, 300, 200


def workload(vault: Vault, child_ids: list[str]) -> dict[str, list[float]]:
    rng = random.Random(11)
    names = [r.name for r in vault.children.caseload()]

    def write(i: int) -> None:
        child_id = rng.choice(child_ids)
        draft = vault.visits.start(Visit(child_id=child_id, actual_date=TODAY))
        visit = Visit(
            child_id=child_id,
            actual_date=TODAY,
            judgement="suitable",
            child_views=f"bench {i}",
            next_contact_date=TODAY.replace(year=2027),
        )
        vault.visits.save_draft(draft.id, visit)
        vault.visits.finalise(draft.id, today=TODAY)

    def load(_: int) -> None:
        child_id = rng.choice(child_ids)
        vault.children.get(child_id)
        vault.arrangements.for_child(child_id)
        vault.visits.for_child(child_id)

    prefixes = []
    for _ in range(SEARCHES // 4):
        name = rng.choice(names).casefold()
        prefixes += [name[:1], name[:2], name[:3], name[:5]]

    def search(i: int) -> None:
        vault.children.caseload(search=prefixes[i])

    return {
        "write a visit (start, save, finalise)": each_seconds(write, WRITES),
        "load a child with history": each_seconds(load, LOADS),
        "search as you type (caseload query)": each_seconds(search, len(prefixes)),
    }


def memory_secure_vault(path: Path) -> Vault:
    vault = encrypted_vault(path)
    vault.conn.execute("PRAGMA cipher_memory_security = ON")
    return vault


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for kind, make in (
            ("plain", plain_vault),
            ("encrypted", encrypted_vault),
            ("memory-secure", memory_secure_vault),
        ):
            vault = make(Path(tmp) / f"{kind}.db")
            ids = seed(vault.conn, CHILDREN, VISITS)
            results[kind] = workload(vault, ids)
            size = (Path(tmp) / f"{kind}.db").stat().st_size
            print(f"{kind}: {CHILDREN:,} children, {VISITS:,} visits, {size / 1e6:.1f} MB")
            vault.conn.close()
        print(f"medians per operation ({WRITES} writes, {LOADS} loads, searches as typed):")
        total_plain = total_enc = 0.0
        for op in results["plain"]:
            base = statistics.median(results["plain"][op])
            enc = statistics.median(results["encrypted"][op])
            total_plain += sum(results["plain"][op])
            total_enc += sum(results["encrypted"][op])
            print("  " + ratio_line(op, base, enc))
        print(
            f"  whole workload: plain {total_plain:.2f} s, encrypted {total_enc:.2f} s, "
            f"ratio {total_enc / total_plain:.2f}x (target ≤ 1.30x)"
        )
        secure = sum(sum(times) for times in results["memory-secure"].values())
        print(
            f"  with cipher_memory_security on: {secure:.2f} s, ratio {secure / total_plain:.2f}x"
            f" plain, {secure / total_enc:.2f}x encrypted with it off"
        )
        for op in results["plain"]:
            print(
                "  memory security "
                + ratio_line(
                    op,
                    statistics.median(results["encrypted"][op]),
                    statistics.median(results["memory-secure"][op]),
                )
            )
        search = sorted(results["encrypted"]["search as you type (caseload query)"])
        print(
            f"  search on the encrypted vault: median {statistics.median(search) * 1000:.1f} ms, "
            f"p95 {search[int(len(search) * 0.95)] * 1000:.1f} ms (target median < 30 ms)"
        )


if __name__ == "__main__":
    main()
