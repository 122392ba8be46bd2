#!/usr/bin/env bash
# Installs Steady, builds the app and serves it (default http://localhost:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${STEADY_BACKUP:-off}" = sqlite ]; then
  npm ci --no-audit --no-fund
else
  # The relay's SQLite driver (better-sqlite3, an optional dependency) is needed only with
  # STEADY_BACKUP=sqlite; its install script builds a native module, from source where no
  # prebuilt one can be fetched. Skipping the install scripts skips that build: the server
  # never loads the driver unless the relay uses SQLite (README, "Backup server").
  npm ci --no-audit --no-fund --ignore-scripts
fi
npm run build
exec node --import tsx packages/server/src/main.ts
