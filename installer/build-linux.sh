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
# Size target: under 250 MB unpacked (decimal megabytes, as a download page counts them).
bytes=$(du -sb dist/cnis-desktop | cut -f1)
echo "bundle: $(( bytes / 1000000 )) MB unpacked"
if [ "$bytes" -ge 250000000 ]; then
    echo "bundle is over 250 MB: see the largest parts with du -sb dist/cnis-desktop/_internal/*" >&2
    exit 1
fi
