#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is present (the tests and `npm start` drive it through
# playwright-core; Playwright's own browser downloads are never used).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || [ -n "${CHROME_PATH:-}" ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get to install it: install Chromium and set CHROME_PATH." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
