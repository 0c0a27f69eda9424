#!/usr/bin/env bash
# Installs the system browsers the tests use, from Debian's packages, when they are missing.
# Never downloads a browser build of its own.
set -euo pipefail
need=()
command -v chromium        >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr     >/dev/null 2>&1 || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v xvfb-run        >/dev/null 2>&1 || need+=(xvfb xauth)
command -v curl            >/dev/null 2>&1 || need+=(curl)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if ((${#need[@]})); then
  echo "Installing system packages: ${need[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${need[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
