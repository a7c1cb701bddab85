#!/usr/bin/env bash
# Smoke test of the built bundle (not the source): the app starts offscreen to its first
# screen, and the bundle's own `cnis` creates a vault and renders a visit summary PDF.
set -euo pipefail
BUNDLE="${1:-dist/cnis-desktop}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" \
       XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
PASS="granite-orchid-lantern-42"

start=$(date +%s%N)
"$BUNDLE/cnis-desktop" --self-test
echo "bundled app to its first screen: $(( ($(date +%s%N) - start) / 1000000 )) ms"
"$BUNDLE/cnis" --version
echo "$PASS" | "$BUNDLE/cnis" demo --vault "$WORK/demo.vault" --children 5 --passphrase-stdin
visit=$(echo "$PASS" | "$BUNDLE/cnis" visits list --vault "$WORK/demo.vault" --passphrase-stdin \
        | awk -F'\t' '$3 == "final" {print $1; exit}')
echo "$PASS" | "$BUNDLE/cnis" print visit-summary "$visit" --out "$WORK/summary.pdf" \
    --vault "$WORK/demo.vault" --passphrase-stdin
pdftotext "$WORK/summary.pdf" - | grep -q "Visit summary"
pdftotext "$WORK/summary.pdf" - | grep -q "OFFICIAL-SENSITIVE"
# Upgrade: a vault written by the first release's schema opens in this build, after an
# encrypted backup is made beside it.
if [ -x "${PYTHON:-.venv/bin/python}" ]; then
    "${PYTHON:-.venv/bin/python}" -c "
import sys; from pathlib import Path
from cnis_desktop.vault.keyfile import KdfParams
from tests.vault.test_upgrade import old_vault
old_vault(Path(sys.argv[1]), kdf=KdfParams(time_cost=2, memory_kib=65536, parallelism=1))" "$WORK/old.vault"
    echo "$PASS" | "$BUNDLE/cnis" children list --vault "$WORK/old.vault" --passphrase-stdin \
        | grep -q "Wren Oakhurst"
    ls "$WORK"/old.vault.schema1-*.bak >/dev/null
    echo "old vault upgraded by the bundle, backup kept: $(basename "$WORK"/old.vault.schema1-*.bak)"
fi
echo "bundle smoke test passed"
