// The closing lines of `npm test` (scripts/wtr-summary.mjs): per-browser counts read from wtr's log,
// skipped tests shown, and a failed run never reported as passing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'wtr-summary-'));
/** The script's output for a wtr log (and a node log), with the given environment. */
function summary(log, env = {}, nodeLog) {
  const file = join(dir, 'wtr.log');
  writeFileSync(file, log);
  const args = ['scripts/wtr-summary.mjs', file];
  if (nodeLog != null) {
    writeFileSync(join(dir, 'node.log'), nodeLog);
    args.push(join(dir, 'node.log'));
  }
  return execFileSync(process.execPath, args, {env: {...process.env, WTR_RC: '', CHECKS_PASSED: '', CHECKS_FAILED: '', ...env}, encoding: 'utf8'});
}

// wtr's progress lines, as its terminal reporter writes them (colour codes included); the last one counts.
const LOG = [
  '\x1b[1mChrome:\x1b[22m      |███| 1/66 test files | 10 passed, 0 failed',
  '\x1b[1mChrome:\x1b[22m      |███| 66/66 test files | 571 passed, 0 failed, \x1b[90m1 skipped\x1b[39m',
  'Firefox:     |███| 66/66 test files | 572 passed, 0 failed',
  'MiniBrowser: |███| 66/66 test files | 570 passed, 2 failed',
].join('\n');

test('prints each browser’s last counts, skipped tests included, and the total', () => {
  const out = summary(LOG, {}, '# pass 3\n# fail 0\n');
  assert.match(out, /Chrome 571 passed, 0 failed, 1 skipped; Firefox 572 passed, 0 failed; MiniBrowser 570 passed, 2 failed; Node 3 passed, 0 failed/);
  assert.match(out, /^tests: 1716 passed, 2 failed$/m);
});

test('a wtr run that failed without a failing test (a crashed browser) counts as a failure', () => {
  assert.match(summary('Chrome: |███| 3/66 test files | 20 passed, 0 failed', {WTR_RC: '1'}), /^tests: 20 passed, 1 failed$/m);
});
