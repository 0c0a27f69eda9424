// The CDN build's step that gives a file's one- and two-letter module variables their names in the order
// TOPLEVEL_NAMES lists, on the finished file (scripts/toplevel-names.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import {encode} from '@jridgewell/sourcemap-codec';
import {TOPLEVEL_NAMES, checkRenaming, topLevelNames, topLevelVariables} from '../../scripts/toplevel-names.mjs';
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

test('leaves alone names declared twice at the top, exported, or written as their own key', () => {
  const names = (marked) => topLevelVariables(withMap(marked).code, withMap(marked).map).map((v) => v.name);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;x={Aa};'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;let{Bb:y}=x,{Aa}=x;'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;export{Aa}'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;export{Bb as Aa}'), ['Aa', 'Bb']);
  assert.deepEqual(names('export var @a@Aa=1;var @b@Bb=2;export function Cc(){}'), ['Bb']);
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;var Aa;'), ['Bb']);
  assert.deepEqual(names('import{Cc as Aa}from"./x.js";var @b@Bb=2;Aa(Bb)'), ['Bb']);
  // a local, a parameter or a label of the same name is another variable: it takes no place of the module's
  assert.deepEqual(names('var @a@Aa=1,@b@Bb=2;function f(Aa){{let Bb}}Aa:for(;;)break Aa;'), ['Aa', 'Bb', 'f']);
  // a key of its own name inside a function names the local there, not the module's variable
  assert.deepEqual(names('var @a@a=1,@b@b=2;function f(a){return{a}}'), ['a', 'b', 'f']);
  // three letters: not given out
  assert.deepEqual(names('var @a@A=1,@b@Bbb=2;'), ['A']);
  // a name two variables share in the sources is not one to list them by
  assert.deepEqual(topLevelVariables(withMap('var @a@Aa=1,@a@Bb=2;').code, withMap('var @a@Aa=1,@a@Bb=2;').map).map((v) => v.source), [undefined, undefined]);
  assert.throws(() => rename('var @a@Aa=1;with(x)Aa', {}), /with/);
  assert.throws(() => rename('var @a@Aa=1;eval("Aa")', {}), /eval/);
});

test('one-letter names: a swap is made only where no scope around a place declares the name it would take', () => {
  const swap = {a: 'b', b: 'a'};
  // places in scopes that declare neither name: swapped, and the locals stay as they are
  assert.equal(rename('var @a@a=1,@b@b=2;function f(c){return a+b+c}function g(b){return b}', swap), 'var b=1,a=2;function f(c){return b+a+c}function g(b){return b}');
  // a place of `a` (to become `b`) inside a scope that declares `b`, or a place of `b` inside one that declares `a`: no swap
  for (const body of [
    'function f(b){return a}',
    'function f(){var b;return a}',
    'function f(){if(x){var b}return a}',
    'function f(){{let b=0;g(a)}}',
    'function f(){for(let b of x)g(a)}',
    'function f(){switch(x){case 1:let b;g(a)}}',
    'function f(){try{}catch(b){g(a)}}',
    'function f(){try{}catch({b}){g(a)}}',
    'function f([,{c:b}]){return a}',
    'function f(c=a,b){}',
    'f(function b(){return a})',
    'f(class b{m(){return a}})',
    'f(b=>a)',
    'class K{m(){let b;return a}}',
    'class K{static{var b;g(a)}}',
    'function f(){{function b(){}}return a}',
    'function f(){try{}catch{function b(){}}return a}',
    'function f(a){return b}',
    'f(function(){class a{}return b})',
  ]) {
    assert.equal(rename(`var @a@a=1,@b@b=2;${body}`, swap), null, body);
  }
  // a method's computed name is outside the method's scope
  assert.equal(rename('var @a@a=1,@b@b=2;class K{[a](b){return b}}', swap), 'var b=1,a=2;class K{[b](b){return b}}');
  // a variable that cannot take its listed name takes one left over that it can take…
  assert.equal(rename('var @a@a=1,@b@b=2,@c@c=3,@d@d=4;function f(b){return a}', {c: 'a', a: 'b'}), 'var c=1,b=2,a=3,d=4;function f(b){return c}');
  // …and when none is left that it can take, that length's variables keep their names
  assert.equal(rename('var @a@a=1,@b@b=2,@c@c=3,@Dd@Dd=4,@Ee@Ee=5;function f(b){return a+c}', {a: 'b', b: 'c', c: 'a', Dd: 'Ee', Ee: 'Dd'}), 'var a=1,b=2,c=3,Ee=4,Dd=5;function f(b){return a+c}');
  // a parameter's default does not see the function's body: the module's `a` there keeps its name
  assert.equal(rename('var @a@a=1,@b@b=2;function f(c=a){var a;return c}', swap), null);
  // two letters too, now that names used again inside a function can take part
  assert.equal(rename('var @a@Aa=1,@b@Bb=2;function f(Bb){return Aa}', {a: 'Bb', b: 'Aa'}), null);
});

test('the checker stops a renaming that would change what a name finds', () => {
  assert.throws(() => checkRenaming('var a=1,b=2;function f(b){return a}', 'var b=1,a=2;function f(b){return b}'), /would change/);
});

test('the code does what it did, one letter or two', () => {
  const marked1 = 'var @a@a=2,@b@b=3,@c@c=(e=>a*e+b),@d@d=function(b){return b+c(1)},@g@g=class{m(a){return a*b}};var out=[c(5),d(4),new g().m(3),typeof a,((b)=>b)(7)]';
  const {code: code1} = withMap(marked1);
  const renamed1 = rename(marked1, {a: 'c', b: 'g', c: 'a', d: 'b', g: 'd'});
  assert.notEqual(renamed1, null);
  const run1 = (text) => vm.runInNewContext(`${text};JSON.stringify(out)`);
  assert.equal(run1(renamed1), run1(code1));

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
