#!/usr/bin/env bash
# Usage: xvfb-run -a scripts/run-wtr.sh chrome,firefox,webkit
# Starts Debian's WebKitWebDriver when webkit is wanted (MiniBrowser needs the X display that
# xvfb-run provides), then runs wtr for the comma-separated browser list.
set -u
LIST="${1:-chrome,firefox,webkit}"
PORT="${WEBKIT_WEBDRIVER_PORT:-4444}"
if [[ ",$LIST," == *",webkit,"* ]]; then
  WebKitWebDriver --port="$PORT" > .wtr-webkitwebdriver.log 2>&1 &
  WD=$!
  trap 'kill "$WD" 2>/dev/null' EXIT
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/status" >/dev/null && break; sleep 0.1; done
fi
BROWSERS="$LIST" WEBKIT_WEBDRIVER_PORT="$PORT" npx wtr "${@:2}"
