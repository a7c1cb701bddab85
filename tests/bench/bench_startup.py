"""From launch to an unlocked caseload on screen, against a bare PySide6 window shown and
closed, both as fresh processes in the same run (offscreen). Key derivation is excluded:
the vault uses light KDF parameters here, and the derivation time is subtracted.
Target: under 2x the bare window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.common import PASSPHRASE, encrypted_vault, seed  # noqa: E402

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(1280, 760)
w.show()
app.processEvents()
import time
print(time.time(), 0.0)
w.close()
"""

# Context, not the target: the same bare window with text on screen, so Qt's font set-up
# (which the bare window never needs) is counted on both sides.
BARE_TEXT = """
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication([])
w = QTableWidget(40, 6)
for r in range(40):
    for c in range(6):
        w.setItem(r, c, QTableWidgetItem(f"cell {r} {c}"))
w.resize(1280, 760)
w.show()
app.processEvents()
import time
print(time.time(), 0.0)
w.close()
"""

APP = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from cnis_desktop.gui.app import apply_style
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from cnis_desktop.vault import Vault
app = QApplication([])
apply_style(app)
path = Path(sys.argv[1])
window = MainWindow(path, Settings())
t0 = time.perf_counter()
key = Vault.unlock_key(path, sys.argv[2])
derive = time.perf_counter() - t0
window.open_vault(Vault.open_with_key(path, key))
window.resize(1280, 760)
window.show()
app.processEvents()
assert window.caseload_page.model.rowCount() > 0 and window.caseload_page.isVisible()
print(time.time(), derive)
window.close()
"""


def run(code: str, *args: str) -> float:
    """Seconds from launching the process to its window on screen (the process prints the
    wall-clock moment it got there), less any key derivation it reports."""
    # As an installed app runs: with compiled bytecode (some shells set
    # PYTHONDONTWRITEBYTECODE, which would recompile every module on every start).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    shown, derive = (float(x) for x in done.stdout.split())
    return shown - start - derive


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for children in (40, 5000):
            path = Path(tmp) / f"start{children}.vault"
            vault = encrypted_vault(path)
            seed(vault.conn, children, children * 20)
            vault.close()
            run(BARE)
            run(APP, str(path), PASSPHRASE)  # warm the OS file cache for both
            bare, app, text = [], [], []
            for _ in range(7):
                bare.append(run(BARE))
                text.append(run(BARE_TEXT))
                app.append(run(APP, str(path), PASSPHRASE))
            b, a = statistics.median(bare), statistics.median(app)
            t = statistics.median(text)
            print(f"{children:>5} children: bare window {b * 1000:.0f} ms, app to caseload "
                  f"{a * 1000:.0f} ms, ratio {a / b:.2f}x (target < 2x); "
                  f"bare table of text {t * 1000:.0f} ms, ratio to that {a / t:.2f}x")


if __name__ == "__main__":
    main()
