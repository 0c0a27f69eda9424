// The CDN build's move of the built-in data to the end of each file (scripts/data-last.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {dataLast} from '../../scripts/data-last.mjs';

const CHUNK = [
  'var V$1 = "2026-11-29";',
  'var HOTLINES = [',
  '\t{ country: "US", lines: [] },',
  '\t{ country: "AR", lines: [] }',
  '];',
  'function findCountry(code) {',
  '\treturn HOTLINES.find((entry) => entry.country === code);',
  '}',
  'var SCOPE = {',
  '\tpolice: "Police"',
  '};',
  'function scopeLabel(scope) {',
  '\treturn msg(SCOPE[scope], "h-scope-" + scope);',
  '}',
  'function builtInBank() {',
  '\tconst q = (id) => ({ id });',
  '\treturn [q("l1")];',
  '}',
  'var Quiz = class {',
  '\tbank() {',
  '\t\treturn this.bank ?? builtInBank();',
  '\t}',
  '};',
  'define("signpost-red-flag-quiz", Quiz);',
  '',
  'export { HOTLINES, Quiz, findCountry };',
  '',
].join('\n');

test('moves the bank, the directory and the scope labels to just before the final export, and marks the bank’s one call', () => {
  const out = dataLast(CHUNK);
  assert.ok(out);
  assert.equal(
    out.code,
    [
      'var V$1 = "2026-11-29";',
      'function findCountry(code) {',
      '\treturn HOTLINES.find((entry) => entry.country === code);',
      '}',
      'function scopeLabel(scope) {',
      '\treturn msg(SCOPE[scope], "h-scope-" + scope);',
      '}',
      'var Quiz = class {',
      '\tbank() {',
      '\t\treturn this.bank ?? /*@__NOINLINE__*/ builtInBank();',
      '\t}',
      '};',
      'define("signpost-red-flag-quiz", Quiz);',
      '',
      'function builtInBank() {',
      '\tconst q = (id) => ({ id });',
      '\treturn [q("l1")];',
      '}',
      'var HOTLINES = [',
      '\t{ country: "US", lines: [] },',
      '\t{ country: "AR", lines: [] }',
      '];',
      'var SCOPE = {',
      '\tpolice: "Police"',
      '};',
      'export { HOTLINES, Quiz, findCountry };',
      '',
    ].join('\n'),
  );
  // The same lines, only in another order (and the call marked).
  assert.deepEqual(out.code.replace('/*@__NOINLINE__*/ ', '').split('\n').sort(), CHUNK.split('\n').sort());
  assert.ok(out.map.mappings.length > 0, 'with a source map');
});

test('leaves a file without the data alone', () => {
  assert.equal(dataLast('var Exit = class {};\ndefine("signpost-quick-exit", Exit);\n\nexport { Exit };\n'), null);
});

test('fails the build when the data is there but not as expected', () => {
  assert.throws(() => dataLast(CHUNK.replace('var HOTLINES = [', 'const HOTLINES = [')), /hotline directory.*not found/);
  assert.throws(() => dataLast(CHUNK.replace('return this.bank ?? builtInBank();', 'return builtInBank() ?? builtInBank();')), /2 calls, not 1/);
  assert.throws(() => dataLast(CHUNK.replace('export { HOTLINES, Quiz, findCountry };', '')), /no final export/);
});

test('in the built CDN files (after `npm run build`), the data comes after every widget’s code', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url))}, () => {
  for (const [file, data] of [
    ['signpost', ['An employer keeps', 'country:`US`', 'bhc-and-world-tip-day']],
    ['red-flag-quiz', ['An employer keeps', 'country:`US`']],
    ['hotline-card', ['country:`US`']],
  ]) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}.js`, import.meta.url), 'utf8');
    const lastDefine = code.lastIndexOf('`signpost-');
    for (const text of data) assert.ok(code.indexOf(text) > lastDefine, `${file}.js: ${text} after the code`);
  }
});

test('the banner’s own file carries the campaigns’ windows but not their sources (only signpost.js exports CAMPAIGNS)', {skip: !existsSync(new URL('../../dist/cdn/campaign-banner.js', import.meta.url))}, () => {
  const banner = readFileSync(new URL('../../dist/cdn/campaign-banner.js', import.meta.url), 'utf8');
  assert.match(banner, /from:\[7,24\],until:\[7,30\]/);
  assert.doesNotMatch(banner, /unodc\.org|madisoncrabtreeart|government-roles/);
});
