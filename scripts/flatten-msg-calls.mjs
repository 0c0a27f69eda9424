// Writes a message with values where it is used, in the CDN files (vite.config.ts, after terser).
// terser writes a once-used message helper where it is called, but as a function called at once:
//   (e=>A(j`Open now, closes at ${e}`,"h-open-now"))(s(r.Z))
// (`inline: 1`: letting it go further moves arguments into new variables elsewhere, which gzips
// larger). This step writes the argument into the template instead:
//   A(j`Open now, closes at ${s(r.Z)}`,"h-open-now")
// which does the same: each argument is still evaluated once, in the same order (the template's
// values are evaluated left to right, and each parameter is one of them, in the parameters' order),
// before the tag and the function are called; the tagged template is the same one (its strings
// object belongs to the template as written). The only thing evaluated earlier than before is the
// reading of the two names `A` and `j`: so the step requires each to be declared once in the file,
// by a top-level `var` or function declaration, and assigned nowhere else, so that every reading
// gives the same value. Anything that is not exactly this shape is left as it is.
// The edit comes with a source map.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';

/**
 * Each name the file declares, how many times (any scope, any kind), and whether any is other than a
 * top-level `var` or function declaration; and every name that is assigned to.
 * @param {ts.SourceFile} file
 */
function bindings(file) {
  /** @type {Map<string, {count: number, topLevelVar: boolean}>} */
  const declared = new Map();
  const assigned = new Set();
  const declare = (name, topLevelVar) => {
    const entry = declared.get(name) ?? {count: 0, topLevelVar: true};
    entry.count++;
    entry.topLevelVar &&= topLevelVar;
    declared.set(name, entry);
  };
  /** @param {ts.BindingName} name @param {boolean} topLevelVar */
  const declareBinding = (name, topLevelVar) => {
    if (ts.isIdentifier(name)) declare(name.text, topLevelVar);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) declareBinding(element.name, false);
  };
  /** @param {ts.Expression} target */
  const assign = (target) => {
    if (ts.isIdentifier(target)) assigned.add(target.text);
    else if (ts.isParenthesizedExpression(target)) assign(target.expression);
    else if (ts.isArrayLiteralExpression(target)) target.elements.forEach((e) => assign(ts.isSpreadElement(e) ? e.expression : e));
    else if (ts.isObjectLiteralExpression(target)) {
      for (const p of target.properties) {
        if (ts.isShorthandPropertyAssignment(p)) assigned.add(p.name.text);
        else if (ts.isPropertyAssignment(p)) assign(p.initializer);
        else if (ts.isSpreadAssignment(p)) assign(p.expression);
      }
    } else if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) assign(target.left);
  };
  const topLevel = (node) => ts.isVariableStatement(node.parent.parent) && ts.isSourceFile(node.parent.parent.parent) && !(node.parent.flags & ts.NodeFlags.BlockScoped);
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node)) declareBinding(node.name, ts.isIdentifier(node.name) && topLevel(node));
    else if (ts.isParameter(node) || ts.isBindingElement(node)) {
      if (ts.isParameter(node)) declareBinding(node.name, false);
    } else if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.name) {
      declare(node.name.text, ts.isFunctionDeclaration(node) && ts.isSourceFile(node.parent));
    } else if (ts.isImportClause(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) {
      if (node.name) declare(node.name.text, false);
    } else if (ts.isCatchClause(node) && node.variableDeclaration) {
      declareBinding(node.variableDeclaration.name, false);
      ts.forEachChild(node.block, visit);
      return;
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      assign(node.left);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken].includes(node.operator)) {
      assign(node.operand);
    } else if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      assign(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  /** A name every reading of which gives the same value: declared once, at the top, by `var` or `function`, never assigned. */
  return (name) => declared.get(name)?.count === 1 && declared.get(name).topLevelVar && !assigned.has(name);
}

/**
 * `(p, q) => f(tag`…${p}…${q}…`, "id")` called with as many plain arguments: the pieces to rewrite, or null.
 * @param {ts.CallExpression} call
 */
function shape(call) {
  if (call.questionDotToken || !ts.isParenthesizedExpression(call.expression)) return null;
  const arrow = call.expression.expression;
  if (!ts.isArrowFunction(arrow) || arrow.modifiers?.length || arrow.typeParameters) return null;
  const params = arrow.parameters;
  if (!params.length || params.some((p) => !ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken)) return null;
  if (call.arguments.length !== params.length || call.arguments.some((a) => ts.isSpreadElement(a))) return null;
  const body = arrow.body;
  if (!ts.isCallExpression(body) || body.questionDotToken || !ts.isIdentifier(body.expression) || body.arguments.length !== 2) return null;
  const [tagged, id] = body.arguments;
  if (!ts.isTaggedTemplateExpression(tagged) || !ts.isIdentifier(tagged.tag) || tagged.typeArguments || !ts.isTemplateExpression(tagged.template)) return null;
  if (!ts.isStringLiteral(id) && !ts.isNoSubstitutionTemplateLiteral(id)) return null;
  const names = params.map((p) => p.name.text);
  const spans = tagged.template.templateSpans.map((span) => span.expression);
  // Every value of the template is a parameter, each parameter is one value, in the parameters' order.
  if (spans.length !== names.length || spans.some((e, i) => !ts.isIdentifier(e) || e.text !== names[i])) return null;
  // The function and the tag are not parameters.
  if (names.includes(body.expression.text) || names.includes(tagged.tag.text)) return null;
  return {arrow, body, spans, outer: [body.expression.text, tagged.tag.text]};
}

/**
 * @param {string} code a chunk as terser wrote it
 * @returns {{code: string, map: import('magic-string').SourceMap, count: number} | null} null when nothing changed
 */
export function flattenMsgCalls(code) {
  const {file, out, result} = sourceEdit(code, 'chunk.js', 'flatten-msg-calls.mjs', ts.ScriptKind.JS);
  const steady = bindings(file);
  let count = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    const found = ts.isCallExpression(node) ? shape(node) : null;
    if (found && found.outer.every(steady)) {
      // Each argument moves into the value its parameter held; the rest of the call goes.
      const args = node.arguments;
      found.spans.forEach((span, i) => {
        out.remove(span.getStart(file), span.getEnd());
        out.move(args[i].getStart(file), args[i].getEnd(), span.getStart(file));
      });
      // `return(e=>…)(x)` becomes `return A(…)`, not `returnA(…)`.
      const start = node.getStart(file);
      if (/[\w$]/.test(code[start - 1] ?? '')) out.overwrite(start, found.body.getStart(file), ' ');
      else out.remove(start, found.body.getStart(file));
      let from = found.body.getEnd();
      for (const arg of args) {
        out.remove(from, arg.getStart(file));
        from = arg.getEnd();
      }
      out.remove(from, node.getEnd());
      count++;
      // Arguments may hold more such calls.
      node.arguments.forEach(visit);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count ? result({count}) : null;
}
