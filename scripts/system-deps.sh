#!/usr/bin/env bash
# Installs the Debian packages Steady's tests need, when they are missing:
# Chromium for the browser tests, poppler-utils for reading printed PDFs,
# PostgreSQL for the backup server's tests, openssl for checking its time-stamp
# tokens as a verifier would (openssl ts -verify). Nothing is downloaded from anywhere
# but Debian's own archive.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The backup tests start their own PostgreSQL server with initdb and pg_ctl.
has_postgres() {
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && return 0
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}
has_postgres || need+=(postgresql)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Steady's tests need these Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
