"""Unlock: the deliberate cost of Argon2id with the parameters a new vault gets here.

Target 0.3–1 s: strong, not slow. Baseline: opening the already-unwrapped vault (the part
of unlocking that is not key derivation), in the same run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import KeyFile, choose_kdf, key_path_for
from tests.bench.common import PASSPHRASE


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "unlock.vault"
        start = time.perf_counter()
        kdf = choose_kdf()
        calibration = time.perf_counter() - start
        Vault.create(path, PASSPHRASE, "Bench Officer", "ehe_officer", kdf=kdf).close()
        params = KeyFile.load(key_path_for(path)).kdf
        derive, opening = [], []
        for _ in range(7):
            t0 = time.perf_counter()
            key = Vault.unlock_key(path, PASSPHRASE)
            t1 = time.perf_counter()
            Vault.open_with_key(path, key).close()
            t2 = time.perf_counter()
            derive.append(t1 - t0)
            opening.append(t2 - t1)
        d, o = statistics.median(derive), statistics.median(opening)
        print(
            f"Argon2id time_cost={params.time_cost} memory={params.memory_kib // 1024} MiB "
            f"parallelism={params.parallelism} (calibrated in {calibration:.2f} s)"
        )
        print(
            f"key derivation median {d:.3f} s (target 0.3–1 s): "
            f"{'within' if 0.3 <= d <= 1.0 else 'OUTSIDE'} the target"
        )
        print(
            f"opening the database once unwrapped: median {o * 1000:.1f} ms; derivation is {d / o:.0f}x that"
        )


if __name__ == "__main__":
    main()
