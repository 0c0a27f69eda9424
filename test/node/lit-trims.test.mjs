// The CDN build leaves out parts of Lit that Signpost never uses (vite.config.ts, LIT_UNUSED): the
// globals of standard decorators, and `svg`/`mathml` templates. This checks that no source uses
// them, so that what the build leaves out stays unused.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import ts from 'typescript';

const SRC = new URL('../../src/', import.meta.url);
const files = readdirSync(SRC, {recursive: true})
  .map(String)
  .filter((f) => f.endsWith('.ts'));

/** Every node of every source module, with its file. */
function* nodes() {
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, SRC), 'utf8'), ts.ScriptTarget.Latest, true);
    const stack = [source];
    while (stack.length) {
      const node = stack.pop();
      yield {file, node};
      stack.push(...node.getChildren(source));
    }
  }
}

test('no source uses a decorator or imports one of Lit’s', () => {
  for (const {file, node} of nodes()) {
    assert.ok(!ts.isDecorator(node), `${file}: a decorator (${node.getText()})`);
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /decorators/, `${file}: imports ${node.moduleSpecifier.text}`);
  }
});

test('no source writes an svg or mathml template (every template is html)', () => {
  for (const {file, node} of nodes()) {
    if (!ts.isImportDeclaration(node) || !/^(lit|lit-html)(\/|$)/.test(node.moduleSpecifier.text)) continue;
    assert.doesNotMatch(node.moduleSpecifier.text, /^(lit\/static-html|lit-html\/static)/, `${file}: imports ${node.moduleSpecifier.text}`);
    const named = node.importClause?.namedBindings;
    assert.ok(!named || ts.isNamedImports(named), `${file}: a namespace import of ${node.moduleSpecifier.text}`);
    for (const element of named?.elements ?? []) {
      const name = (element.propertyName ?? element.name).text;
      assert.ok(!['svg', 'mathml'].includes(name), `${file}: imports ${name} from ${node.moduleSpecifier.text}`);
    }
  }
});
