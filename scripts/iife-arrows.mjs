// Writes a function that is called at once and only returns a value as an arrow function, in the
// CDN files (vite.config.ts, after terser): terser leaves a once-used function with arguments where it
// is called (`inline: 1`), as
//   function(e){return tt.has(E(T(e)))?`rtl`:`ltr`}(this.locale)
// and this step writes it
//   (e=>tt.has(E(T(e)))?`rtl`:`ltr`)(this.locale)
// which does the same: the function is anonymous and called once, right there, so nothing else can
// see the function object (its `prototype`, its `length`, its name); and it reads no `this`,
// `arguments`, `new.target` or `super` of its own (not in its parameters, nor in arrow functions
// inside it, which would read them from it), which are all an arrow function does differently when
// called. Only functions whose body is one `return <value>` change: for the others the arrow is
// larger after gzip (measured 2026-11-30 on every widget file; terser's `unsafe_arrows`, which turns
// every function it can into an arrow, was larger too). A function inside another that changes is
// left as it is. The edit comes with a source map.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';

/**
 * Whether the function reads `this`, `arguments`, `new.target` or `super` of its own, or holds a class
 * (whose field initialisers and computed keys would need a closer look). Also used by fn-arrows.mjs.
 * @param {ts.FunctionExpression | ts.FunctionDeclaration} fn
 */
export function readsOwnContext(fn) {
  let found = false;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (found) return;
    if (node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword || ts.isMetaProperty(node) || ts.isClassLike(node) || (ts.isIdentifier(node) && node.text === 'arguments')) {
      found = true;
      return;
    }
    // A function of its own (not an arrow) has its own `this` and `arguments`.
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isAccessor(node) || ts.isConstructorDeclaration(node)) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return found;
}

/**
 * @param {string} code a chunk as terser wrote it
 * @returns {{code: string, map: import('magic-string').SourceMap, count: number} | null} null when nothing changed
 */
export function iifeArrows(code) {
  const {file, out, fail, result} = sourceEdit(code, 'chunk.js', 'iife-arrows.mjs', ts.ScriptKind.JS);
  let count = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isParenthesizedExpression(node.expression) ? node.expression.expression : node.expression;
      const statements = ts.isFunctionExpression(callee) ? callee.body.statements : [];
      const value = statements.length === 1 && ts.isReturnStatement(statements[0]) ? statements[0].expression : undefined;
      if (value && !callee.name && !callee.asteriskToken && !callee.modifiers?.length && !callee.typeParameters && !readsOwnContext(callee)) {
        const text = (from, to) => code.slice(from, to);
        const [only, ...more] = callee.parameters;
        // One plain parameter needs no parentheses: `e=>…`.
        const params = only && !more.length && ts.isIdentifier(only.name) && !only.initializer && !only.dotDotDotToken ? only.name.text : text(callee.parameters.pos - 1, callee.parameters.end + 1);
        let body = text(value.getStart(file), value.getEnd());
        // An arrow's body is one expression that does not start with `{`: a comma sequence or an
        // object literal (or anything starting with one) goes in parentheses.
        if (body.startsWith('{') || (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.CommaToken)) body = `(${body})`;
        if (!/^(\(.*\)|[\w$]+)$/s.test(params)) fail(callee, 'could not read the parameters');
        out.overwrite(node.expression.getStart(file), node.expression.getEnd(), `(${params}=>${body})`);
        count++;
        // What is inside was copied as written; the arguments are still to be read.
        node.arguments.forEach(visit);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count ? result({count}) : null;
}
