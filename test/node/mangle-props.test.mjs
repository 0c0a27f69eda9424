// The property names the CDN build's minifier shortens (rolldown's `mangleProps`, vite.config.ts; terser
// in the other builds of that config; the list: scripts/mangle-props.mjs): each must be a
// widget's private reactive state or the key of an internal object named only in its own modules,
// named by no string (both minifiers rename property names, never strings) and by no event's detail, and
// none a name the browser gives elements (rolldown's would rename it, and break the element).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import ts from 'typescript';
import {readdirSync, readFileSync} from 'node:fs';
import {LIT_PRIVATE, MANGLED_KEYS, MANGLED_NAMES, MANGLED_PROPS, MANGLED_PROPS_REGEX, MANGLED_STATE, checkMangledNames} from '../../scripts/mangle-props.mjs';
import {CDN_ENTRIES} from '../../scripts/cdn-entries.mjs';
import {sourceFiles, sourceNodes} from './source-nodes.mjs';

/** The widgets' own modules (not the generated catalogs or the language files: they hold only messages). */
const files = sourceFiles((f) => !/^(generated|i18n[\\/]locales)[\\/]/.test(f));
const nodes = () => sourceNodes(files);
const names = new Set(MANGLED_PROPS);
const nameOf = (node) => (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined);

test('the regex matches exactly the listed names', () => {
  assert.equal(new Set(MANGLED_PROPS).size, MANGLED_PROPS.length);
  for (const name of MANGLED_PROPS) assert.ok(MANGLED_PROPS_REGEX.test(name), name);
  for (const other of ['lang', 'country', 'picked2', 'xpicked', 'announcement_', '']) assert.ok(!MANGLED_PROPS_REGEX.test(other), other);
  for (const lit of ['_$Ei', '_$E_', '_$Do']) assert.ok(MANGLED_PROPS_REGEX.test(lit), lit);
  for (const other of ['_$Cv', '_$AH', '_$AM', '_$litType$', '_$cssResult$', '_$litElement$', '_$litDirective$', '_$LH', '_$Ei$', 'x_$Ei']) assert.ok(!MANGLED_PROPS_REGEX.test(other), other);
});

