#!/usr/bin/env bash
# Installs the browsers the tests drive when they are missing: Debian's Chromium (through playwright-core)
# and Firefox ESR (through puppeteer-core over WebDriver BiDi). Browser downloads of their own are never used.
# `--chromium-only` is for `npm start`, which needs no Firefox.
set -euo pipefail
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ] && [ -z "${CHROME_PATH:-}" ]; then
  missing+=(chromium)
fi
if [ "${1:-}" != "--chromium-only" ] && [ ! -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then
  missing+=(firefox-esr)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${missing[*]} and no apt-get to install them: install them, or set CHROME_PATH / FIREFOX_PATH." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
