// The CDN files' terser shortens these property names (vite.config.ts: `mangle.properties`): the
// widgets' private reactive state, which only their own class reads or writes, and which would
// otherwise be written out in full wherever it is used. The npm files, the manifest and the
// sources keep every name. test/node/mangle-props.test.mjs checks that each is a private field
// declared as state and never named by a string (terser renames property names, not strings: a
// `changed.has('picked')` would no longer find it), and that none is a name the browser gives
// elements (terser leaves those alone whatever this list says).
/** Names terser may rename in the CDN files. Private state fields only. */
export const MANGLED_PROPS = [
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
  'light',
  'hovering',
  'focusInside',
  'viaKeyboard',
  'reducedMotion',
];

/** The same, as terser's `mangle.properties.regex`. */
export const MANGLED_PROPS_REGEX = new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`);
