// The CDN build's step that writes the hex digits of `\uXXXX` escapes in lower case, on the finished
// file (scripts/lower-escapes.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import {lowerEscapes} from '../../scripts/lower-escapes.mjs';
import {CDN_ENTRIES} from '../../scripts/cdn-entries.mjs';

const rewrite = (code) => lowerEscapes(code)?.code ?? null;

test('writes the escapes of strings and untagged templates in lower case', () => {
  assert.equal(rewrite('a="\\u201C",b=\'\\u00E9x\',c=`\\u201D`;'), 'a="\\u201c",b=\'\\u00e9x\',c=`\\u201d`;');
  assert.equal(rewrite('a=`\\u2026${b+"\\u00A0"}\\u2026${`\\u00AD`}\\u00FF`;'), 'a=`\\u2026${b+"\\u00a0"}\\u2026${`\\u00ad`}\\u00ff`;');
  assert.equal(lowerEscapes('a="\\u201C\\u201D"').count, 2);
});

test('leaves tagged templates, regular expressions, other escapes and text alone', () => {
  // a tag may read the raw text; a pattern's source is readable
  assert.equal(rewrite('p`\\u201C${x}\\u201D`;r=/[\\u00AD]/;'), null);
  // …but not the values inside a tagged template
  assert.equal(rewrite('p`\\u201C${"\\u201D"}\\u201C`;'), 'p`\\u201C${"\\u201d"}\\u201C`;');
  // an escaped backslash, then text that reads like an escape
  assert.equal(rewrite('a="\\\\u00E9",b="\\\\\\u00E9";'), 'a="\\\\u00E9",b="\\\\\\u00e9";');
  // code points and \x escapes keep their form; an escape already lower case is not counted
  assert.equal(rewrite('a="\\u{1F600}\\xE9\\u00e9";'), null);
  // nothing outside strings: identifiers, comments
  assert.equal(rewrite('//# \\u00E9\nvar \\u0041=1;'), null);
});

test('each string holds the same characters, and the file keeps its length', () => {
  const code = 'x=["\\u201Cq\\u201D",`\\u00E9${1}\\u00C9`,"\\\\u00E9"];';
  const out = rewrite(code);
  assert.equal(out.length, code.length);
  assert.equal(vm.runInNewContext(`${out};JSON.stringify(x)`), vm.runInNewContext(`${code};JSON.stringify(x)`));
});

test('in the built widget files, no escape of a string or untagged template is upper case', {skip: !existsSync(new URL('../../dist/cdn/signpost.js', import.meta.url)) && 'run npm run build first'}, () => {
  for (const name of Object.keys(CDN_ENTRIES).filter((n) => !n.startsWith('locales/'))) {
    const url = new URL(`../../dist/cdn/${name}.js`, import.meta.url);
    if (!existsSync(url)) continue;
    const code = readFileSync(url, 'utf8');
    assert.equal(lowerEscapes(code), null, name);
    // and the file's escapes are there to find (the minifier writes them: codegen.asciiOnly)
    const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    assert.equal(file.parseDiagnostics.length, 0, name);
    assert.match(code, /\\u20[0-9a-f]{2}/, name);
  }
});
