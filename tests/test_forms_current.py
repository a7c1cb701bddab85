"""The committed Ui_* classes are what pyside6-uic makes of ui/*.ui today (with the import
lists trimmed to the names each form uses, as ./dev forms does)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "ui"))

from trim_imports import trim  # noqa: E402


def _body(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("ui", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui: Path) -> None:
    beside_python = Path(sys.executable).parent / "pyside6-uic"
    uic = str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic")
    if uic is None:
        pytest.skip("pyside6-uic not on PATH")
    compiled = ROOT / "cnis_desktop" / "gui" / "forms" / f"ui_{ui.stem}.py"
    fresh = trim(subprocess.run([uic, str(ui)], capture_output=True, text=True, check=True).stdout)
    assert _body(compiled.read_text()) == _body(fresh), f"run ./dev forms to recompile {ui.name}"
