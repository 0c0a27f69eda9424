// The CDN build leaves out parts of Lit that Signpost never uses (vite.config.ts, LIT_UNUSED): the
// globals of standard decorators, and `svg`/`mathml` templates. This checks that no source uses
// them, so that what the build leaves out stays unused.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import {sourceFiles, sourceNodes} from './source-nodes.mjs';

const files = sourceFiles();
const nodes = () => sourceNodes(files);

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
