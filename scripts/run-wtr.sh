#!/usr/bin/env bash
# Usage: xvfb-run -a scripts/run-wtr.sh chrome,firefox,webkit
# Starts Debian's WebKitWebDriver when webkit is wanted (MiniBrowser needs the X display that
# xvfb-run provides), then runs wtr for the comma-separated browser list.
set -u
LIST="${1:-chrome,firefox,webkit}"
# A free port of our own, so that two runs on one machine never share a driver.
PORT="${WEBKIT_WEBDRIVER_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
if [[ ",$LIST," == *",webkit,"* ]]; then
  WebKitWebDriver --port="$PORT" > .wtr-webkitwebdriver.log 2>&1 &
  WD=$!
  trap 'kill "$WD" 2>/dev/null' EXIT
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/status" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$PORT/status" >/dev/null || { echo "WebKitWebDriver did not start:"; cat .wtr-webkitwebdriver.log; }
fi
BROWSERS="$LIST" WEBKIT_WEBDRIVER_PORT="$PORT" npx wtr "${@:2}"
