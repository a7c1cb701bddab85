#!/usr/bin/env bash
# macOS: an .app bundle and a DMG. Run on macOS 13+ with Python 3.11+ (Xcode command-line
# tools for iconutil and hdiutil). Output: dist/CNIS Desktop.app and
# dist/cnis-desktop-VERSION-macos.dmg. Sign and notarise with the authority's Developer ID
# before distribution (codesign --deep --options runtime; xcrun notarytool submit).
# Not runnable on the project's Linux CI: tested by hand on a Mac.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-mac
.venv-mac/bin/pip install -e . "pyinstaller>=6.10"
ICONSET=build/cnis-desktop.iconset
mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
  .venv-mac/bin/python -c "import sys; from PySide6.QtGui import QGuiApplication, QIcon; app=QGuiApplication(sys.argv); QIcon('resources/icons/app.svg').pixmap($size,$size).save('$ICONSET/icon_${size}x${size}.png')"
done
iconutil -c icns "$ICONSET" -o installer/macos/cnis-desktop.icns
.venv-mac/bin/python -m PyInstaller --noconfirm --clean --workpath build/pyinstaller --distpath dist installer/cnis_desktop.spec
VERSION=$(.venv-mac/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
hdiutil create -volname "CNIS Desktop" -srcfolder "dist/CNIS Desktop.app" -ov -format UDZO \
    "dist/cnis-desktop-${VERSION}-macos.dmg"
