// The release gate on stale facts (scripts/check-verified.mjs, run by `npm publish` through
// prepublishOnly). The CLI tests read dist/npm (run after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {datedRecords, staleRecords} from '../../scripts/check-verified.mjs';

const DAY = 86_400_000;
const plus = (iso, days) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);
const cli = (...args) => spawnSync(process.execPath, ['scripts/check-verified.mjs', ...args], {encoding: 'utf8'});

test('names the records that are too old, in the future, missing or malformed, and only those', () => {
  const records = [
    {name: 'fresh', verified: '2026-06-01'},
    {name: 'limit', verified: '2026-01-01'},
    {name: 'old', verified: '2025-12-31'},
    {name: 'future', verified: '2026-06-02'},
    {name: 'none'},
    {name: 'malformed', verified: '1 June 2026'},
  ];
  const stale = staleRecords(records, '2026-06-01', 151); // 2026-01-01 is 151 days before
  assert.deepEqual(stale.map((r) => r.name), ['old', 'future', 'none', 'malformed']);
  assert.match(stale[0].why, /152 days ago \(limit 151\)/);
});

test('every built-in hotline record and quiz question carries a date the gate reads', async () => {
  const records = await datedRecords();
  assert.ok(records.some((r) => r.name.startsWith('US Polaris')), 'the US hotline is checked');
  assert.ok(records.some((r) => r.name === 'quiz l1'), 'the quiz bank is checked');
  // The emergency numbers beside the lines too, each stated by a source (since 2026-12-07).
  assert.deepEqual(records.filter((r) => r.name.includes(' emergency ')).map((r) => r.name).sort(), ['AU emergency 000', 'GB emergency 999', 'IN emergency 112', 'MX emergency 911', 'NL emergency 112', 'US emergency 911']);
  assert.deepEqual(staleRecords(records, '9999-12-31', 1e7), [], 'no record lacks a valid date');
});

test('the CLI passes on the last day of the limit and blocks the day after, naming the record', async () => {
  const oldest = (await datedRecords()).map((r) => r.verified).sort()[0];
  const ok = cli('--today', plus(oldest, 180));
  assert.equal(ok.status, 0, ok.stderr);
  const late = cli('--today', plus(oldest, 181));
  assert.equal(late.status, 1);
  assert.match(late.stderr, /181 days ago \(limit 180\)/);
  assert.match(late.stderr, /operator's live site/);
  assert.equal(cli('--max-days', 'soon').status, 2, 'a bad option is refused, not read as no limit');
});
