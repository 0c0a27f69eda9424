// The CDN files' terser shortens these property names (vite.config.ts: `mangle.properties`): the
// widgets' private reactive state, which only their own class reads or writes, and the keys of a few
// internal option and result objects, which would otherwise be written out in full wherever they are
// used. The npm files, the manifest and the sources keep every name. test/node/mangle-props.test.mjs
// checks that each state name is a private field declared as state, that each key is named only in
// the modules listed for it, that no string names any of them (terser renames property names, not
// strings: a `changed.has('picked')` would no longer find it), and that none is a name the browser
// gives elements (terser leaves those alone whatever this list says).
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
  primary: ['components/hotline-card/hotline-card.ts', 'components/hotline-card/line-view.ts'],
  // a line's open state
  inDays: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  closesAt: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  opensAt: ['hotline/schedule.ts', 'components/hotline-card/line-view.ts'],
  // the Shift counter's callbacks
  onProgress: ['quick-exit/shift-counter.ts', 'quick-exit/controller.ts'],
  onComplete: ['quick-exit/shift-counter.ts', 'quick-exit/controller.ts'],
};

/** Every name terser may rename in the CDN files. */
export const MANGLED_PROPS = [...MANGLED_STATE, ...Object.keys(MANGLED_KEYS)];

/** The same, as terser's `mangle.properties.regex`. */
export const MANGLED_PROPS_REGEX = new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`);