test("Lit's private names that the CDN files shorten are named only in their own module, never in a string", () => {
  // Lit's production modules, as installed: the four the CDN files bundle, and every other one a
  // partner's code (their own copy of Lit: directives, decorators, helpers) may bring to our elements,
  // templates and parts.
  const modules = new URL('../../node_modules/', import.meta.url);
  const bundled = ['@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js', 'lit-element/lit-element.js', 'lit-html/lit-html.js'];
  const all = [];
  const walk = (dir) => {
    for (const entry of readdirSync(new URL(dir, modules), {withFileTypes: true})) {
      if (entry.isDirectory() && !['development', 'node'].includes(entry.name)) walk(`${dir}${entry.name}/`);
      else if (entry.isFile() && entry.name.endsWith('.js')) all.push(`${dir}${entry.name}`);
    }
  };
  for (const pkg of ['lit/', 'lit-html/', 'lit-element/', '@lit/reactive-element/']) walk(pkg);
  for (const file of bundled) assert.ok(all.includes(file), file);
  const named = new RegExp(`(?<![\\w$])${LIT_PRIVATE}(?![\\w$])`, 'g');
  const text = (file) => readFileSync(new URL(file, modules), 'utf8');
  const owner = new Map();
  let count = 0;
  for (const file of bundled) {
    for (const [name] of text(file).matchAll(named)) {
      assert.ok(!owner.has(name) || owner.get(name) === file, `${name} is named in ${owner.get(name)} and ${file}`);
      owner.set(name, file);
      count++;
    }
    // no string holds one: the minifiers rename property names, never strings
    const source = ts.createSourceFile(file, text(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const visit = (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) assert.doesNotMatch(node.text, new RegExp(LIT_PRIVATE), `${file}: a string names one`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(count > 40, `only ${count} of Lit's private names found: has Lit's production build changed how it names them?`);
  for (const file of all.filter((f) => !bundled.includes(f))) {
    for (const [name] of text(file).matchAll(named)) assert.ok(!owner.has(name), `${file} names ${name}, a private name of ${owner.get(name)}`);
  }
});

test('each state name is a private field declared as state, and no public or protected member anywhere', () => {
  const privateFields = new Set();
  const state = new Set();
  const stateNames = new Set(MANGLED_STATE);
  for (const {file, node} of nodes()) {
    const name = nameOf(node);
    if (!stateNames.has(name)) continue;
    if (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) {
      const isPrivate = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
      assert.ok(isPrivate && ts.isPropertyDeclaration(node), `${file}: ${name} is declared, but not as a private field`);
      privateFields.add(name);
    }
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.initializer) && /^\{\s*state:\s*true\s*\}$/.test(node.initializer.getText())) state.add(name);
  }
  for (const name of MANGLED_STATE) {
    assert.ok(privateFields.has(name), `${name}: no private field of that name`);
    assert.ok(state.has(name), `${name}: not declared {state: true}`);
  }
});

test('each key is named only in the modules listed for it, none of them a public entry', () => {
  const entries = ['index.ts', 'define.ts', 'feeds/normalize.ts'];
  const seen = new Map(Object.keys(MANGLED_KEYS).map((key) => [key, new Set()]));
  for (const {file, node} of nodes()) {
    if (!ts.isIdentifier(node) || !seen.has(node.text)) continue;
    const path = file.replaceAll('\\', '/');
    assert.ok(MANGLED_KEYS[node.text].includes(path), `${path} names ${node.text}`);
    seen.get(node.text).add(path);
  }
  for (const [key, modules] of Object.entries(MANGLED_KEYS)) {
    assert.deepEqual([...seen.get(key)].sort(), [...modules].sort(), `${key} is named in each module listed`);
    for (const module of modules) assert.ok(!entries.includes(module), `${key}: ${module} is a public entry`);
  }
});

test('no string names them: not a literal, not a property binding in a template, not an event detail', () => {
  for (const {file, node} of nodes()) {
    if (ts.isStringLiteralLike(node)) assert.ok(!names.has(node.text), `${file}: the string '${node.text}' (no minifier would rename it)`);
    if (ts.isTemplateLiteralToken(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      for (const [, name] of node.text.matchAll(/\.([\w$]+)=/g)) assert.ok(!names.has(name), `${file}: a property binding .${name}=`);
    }
    if (ts.isCallExpression(node) && /^(emit|dispatchEvent)$/.test(node.expression.getText().replace(/^.*\./, ''))) {
      for (const arg of node.arguments.slice(2)) {
        for (const [, key] of arg.getText().matchAll(/([\w$]+)\s*[:,}]/g)) assert.ok(!names.has(key), `${file}: an event detail has ${key}`);
      }
    }
  }
});

test('none is a name the browser gives elements (the rolldown minifier would rename it whatever it is)', () => {
  // terser's list of them (not among its exports: read from its package as its property mangler does).
  const {domprops} = createRequire(import.meta.url)(new URL('../../node_modules/terser/tools/domprops.js', import.meta.url).pathname);
  for (const name of MANGLED_PROPS) assert.ok(!domprops.includes(name), name);
});

test("each CDN file's table of short names gives each name once, to a listed name or a Lit private one, one letter each", () => {
  for (const [file, table] of Object.entries(MANGLED_NAMES)) {
    assert.ok(file in CDN_ENTRIES && !file.startsWith('locales/'), file);
    const given = Object.values(table);
    assert.equal(new Set(given).size, given.length, `${file} gives a name twice`);
    for (const [name, short] of Object.entries(table)) {
      assert.ok(MANGLED_PROPS_REGEX.test(name), `${file}: ${name} is not mangled`);
      // one letter: no element has a property of one letter (each state field is an accessor of its element)
      assert.match(short, /^[A-Za-z]$/, `${file}: ${name}`);
      // ...but a library may add one: Preact 10 keeps an element's event listeners in `l`.
      assert.notEqual(short, 'l', `${file}: ${name} (Preact's listeners)`);
    }
  }
});

test('the build refuses a short name that the file uses as a property name already', () => {
  const ok = 'class A{constructor(){this.busy=1,this[t]=2,x.o=3}get stage(){return{y:1,...{busy:2},[t]:3}}}let{q:r,z}=a,[w]=b;t in a;';
  assert.doesNotThrow(() => checkMangledNames(ok, {busy: 'b', stage: 't', current: 'r', tally: 'w'}));
  for (const [code, short] of [
    ['x.o=1', 'o'],
    ['x?.o', 'o'],
    ['x={o:1}', 'o'],
    ['x={o}', 'o'],
    ['x={o(){}}', 'o'],
    ['class A{o(){}}', 'o'],
    ['class A{get o(){}}', 'o'],
    ['class A{static o=1}', 'o'],
    ['x["o"]', 'o'],
    ['x={["o"]:1}', 'o'],
    ['class A{["o"](){}}', 'o'],
    ['"o" in x', 'o'],
    ['let{o:e}=x', 'o'],
    ['let{o}=x', 'o'],
  ]) {
    assert.throws(() => checkMangledNames(code, {busy: short}), /uses already/, code);
  }
  assert.throws(() => checkMangledNames('', {busy: 'b', stage: 'b'}), /twice/);
  // the mangled names themselves are no collision: they are what is renamed
  assert.doesNotThrow(() => checkMangledNames('x.busy=1', {busy: 'b'}));
});
