// The string literals of a union type as custom-elements.json writes it (`'' | 'a' | 'b'` →
// `['', 'a', 'b']`), or none when any member is not one. One rule for Get the code (configurator.js)
// and the editor data (scripts/editor-data.mjs), so both offer the same values.
export function literals(type = '') {
  const members = type.split('|').map((m) => m.trim());
  return members.every((m) => /^'[^']*'$/.test(m)) ? members.map((m) => m.slice(1, -1)) : [];
}
