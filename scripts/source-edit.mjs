// What the CDN build's source rewrites share (scripts/bank-msg-ids.mjs, scope-msg-ids.mjs,
// hotline-phones.mjs) and its rewrites of terser's output (flatten-msg-calls.mjs, iife-arrows.mjs,
// which parse it as JavaScript): the module parsed with TypeScript's parser, its edits in MagicString
// (so the source map stays exact), a failure that names the script and the code it could not
// rewrite, and the reading of a `msg(text, id)` call.
import ts from 'typescript';
import MagicString from 'magic-string';

/**
 * @param {string} code the module's source
 * @param {string} id its file name
 * @param {string} script the rewriting script's file name, for the failure
 * @param {ts.ScriptKind} [kind] TypeScript (a source module), or JavaScript (a built chunk, where
 *   `a<b>(c)` is two comparisons, not a call with a type argument)
 */
export function sourceEdit(code, id, script, kind = ts.ScriptKind.TS) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, kind);
  const out = new MagicString(code);
  /** @returns {never} */
  const fail = (node, why) => {
    throw new Error(`${id}: ${why} (scripts/${script}): ${node.getText(file).slice(0, 200)}`);
  };
  /**
   * `msg(text, 'id')` (as compact-msg-ids writes it) or `msg(text, {id: 'id'})`: its text's and its
   * id's literals, each a string literal, else the build fails.
   */
  const msgCall = (node) => {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'msg' || node.arguments.length !== 2) fail(node, 'not a msg(text, id) call');
    const [text, options] = node.arguments;
    let messageId = options;
    if (ts.isObjectLiteralExpression(options)) {
      const only = options.properties.length === 1 ? options.properties[0] : undefined;
      if (!only || !ts.isPropertyAssignment(only) || only.name.getText(file) !== 'id') fail(node, 'msg() options must be {id}');
      messageId = only.initializer;
    }
    if (!ts.isStringLiteralLike(messageId)) fail(node, 'the id must be a string literal');
    if (!ts.isStringLiteralLike(text)) fail(node, 'the text must be a string literal');
    return {text, id: messageId.text};
  };
  /** The rewritten module and its source map, with the script's own counts. */
  const result = (counts) => ({code: out.toString(), map: out.generateMap({source: id, includeContent: true, hires: true}), ...counts});
  return {file, out, fail, msgCall, result};
}
