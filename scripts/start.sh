#!/usr/bin/env bash
# Installs Steady, builds the app and serves it (default http://localhost:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
exec node --import tsx packages/server/src/main.ts
