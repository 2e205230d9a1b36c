#!/usr/bin/env bash
# Make Debian's chromium available for the HTML report's browser tests (test/reports/html-browser.test.ts).
# Idempotent and quiet: does nothing when chromium is already installed. Needs root or passwordless sudo.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-chromium: chromium is missing and this user cannot install packages (not root, no sudo)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Try the current package lists first; refresh them only when that fails.
if ! run apt-get install -y -qq chromium >/dev/null 2>&1; then
  run apt-get update -qq >/dev/null
  run apt-get install -y -qq chromium >/dev/null
fi
command -v chromium >/dev/null 2>&1 || { echo "ensure-chromium: chromium still not on PATH after apt-get install" >&2; exit 1; }
