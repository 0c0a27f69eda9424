// For the CDN files (vite.config.ts): `msg('Call', {id: 'call'})` becomes `msg('Call', 'call')`.
// lit-localize's extractor needs the `{id}` form in the source, and the npm build keeps it; in a
// bundle the 200-odd `{id: …}` wrappers are bytes no reader needs (about 0.1 KB gzip of signpost.js).
// src/i18n/msg.ts reads either form. Calls are found with TypeScript's parser, so only a call of
// `msg` whose second argument is exactly `{id: '<string>'}` changes; the edit comes with a source map.
import ts from 'typescript';
import MagicString from 'magic-string';

/**
 * @param {string} code a module's source (TypeScript or JavaScript)
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when nothing changed
 */
export function compactMsgIds(code, id = 'module.ts') {
  if (!code.includes('msg(')) return null;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let changed = false;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments.length === 2) {
      const options = node.arguments[1];
      if (ts.isObjectLiteralExpression(options) && options.properties.length === 1) {
        const [property] = options.properties;
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'id' && ts.isStringLiteral(property.initializer)) {
          out.overwrite(options.getStart(file), options.getEnd(), property.initializer.getText(file));
          changed = true;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return changed ? {code: out.toString(), map: out.generateMap({source: id, includeContent: true, hires: true})} : null;
}
