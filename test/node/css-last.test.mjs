// The CDN build's move of the styles' text after the built-in data (scripts/css-last.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import {BEFORE, cssLast} from '../../scripts/css-last.mjs';

// Lit's css tag as the CDN bundle holds it (vite.config.ts's LIT_UNUSED: one string, no cache, no checks).
const LIT = [
  'var n$2 = class {',
  '\tconstructor(t) {',
  '\t\tthis._$cssResult$ = !0, this.cssText = t;',
  '\t}',
  '};',
  'var i$2 = (t) => new n$2(t[0]);',
].join('\n');

const CHUNK = [
  LIT,
  'var shared = i$2`:host{--_a:var(--signpost-accent,#0b57a4)}`;',
  'var styles = [shared, i$2`.quiz{content:"\\\\2014 ’"}p{margin:0}`];',
  'var HIDE = i$2`html[data-x] body>:not(#\\\\0){display:none!important}`;',
  'var Quiz = class {',
  '\tstatic styles = styles;',
  '};',
  'function builtInBank() {',
  '\treturn [];',
  '}',
  'export { Quiz };',
  '',
].join('\n');

/** The cssText of every style the chunk makes, in order. */
const texts = (code) =>
  JSON.parse(vm.runInNewContext(`${code.replace(/^export .*$/m, '')};JSON.stringify([shared, ...styles, HIDE].map((s) => s.cssText))`));

test('writes each css template without values as a call, and its text after the data, in order', () => {
  const out = cssLast(CHUNK);
  assert.ok(out);
  assert.equal(out.count, 3);
  assert.match(out.code, /^var shared = i\$2\(\[SIGNPOST_CSS\(0\)\]\);$/m);
  assert.match(out.code, /^var styles = \[shared, i\$2\(\[SIGNPOST_CSS\(1\)\]\)\];$/m);
  assert.match(out.code, /^var HIDE = i\$2\(\[SIGNPOST_CSS\(2\)\]\);$/m);
  assert.ok(
    out.code.endsWith(
      '}\nfunction SIGNPOST_CSS(n) {\n\treturn [`:host{--_a:var(--signpost-accent,#0b57a4)}`, `.quiz{content:"\\\\2014 ’"}p{margin:0}`, `html[data-x] body>:not(#\\\\0){display:none!important}`][n];\n}\nexport { Quiz };\n',
    ),
  );
  assert.ok(out.map.mappings.length > 0, 'with a source map');
});

test('the styles keep the same text, escapes included, wherever the template was', () => {
  const before = texts(CHUNK);
  assert.equal(before[2], '.quiz{content:"\\2014 ’"}p{margin:0}');
  assert.equal(before[3], 'html[data-x] body>:not(#\\0){display:none!important}');
  assert.deepEqual(texts(cssLast(CHUNK).code), before);
});

test('puts a text of BEFORE just before its pair, in a file that holds both, and each call still gets its own text', () => {
  const [[first, second]] = BEFORE;
  const chunk = CHUNK.replace('i$2`.quiz{', `i$2\`${second}b:0}\`, i$2\`.quiz{`).replace('i$2`html[', `i$2\`${first}c:0}\`, i$2\`html[`)
    .replace(/^var HIDE = (.*);$/m, 'var HIDE = [$1];');
  const out = cssLast(chunk);
  const array = /return \[(.*)\]\[n\]/.exec(out.code)[1];
  assert.ok(array.indexOf(`\`${first}`) < array.indexOf(`\`${second}`), array);
  assert.ok(array.indexOf(`\`${second}`) < array.indexOf('`.quiz{'), array);
  const cssTexts = (code) => JSON.parse(vm.runInNewContext(`${code.replace(/^export .*$/m, '')};JSON.stringify([shared, ...styles, ...HIDE].map((s) => s.cssText))`));
  assert.deepEqual(cssTexts(out.code), cssTexts(chunk));
  assert.equal(cssTexts(chunk)[2], `${second}b:0}`);
  // a file with only one of the pair keeps the templates' order
  assert.ok(cssLast(CHUNK).code.includes('`:host{--_a:var(--signpost-accent,#0b57a4)}`, `.quiz{'));
});

test('leaves a file without built-in data alone, and one without css templates', () => {
  assert.equal(cssLast(CHUNK.replace(/function builtInBank[^}]*\}\n/, '')), null);
  assert.equal(cssLast(`${LIT}\nfunction builtInBank() {}\nexport { builtInBank };\n`), null);
});

test('fails on what it does not expect', () => {
  assert.throws(() => cssLast(CHUNK.replace('new n$2(t[0])', 'new n$2(t[1])')), /0 declarations of Lit's css tag/);
  assert.throws(() => cssLast(`${CHUNK}var j$2 = (e) => new n$2(e[0]);\n`), /2 declarations of Lit's css tag/);
  // the tag reads a template's first string only: a template with a value is not the build's to rewrite
  assert.throws(() => cssLast(CHUNK.replace('var HIDE = i$2`', 'var HIDE = i$2`a{b:${shared}}')), /a css template with a value/);
  assert.throws(() => cssLast(`${CHUNK}var SIGNPOST_CSS = 1;\n`), /already names SIGNPOST_CSS/);
  assert.throws(() => cssLast(CHUNK.replace('export { Quiz };', '')), /no final export/);
  assert.throws(() => cssLast(CHUNK.replace('\\\\2014', '\\2014')), /only a tagged template may hold/);
});
