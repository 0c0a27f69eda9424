// The CDN build's step that writes a message with values where it is used, after terser
// (scripts/flatten-msg-calls.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import {flattenMsgCalls} from '../../scripts/flatten-msg-calls.mjs';

const HEAD = 'var A=function(e,t){return e},j=(e,...t)=>({strings:e,values:t});';
const flat = (code) => flattenMsgCalls(HEAD + code)?.code.slice(HEAD.length) ?? null;

test('writes the arguments into the template, in place of the parameters', () => {
  assert.equal(flat('x=(e=>A(j`Open now, closes at ${e}`,"h-open-now"))(s(r.Z));'), 'x=A(j`Open now, closes at ${s(r.Z)}`,"h-open-now");');
  assert.equal(flat('x=((e,t)=>A(j`${e} of ${t}`,`t-item`))(t+1,n);'), 'x=A(j`${t+1} of ${n}`,`t-item`);');
  // an argument that is itself one, and arguments with commas, templates and arrows of their own
  assert.equal(flat('x=(e=>A(j`a ${e}`,"x"))((e=>A(j`b ${e}`,"y"))(q));'), 'x=A(j`a ${A(j`b ${q}`,"y")}`,"x");');
  assert.equal(flat('x=(e=>A(j`a ${e}`,"x"))((p,`${q}`,u=>u));'), 'x=A(j`a ${(p,`${q}`,u=>u)}`,"x");');
  assert.equal(flat('function f(){return(e=>A(j`Call ${e}`,"h-call"))(G(e.display,t.rtl))}'), 'function f(){return A(j`Call ${G(e.display,t.rtl)}`,"h-call")}');
});

test('leaves alone what it cannot write the same way', () => {
  for (const code of [
    // parameters in another order than the values, used twice or not at all, as many arguments or not
    'x=((e,t)=>A(j`${t} of ${e}`,"x"))(a(),b());',
    'x=(e=>A(j`${e}${e}`,"x"))(a());',
    'x=((e,t)=>A(j`${e}`,"x"))(a(),b());',
    'x=(e=>A(j`${e}`,"x"))(a(),b());',
    'x=(e=>A(j`${e}`,"x"))();',
    'x=(e=>A(j`${e}`,"x"))(...a);',
    // a value that is not a parameter alone, a body that does more, another shape of function or call
    'x=(e=>A(j`${e+1}`,"x"))(a);',
    'x=(e=>A(j`${e}`,"x",e))(a);',
    'x=(e=>A(j`${e}`,b))(a);',
    'x=(e=>A(j`${e}`))(a);',
    'x=(e=>{return A(j`${e}`,"x")})(a);',
    'x=(async e=>A(j`${e}`,"x"))(a);',
    'x=((e=1)=>A(j`${e}`,"x"))(a);',
    'x=(function(e){return A(j`${e}`,"x")})(a);',
    'x=(e=>A(j`${e}`,"x"))?.(a);',
    'x=(e=>A?.(j`${e}`,"x"))(a);',
    'x=(e=>o.A(j`${e}`,"x"))(a);',
    // the function or the tag a parameter, or a name that an argument could change
    'x=((A,e)=>A(j`${e}`,"x"))(a,b);',
    'x=((e,j)=>A(j`${e}`,"x"))(a,b);',
  ]) {
    assert.equal(flat(code), null, code);
  }
});

test('leaves the call alone where the function or the tag might not be the same value when it is read earlier', () => {
  const call = 'x=(e=>A(j`${e}`,"x"))(a());';
  assert.ok(flattenMsgCalls(HEAD + call));
  for (const code of [
    `${HEAD}A=b;${call}`,
    `${HEAD}j++;${call}`,
    `${HEAD}[A]=b;${call}`,
    `${HEAD}({j}=b);${call}`,
    `${HEAD}for(A of b);${call}`,
    `let A=1,j=2;${call}`,
    `var A=1;const j=2;${call}`,
    `${HEAD}function f(A){${call}}`,
    `${HEAD}function f(){let j;${call}}`,
    `${HEAD}try{}catch(A){}${call}`,
    `${HEAD}var A;${call}`,
    `${HEAD}class j{}${call}`,
  ]) {
    assert.equal(flattenMsgCalls(code), null, code);
  }
});

