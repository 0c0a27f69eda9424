// The CDN build's step that writes the Signpost elements' generated constructors without the
// arguments they passed on (scripts/bare-super.mjs), and why nothing read them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import ts from 'typescript';
import {bareSuper} from '../../scripts/bare-super.mjs';
import {sourceFiles, sourceNodes} from './source-nodes.mjs';
import {CDN_ENTRIES} from '../../scripts/cdn-entries.mjs';

const lowered = (base) => `export class A extends ${base} {\n\tconstructor(..._args) {\n\t\tsuper(..._args);\n\t\tthis.x = 1;\n\t}\n}\n`;

test('writes a Signpost element’s generated constructor without its arguments', () => {
  for (const base of ['SignpostElement', 'LitElement']) {
    assert.equal(bareSuper(lowered(base))?.code, `export class A extends ${base} {\n\tconstructor() {\n\t\tsuper();\n\t\tthis.x = 1;\n\t}\n}\n`);
  }
  // two classes in one module, another rest name
  const two = lowered('SignpostElement') + lowered('LitElement').replace('class A', 'class B').replaceAll('_args', '_args2');
  assert.doesNotMatch(bareSuper(two).code, /\.\.\./);
});

test('leaves alone other classes, and fails on a Signpost element constructor it does not know', () => {
  assert.equal(bareSuper(lowered('Error')), null);
  assert.equal(bareSuper('export class A extends SignpostElement {\n\tconstructor() {\n\t\tsuper();\n\t}\n}\n'), null);
  assert.equal(bareSuper('class A extends LitElement {\n\tconstructor() {\n\t\tsuper(...arguments);\n\t}\n}\n'), null);
  assert.equal(bareSuper('export class A extends SignpostElement {\n\tconstructor(...a) {\n\t\tsuper(...a);\n\t}\n}\n')?.code, 'export class A extends SignpostElement {\n\tconstructor() {\n\t\tsuper();\n\t}\n}\n');
  assert.throws(() => bareSuper('export class A extends SignpostElement {\n\tconstructor(...a) {\n\t\tsuper(...a);\n\t\tthis.x = a[0];\n\t}\n}\n'), /bare-super/);
  assert.throws(() => bareSuper(lowered('SignpostElement').replace('\t\tsuper', '\t\tf(_args);\n\t\tsuper')), /bare-super/);
});

test('no constructor of the chain reads its arguments: Lit’s ReactiveElement takes none, LitElement passes them on', () => {
  const reactive = readFileSync(new URL('../../node_modules/@lit/reactive-element/reactive-element.js', import.meta.url), 'utf8');
  const element = readFileSync(new URL('../../node_modules/lit-element/lit-element.js', import.meta.url), 'utf8');
  assert.deepEqual(reactive.match(/constructor\([^)]*\)\{super\([^)]*\)/g), ['constructor(){super()']);
  assert.deepEqual(element.match(/constructor\([^)]*\)\{super\([^)]*\)/g), ['constructor(){super(...arguments)']);
  // …and no Signpost element class writes a constructor of its own that takes or reads arguments
  for (const {file, node} of sourceNodes(sourceFiles())) {
    if (!ts.isClassDeclaration(node) || !/^(SignpostElement|LitElement)$/.test(node.heritageClauses?.[0]?.types[0]?.expression.getText() ?? '')) continue;
    for (const member of node.members) {
      if (!ts.isConstructorDeclaration(member)) continue;
      assert.equal(member.parameters.length, 0, `${file}: ${node.name?.text}'s constructor takes parameters`);
      assert.doesNotMatch(member.body?.getText() ?? '', /\barguments\b/, `${file}: ${node.name?.text}'s constructor reads arguments`);
    }
  }
});

test('no built CDN file keeps a rest constructor', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url)) && 'run npm run build first'}, () => {
  for (const name of Object.keys(CDN_ENTRIES).filter((n) => !n.startsWith('locales/'))) {
    const code = readFileSync(new URL(`../../dist/cdn/${name}.js`, import.meta.url), 'utf8');
    assert.ok(!/constructor\(\.\.\./.test(code), `${name}.js: a constructor with a rest parameter`);
  }
});
