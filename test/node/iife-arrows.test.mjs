// The CDN build's step that writes a function called at once that only returns a value as an arrow,
// after terser (scripts/iife-arrows.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import {iifeArrows} from '../../scripts/iife-arrows.mjs';

const arrow = (code) => iifeArrows(code)?.code ?? null;

test('writes a function called at once that only returns a value as an arrow', () => {
  assert.equal(arrow('x=function(e){return tt.has(E(T(e)))?`rtl`:`ltr`}(this.locale);'), 'x=(e=>tt.has(E(T(e)))?`rtl`:`ltr`)(this.locale);');
  assert.equal(arrow('x=a,function(e,t=!0){return e.length<3?e.join(` and `):t}(r,s);'), 'x=a,((e,t=!0)=>e.length<3?e.join(` and `):t)(r,s);');
  assert.equal(arrow('x=(function(){return 1})();'), 'x=(()=>1)();');
  assert.equal(arrow('function f(){return function(e){return e+1}(2)}'), 'function f(){return (e=>e+1)(2)}');
  // a body that would read as a block or as two arguments goes in parentheses
  assert.equal(arrow('x=function(e){return{a:e}}(1);'), 'x=(e=>({a:e}))(1);');
  assert.equal(arrow('x=function(e){return{a:e}.a}(1);'), 'x=(e=>({a:e}.a))(1);');
  assert.equal(arrow('x=function(e){return f(e),e}(1);'), 'x=(e=>(f(e),e))(1);');
  // functions of its own inside, with their own `this`, and calls in the arguments
  assert.equal(arrow('x=function(e){return e.map(function(){return this})}(function(e){return e}(1));'), 'x=(e=>e.map(function(){return this}))((e=>e)(1));');
});

test('leaves alone a function that an arrow would not be the same as, or that does more than return', () => {
  for (const code of [
    'x=function(e){return this.a}(1);',
    'x=function(e){return()=>this.a}(1);',
    'x=function(e=this){return e}(1);',
    'x=function(e){return arguments[0]}(1);',
    'x=function(e){return()=>arguments[0]}(1);',
    'x=function(e){return new.target}(1);',
    'x=function(e){return class{a=this}}(1);',
    'x=function f(e){return e?f(e-1):0}(1);',
    'x=function*(e){return e}(1);',
    'x=async function(e){return e}(1);',
    'x=function(e){let t=e;return t}(1);',
    'x=function(e){return}(1);',
    'x=function(e){if(e)return 1;return 2}(1);',
    'x=new function(e){return e}(1);',
    'x=function(e){return e};',
    'x=f(function(e){return e});',
  ]) {
    assert.equal(arrow(code), null, code);
  }
});

test('the arrows give the same values, from the same calls, in the same order', () => {
  const head = 'var log=[],s=v=>(log.push(v),v),o={n:2,m(){return function(e){return s(e)+s(this===void 0)}(s(this.n))}};';
  const programs = [
    'out=function(e,t){return s(e)+s(t)}(s(1),s(2));',
    'out=function(e){return{a:s(e)}}(3).a;',
    'out=function(e){return s(e),s(e+1)}(4);',
    'out=[1,2].map(k=>function(e){return e*k}(s(k)));',
    'out=o.m()+function(e){return e}(1);',
    'out=function(e){return()=>e}(5)();',
  ];
  for (const program of programs) {
    const before = vm.runInNewContext(`"use strict";${head}var out;${program};JSON.stringify([out,log])`);
    const rewritten = iifeArrows(head + program);
    assert.ok(rewritten, program);
    const after = vm.runInNewContext(`"use strict";var out;${rewritten.code};JSON.stringify([out,log])`);
    assert.equal(after, before, program);
  }
});

test('the built CDN files have no function called at once that only returns a value (after `npm run build`)', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url))}, () => {
  for (const file of ['signpost', 'hotline-card', 'quick-exit', 'red-flag-quiz', 'campaign-banner', 'news-ticker']) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}.js`, import.meta.url), 'utf8');
    assert.equal(iifeArrows(code), null, file);
  }
});
