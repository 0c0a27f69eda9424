// The CDN files' minifier (rolldown's, vite.config.ts: `mangleProps`) shortens these property names: the
// widgets' private reactive state, which only their own class reads or writes, and the keys of a few
// internal option and result objects, which would otherwise be written out in full wherever they are
// used. The npm files, the manifest and the sources keep every name. test/node/mangle-props.test.mjs
// checks that each state name is a private field declared as state, that each key is named only in
// the modules listed for it, that no string names any of them (the minifier renames property names,
// not strings: a `changed.has('picked')` would no longer find it), and that none is a name the browser
// gives elements (which that minifier would rename too; terser, which other builds of this config use,
// would leave them alone whatever this list says).
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
