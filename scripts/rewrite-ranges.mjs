// The one way the build's text steps (scripts/void-name.mjs, lower-escapes.mjs, toplevel-names.mjs) and
// the bench's name searches write a file again with some of its ranges replaced.

/**
 * `code` with each edit's text in place of the range it covers.
 * @param {string} code
 * @param {Iterable<[number, number, string]>} edits [start, end, text], in the file's order, none overlapping
 * @returns {string}
 */
export function rewriteRanges(code, edits) {
  let out = '';
  let from = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(from, start) + text;
    from = end;
  }
  return out + code.slice(from);
}
