#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs the whole gate.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm ci --no-audit --no-fund
node scripts/gate.mjs
