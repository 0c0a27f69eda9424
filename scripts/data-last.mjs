// Puts the built-in data last in the CDN files (vite.config.ts, after bundling, before terser): the
// quiz's built-in bank, the hotline directory, the card's scope labels and the English country names,
// about 10 KB that stood between the widgets' code. gzip finds repeats only within 32 KB, so with the
// data in the middle each widget's templates, styles and calls had fewer of the others' in reach
// (measured 2026-11-30, gzip on signpost.js, red-flag-quiz.js and hotline-card.js: the bank and the
// directory −174, −102 and −46 B; the scope labels −64, −43 and −24 B more; the country names −35,
// −22 and −20 B more; the other files hold none of them). The campaigns with their sources, which only
// signpost.js holds since the banner reads their windows alone: −24 B on signpost.js (2026-12-01).
// They land in MOVES' order: the campaigns right after the bank, the country names before the scope
// labels (−9 B on signpost.js, −1 B the card's and the quiz's, against the order they were added in;
// 2026-12-01).
//
// Each is a top-level declaration of the bundle, moved as it is to just before the final `export`:
// - `builtInBank` is a function declaration: where it stands changes nothing (declarations are
//   created before any of the module runs). Its one call is marked `/*@__NOINLINE__*/`, or terser
//   would write the function back where it is called, in the quiz class.
// - The others are `var`s whose value is built when the module runs, so after the move it is built
//   after the widgets are defined: each is read only when a card renders (or the reader picks a
//   country), which is never during the module's run (updates wait for a microtask). Nothing may
//   read them in a constructor or connectedCallback (a banner's campaign windows, read as it
//   connects, stay where they are). `CAMPAIGNS` (the windows with their sources) is read by no
//   Signpost code at all: only signpost.js exports it, and a page reads it after the file has run.
//   test/embedding/pages.test.ts loads signpost.js on a page whose card, quiz and others are
//   already there, and fails on any error.
// A file that holds the module but not the declaration as expected fails the build, so that a
// change in the bundler's output is looked at again. The source map follows the moves.
import MagicString from 'magic-string';

/** What moves: the declaration's first and last lines as the bundler writes them, and how to tell the module is in the file. */
export const MOVES = [
  {what: "the quiz's built-in bank (src/data/quiz-bank.ts)", start: /^function builtInBank\(\) \{$/m, end: /^\}$/m, present: /\bbuiltInBank\b/, call: /\bbuiltInBank\(\)/g},
  {what: 'the campaigns with their sources (src/banner/campaigns.ts)', start: /^var CAMPAIGNS = \{$/m, end: /^\};$/m, present: /\bCAMPAIGNS\b/},
  {what: 'the hotline directory (src/data/hotlines.ts)', start: /^var HOTLINES = \[$/m, end: /^\];$/m, present: /\bHOTLINES\b/},
  {what: 'English country names (src/hotline/format.ts)', start: /^var ENGLISH_COUNTRY_NAMES = \{$/m, end: /^\};$/m, present: /\bENGLISH_COUNTRY_NAMES\b/},
  {what: "the card's scope labels (src/components/hotline-card/messages.ts)", start: /^var SCOPE = \{$/m, end: /^\};$/m, present: /\bSCOPE\b/},
];

/**
 * @param {string} code a bundled chunk, before minification
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when the chunk holds none of the data
 */
export function dataLast(code) {
  const exportAt = code.search(/^export \{[^}]*\};?\s*$/m);
  const out = new MagicString(code);
  let moved = 0;
  for (const move of MOVES) {
    if (!move.present.test(code)) continue;
    const fail = (why) => {
      throw new Error(`scripts/data-last.mjs: ${move.what}: ${why}; check the bundler's output`);
    };
    const start = code.match(move.start);
    if (!start || code.slice(start.index + 1).search(move.start) >= 0) fail('its declaration was not found once');
    const endMatch = move.end.exec(code.slice(start.index));
    if (!endMatch) fail('the end of its declaration was not found');
    const end = start.index + endMatch.index + endMatch[0].length + 1; // with its line break
    if (exportAt < end) fail('no final export after it');
    out.move(start.index, end, exportAt);
    if (move.call) {
      const calls = [...code.matchAll(move.call)].filter((m) => m.index < start.index || m.index >= end);
      if (calls.length !== 1) fail(`${calls.length} calls, not 1`);
      out.appendLeft(calls[0].index, '/*@__NOINLINE__*/ ');
    }
    moved++;
  }
  return moved ? {code: out.toString(), map: out.generateMap({hires: true})} : null;
}
