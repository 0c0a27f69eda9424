// Writes the constructor that the TypeScript lowering gives a Signpost element class with field
// initialisers (`constructor(..._args) { super(..._args); this.x = …; }`) without its arguments
// (`constructor() { super(); this.x = …; }`), in the CDN files (vite.config.ts, on the project's
// modules after the lowering). It does the same: the arguments only ever went up the chain to Lit's
// ReactiveElement, whose constructor takes none and calls `super()` with none (HTMLElement's takes
// none either), and LitElement's passes on what it is given; so no constructor of the chain reads
// them, and the new class's `length` is 0, as a rest parameter's was. Only classes that extend
// SignpostElement or LitElement change (an `Error` subclass's arguments are its message); the step
// fails if such a class keeps a rest constructor it does not know, so that this is looked at again.
// Nobody can see a difference: not `new X(a)` from a page, nor a partner subclass calling
// `super(a, b)` (measured 2026-12-02: −8 B on signpost.js, −6 to −7 B on the others).

/** A lowered class's first member, its generated constructor, with the rest parameter passed on. */
const REST = /(class \w+ extends (?:SignpostElement|LitElement) \{\n\tconstructor\()\.\.\.(\w+)(\) \{\n\t\tsuper\()\.\.\.\2\);(.*?\n\t\})/gs;

/**
 * @param {string} code a project module after the TypeScript lowering
 * @param {string} [id] its path, for the error
 * @returns {{code: string, map: null} | null} null when the module has no such constructor
 */
export function bareSuper(code, id = 'a module') {
  const out = code.replace(REST, (whole, head, rest, open, body) => {
    // the constructor's body (to its closing brace, the first at its indent) must not read them either
    if (new RegExp(`\\b${rest}\\b`).test(body)) return whole;
    return `${head}${open});${body}`;
  });
  if (/\bextends (?:SignpostElement|LitElement)\b/.test(out) && /super\(\.\.\.(?!arguments\))/.test(out)) {
    throw new Error(`${id}: a Signpost element's constructor passes on its arguments in a form scripts/bare-super.mjs does not know`);
  }
  return out === code ? null : {code: out, map: null};
}
