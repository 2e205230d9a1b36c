#!/usr/bin/env bash
# Make pdftotext/pdftoppm (Debian poppler-utils) available for the PDF report tests.
# Idempotent and quiet: does nothing when they are already installed; installs with apt-get
# (waiting for a concurrent dpkg lock) when running as root or with passwordless sudo.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-poppler: apt-get not found; install poppler-utils by other means" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "ensure-poppler: not root and no passwordless sudo; install poppler-utils manually" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
# Quiet on success; the apt output is shown only when the install fails.
apt_get() { $SUDO apt-get -o DPkg::Lock::Timeout=600 -qq "$@" >>"$LOG" 2>&1 || { cat "$LOG" >&2; return 1; }; }
apt_get install -y --no-install-recommends poppler-utils || { apt_get update && apt_get install -y --no-install-recommends poppler-utils; }
command -v pdftotext >/dev/null 2>&1 || { echo "ensure-poppler: pdftotext still missing after install" >&2; exit 1; }
