// For the CDN files (vite.config.ts), after scripts/compact-msg-ids.mjs: the hotline card's ten scope
// labels are written as their texts alone, and scopeLabel works out each message id from the scope.
// `const SCOPE = {police: () => msg('Police', 'h-scope-police'), 'law-enforcement': () => msg('Report
// to law enforcement', 'h-scope-law'), …}` becomes `const SCOPE = {police: 'Police', 'law-enforcement':
// 'Report to law enforcement', …}`, and scopeLabel's `SCOPE[scope]()` becomes
// `msg(SCOPE[scope], 'h-scope-' + scope.split('-')[0])`: the same ids, the same texts, looked up in the
// same language (scopeLabel is called inside the card's render). lit-localize's extractor needs every
// id written in the source, which keeps them. An entry whose id is not `h-scope-` and its key's first
// word, or whose text is not a string literal, fails the build, and so does a module without the
// table, without `return SCOPE[scope]();` in scopeLabel, or reading SCOPE anywhere else; test/node/scope-msg-ids.test.mjs compares
// every label with the source's in English and all shipped languages. Found with TypeScript's parser;
// the edit comes with a source map.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';

/** The hotline card's messages. */
const MESSAGES_MODULE = /[\\/]src[\\/]components[\\/]hotline-card[\\/]messages\.ts$/;
/** The id of a scope's label, as the build checks it and as the run-time expression below works it out. */
export const scopeId = (scope) => `h-scope-${scope.split('-')[0]}`;
/** What `SCOPE[scope]()` becomes, for scopeLabel's parameter `scope`. */
const LOOKUP = "msg(SCOPE[scope], 'h-scope-' + scope.split('-')[0])";

/**
 * @param {string} code the module's source (after compact-msg-ids: `msg(text, 'id')`; `{id}` is read too)
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap, scopes: number} | null} null for other modules
 */
export function scopeMsgIds(code, id = '/src/components/hotline-card/messages.ts') {
  if (!MESSAGES_MODULE.test(id)) return null;
  const {file, out, fail, msgCall, result} = sourceEdit(code, id, 'scope-msg-ids.mjs');
  let scopes = 0;
  let looked = false;
  let references = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'SCOPE') {
      if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) fail(node, 'SCOPE must be an object literal');
      for (const property of node.initializer.properties) {
        const key = ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : fail(property, 'not key: value');
        const fn = property.initializer;
        const call = ts.isArrowFunction(fn) && !fn.parameters.length ? fn.body : undefined;
        if (!call) fail(property, 'an entry must be () => msg(text, id)');
        const {text, id: messageId} = msgCall(call);
        if (messageId !== scopeId(key)) fail(property, `the id must be ${scopeId(key)}`);
        out.overwrite(fn.getStart(file), fn.getEnd(), text.getText(file));
        scopes++;
      }
      return;
    }
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'scopeLabel') {
      const [parameter] = node.parameters;
      const [statement] = node.body?.statements ?? [];
      const call = statement && ts.isReturnStatement(statement) ? statement.expression : undefined;
      const shape =
        node.parameters.length === 1 &&
        parameter.name.getText(file) === 'scope' &&
        node.body.statements.length === 1 &&
        call &&
        ts.isCallExpression(call) &&
        !call.questionDotToken &&
        !call.arguments.length &&
        call.expression.getText(file).replace(/\s/g, '') === 'SCOPE[scope]';
      if (!shape) fail(node, 'scopeLabel must be (scope) { return SCOPE[scope](); }');
      out.overwrite(call.getStart(file), call.getEnd(), LOOKUP);
      looked = true;
      return;
    }
    if (ts.isIdentifier(node) && node.text === 'SCOPE') references++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  // The table is read nowhere else: its entries are no longer functions.
  if (references) throw new Error(`${id}: SCOPE used outside scopeLabel (scripts/scope-msg-ids.mjs)`);
  if (!scopes || !looked) throw new Error(`${id}: no SCOPE table or no scopeLabel(scope) { return SCOPE[scope](); }: check scripts/scope-msg-ids.mjs`);
  return result({scopes});
}
