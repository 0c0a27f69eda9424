// Blocks publishing when the shipped facts are stale: every hotline record and every quiz question
// carries the date it was last verified, and `npm publish` (prepublishOnly) refuses a package in which
// any of them is older than the allowed age, lies in the future, or is missing. A number changes
// (UK 2021, Germany, France 2018, India 1098 → 112); a card that says "reviewed on" a date long gone
// tells the reader something false. Reads the built npm files (run after `npm run build`).
//
//   node scripts/check-verified.mjs [--max-days 180] [--today YYYY-MM-DD]
//
// Exit 0: every date is within the limit. Exit 1: the stale, future or missing ones are listed.
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';

const DAY = 86_400_000;

/** Reads `--name value` from argv. */
function option(argv, name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : argv[i + 1];
}

/** The records that carry a `verified` date, each with a name a maintainer can find it by. */
export async function datedRecords(dir = 'dist/npm') {
  const load = (file) => import(pathToFileURL(resolve(dir, file)).href);
  const {HOTLINES} = await load('data/hotlines.js');
  const {builtInBank} = await load('data/quiz-bank.js');
  const records = [];
  for (const entry of HOTLINES) {
    // The emergency number beside the lines is a fact too ("In immediate danger, call 112").
    if (entry.emergency) records.push({name: `${entry.country} emergency ${entry.emergency}`, verified: entry.emergencyVerified});
    for (const line of entry.lines) {
      records.push({name: `${entry.country} ${line.organisation}${line.name ? ` – ${line.name}` : ''}`, verified: line.verified});
    }
  }
  for (const q of builtInBank()) records.push({name: `quiz ${q.id}`, verified: q.source?.verified});
  return records;
}

/** The records whose date is missing, malformed, in the future, or more than `maxDays` before `today`. */
export function staleRecords(records, today, maxDays) {
  const now = Date.parse(today);
  return records.flatMap((r) => {
    const at = /^\d{4}-\d{2}-\d{2}$/.test(r.verified ?? '') ? Date.parse(r.verified) : NaN;
    if (Number.isNaN(at)) return [{...r, why: 'no valid verified date'}];
    if (at > now) return [{...r, why: 'verified date is in the future'}];
    const age = Math.floor((now - at) / DAY);
    return age > maxDays ? [{...r, why: `verified ${age} days ago (limit ${maxDays})`}] : [];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const maxDays = Number(option(argv, 'max-days', '180'));
  const today = option(argv, 'today', new Date().toISOString().slice(0, 10));
  if (!Number.isInteger(maxDays) || maxDays < 0 || Number.isNaN(Date.parse(today))) {
    console.error('check-verified: --max-days takes a whole number of days, --today a YYYY-MM-DD date');
    process.exit(2);
  }
  const records = await datedRecords();
  const bad = staleRecords(records, today, maxDays);
  if (bad.length) {
    console.error(`check-verified: ${bad.length} of ${records.length} records need checking on the operator's live site before release:`);
    for (const r of bad) console.error(`  ${r.name}: ${r.why}`);
    console.error('Re-check each against its source, then update its `verified` date (src/data/). See docs/hotline-data.md.');
    process.exit(1);
  }
  console.log(`check-verified: ${records.length} records, each verified within ${maxDays} days of ${today}`);
}
