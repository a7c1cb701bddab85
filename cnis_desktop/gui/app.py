"""`cnis-desktop`: start the app (optionally on a demo vault of fictional children)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .. import __version__, paths
from ..hardening import disable_core_dumps
from ..resources import resource
from ..settings import Settings
from .main_window import MainWindow

if TYPE_CHECKING:
    from ..vault import Vault


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cnis-desktop")
    parser.add_argument("--vault", help="vault file (default: the user's data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open (creating it if needed) a demo vault of fictional children"
    )
    parser.add_argument("--version", action="version", version=f"cnis-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, show the first screen, and exit (for installers and CI)",
    )
    return parser.parse_args(argv)


UI_POINT_SIZE = 10.5  # the least: a system setting above it is kept


def apply_style(app: QApplication) -> None:
    font = app.font()  # the system's UI font and size
    if 0 < font.pointSizeF() < UI_POINT_SIZE:
        font.setPointSizeF(UI_POINT_SIZE)
        app.setFont(font)
    qss = resource("styles", "app.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def open_demo_vault(path: Path) -> Vault:
    from ..demo import DEMO_PASSPHRASE, populate  # only demos need the demo data
    from ..vault import Vault

    if Vault.exists(path):
        return Vault.open(path, DEMO_PASSPHRASE)
    vault = Vault.create(path, DEMO_PASSPHRASE, "Demo Officer", "ehe_officer")
    populate(vault)
    return vault


def self_test(app: QApplication, settings: Settings) -> int:
    """Everything a start needs (Qt plugins, forms, fonts, styles) without touching a vault."""
    import tempfile

    from ..reports.layout import register_fonts

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(Path(folder) / "self-test.vault", settings)
        window.show()
        app.processEvents()
        shown = window.stack.currentWidget() is window.setup_page
        register_fonts()
        window.close()
    print("self-test ok" if shown else "self-test FAILED: the first screen did not show")
    return 0 if shown else 1


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # a core of the app would hold the vault's key and children's names
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    from .. import logs

    logs.setup_logging()
    logs.install_excepthook()
    logs.event("app_started", version=__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    apply_style(app)
    settings = Settings.load()
    if args.self_test:
        return self_test(app, settings)
    if args.demo:
        path = Path(args.vault) if args.vault else paths.demo_vault_path()
        window = MainWindow(path, settings, demo=True)
        window.open_vault(open_demo_vault(path))
    else:
        path = Path(args.vault) if args.vault else paths.default_vault_path()
        window = MainWindow(path, settings)
    window.resize(1280, 760)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
