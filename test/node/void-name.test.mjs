// The CDN build's step that writes every `void 0` as one module variable never assigned, on the
// finished file (scripts/void-name.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import MagicString from 'magic-string';
import {decode} from '@jridgewell/sourcemap-codec';
import {voidName} from '../../scripts/void-name.mjs';

const rewrite = (code) => voidName(code)?.code ?? null;

test('declares the variable once and writes every `void 0` as it', () => {
  assert.equal(rewrite('//# c\nvar e=globalThis,t=e===void 0;function f(e){return e??void 0}'), '//# c\nvar ea,e=globalThis,t=e===ea;function f(e){return e??ea}');
  assert.equal(rewrite('function f(e=void 0){return void 0===e?void 0:[void 0]}'), 'var ea;function f(e=ea){return ea===e?ea:[ea]}');
  assert.equal(rewrite('let e=void 0;'), 'var ea;let e=ea;');
  // `null` as a second variable, declared `= null` first
  assert.equal(rewrite('var e=null,t=e===void 0;f(e??null,{null:1}.null);'), 'var ea,ta=null,e=ta,t=e===ea;f(e??ta,{null:1}.null);');
  // `void` of anything else is left as it is
  assert.equal(rewrite('var e=void f(),t=void 1;'), null);
});

test('takes a name that the file holds nowhere as an identifier, nor a keyword', () => {
  assert.equal(voidName('x.ea=void 0;').name, 'ed');
  assert.equal(voidName('var o={ea:1,ed:2};ei:for(;;)break ei;x=void 0;').name, 'ta');
  assert.equal(voidName('function f(ea,ed,ei,ta){}x=void 0;').name, 'ee');
  // the name may be in strings and templates: they are not identifiers
  assert.equal(voidName('x=["ea",`ea`,void 0];').name, 'ea');
});

test('fails on a file that it cannot show to be the same', () => {
  assert.throws(() => voidName('var x=eval("void 0")||void 0;'), /eval/);
  assert.throws(() => voidName('var x=void 0;x=('), /does not parse/);
  assert.throws(() => voidName('"use strict";var x=void 0;'), /directive/);
});

test('the rewritten code gives the same values', () => {
  const programs = [
    'var e=1,t;function f(e,t=void 0){return[e===void 0,t===void 0,typeof void 0,void 0??7]}out=[f(),f(1,2),t===void 0,e];',
    'out=(()=>{let e=0;for(const t of [1,void 0,3])e+=t===void 0?10:t;return e})();',
    'class C{a=void 0;static b(e){return e?.c??void 0}}out=[new C().a,C.b(),C.b({c:2})];',
    'function g(e){return e==null?null:[e===null,typeof null]}out=[g(),g(null),g(0),null??1,{null:null}.null,void 0];',
  ];
  for (const program of programs) {
    const run = (code) => vm.runInNewContext(`"use strict";var out;${code};JSON.stringify(out,(k,v)=>v===undefined?"undef":v)`);
    const rewritten = rewrite(program);
    assert.ok(rewritten && !rewritten.includes('void 0'), program);
    assert.equal(run(rewritten), run(program), program);
  }
});

test('the source map points at the same code after the edits', () => {
  const code = 'var e=globalThis,t=e===void 0;\nfunction f(e){return void 0===e?void 0:e.x}\nclass C{a=void 0;b(){return 1}}';
  // a map with every character of the code mapped
  const map = new MagicString(code).generateMap({source: 'x.js', hires: true});
  const edited = voidName(code, map);
  // Every segment as [line, column, source fields…], decoded by magic-string's own codec.
  const segments = (mappings) => decode(mappings).flatMap((line, index) => line.map(([column, ...source]) => [index, column, ...source]));
  const before = segments(map.mappings);
  const after = segments(edited.mappings);
  assert.equal(after.length, before.length);
  const oldLines = code.split('\n');
  const newLines = edited.code.split('\n');
  for (const [i, [line, column, ...source]] of before.entries()) {
    const [newLine, newColumn, ...newSource] = after[i];
    assert.deepEqual([newLine, newSource], [line, source]);
    // at or inside a `void 0`: at the start of the name written there; else at the same character
    const voidAt = [...oldLines[line].matchAll(/void 0/g)].some((m) => m.index <= column && column < m.index + 6);
    if (voidAt) assert.equal(newLines[line].slice(newColumn, newColumn + 2), 'ea', `segment ${i}`);
    else assert.equal(newLines[line][newColumn], oldLines[line][column], `segment ${i}`);
  }
});

test('the built CDN files hold no `void 0` and one `null`, and their two variables are declared once, at the top, and only read (after `npm run build`)', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url))}, () => {
  for (const name of ['signpost', 'hotline-card', 'quick-exit', 'red-flag-quiz', 'campaign-banner', 'news-ticker']) {
    const code = readFileSync(new URL(`../../dist/cdn/${name}.js`, import.meta.url), 'utf8');
    const file = ts.createSourceFile(`${name}.js`, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    assert.equal(file.parseDiagnostics.length, 0, name);
    assert.ok(voidName(code) === null, `${name} still holds void 0`);
    const first = file.statements[0];
    assert.ok(ts.isVariableStatement(first) && !(first.declarationList.flags & ts.NodeFlags.BlockScoped), name);
    const declared = first.declarationList.declarations[0];
    assert.ok(ts.isIdentifier(declared.name) && !declared.initializer, name);
    const nullDeclared = first.declarationList.declarations[1];
    assert.ok(ts.isIdentifier(nullDeclared.name) && nullDeclared.initializer?.kind === ts.SyntaxKind.NullKeyword, name);
    let found = false;
    const visitNull = (node) => {
      found ||= node.kind === ts.SyntaxKind.NullKeyword && node !== nullDeclared.initializer;
      ts.forEachChild(node, visitNull);
    };
    visitNull(file);
    assert.ok(!found, `${name} holds another null`);
    for (const [variable, declaration] of [[declared.name.text, declared], [nullDeclared.name.text, nullDeclared]]) {
      // Every other identifier of that name is a reading of it: no declaration, parameter, property, label or assignment.
      let reads = 0;
      const visit = (node) => {
        if (ts.isIdentifier(node) && node.text === variable && node !== declaration.name) {
          const parent = node.parent;
          const reading = ts.isExpression(parent) || ts.isExpressionStatement(parent) || ts.isReturnStatement(parent) || ts.isVariableDeclaration(parent) && parent.initializer === node || ts.isParameter(parent) && parent.initializer === node || ts.isPropertyAssignment(parent) && parent.initializer === node || ts.isPropertyDeclaration(parent) && parent.initializer === node || ts.isCaseClause(parent) || ts.isSpreadElement(parent) || ts.isTemplateSpan(parent);
          const assigned = ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment || (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken].includes(parent.operator) || ts.isPropertyAccessExpression(parent) && parent.name === node || ts.isShorthandPropertyAssignment(parent);
          assert.ok(reading && !assigned, `${name}: ${variable} in ${parent.getText(file).slice(0, 80)}`);
          reads++;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      assert.ok(reads > 20, `${name}: ${reads} readings of ${variable}`);
    }
  }
});
