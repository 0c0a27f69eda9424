// The CDN files' minifier (rolldown's, vite.config.ts: `mangleProps`) shortens these property names: the
// widgets' private reactive state, which only their own class reads or writes, and the keys of a few
// internal option and result objects, which would otherwise be written out in full wherever they are
// used. The npm files, the manifest and the sources keep every name. test/node/mangle-props.test.mjs
// checks that each state name is a private field declared as state, that each key is named only in
// the modules listed for it, that no string names any of them (the minifier renames property names,
// not strings: a `changed.has('picked')` would no longer find it), and that none is a name the browser
// gives elements (which that minifier would rename too; terser, which other builds of this config use,
// would leave them alone whatever this list says).
import ts from 'typescript';

/** Private state fields. */
export const MANGLED_STATE = [
  // the card
  'picked',
  'announcement',
  'copied',
  // the quick exit (announcement too)
  'remaining',
  // the quiz
  'stage',
  'current',
  'chosen',
  'spoken',
  'busy',
  'tally',
  // the banner
  'imageShown',
  // the ticker (busy too)
  'fetched',
  'inlineItems',
  'light',
  'hovering',
  'focusInside',
  'viaKeyboard',
  'reducedMotion',
];

/** Keys of internal objects, each with the only modules (under src/) that name it. */
export const MANGLED_KEYS = {
  // the card's options for each line's view
  onContact: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  onCopy: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  formatLocale: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  rightToLeft: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  renderedAt: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  // a line's open state
  inDays: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  changesAt: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  ahead: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  phase: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  // what the controller asks of a quick exit (ShortcutTarget): members marked @internal, which the
  // published types leave out; a file's controller only meets its own file's class (a tag that
  // another copy defined is that copy's class, with that copy's controller)
  armed: ['quick-exit/controller.ts', 'components/quick-exit/quick-exit.ts'],
  leave: ['quick-exit/controller.ts', 'components/quick-exit/quick-exit.ts'],
  clicked: ['quick-exit/controller.ts', 'components/quick-exit/quick-exit.ts'],
  countdown: ['quick-exit/controller.ts', 'components/quick-exit/quick-exit.ts'],
};

/** Every name the minifier may rename in the CDN files. */
export const MANGLED_PROPS = [...MANGLED_STATE, ...Object.keys(MANGLED_KEYS)];

/**
 * The private members of Lit's element classes, as its production build names them: `_$E…`
 * (ReactiveElement's TypeScript `private` members) and `_$D…` (LitElement's). Like the state above,
 * they live on our elements only; no code outside their own module names them (unlike the `_$A…`
 * members, which other packages and other copies of Lit read, and the `_$lit…$` brands), which
 * test/node/mangle-props.test.mjs checks in Lit's packages. So the CDN files, whose Lit is theirs
 * alone, shorten them as they do the names above (measured 2026-11-30: −12 B gzip on signpost.js,
 * −16 to −32 B on each widget file). lit-html's `_$C…` are left alone: it writes them on directive
 * objects too, which may be a partner's (−5 B more on signpost.js, measured and not taken).
 */
export const LIT_PRIVATE = '_\\$[DE]\\w+';

/** The same, as rolldown's `minify.mangleProps.include` (and terser's `mangle.properties.regex` outside the CDN builds). */
export const MANGLED_PROPS_REGEX = new RegExp(`^(?:${[...MANGLED_PROPS, LIT_PRIVATE].join('|')})$`);

/**
 * The short name each of those names gets in each CDN file (rolldown's `mangleProps.cache`), in place of
 * the minifier's own choice, which gives the names used most often the shortest letters: the same
 * letters, each file's given out again in the assignment that gzips smallest, found by swapping two
 * names at a time in the built file until no swap gained (measured 2026-12-07: −23 B on signpost.js,
 * −11 B the card's, −16 B the quiz's, −5 B the banner's, −14 B the ticker's, −7 B the quick exit's).
 * Only the names change, never what they name: within a file each is given once, and the build fails
 * if one is a property name that the file's code uses for anything else (checkMangledNames below), as
 * the minifier's own choice never is. A file's names missing from its table (a new state field) are
 * chosen by the minifier as before, around these. bench/mangle-names-search.mjs finds a file's table again.
 * No table gives `l`, nor does the minifier (`reserved`, vite.config.ts): Preact 10 keeps an element's
 * event listeners in its `l` property, so a Preact app that renders a widget with an event handler
 * would overwrite that state (a review of 2026-12-07 saw the quick exit's status read "[object
 * Object]" and Preact's handlers throw). The tables swapped `l` for a letter each file had free (+0 to
 * +2 B a file).
 */
