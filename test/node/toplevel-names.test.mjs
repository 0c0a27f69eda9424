// The CDN build's step that gives a file's two-letter module variables their names in the order
// TOPLEVEL_NAMES lists, on the finished file (scripts/toplevel-names.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import {encode} from '@jridgewell/sourcemap-codec';
import {TOPLEVEL_NAMES, topLevelNames, topLevelVariables} from '../../scripts/toplevel-names.mjs';
import {CDN_ENTRIES} from '../../scripts/cdn-entries.mjs';

/** A one-line file's source map naming the declaration at each `@name` mark (the marks are taken out). */
const withMap = (marked) => {
  const names = [];
  const segments = [];
  let code = '';
  for (const [i, part] of marked.split(/@(\w+)@/).entries()) {
    if (i % 2) {
      segments.push([code.length, 0, 0, 0, names.length]);
      names.push(part);
    } else code += part;
  }
  return {code, map: {mappings: encode([segments]), names}};
};
const rename = (marked, table) => {
  const {code, map} = withMap(marked);
  return topLevelNames(code, map, table)?.code ?? null;
};

test('gives the listed variables their names, swapping them among themselves', () => {
  assert.equal(rename('var @one@Aa=1,@two@Bb=2;function @three@Cc(e){return Aa+Bb+e}', {one: 'Bb', two: 'Aa'}), 'var Bb=1,Aa=2;function Cc(e){return Bb+Aa+e}');
  // a name taken from one that keeps no listed name goes to it in the file's order
  assert.equal(rename('var @one@Aa=1,@two@Bb=2,@three@Cc=3;f(Aa,Bb,Cc)', {one: 'Cc'}), 'var Cc=1,Bb=2,Aa=3;f(Cc,Bb,Aa)');
  // an unknown name, or one the file does not have, changes nothing
  assert.equal(rename('var @one@Aa=1,@two@Bb=2;f(Aa,Bb)', {gone: 'Aa', one: 'Zz'}), null);
});

test('renames places that name the variable, not properties, nor exported names', () => {
  assert.equal(
    rename('var @one@Aa=1,@two@Bb=2;x.Aa=Aa,y={Aa:Bb,[Aa]:1},class C{Aa(){return Aa}};export{Aa as Bb,Bb as Aa}', {one: 'Bb', two: 'Aa'}),
    'var Bb=1,Aa=2;x.Aa=Bb,y={Aa:Aa,[Bb]:1},class C{Aa(){return Bb}};export{Bb as Bb,Aa as Aa}',
  );
});

test('leaves alone names declared again, as a parameter, a local or a label, or written as their own key', () => {
  const names = (marked) => topLevelVariables(withMap(marked).code, withMap(marked).map).map((v) => v.name);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;function f(Aa){}'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;{let Bb}'), ['Aa']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;Aa:for(;;)break Aa;'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;x={Aa};'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;let{Bb:y}=x,{Aa}=x;'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;export{Aa}'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2,e=3;var x=class Aa{}'), ['Bb']);
  // one letter or three: not given out
  assert.deepEqual(names('var @a@A=1,@b@Bbb=2;'), []);
  // a name two variables share in the sources is not one to list them by
  assert.deepEqual(topLevelVariables(withMap('var @a@Aa=1,@a@Bb=2;').code, withMap('var @a@Aa=1,@a@Bb=2;').map).map((v) => v.source), [undefined, undefined]);
  assert.throws(() => rename('var @a@Aa=1;with(x)Aa', {}), /with/);
  assert.throws(() => rename('var @a@Aa=1;eval("Aa")', {}), /eval/);
});

test('the code does what it did', () => {
  const marked = 'var @one@Aa=2,@two@Bb=3,@three@Cc=(e=>Aa*e+Bb);var out=[Cc(5),typeof Aa,((Bb)=>Bb)(7),{Aa}.Aa]';
  const {code} = withMap(marked);
  const renamed = rename(marked.replace('{Aa}.Aa', '({x:Aa}).x'), {one: 'Cc', two: 'Aa', three: 'Bb'});
  const run = (text) => vm.runInNewContext(`${text};JSON.stringify(out)`);
  assert.equal(run(renamed), run(code.replace('{Aa}.Aa', '({x:Aa}).x')));
});

test('the built widget files have their variables named as TOPLEVEL_NAMES lists', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url)) && 'run npm run build first'}, () => {
  for (const name of Object.keys(CDN_ENTRIES).filter((n) => !n.startsWith('locales/'))) {
    const url = new URL(`../../dist/cdn/${name}.js`, import.meta.url);
    if (!existsSync(url)) continue;
    const code = readFileSync(url, 'utf8');
    const map = JSON.parse(readFileSync(new URL(`../../dist/cdn/${name}.js.map`, import.meta.url), 'utf8'));
    assert.equal(topLevelNames(code, map, TOPLEVEL_NAMES[name] ?? {}), null, name);
  }
});
