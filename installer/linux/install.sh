#!/usr/bin/env bash
# Install the unpacked bundle for this user (or system-wide with PREFIX=/opt as root).
# Uninstalling removes the program only: vaults stay in the user's data folder.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt}"
BIN="${BIN:-$HOME/.local/bin}"
APPS="${APPS:-$HOME/.local/share/applications}"
ICONS="${ICONS:-$HOME/.local/share/icons/hicolor/scalable/apps}"
mkdir -p "$PREFIX" "$BIN" "$APPS" "$ICONS"
rm -rf "$PREFIX/cnis-desktop"
cp -a "$HERE" "$PREFIX/cnis-desktop"
ln -sf "$PREFIX/cnis-desktop/cnis-desktop" "$BIN/cnis-desktop"
ln -sf "$PREFIX/cnis-desktop/cnis" "$BIN/cnis"
cp "$HERE/cnis-desktop.desktop" "$APPS/"
cp "$HERE/app.svg" "$ICONS/cnis-desktop.svg"
echo "Installed to $PREFIX/cnis-desktop"
