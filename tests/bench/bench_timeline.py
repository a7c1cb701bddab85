"""`cnis timeline` as a person runs it: a fresh process per call, for every process, against
`python -c pass` timed in the same run (the interpreter's own start, which no command can
beat). Target: each call under 300 ms; the ratio to the bare interpreter is printed too.

Run with `./dev bench bench_timeline`."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
TARGET_SECONDS = 0.300
RUNS = 15

CALLS = {
    "ehc-assessment": ["--requested", "05/01/2026", "--agreed-to-assess", "no"],
    "annual-review": ["--plan-issued", "15/03/2025", "--meeting", "10/02/2026"],
    "phase-transfer": ["--dob", "15/05/2015", "--school-year", "2025/26"],
    "school-age": ["--dob", "01/09/2020", "--on", "01/09/2026"],
    "attendance-order": ["--served", "02/11/2026"],
    "missing-education": ["--absent-from", "14/12/2026"],  # needs the bank holidays
    "absence": ["--possible", "190", "--missed", "19"],
}


def command() -> list[str]:
    """The installed `cnis` script beside this interpreter, else the module."""
    script = Path(sys.executable).with_name("cnis")
    if script.exists():
        return [sys.executable, str(script)]
    found = shutil.which("cnis")
    return [found] if found else [sys.executable, "-m", "cnis_desktop.cli"]


def seconds(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        argv,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode().strip()}")
    return took


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        # As an installed command runs: compiled bytecode, and the user's (here empty)
        # config folder, so settings.json is looked for and read as in real use.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            HOME=home, XDG_CONFIG_HOME=str(Path(home) / "config"), XDG_CACHE_HOME=str(Path(home) / "cache")
        )
        cnis = command()
        bare = [sys.executable, "-c", "pass"]
        # Warm the disk cache and the bytecode; the first call that counts working or school
        # days also fills the bank-holiday cache, as a person's first call does once.
        for argv in (bare, [*cnis, "timeline", "missing-education", "--absent-from", "14/12/2026"]):
            seconds(argv, env)
        base_times: list[float] = []
        results: dict[str, list[float]] = {name: [] for name in CALLS}
        for _ in range(RUNS):  # interleaved, so both sides see the same machine load
            for name, args in CALLS.items():
                base_times.append(seconds(bare, env))
                results[name].append(seconds([*cnis, "timeline", name, *args], env))
        base = statistics.median(base_times)
        print(f"{'python -c pass':<34} median {base * 1000:7.1f} ms  ({len(base_times)} runs)")
        worst = 0.0
        for name, times in results.items():
            median = statistics.median(times)
            worst = max(worst, median)
            print(
                f"{'cnis timeline ' + name:<34} median {median * 1000:7.1f} ms   "
                f"ratio {median / base:5.2f}x   max {max(times) * 1000:7.1f} ms"
            )
        every = [t for times in results.values() for t in times]
        print(
            f"{'all calls':<34} median {statistics.median(every) * 1000:7.1f} ms   "
            f"ratio {statistics.median(every) / base:5.2f}x"
        )
        verdict = "met" if worst < TARGET_SECONDS else "MISSED"
        print(
            f"target: every process's median under {TARGET_SECONDS * 1000:.0f} ms - {verdict} "
            f"(slowest {worst * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()
