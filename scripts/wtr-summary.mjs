// Reads a wtr log and prints per-browser counts, then one plain "tests: N passed, N failed" line.
import {readFileSync} from 'node:fs';

// eslint-disable-next-line no-control-regex -- strips terminal colour codes
const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const last = new Map();
// (wtr adds ", N skipped" when a test skipped itself: shown too, so that an engine losing a feature a
// test needs, and skipping it, is seen in the closing lines.)
for (const m of log.matchAll(/^\s*([A-Za-z][\w ]*?):\s*\|[^|]*\|\s*\d+\/\d+ test files \|\s*(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)) {
  last.set(m[1], [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)]);
}
let passed = 0;
let failed = 0;
const parts = [];
for (const [browser, [p, f, s]] of last) {
  passed += p;
  failed += f;
  parts.push(`${browser} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
}
// wtr failed without a failing test (a browser crashed, a file did not load): count it as a failure.
if (process.env.WTR_RC && process.env.WTR_RC !== '0' && failed === 0) failed = 1;
// Node's test runner (node --test): "# pass N" / "# fail N".
if (process.argv[3]) {
  const node = readFileSync(process.argv[3], 'utf8');
  const p = Number(/^# pass (\d+)/m.exec(node)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(node)?.[1] ?? (p ? 0 : 1));
  passed += p;
  failed += f;
  parts.push(`Node ${p} passed, ${f} failed`);
}
// End-to-end checks run by scripts/test.sh after the browsers (Storybook build, smoke).
const checksPassed = Number(process.env.CHECKS_PASSED ?? 0);
const checksFailed = Number(process.env.CHECKS_FAILED ?? 0);
if (checksPassed + checksFailed) {
  passed += checksPassed;
  failed += checksFailed;
  parts.push(`end-to-end ${checksPassed} passed, ${checksFailed} failed`);
}
console.log(`per browser — ${parts.join('; ') || 'no results'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
