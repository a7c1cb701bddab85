"""The layering rule of the design: only cnis_desktop.gui imports Qt; nothing imports the hub;
domain imports nothing else of the project."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "cnis_desktop"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            prefix = "." * node.level + (node.module or "")
            names.append(prefix)
    return names


def _modules(exclude: str | None = None) -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py") if exclude is None or exclude not in p.relative_to(PACKAGE).parts
    ]


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(p)
        for p in _modules(exclude="gui")
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(p))
    ]
    assert offenders == []


def test_domain_imports_nothing_of_the_project_and_no_io() -> None:
    for path in (PACKAGE / "domain").glob("*.py"):
        for name in _imports(path):
            assert not name.startswith(".."), f"{path.name} imports {name}"
            assert name.split(".")[0] not in {"sqlite3", "sqlcipher3", "reportlab", "os"}, path


def test_nothing_imports_the_hub() -> None:
    for path in _modules(exclude="hub"):
        assert not any("hub" in n.split(".") for n in _imports(path)), path


def test_the_layer_check_would_catch_a_leak(tmp_path: Path) -> None:
    leak = tmp_path / "leak.py"
    leak.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(leak)


def test_the_laptop_runs_without_the_hub_extra() -> None:
    """The hub's server libraries are an optional extra (cnis-desktop[hub]): nothing the
    laptop runs may need them."""
    import subprocess
    import sys

    probe = (
        "import sys, cnis_desktop.cli, cnis_desktop.gui.main_window, cnis_desktop.sync.engine;"
        " print(' '.join(m for m in ('fastapi', 'starlette', 'pydantic', 'pydantic_settings',"
        " 'uvicorn', 'psycopg', 'psycopg_pool') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    ).stdout
    assert loaded.strip() == ""
