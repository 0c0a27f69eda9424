// For the CDN files (vite.config.ts): the built-in hotline directory's phones are written by how the
// operator writes them alone, and their `tel` is worked out at run time from those digits.
// `P('+448000121700', '08000 121 700')` becomes `P('08000 121 700', '+44')`: `tel` is the display's
// digits with a leading 0 (a trunk prefix) replaced by the second argument, the country code
// (`P('1-888-373-7888', '+')` for a display that already holds it, `P('089', '0')` for a short code
// that starts with 0, `P('1343')` for one that does not). The digits of a tel are about the least
// compressible bytes of the directory: 134 B gzip of signpost.js.
// The source keeps every `tel` written out, as the research gives it (docs/hotline-data.md). The build
// works out each call's country code and checks that the run-time rule gives back the written `tel`;
// a phone it cannot write so, a `P` that is not `(tel, display = tel) => ({tel, display})` or a `P`
// used other than called with string literals fails the build, and test/node/hotline-phones.test.mjs
// compares the whole CDN directory with the source's. Found with TypeScript's parser; the edit comes
// with a source map.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';

/** The module of the built-in directory. */
const DIRECTORY_MODULE = /[\\/]src[\\/]data[\\/]hotlines\.ts$/;
/** What P becomes. */
const HELPER = "(display, cc = '') => ({tel: display.replace(/\\D/g, '').replace(/^0?/, cc), display})";

/** The run-time rule of HELPER, for the check. */
export const telOf = (display, cc = '') => display.replace(/\D/g, '').replace(/^0?/, cc);

/**
 * The country code that gives `tel` from `display`, or undefined when none does.
 * @param {string} tel
 * @param {string} display
 */
export function countryCode(tel, display) {
  const rest = display.replace(/\D/g, '').replace(/^0/, '');
  if (!rest || !tel.endsWith(rest)) return undefined;
  const cc = tel.slice(0, tel.length - rest.length);
  return /^\+?\d*$/.test(cc) && telOf(display, cc) === tel ? cc : undefined;
}

/**
 * @param {string} code the directory module's source
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap, phones: number} | null} null for other modules
 */
export function hotlinePhones(code, id = '/src/data/hotlines.ts') {
  if (!DIRECTORY_MODULE.test(id)) return null;
  const {file, out, fail, result} = sourceEdit(code, id, 'hotline-phones.mjs');
  let declared = false;
  let phones = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'P') {
      const fn = node.initializer && ts.isArrowFunction(node.initializer) ? node.initializer : undefined;
      let body = fn?.body;
      while (body && ts.isParenthesizedExpression(body)) body = body.expression;
      const [tel, display] = fn?.parameters ?? [];
      const shape =
        fn?.parameters.length === 2 &&
        tel.name.getText(file) === 'tel' &&
        !tel.initializer &&
        display.name.getText(file) === 'display' &&
        display.initializer?.getText(file) === 'tel' &&
        body &&
        ts.isObjectLiteralExpression(body) &&
        body.properties.map((p) => (ts.isShorthandPropertyAssignment(p) ? p.name.text : '?')).join() === 'tel,display';
      if (!shape) fail(node, 'P must be (tel, display = tel) => ({tel, display})');
      out.overwrite(fn.getStart(file), fn.getEnd(), HELPER);
      declared = true;
      return;
    }
    if (ts.isIdentifier(node) && node.text === 'P') {
      const call = node.parent;
      if (!ts.isCallExpression(call) || call.expression !== node) fail(call ?? node, 'P may only be called');
      const [tel, display = tel] = call.arguments;
      if (!call.arguments.length || call.arguments.length > 2 || !call.arguments.every(ts.isStringLiteral)) fail(call, 'P takes one or two string literals');
      const cc = countryCode(tel.text, display.text);
      if (cc === undefined) fail(call, `no country code gives ${tel.text} from ${display.text}`);
      out.overwrite(call.arguments[0].getStart(file), call.arguments.at(-1).getEnd(), `${display.getText(file)}${cc ? `, '${cc}'` : ''}`);
      phones++;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!declared || !phones) throw new Error(`${id}: no P = (tel, display = tel) => ({tel, display}) or no P() call: check scripts/hotline-phones.mjs`);
  return result({phones});
}
