#!/usr/bin/env bash
# Linux: the one-folder bundle, a .desktop file and icon, and a tarball.
# Output: dist/cnis-desktop/ and dist/cnis-desktop-VERSION-linux-ARCH.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" -m pip install --quiet "pyinstaller>=6.10"
rm -rf build/pyinstaller dist/cnis-desktop
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist installer/cnis_desktop.spec
VERSION=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
cp installer/linux/cnis-desktop.desktop resources/icons/app.svg dist/cnis-desktop/
cp installer/linux/install.sh dist/cnis-desktop/
tar -C dist -czf "dist/cnis-desktop-${VERSION}-linux-$(uname -m).tar.gz" cnis-desktop
du -sh dist/cnis-desktop
