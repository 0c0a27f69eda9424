// For the CDN files (vite.config.ts): `msg('Call', {id: 'call'})` becomes `msg('Call', 'call')`.
// lit-localize's extractor needs the `{id}` form in the source, and the npm build keeps it; in a
// bundle the 200-odd `{id: …}` wrappers are bytes no reader needs (about 0.1 KB gzip of signpost.js).
// Calls are found with TypeScript's parser; the edit comes with a source map. Options other than the
// id (a `desc` for translators) are not read at run time and go too. A call whose options are not an
// object with a written id fails the build, and so does a call without options (msg.ts looks every
// message up by its id): every call is compacted, so src/i18n/msg.ts, which reads
// either form in the npm build, takes the id as given in the CDN files (its `const id = …` becomes
// `const id = options`: about 10 B gzip of every file).
import ts from 'typescript';
import MagicString from 'magic-string';

/** The module whose `render` reads the options (`const id = …`). */
const MSG_MODULE = /[\\/]src[\\/]i18n[\\/]msg\.ts$/;

/**
 * @param {string} code a module's source (TypeScript or JavaScript)
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when nothing changed
 */
export function compactMsgIds(code, id = 'module.ts') {
  const reader = MSG_MODULE.test(id);
  if (!code.includes('msg(') && !reader) return null;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let changed = false;
  let read = false;
  /** @param {ts.Node} node */
  const visit = (node) => {
    // Every call, one without options too: msg.ts's render looks every message up by its id.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const options = node.arguments[1];
      const property = options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id')
        : undefined;
      if (node.arguments.length !== 2 || !property || !ts.isStringLiteral(property.initializer) || options.properties.some((p) => !ts.isPropertyAssignment(p))) {
        throw new Error(`${id}: msg() options must be {id: '…'} (the CDN build writes the id alone): ${node.getText(file)}`);
      }
      out.overwrite(options.getStart(file), options.getEnd(), property.initializer.getText(file));
      changed = true;
    }
    // msg.ts: `const id = <either form>` → `const id = options`.
    if (reader && ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'id' && node.initializer) {
      out.overwrite(node.initializer.getStart(file), node.initializer.getEnd(), 'options');
      changed = read = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (reader && !read) throw new Error(`${id}: no \`const id = …\` to rewrite: check scripts/compact-msg-ids.mjs`);
  return changed ? {code: out.toString(), map: out.generateMap({source: id, includeContent: true, hires: true})} : null;
}