test('the rewritten code evaluates the same things in the same order, with the same results', () => {
  const programs = [
    'out=(e=>A(j`Open now, closes at ${e}`,"h-open-now"))(s("Z"));',
    'out=((e,t)=>A(j`${e} of ${t}`,"t-item"))(s(1),s(2));',
    'out=(e=>A(j`a ${e}`,"x"))((e=>A(j`b ${e}`,"y"))(s("q")));',
    'out=[1,2].map(k=>((e,t)=>A(j`Correct: ${e} of ${t}`,"q-score"))(s(k),s(k+1))).join("|");',
  ];
  const head = 'var log=[],s=(v)=>(log.push("arg "+v),v),j=(e,...t)=>(log.push("tag "+e.join("_")+" "+t.join(",")),{strings:e,values:t}),A=function(e,t){return log.push("msg "+t),e.strings.reduce((o,p,i)=>o+e.values[i-1]+p)};var out;';
  for (const program of programs) {
    const before = vm.runInNewContext(`${head}${program};JSON.stringify([out,log])`);
    const rewritten = flattenMsgCalls(head + program);
    assert.ok(rewritten, program);
    assert.doesNotMatch(rewritten.code, /\(\(?e(,t)?\)?=>/, program);
    const after = vm.runInNewContext(`${rewritten.code};JSON.stringify([out,log])`);
    assert.deepEqual(after, before, program);
  }
});

test('the same template object as before: one per template as written', () => {
  const program = 'var seen=[],j=(e)=>(seen.push(e),e),A=(e)=>e;for(let i=0;i<2;i++)(e=>A(j`x ${e}`,"x"))(i);';
  const rewritten = flattenMsgCalls(program);
  assert.ok(rewritten);
  const [first, second] = vm.runInNewContext(`${rewritten.code};seen`);
  assert.equal(first, second);
});

test('the source map keeps the words and the arguments where they were written', () => {
  const code = `${HEAD}\nx=(e=>A(j\`Call \${e}\`,"h-call"))(G(n));`;
  const out = flattenMsgCalls(code);
  assert.ok(out);
  assert.equal(out.count, 1);
  assert.equal(out.map.mappings.length > 0, true);
});

/**
 * A message function called at once, `(e=>A(j`…`, as terser writes one: its `(` opens an expression,
 * so it follows no name (`f(e=>A(j`…` passes an arrow to f: no function called at once), unless the
 * name is a keyword before an expression (`return(e=>…`). (An arrow of two parameters passed to a call,
 * `f((e,t)=>A(j`…`, still matches: it reads as one called at once inside the call's parentheses.)
 */
const CALLED_AT_ONCE = /(?:^|[^\w$]|(?<![\w$])(?:return|typeof|void|delete|await|yield|throw|case|else|do|in|of))\(\(?[a-z](,[a-z])*\)?=>[\w$]+\([\w$]+`/;

test('the pattern for a message left called at once finds one wherever an expression starts, and no arrow passed to a call', () => {
  for (const code of ['x=(e=>A(j`a ${e}`,"x"))(b);', 'f((e,t)=>A(j`${e}${t}`,"x"))(b,c);', 'return(e=>A(j`a ${e}`,"x"))(b)', '(e=>A(j`a ${e}`,"x"))(b)', 'a?(e=>A(j`${e}`,"x"))(b):c']) {
    assert.match(code, CALLED_AT_ONCE, code);
  }
  for (const code of ['_n(e=>N(P`a`,"x"),b)', 'x.map(e=>A(j`${e}`,"x"))', 'f$(e=>A(j`${e}`,"x"))', 'returns(e=>A(j`${e}`,"x"))']) {
    assert.doesNotMatch(code, CALLED_AT_ONCE, code);
  }
});

test('the built CDN files have no message left as a function called at once (after `npm run build`)', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url))}, () => {
  for (const file of ['signpost', 'hotline-card', 'red-flag-quiz', 'news-ticker']) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}.js`, import.meta.url), 'utf8');
    assert.doesNotMatch(code, CALLED_AT_ONCE, file);
  }
});
