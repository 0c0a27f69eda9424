// node bench/toplevel-names-search.mjs [--minutes 10] [name ...]: finds, for each CDN file (default: the
// six widget files), the order of its one- and two-letter module variables' names that gzips smallest
// (each length's among themselves, and never a name that a scope around a variable's place declares), and prints
// it as TOPLEVEL_NAMES table entries (scripts/toplevel-names.mjs, which says which variables count).
//
// It builds the file as `npm run build` ships it (scripts/build-entry.mjs: with the table as it is), then
// swaps two variables' names at a time in the file's text, keeping a swap when the file's gzip (-9) goes
// down; rounds repeat until one keeps nothing, then random swaps that keep the size or lower it, until
// the time runs out (the best order seen is printed). Only variables the source map names
// take part (the table finds them by that name). Writes dist/cdn/<name>.js, as built before the search.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {buildEntry} from '../scripts/build-entry.mjs';
import {topLevelVariables} from '../scripts/toplevel-names.mjs';
import {rewriteRanges} from '../scripts/rewrite-ranges.mjs';

const gz = (text) => gzipSync(Buffer.from(text), {level: 9}).length;
const args = process.argv.slice(2);
const minutes = args.includes('--minutes') ? Number(args.splice(args.indexOf('--minutes'), 2)[1]) : 10;
for (const name of args.length ? args : ['signpost', 'hotline-card', 'red-flag-quiz', 'campaign-banner', 'news-ticker', 'quick-exit']) {
  const {path} = await buildEntry(name, 'silent');
  const code = readFileSync(path, 'utf8');
  const variables = topLevelVariables(code, JSON.parse(readFileSync(`${path}.map`, 'utf8'))).filter((v) => v.source !== undefined);
  const places = variables.flatMap((v, i) => v.places.map(([start, end]) => [start, end, i])).sort((a, b) => a[0] - b[0]);
  const write = (names) => rewriteRanges(code, places.map(([start, end, i]) => [start, end, names[i]]));
  const names = variables.map((v) => v.name);
  /** Whether the i-th and j-th variables may swap their names now: of one length, neither's name declared around the other's places. */
  const swappable = (i, j) => names[i].length === names[j].length && !variables[i].blocked.has(names[j]) && !variables[j].blocked.has(names[i]);
  const deadline = Date.now() + minutes * 60_000;
  let best = gz(code);
  const start = best;
  for (let kept = true; kept && Date.now() < deadline; ) {
    kept = false;
    for (let i = 0; i < names.length && Date.now() < deadline; i++) {
      for (let j = i + 1; j < names.length; j++) {
        if (!swappable(i, j)) continue;
        [names[i], names[j]] = [names[j], names[i]];
        const size = gz(write(names));
        if (size < best) [best, kept] = [size, true];
        else [names[i], names[j]] = [names[j], names[i]];
      }
    }
    console.error(`${name}.js ${start} → ${best} B gzip`);
  }
  // Then, until the time runs out, random swaps that keep the size or lower it: a walk along equal sizes
  // finds lower ones that no single swap reached (measured: −9 B more on signpost.js in 6 minutes).
  let current = best;
  let seed = 1;
  const random = (n) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  const bestNames = [...names];
  while (Date.now() < deadline) {
    const [i, j] = [random(names.length), random(names.length)];
    if (i === j || !swappable(i, j)) continue;
    [names[i], names[j]] = [names[j], names[i]];
    const size = gz(write(names));
    if (size > current) [names[i], names[j]] = [names[j], names[i]];
    else current = size;
    if (size < best) {
      best = size;
      bestNames.splice(0, names.length, ...names);
      console.error(`${name}.js ${start} → ${best} B gzip (walk)`);
    }
  }
  names.splice(0, names.length, ...bestNames);
  const entries = variables.map((v, i) => `${/^[A-Za-z_$][\w$]*$/.test(v.source) ? v.source : JSON.stringify(v.source)}: '${names[i]}'`);
  console.log(`  ${/^\w+$/.test(name) ? name : `'${name}'`}: {${entries.join(', ')}},`);
}
