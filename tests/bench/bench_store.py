"""The store workload on the encrypted vault against plain SQLite, same code, same run.

5,000 children and 100,000 visits, with 1,000 attachments present (photos of 150–400 kB,
kept as the app keeps them, sealed files beside the database with their keys in it, on
both sides: `--attachments 0` leaves them out).
Workload: write visits through the real path (start, draft save, finalise), load a child
with its history and its attachments' list, and search as you type. Each database is closed
and opened again after seeding, as a person's unlock opens it: seeding 273 MB of photos
through the measuring connection left its cache full of their pages, which no user meets
(that way the ratio was 1.38x with photos and 1.24x without; reopened, 1.12x and 1.15x).
Targets: workload ≤ 1.3× plain SQLite; search median under 30 ms.

A third run measures SQLCipher's cipher_memory_security (off in the app, see
vault/connection.py): it zeroes and locks every buffer SQLCipher frees.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.domain.model import Visit
from cnis_desktop.vault.attachment_import import ImportedFile
from cnis_desktop.vault.connection import open_plain
from cnis_desktop.vault.session import Vault
from tests.bench.common import (
    PASSPHRASE,
    TODAY,
    each_seconds,
    encrypted_vault,
    plain_vault,
    ratio_line,
    seed,
)

CHILDREN, VISITS = 5_000, 100_000
ATTACHMENTS = 1_000
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
        vault.attachments.list_for_child(child_id)

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


def seed_attachments(vault: Vault, child_ids: list[str], count: int) -> int:
    """Photos through the repository's own path (the import pipeline's output stands in as
    random bytes: what is measured is the database holding them). Returns their bytes."""
    rng = random.Random(17)
    total = 0
    for n in range(count):
        child_id = child_ids[(n * 7) % len(child_ids)]
        data = rng.randbytes(rng.randint(150_000, 400_000))
        prepared = ImportedFile(data, "image/jpeg", f"photo-{n}.jpg", rng.randbytes(12_000))
        vault.attachments.add_prepared(child_id, "child", child_id, prepared, caption=f"Work sample {n}")
        total += len(data)
    return total


def memory_secure_vault(path: Path) -> Vault:
    return encrypted_vault(path)


def reopened(kind: str, vault: Vault) -> Vault:
    """The same database on a new connection, its cache cold, as after an unlock."""
    path, profile = vault.path, vault.profile
    if kind == "plain":
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.conn.close()
        return Vault(path, open_plain(path), profile)
    vault.close()
    again = Vault.open(path, PASSPHRASE)
    if kind == "memory-secure":
        again.conn.execute("PRAGMA cipher_memory_security = ON")
    return again


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attachments", type=int, default=ATTACHMENTS)
    attachments = parser.parse_args().attachments
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for kind, make in (
            ("plain", plain_vault),
            ("encrypted", encrypted_vault),
            ("memory-secure", memory_secure_vault),
        ):
            vault = make(Path(tmp) / f"{kind}.db")
            ids = seed(vault.conn, CHILDREN, VISITS)
            held = seed_attachments(vault, ids, attachments)
            vault = reopened(kind, vault)
            results[kind] = workload(vault, ids)
            size = (Path(tmp) / f"{kind}.db").stat().st_size
            print(
                f"{kind}: {CHILDREN:,} children, {VISITS:,} visits, {attachments:,} attachments"
                f" ({held / 1e6:.0f} MB), {size / 1e6:.1f} MB"
            )
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
