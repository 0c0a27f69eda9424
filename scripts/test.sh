#!/usr/bin/env bash
# `npm test`: everything CI checks, from a fresh Debian machine (root) or a warm one.
#   system browsers (Debian packages, installed when missing, in the background until the browser
#   tests) → npm ci when needed → localize → type-check → lint → build (CDN + npm + manifest) → size
#   budget → node tests → tests in Chromium, Firefox
#   and WebKit → Storybook build → smoke (demo and docs build) → privacy log → the quick exit with
#   real input (scripts/real-input.mjs). Ends with one plain
#   "tests: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
export STORYBOOK_DISABLE_TELEMETRY=1 NO_UPDATE_NOTIFIER=1
BROWSER_LIST="${SIGNPOST_BROWSERS:-chrome,firefox,webkit}"
step() { printf '\n=== %s (%s)\n' "$1" "$(date +%T)"; }
# (A failure before the browser tests still waits for the packages being installed: no half-done dpkg left behind.)
fail() { [ -n "${browsers_pid:-}" ] && wait "$browsers_pid" 2>/dev/null; echo "FAILED: $1"; echo; echo "tests: 0 passed, 1 failed"; exit 1; }

step "system browsers (installed alongside the steps up to the node tests, which need none)"
# On a fresh machine the packages take about 2 minutes to fetch and unpack, and the steps up to the
# browser tests about 2.5 more. Side by side (since 2026-12-04) they took 3.5 minutes, not 4.3 (on a
# 2-CPU machine: the two share it). The install's output stays in its own log, printed when it is waited for.
browsers_log=$(mktemp)
bash scripts/ensure-browsers.sh > "$browsers_log" 2>&1 &
browsers_pid=$!
browsers_ready() {
  step "system browsers: waiting for the install"
  wait "$browsers_pid"; local browsers_rc=$?
  cat "$browsers_log"
  [ "$browsers_rc" = 0 ] || fail "installing system browsers"
  chromium --version 2>/dev/null | head -1; firefox-esr --version 2>/dev/null | head -1
  dpkg-query -W -f='webkit2gtk-driver ${Version}\n' webkit2gtk-driver 2>/dev/null
}

step "npm dependencies"
if [ ! -x node_modules/.bin/wtr ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund || fail "npm ci"; else npm install --no-audit --no-fund || fail "npm install"; fi
fi

step "localize and manifest"; { npx lit-localize build >/dev/null && npx cem analyze >/dev/null; } || fail "lit-localize build or cem analyze"
step "typecheck";  npx tsc --noEmit || fail "typecheck"
step "lint";       npm run -s lint || fail "lint"
step "build";      npm run -s build || fail "build"
step "size";       node scripts/size.mjs --check || fail "size budget"

step "node: feed normaliser and signpost-feed against the fixture corpus"
nodelog=$(mktemp)
node --test test/node/ 2>&1 | tee "$nodelog"
node_rc=${PIPESTATUS[0]}

browsers_ready

step "tests: ${BROWSER_LIST}"
log=$(mktemp)
xvfb-run -a bash scripts/run-wtr.sh "$BROWSER_LIST" 2>&1 | tee "$log"
wtr_rc=${PIPESTATUS[0]}
# wtr's own exit code goes to the summary (a crash without a failing test counts as one failure);
# the node tests' failures are counted from their own log.
rc=$(( wtr_rc != 0 || node_rc != 0 ))

# End-to-end checks, each counted as one test in the closing line.
checks_passed=0; checks_failed=0
step "storybook build (the docs build, with Get the code)"
if npx storybook build --disable-telemetry -o storybook-static --quiet > .storybook-build.log 2>&1; then
  checks_passed=$((checks_passed + 1))
else
  tail -30 .storybook-build.log; echo "FAILED: storybook build"; rc=1; checks_failed=$((checks_failed + 1))
fi

step "smoke: the demo page and the docs build's Get the code, under a strict CSP, as partners load them"
if node scripts/smoke.mjs; then checks_passed=$((checks_passed + 1)); else echo "FAILED: smoke"; rc=1; checks_failed=$((checks_failed + 1)); fi

step "privacy log: every request, cookie and stored item of each widget, used with real clicks (Chromium)"
if node scripts/privacy-log.mjs; then checks_passed=$((checks_passed + 1)); else echo "FAILED: privacy log"; rc=1; checks_failed=$((checks_failed + 1)); fi

step "quick exit with real input: mouse, touch and keyboard, on a page whose focus trap and key handler work against it (Chromium)"
if node scripts/real-input.mjs; then checks_passed=$((checks_passed + 1)); else echo "FAILED: real input"; rc=1; checks_failed=$((checks_failed + 1)); fi

echo
WTR_RC="$wtr_rc" CHECKS_PASSED="$checks_passed" CHECKS_FAILED="$checks_failed" node scripts/wtr-summary.mjs "$log" "$nodelog"
exit "$rc"
