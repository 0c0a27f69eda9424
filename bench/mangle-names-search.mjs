// node bench/mangle-names-search.mjs [--minutes 0] [name ...]: finds, for each CDN file (default: the six widget files),
// the assignment of the short names rolldown's minifier gives the mangled properties
// (scripts/mangle-props.mjs) that gzips smallest, and prints it as a MANGLED_NAMES table entry.
//
// It builds the file twice as `npm run build` ships it (scripts/build-entry.mjs): once as it is, once with
// SIGNPOST_MANGLE_DEBUG=1, which writes each mangled name out in full (`_$busy$_`). The two files'
// identifiers line up one to one, so the places of each name are known. Then two names at a time swap
// their letters, in the first file's text, and a swap is kept when the file's gzip (-9) goes down;
// rounds repeat until one keeps nothing; with --minutes, random swaps that keep the size or lower it
// follow, for that long, per file. The letters are the ones the file already has, so no new name can collide with a
// property the file uses (the build checks that too). Writes dist/cdn/<name>.js, as built at the end.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import ts from 'typescript';
import {buildEntry} from '../scripts/build-entry.mjs';
import {rewriteRanges} from '../scripts/rewrite-ranges.mjs';

const gz = (text) => gzipSync(Buffer.from(text), {level: 9}).length;
/** Every identifier of a file (names of variables and of properties), in order. */
const tokens = (text) => {
  const file = ts.createSourceFile('chunk.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (ts.isIdentifier(node)) found.push({text: node.text, start: node.getStart(file), end: node.getEnd()});
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};
const names = process.argv.slice(2);
const minutes = names.includes('--minutes') ? Number(names.splice(names.indexOf('--minutes'), 2)[1]) : 0;
const table = {};
for (const name of names.length ? names : ['signpost', 'hotline-card', 'red-flag-quiz', 'campaign-banner', 'news-ticker', 'quick-exit']) {
  process.env.SIGNPOST_MANGLE_DEBUG = '1';
  const debug = readFileSync((await buildEntry(name, 'silent')).path, 'utf8');
  delete process.env.SIGNPOST_MANGLE_DEBUG;
  const base = readFileSync((await buildEntry(name, 'silent')).path, 'utf8');
  const [a, b] = [tokens(base), tokens(debug)];
  if (a.length !== b.length) throw new Error(`${name}: the two builds do not line up (another terser setting won?)`);
  /** [start, end, name] of each mangled name in the file as built */
  const places = [];
  const current = {};
  a.forEach((token, i) => {
    if (token.text === b[i].text) return;
    const full = /^_\$(.+)\$_$/.exec(b[i].text)?.[1];
    if (!full || (current[full] ?? token.text) !== token.text) throw new Error(`${name}: the two builds differ at ${token.start}`);
    places.push([token.start, token.end, full]);
    current[full] = token.text;
  });
  const write = (assignment) => rewriteRanges(base, places.map(([start, end, full]) => [start, end, assignment[full]]));
  const keys = Object.keys(current);
  let best = gz(base);
  const start = best;
  for (let kept = true; kept; ) {
    kept = false;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const candidate = {...current, [keys[i]]: current[keys[j]], [keys[j]]: current[keys[i]]};
        const size = gz(write(candidate));
        if (size < best) {
          [best, kept] = [size, true];
          Object.assign(current, candidate);
        }
      }
    }
  }
  console.error(`${name}.js ${start} → ${best} B gzip`);
  // With --minutes, then random swaps that keep the size or lower it, for that long (the best seen is kept).
  const deadline = Date.now() + minutes * 60_000;
  let now = best;
  let seed = 1;
  const random = (n) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  let walk = {...current};
  while (Date.now() < deadline) {
    const [i, j] = [random(keys.length), random(keys.length)];
    if (i === j) continue;
    const candidate = {...walk, [keys[i]]: walk[keys[j]], [keys[j]]: walk[keys[i]]};
    const size = gz(write(candidate));
    if (size > now) continue;
    [now, walk] = [size, candidate];
    if (size < best) {
      best = size;
      Object.assign(current, candidate);
      console.error(`${name}.js ${start} → ${best} B gzip (walk)`);
    }
  }
  table[name] = current;
}
for (const [name, names] of Object.entries(table)) console.log(`  ${/^\w+$/.test(name) ? name : `'${name}'`}: {${Object.entries(names).map(([k, v]) => `${/^\w+$/.test(k) ? k : `'${k}'`}: '${v}'`).join(', ')}},`);
