// Puts the text of the widgets' styles last in the CDN files that carry built-in data
// (vite.config.ts, after scripts/data-last.mjs, before terser): each css`…` template (none has values)
// is written `css([SIGNPOST_CSS(n)])`, and its text goes, in the order the templates come (but for BEFORE), into one
// function declared after the data, whose one array holds every text: `function SIGNPOST_CSS(n) {
// return [`…`, `…`][n]; }` (terser then gives it a short name). The rules, about 10 KB raw that stood
// together between Lit and the widgets' code, then sit beside the data rather than between the code's
// repeats. Measured 2026-12-01, on the files that carry data (scripts/data-last.mjs): −70 B on
// signpost.js, −35 B the quiz's, −19 B the card's; on the others it did not pay (the banner's −2 B,
// the quick exit's +3 B, the ticker's +9 B), and they are left as they are.
//
// It does what the template did: the CDN files' `css` tag (vite.config.ts's LIT_UNUSED), `t=>new
// n(t[0])`, makes a CSSResult of `strings[0]` alone (it keeps no reference to the strings object: its
// cache by template is left out), and a template literal without values has the same text, tagged or not
// (an escape that only a tagged template may hold, whose text Lit would read as `undefined`, fails the
// build instead). A function declaration exists before any of the module runs, so every call finds it,
// wherever the template is. A template with values fails the build: the tag reads its first string only
// (test/node/lit-trims.test.mjs holds that no source writes one). (Measured 2026-12-07 and not taken:
// each call written `new CSSResult(SIGNPOST_CSS(n))`, the tag then left out by terser: +47 B on
// signpost.js with the module variables' names as the tables give them now, one variable fewer.)
// Anything not of the expected shape fails the build, so that a change in Lit or the bundler is looked
// at again. The source map follows the edit.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';
import {MOVES} from './data-last.mjs';

/** The name of the function that holds the texts (terser shortens it); the build fails if the chunk already uses it. */
export const CSS_TEXTS = 'SIGNPOST_CSS';

/**
 * The texts go into the array in the order their templates come, but for these pairs, each text known by
 * how it starts: in a file that holds both, the first goes just before the second. Measured 2026-12-04 on
 * signpost.js: the banner's styles before the card's (which start with .notice, the order of its rules that
 * gzips smallest), −4 B (its other orders: 0 or more; the card's and the
 * quiz's files hold only the card's). Which text is where changes nothing: each call asks for its own.
 */
export const BEFORE = [['.banner{', '.notice{']];

/**
 * @param {string} code a bundled chunk, before minification (after scripts/data-last.mjs)
 * @returns {{code: string, map: import('magic-string').SourceMap, count: number} | null} null for a
 *   chunk without built-in data, or without css templates
 */
export function cssLast(code) {
  if (!MOVES.some((move) => move.present.test(code))) return null;
  const {file, out, fail, result} = sourceEdit(code, 'chunk.js', 'css-last.mjs', ts.ScriptKind.JS);
  if (new RegExp(`\\b${CSS_TEXTS}\\b`).test(code)) fail(file, `the chunk already names ${CSS_TEXTS}`);
  // Lit's `css` tag as LIT_UNUSED leaves it: the one declaration of an arrow function that constructs
  // a class with its parameter's first element (`t => new n(t[0])`).
  const tags = [];
  /** @param {ts.Node} node */
  const findTag = (node) => {
    const fn = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isArrowFunction(node.initializer) && node.initializer.getText(file);
    if (fn && /^\(?([\w$]+)\)?=>new [\w$]+\(\1\[0\]\)$/.test(fn.replace(/\s+(?!\w)|(?<!\w)\s+/g, ''))) tags.push(node.name.text);
    ts.forEachChild(node, findTag);
  };
  findTag(file);
  if (tags.length !== 1) fail(file, `${tags.length} declarations of Lit's css tag, not 1`);
  const [tag] = tags;
  const texts = [];
  const tagged = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === tag) {
      if (!ts.isNoSubstitutionTemplateLiteral(node.template)) fail(node, 'a css template with a value');
      if (node.typeArguments) fail(node, 'a css template with type arguments');
      // An escape that only a tagged template may hold (`\2014` for CSS's `\\2014`) has no text of its own.
      if (node.template.templateFlags & ts.TokenFlags.ContainsInvalidEscape) fail(node, 'an escape that only a tagged template may hold');
      texts.push(node.template);
      tagged.push(node.tag);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!texts.length) return null;
  const exportAt = code.search(/^export \{[^}]*\};?\s*$/m);
  if (exportAt < 0) fail(file, 'no final export');
  const order = [...texts];
  for (const [first, second] of BEFORE) {
    const [a, b] = [first, second].map((start) => order.find((template) => template.text.startsWith(start)));
    if (!a || !b) continue;
    order.splice(order.indexOf(a), 1);
    order.splice(order.indexOf(b), 0, a);
  }
  tagged.forEach((node, i) => out.overwrite(node.getStart(file), node.getEnd(), `${tag}([${CSS_TEXTS}(${order.indexOf(texts[i])})])`));
  // Each text is moved (so the source map still finds it in its module), into the function's array.
  order.forEach((template, i) => {
    const start = template.getStart(file);
    out.prependRight(start, i ? ', ' : `function ${CSS_TEXTS}(n) {\n\treturn [`);
    out.move(start, template.getEnd(), exportAt);
  });
  out.appendLeft(order.at(-1).getEnd(), '][n];\n}\n');
  return result({count: texts.length});
}
