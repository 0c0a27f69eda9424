// For the CDN files (vite.config.ts): attribute names that are their property's name in kebab-case
// (`maxItems: {attribute: 'max-items'}`) are left to Lit, whose CDN copy derives a name in kebab-case
// for a property declared without one (vite.config.ts, LIT_UNUSED; Lit's own rule, in the npm files,
// is lower case: `maxitems`). The source writes each name out, because the manifest's analyzer
// reads them there and the npm files run the consumer's Lit; in the CDN files 24 names are bytes no
// reader needs (about 0.1 KB gzip of signpost.js). Found with TypeScript's parser, inside `static get
// properties()` only; an attribute named otherwise (or `attribute: false`) stays. Edits come with a
// source map.
import ts from 'typescript';
import MagicString from 'magic-string';

/** `maxItems` → `max-items`: the rule the CDN files' Lit applies (vite.config.ts, LIT_UNUSED). */
export const kebab = (name) => name.replace(/[A-Z]/g, '-$&').toLowerCase();

/**
 * @param {string} code a module's source (TypeScript)
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap, removed: number} | null} null when nothing changed
 */
export function deriveAttributes(code, id = 'module.ts') {
  if (!code.includes('attribute:')) return null;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let removed = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isGetAccessorDeclaration(node) && node.name.getText(file) === 'properties' && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) {
      node.body?.forEachChild(function inReturn(child) {
        if (ts.isReturnStatement(child) && child.expression && ts.isObjectLiteralExpression(child.expression)) {
          for (const property of child.expression.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const options = property.initializer.properties;
            // A spread may hold an attribute of its own, which the written one overrides: leave it.
            if (options.some((option) => ts.isSpreadAssignment(option))) continue;
            options.forEach((option, i) => {
              if (!ts.isPropertyAssignment(option) || option.name.getText(file) !== 'attribute' || !ts.isStringLiteral(option.initializer)) return;
              if (option.initializer.text !== kebab(property.name.text)) return;
              // With the comma that joins it to a neighbour: `{a, attribute: 'x', b}` → `{a, b}`; alone,
              // with any trailing comma: `{attribute: 'x',}` → `{}`.
              const object = property.initializer;
              if (options.length === 1) out.remove(object.getStart(file) + 1, object.getEnd() - 1);
              else {
                const start = i > 0 ? options[i - 1].getEnd() : option.getStart(file);
                const end = i > 0 ? option.getEnd() : options[i + 1].getStart(file);
                out.remove(start, end);
              }
              removed++;
            });
          }
        } else child.forEachChild(inReturn);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return removed ? {code: out.toString(), map: out.generateMap({source: id, includeContent: true, hires: true}), removed} : null;
}
