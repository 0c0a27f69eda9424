// The CDN build's step that writes a module's function declarations as arrows in `var`s, after terser
// (scripts/fn-arrows.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import ts from 'typescript';
import vm from 'node:vm';
import {fnArrows} from '../../scripts/fn-arrows.mjs';

const arrows = (code) => fnArrows(code)?.code ?? null;

test('writes a function declaration that is only called, after its statement, as an arrow in a `var`', () => {
  assert.equal(arrows('function f(e,t=1){return e+t}var x=f(1);'), 'var f=(e,t=1)=>{return e+t};var x=f(1);');
  assert.equal(arrows('async function f(){await 0}export{g};function g(){return f()}'), 'var f=async()=>{await 0};export{g};function g(){return f()}');
  // recursion, calls from functions and classes defined before it that nothing calls before it
  assert.equal(arrows('var a=()=>f(1),C=class{m(){return f(2)}};function f(e){return e?f(e-1):0}a(),new C().m();'), 'var a=()=>f(1),C=class{m(){return f(2)}};var f=(e)=>{return e?f(e-1):0};a(),new C().m();');
  // a local of the same name is not the function
  assert.equal(arrows('var a=(f)=>f;a(1);function f(){return 1}f();'), 'var a=(f)=>f;a(1);var f=()=>{return 1};f();');
  // `this` and `arguments` of a function inside it are that function's
  assert.equal(arrows('function f(){return function(){return this}}f();'), 'var f=()=>{return function(){return this}};f();');
});

test('leaves alone a declaration that an arrow in a `var` would not be the same as', () => {
  for (const code of [
    // its own this, arguments, new.target, super, a class; a generator
    'function f(){return this}f();',
    'function f(){return()=>this}f();',
    'function f(e=this){return e}f();',
    'function f(){return arguments[0]}f();',
    'function f(){return new.target}f();',
    'function f(){return class{a=1}}f();',
    'function*f(){yield 1}f();',
    // named otherwise than to call it: constructed, passed, stored, read, exported
    'function f(){}new f;',
    'function f(){}g(f);function g(e){return e()}',
    'function f(){}var o={f};',
    'var o={f},g=()=>o.f();function f(){}',
    'function f(){}f.call();',
    'function f(){}export{f};',
    'function f(){}export{f as g};',
    'export function f(){}f();',
    'function f(){}export default f;',
    // called before its statement has run: at the top, through a function, a class's static block or field, a value
    'f();function f(){}',
    'g();function g(){return f()}function f(){}',
    'var g=()=>f();g();function f(){}',
    'var C=class{static{this.m()}static m(){f()}};function f(){}',
    'class C{static x=f()}function f(){}',
    'var C=class extends(f(),Object){};function f(){}',
    'var o={get x(){return f()}},y=o.x;function f(){}',
    'customElements.define(`x-y`,class extends HTMLElement{connectedCallback(){f()}});function f(){}',
    // declared twice
    'function f(){}function f(){}f();',
  ]) {
    assert.equal(arrows(code), null, code);
  }
});

test('the rewritten module gives the same values, from the same calls, in the same order', () => {
  const head = 'var log=[],s=v=>(log.push(v),v);';
  const programs = [
    'function f(e,t=s(2)){return s(e)+t}function g(...e){return e.map(e=>f(e))}var out=[f(1),g(3,4)];',
    'var C=class{m(e){return h(e)}};function h(e){return e?s(e)+h(e-1):0}var out=new C().m(3);',
    'function f(e){return function(){return s(this===void 0)+s(e)}()}var out=f(1);',
  ];
  for (const program of programs) {
    const before = vm.runInNewContext(`"use strict";${head}${program};JSON.stringify([out,log])`);
    const rewritten = fnArrows(head + program);
    assert.ok(rewritten, program);
    const after = vm.runInNewContext(`"use strict";${rewritten.code};JSON.stringify([out,log])`);
    assert.equal(after, before, program);
  }
});

test('every declaration left in a built CDN file is one it must leave (after `npm run build`)', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url))}, () => {
  for (const file of ['signpost', 'hotline-card', 'quick-exit', 'red-flag-quiz', 'campaign-banner', 'news-ticker']) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}.js`, import.meta.url), 'utf8');
    // rolldown's minifier may have changed a few (written a function once used where it is called, say);
    // the step finds nothing more to do, or it would have done it
    const again = fnArrows(code);
    const left = ts.createSourceFile('c.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS).statements.filter(ts.isFunctionDeclaration).length;
    assert.ok(left < 20, `${file}: ${left} function declarations`);
    assert.equal(again, null, `${file}: ${again?.names}`);
  }
});