export const MANGLED_NAMES = {
  signpost: {'_$Eh': 'z', '_$Ei': 'f', '_$Eu': 'S', '_$Em': 'i', '_$ET': 'x', '_$Eq': 'P', '_$ES': 'E', '_$EP': 'R', '_$Ep': 'g', '_$EM': 's', '_$Do': 'J', armed: 'U', clicked: 'I', countdown: 'K', leave: 'W', remaining: 'L', announcement: 'D', rightToLeft: 'Y', phase: 'v', changesAt: 'B', ahead: 'w', inDays: 'M', formatLocale: 'H', renderedAt: 'V', onContact: 'X', onCopy: 'q', copied: 'm', picked: 'h', light: 't', hovering: 'F', busy: 'd', reducedMotion: 'N', fetched: 'c', focusInside: 'y', viaKeyboard: 'r', inlineItems: 'Z', imageShown: 'e', stage: 'n', chosen: 'a', tally: 'G', current: 'b', spoken: 'A'},
  'hotline-card': {'_$Eh': 'n', '_$Ei': 'f', '_$Eu': 'x', '_$Em': 's', '_$ET': 'w', '_$ES': 'y', '_$EP': 'M', '_$Eq': 'v', '_$Ep': 'S', '_$EM': 'e', '_$Do': 'q', armed: 'g', clicked: 't', countdown: 'E', leave: 'B', remaining: 'i', announcement: 'd', rightToLeft: 'A', phase: 'N', changesAt: 'F', ahead: 'r', inDays: 'P', formatLocale: 'm', renderedAt: 'b', onContact: 'a', onCopy: 'D', copied: 'c', picked: 'h'},
  'red-flag-quiz': {'_$Eh': 'M', '_$Ei': 'w', '_$Eu': 'Z', '_$Em': 'n', '_$ET': 'x', '_$Eq': 'i', '_$ES': 'e', '_$EP': 'R', '_$Ep': 'F', '_$EM': 'r', '_$Do': 'v', armed: 'g', clicked: 'N', countdown: 'f', leave: 'L', remaining: 'B', announcement: 'd', rightToLeft: 'I', phase: 'D', changesAt: 'V', ahead: 'm', inDays: 'z', formatLocale: 'E', renderedAt: 'P', onContact: 'a', onCopy: 'A', copied: 's', picked: 'h', stage: 'b', chosen: 't', tally: 'S', current: 'q', spoken: 'c', busy: 'y'},
  'campaign-banner': {'_$Eh': 'i', '_$Ei': 'f', '_$Eu': 't', '_$Em': 'r', '_$ET': 'd', '_$ES': 'n', '_$EP': 's', '_$Eq': 'c', '_$Ep': 'e', '_$EM': 'a', '_$Do': 'm', imageShown: 'g'},
  'news-ticker': {'_$Eh': 'e', '_$Ei': 'c', '_$Eu': 'S', '_$Em': 'h', '_$ET': 'x', '_$ES': 'n', '_$EP': 'g', '_$Eq': 'v', '_$Ep': 'b', '_$EM': 'w', '_$Do': 'y', light: 't', hovering: 'i', busy: 'm', reducedMotion: 'a', fetched: 's', focusInside: 'd', viaKeyboard: 'r', inlineItems: 'f'},
  'quick-exit': {'_$Eh': 'n', '_$Ei': 'r', '_$Eu': 'c', '_$Em': 'h', '_$ET': 'y', '_$ES': 'i', '_$EP': 'f', '_$Eq': 'v', '_$Ep': 'e', '_$EM': 'a', '_$Do': 'm', armed: 'g', clicked: 'w', countdown: 't', leave: 'b', remaining: 's', announcement: 'd'},
};

/**
 * Fails when a file's table gives a name twice, or gives one that the file's code, before the minifier
 * shortens the listed names, uses as a property name of its own (a property access, an object's or a
 * class's member, a string key, computed or tested with `in`): two properties would then share a name.
 * A name made at run time (`Object.defineProperty(x, "o", …)`, a key read from a variable) it cannot
 * see; no file's code makes one of one letter.
 * @param {string} code the file's code just before the minifier runs
 * @param {Record<string, string>} names its table (MANGLED_NAMES[file])
 */
export function checkMangledNames(code, names) {
  const given = Object.values(names);
  const twice = given.find((name, i) => given.indexOf(name) !== i);
  if (twice) throw new Error(`MANGLED_NAMES gives "${twice}" twice (scripts/mangle-props.mjs)`);
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const targets = new Set(given);
  const visit = (node) => {
    const name =
      ts.isPropertyAccessExpression(node) ? node.name
      : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression
      : (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) ? node.name
      : ts.isBindingElement(node) ? node.propertyName ?? (ts.isObjectBindingPattern(node.parent) ? node.name : undefined)
      : undefined;
    // (A computed key written as a string, `{["o"]: 1}`, and a string tested with `in`, `"o" in x`, name it too.)
    const written = name && ts.isComputedPropertyName(name) ? name.expression : ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword ? node.left : undefined;
    const key = written ? (ts.isStringLiteralLike(written) ? written : undefined) : name;
    const text = key && (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) ? key.text : undefined;
    if (text !== undefined && targets.has(text) && !MANGLED_PROPS_REGEX.test(text)) {
      throw new Error(`MANGLED_NAMES gives "${text}", a property name the file uses already (scripts/mangle-props.mjs): …${code.slice(node.getStart(file) - 40, node.getEnd() + 20)}…`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}
