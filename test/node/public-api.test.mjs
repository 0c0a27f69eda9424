// The public contract (docs/public-api.md) matches the build, so a tag, attribute, event, part, custom
// property, export or type that changes, appears or goes is a deliberate, reviewed change with a line in
// CHANGELOG.md (README.md, "Versions and changes"). Run after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {render, FILE} from '../../scripts/public-api.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

test(`${FILE} is the contract the build has (after a deliberate change: node scripts/public-api.mjs --write, and a CHANGELOG.md line)`, () => {
  const committed = read(FILE).split('\n');
  const built = render().split('\n');
  const gone = committed.filter((line) => !built.includes(line));
  const added = built.filter((line) => !committed.includes(line));
  assert.deepEqual({gone, added}, {gone: [], added: []}, 'lines of the public contract that changed');
  assert.equal(built.join('\n'), committed.join('\n'), 'the same lines, in another order');
});

test('the contract names what partners paste: every tag, its attributes and its events', () => {
  const text = read(FILE);
  const manifest = JSON.parse(read('custom-elements.json'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(elements.length, 5);
  for (const d of elements) {
    assert.ok(text.includes(`### \`<${d.tagName}>\``), d.tagName);
    for (const a of d.attributes) assert.ok(text.includes(`- \`${a.name}\` → \`${a.fieldName}\``), `${d.tagName} ${a.name}`);
    for (const e of d.events) assert.ok(text.includes(`- \`${e.name}\`: \`${e.type.text}\``), `${d.tagName} ${e.name}`);
  }
});

test('a changed attribute, event or part changes the rendered contract', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const before = render({manifest});
  const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'signpost-hotline-card');
  const renamed = card.attributes.find((a) => a.name === 'country-picker');
  renamed.name = 'country-chooser';
  card.events = card.events.filter((e) => e.name !== 'signpost-hotline-contact');
  card.cssParts.push({name: 'new-part'});
  const after = render({manifest}).split('\n');
  assert.ok(after.includes('- `country-chooser` → `countryPicker`: `boolean` = `false`'));
  assert.ok(!after.includes('- `country-picker` → `countryPicker`: `boolean` = `false`'));
  assert.ok(!after.some((line) => line.startsWith('- `signpost-hotline-contact`')));
  assert.ok(after.includes('- `new-part`'));
  assert.notEqual(after.join('\n'), before);
});

test('the exported types are in the contract, with their shapes', () => {
  const text = read(FILE);
  // An event's detail is what a listener reads: its fields are the contract too.
  assert.match(text, /interface HotlineContactDetail \{\n {4}channel: Channel;\n {4}country: string \| null;\n\}/);
  assert.match(text, /type Channel = 'call' \| 'sms'/);
  assert.match(text, /'signpost-quick-exit': CustomEvent<QuickExitDetail>;/);
});

// A type a consumer meets in a signature (a return type, a field) but cannot import cannot be named
// in their code: every type the main entry's declarations use is exported, or comes from TypeScript, the
// DOM or Lit.
test('every type the main entry declares with can be imported', () => {
  const text = read(FILE);
  const main = text.split('### `.`')[1].split('\n### ')[0];
  const exported = new Set([...main.matchAll(/^\/\/ (\w+)/gm)].map((m) => m[1]));
  const builtIn = ['Record', 'Readonly', 'ReadonlyArray', 'ArrayLike', 'Pick', 'Omit', 'Partial', 'Error', 'CustomEvent', 'HTMLElement', 'PropertyDeclarations', 'CSSResult', 'TemplateResult', 'LitElement', 'PropertyValues'];
  const used = [...new Set([...main.matchAll(/\b[A-Z]\w*\b/g)].map((m) => m[0]))];
  assert.ok(used.includes('Channel') && used.includes('HotlineRecord'), 'the main entry declares its types');
  assert.deepEqual(used.filter((name) => !exported.has(name) && !builtIn.includes(name)), []);
});

test('CHANGELOG.md starts with the version package.json and VERSION carry', () => {
  const {version} = JSON.parse(read('package.json'));
  const first = read('CHANGELOG.md').match(/^## (\S+)/m);
  assert.ok(first, 'CHANGELOG.md has a "## <version>" heading');
  assert.equal(first[1], version);
  assert.match(read('src/internal/version.ts'), new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}'`));
});
