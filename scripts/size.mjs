// Prints gzip and brotli sizes of the CDN files; with --check, fails when a file exceeds its budget.
// Budgets only go down (see docs/performance.md). Deterministic: same bytes in, same numbers out.
import {readFileSync, existsSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {CDN_ENTRIES, TARGET_LOCALES} from './cdn-entries.mjs';

// Budgets only go down, except once per new widget, by its measured size (see docs/performance.md):
// signpost.js was 24 KB with the card and quick exit; +6 KB with the quiz and its 27-question bank;
// +3 KB with the campaign banner; +5 KB with the news ticker and its feed normaliser. Script-aware
// language matching and on-demand language loading (12 languages) added ~0.2 KB to every file.
// Minifying the CSS in the templates (2026-11-29) took off ~0.45 KB: signpost.js 38 → 36.5 KB,
// the quiz 30 → 29 KB. Static `properties` instead of decorators (2026-11-29) took 0.5 KB off each
// file, which paid for that session's fixes; the banner came down (12 → 11.75 KB). The ticker's went
// to 14.75 KB and back to 15 KB (where the day began) when the language loader's fixes took 0.1 KB.
// The banner's went back to 12 KB (where it stood that morning) for a later review's fixes: the
// message behind whitespace-only light DOM, the warning for an unusable image URL, remember-dismissal
// storing only for its documented values, and the background tinted by the partner's accent.
// Terser (2026-11-29, fifth session) took the quiz's to 29 KB; the card's went to 20.5 KB and back
// to 20.75 KB (where that session began) when a review's fixes (the Trusted Types guard's flag, the
// sticky bar's offset) came to 0.1 KB. Ninth session (2026-11-30): a measured byte hunt took 0.4 KB
// off signpost.js after that session's fixes; the card 20.75 → 20.5 KB, the quiz 29 → 28.75 KB.
// signpost.js went 37.75 → 37.5 KB and back to 37.75 KB (where the session began) when a review of the
// session's own change found two quick-exit regressions and a crash (0.1 KB to fix). Tenth session
// (2026-11-30): the widgets imported in the order that gzips smallest (−236 B): 37.75 → 37.5 KB; the
// imports inside the widget modules likewise (−150 B): 37.5 → 37.25 KB. Eleventh session (2026-11-30):
// a byte hunt (−315 B, after two safety fixes: +72 B) took signpost.js 37.25 → 37 KB, the quiz
// 28.75 → 28.5 KB. Twelfth session (2026-11-30): the CDN's quiz bank with its message ids worked out
// (−401 B, after two feed fixes: +60 B): signpost.js 37 → 36.75 KB, the quiz 28.5 → 28.25 KB; then
// the directory's phones and the card's scope ids worked out at build time (−202 B): signpost.js
// 36.75 → 36.5 KB, the card 20.5 → 20.25 KB, the quiz 28.25 → 28 KB. Sixteenth session
// (2026-11-30): a byte hunt (Lit's unused svg/mathml and decorator-metadata paths, the built-in data
// written last: −0.45 KB) paid for thirteen reviewed fixes: the quiz 28 → 27.75 KB; signpost.js ended
// 0.1 KB under its gate, 0.15 KB short of the next step. Seventeenth session (2026-11-30): a hunt
// (Lit's raw-text and comment bindings and polyfill hooks, −0.23 KB) paid for a partner-phone warning
// and the quiz forwarding its card's parts: the card 20.25 → 20 KB, the quick exit 11.5 → 11.25 KB,
// the banner 12 → 11.75 KB. Nineteenth session (2026-12-01): more of Lit left out or written where
// it is called in the CDN build (−148 B): signpost.js 36.5 → 36.25 KB, the card 20 → 19.75 KB, the
// quick exit 11.25 → 11 KB, the quiz 27.75 → 27.5 KB, the ticker 15 → 14.75 KB.
// A second hunt in Signpost's own code (the banner's file no longer carries the campaigns' sources:
// −204 B there) took the banner 11.75 → 11.5 KB. Twentieth session (2026-12-01): Lit's useDefault,
// css-tag's sheet cache and its ShadyCSS check left out (−155 B) paid for two warnings and the
// 200-newest feed fix, and took the banner 11.5 → 11.25 KB; small trims in Signpost's own code
// (−17 B on signpost.js) took the quick exit 11 → 10.75 KB; a third hunt in the ticker's, card's and
// quiz's render code (−106 B) took signpost.js 36.25 → 36 KB and the ticker 14.75 → 14.5 KB.
// Twenty-first session (2026-12-01): a hunt in the plain modules (parsers, schedules, checks: −162 B)
// paid for the card's numbers wrapping between groups of digits (+84 B) and took the quiz 27.5 → 27.25 KB.
// Twenty-second session (2026-12-01): hunts in the widgets, the data and the build (template end tags)
// took signpost.js 36 → 35.75 KB, the card 19.75 → 19.5 KB and the quiz 27.25 → 27 KB.
// Twenty-third session (2026-12-01): three hunts (−87 B) paid for a quieter ticker live region, nested
// widgets' direction and the card's subheading part (+76 B), and took signpost.js 35.75 → 35.5 KB.
// Twenty-fourth session (2026-12-01): six hunts (data and validation, styles and the CSS minifier, the
// widgets' code; −235 B on signpost.js, −189 B on the quiz's file) took the quiz 27 → 26.75 KB, and
// three more small ones (selectors without spaces, one fallback warning, ticker state left unset:
// −12 B) took signpost.js 35.5 → 35.25 KB (36,095 B).
// Twenty-fifth session (2026-12-01): three hunts (the card, the ticker and feeds, the rest and the build:
// −194 B on signpost.js) took the card 19.5 → 19.25 KB (19,650 B) and the ticker 14.5 → 14.25 KB (14,549 B).
// Twenty-sixth session (2026-12-01): three hunts (the card and quick exit, the ticker, feeds and banner,
// the quiz and the build: −163 B on signpost.js) took signpost.js 35.25 → 35 KB (35,691 B), the quiz
// 26.75 → 26.5 KB (27,053 B) and the banner 11.25 → 11 KB (11,260 B).
// A second round (−54 B on signpost.js, 35,637 B) took the quick exit 10.75 → 10.5 KB (10,743 B).
// Thirty-first session (2026-12-02): two hunts of Lit's unused parts (fifteen trims, −463 B on
// signpost.js) paid for eleven review fixes (+51 B) and took, after the three-browser suite passed:
// signpost.js 35 → 34.75 KB (35,337 B), the card 19.25 → 18.75 KB (19,094 B), the quick exit
// 10.5 → 10 KB (10,161 B), the quiz 26.5 → 26.25 KB (26,614 B), the banner 11 → 10.75 KB (10,690 B),
// the ticker 14.25 → 14 KB (14,056 B): each by the whole 0.25 KB steps that leave it 64 B or more.
// Forty-second session (2026-12-04): a hunt of Lit's module aliases (−52 B on signpost.js) and the
// fallback's shared heading slot took the banner 10.75 → 10.5 KB (10,659 B).
// Sixty-third session (2026-12-06): a ticker-aimed hunt (−29 B on its file) took the ticker 14 →
// 13.75 KB (14,002 B).
// Sixty-fifth session (2026-12-06): four hunts (the quiz, the banner, the quick exit and the card: −64 B
// on signpost.js) took the quiz 26.25 → 26 KB (26,556 B).
// Sixty-sixth session (2026-12-07): two hunts (the card, quiz and banner; the shared code, feeds, ticker
// and quick exit: −38 B) took signpost.js 34.75 → 34.5 KB (35,246 B); a third, the banner's (−31 B on
// its file), took the banner 10.5 → 10.25 KB (10,422 B).
const BUDGETS = {
  // bytes, gzip -9
  // Raised once (2026-11-29) for the review fixes listed in docs/performance.md; otherwise only down.
  'dist/cdn/signpost.js': 34.5 * 1024,
  'dist/cdn/hotline-card.js': 18.75 * 1024,
  'dist/cdn/quick-exit.js': 10 * 1024,
  'dist/cdn/red-flag-quiz.js': 26 * 1024,
  'dist/cdn/campaign-banner.js': 10.25 * 1024,
  'dist/cdn/news-ticker.js': 13.75 * 1024,
};
// Every language file: at most 8 KB gzip (UI strings and all built-in content).
for (const code of TARGET_LOCALES) BUDGETS[`dist/cdn/locales/${code}.js`] = 8 * 1024;
// A CDN file without a budget would go unchecked.
for (const name of Object.keys(CDN_ENTRIES)) BUDGETS[`dist/cdn/${name}.js`] ??= NaN;
const TARGET = 20 * 1024;
let over = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (run npm run build)`);
    over = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, {level: 9}).length;
  const br = brotliCompressSync(raw, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const ok = gz <= budget;
  if (!ok) over = true;
  console.log(`${file}: ${raw.length} B, gzip ${gz} B, brotli ${br} B, budget ${Number.isNaN(budget) ? "none: add one" : `${budget} B`} gzip ${ok ? "ok" : "EXCEEDED"}`);
  if (file.endsWith('signpost.js')) console.log(`  distance to the ${TARGET} B target: ${gz - TARGET > 0 ? '+' : ''}${gz - TARGET} B`);
}

// The README's table of CDN files promises these budgets to partners ("at most (gzip)"): it must say
// what is enforced here, one row for each file and one for the languages.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const promised = [...readme.matchAll(/^\| `((?:locales\/<code>|[\w-]+)\.js)` \|.*\| ([\d.]+) KB \|$/gm)].map(([, name, kb]) => [name, Number(kb) * 1024]);
const expected = [...Object.keys(CDN_ENTRIES).filter((n) => !n.startsWith('locales/')).map((n) => `${n}.js`), 'locales/<code>.js'];
const budgetsOf = (name) => (name === 'locales/<code>.js' ? TARGET_LOCALES.map((code) => BUDGETS[`dist/cdn/locales/${code}.js`]) : [BUDGETS[`dist/cdn/${name}`]]);
const problems = [];
const names = promised.map(([name]) => name);
for (const name of expected) if (!names.includes(name)) problems.push(`README.md's table of CDN files has no row for ${name}`);
for (const name of new Set(names)) if (!expected.includes(name) || names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`README.md's table of CDN files has a row for ${name} it should not have (unknown, or twice)`);
for (const [name, bytes] of promised) {
  if (expected.includes(name) && budgetsOf(name).some((b) => b !== bytes)) problems.push(`README.md says ${name} is at most ${bytes / 1024} KB gzip; its budget is ${budgetsOf(name).map((b) => b / 1024).join(', ')} KB`);
}
for (const problem of problems) console.log(problem);
if (process.argv.includes('--check') && (over || problems.length)) process.exit(1);
