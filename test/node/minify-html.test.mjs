// The html`…` whitespace collapser of the CDN build (scripts/minify-html.mjs): smaller, same markup.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import ts from 'typescript';
import {parseFragment, serialize} from 'parse5';
import {_$LH} from 'lit-html';
import {closingEndTags, minifyHtmlTemplates} from '../../scripts/minify-html.mjs';
import {sourceFiles} from './source-nodes.mjs';

/** The tests of the other rules: without the end tags that close a template (tested last). */
const keepingEndTags = (code, id) => minifyHtmlTemplates(code, id, {endTags: false});

test('collapses line breaks and indentation in the template text (none before a tag\'s >), nested templates too', () => {
  const source = [
    'const x = html`<ul>',
    '    ${items.map((i) => html`<li',
    '        class="a  b">${i}</li',
    '      >`)}',
    '  </ul>',
    '  <p>One  two</p>`;',
  ].join('\n');
  assert.equal(
    keepingEndTags(source)?.code,
    'const x = html`<ul> ${items.map((i) => html`<li class="a  b">${i}</li>`)} </ul> <p>One  two</p>`;',
  );
});

test('leaves expressions, strings, other tags and <pre> alone', () => {
  const keep = [
    'const a = html`<pre>\n  keep\n</pre>`;',
    'const b = css`\n  .x {}\n`;',
    "const c = html`<p>${'a\\n   b'} ${`x\n   y`}</p>`;",
    'const d = html`<p>one line</p>`;',
    'const e = `html` + "html`\n   `";',
  ];
  for (const source of keep) assert.equal(keepingEndTags(source), null, source);
  // Only the template's own text changes: a multi-line string inside `${…}` stays as written.
  const mixed = "html`<p>\n  ${`a\n  b`}\n</p>`";
  assert.equal(keepingEndTags(mixed)?.code, "html`<p> ${`a\n  b`} </p>`");
});

test('unquotes one-word attribute values, keeping quotes where the value has more or a `/` follows; an empty value goes with its `=`', () => {
  const source = 'html`<a part="button" class="button exit" href=${u} rel="noopener noreferrer" aria-hidden="true"><input type="radio"/><p title="">Write x="y" here</p><b title=""/></a>`';
  assert.equal(
    keepingEndTags(source)?.code,
    'html`<a part=button class="button exit" href=${u} rel="noopener noreferrer" aria-hidden=true><input type="radio"/><p title>Write x="y" here</p><b title=""/></a>`',
  );
  // Inside `${…}` nothing changes; a tag that goes on after one is still a tag, a value that does keeps its quotes.
  assert.equal(keepingEndTags("html`<p>${'<b class=\"x\">'}</p>`"), null);
  assert.equal(keepingEndTags('html`<b id=${i} role="status" class="a ${c}" title="t">`')?.code, 'html`<b id=${i} role=status class="a ${c}" title=t>`');
});

test('unquotes a value with `${…}` in it whose own text is one word of letters, digits, `_`, `-` and `:`', () => {
  assert.equal(
    keepingEndTags('html`<a href="tel:${n}" part="${c}-link" title="${t}" id="sms:${a}${b}"\n  class="x">`')?.code,
    'html`<a href=tel:${n} part=${c}-link title=${t} id=sms:${a}${b} class=x>`',
  );
  for (const keep of [
    // more than one word, a `/` or `.` (of a value, or after it), a value that goes on after it, another quote
    'html`<a class="a ${c}">`',
    'html`<a href="${u}/x">`',
    'html`<a href="${u}.x">`',
    'html`<a href="${u}"/>`',
    'html`<a title="${t}"${x}>`',
    "html`<a title='${t}'>`",
    // text between tags
    'html`<p>say "${t}" </p>`',
  ]) {
    assert.equal(keepingEndTags(keep), null, keep);
  }
});

test('drops ` /` before the `>` of an HTML void element only', () => {
  assert.equal(keepingEndTags('html`<p>a<br />b</p>`')?.code, 'html`<p>a<br>b</p>`');
  assert.equal(keepingEndTags('html`<img src=${x} alt="" />`')?.code, 'html`<img src=${x} alt>`');
  assert.equal(keepingEndTags('html`<input type="radio" .checked=${a} @change=${b}\n  />`')?.code, 'html`<input type=radio .checked=${a} @change=${b}>`');
  for (const keep of [
    // an SVG or custom element's `/>` closes it; a `/` right after a value may be the value's (`src=a/`)
    'html`<svg><path d="M3 3" /></svg>`',
    'html`<custom-br />`',
    'html`<br/>`',
    'html`<img src=a/>`',
    'html`<img src=${x}/>`',
    // text between tags
    'html`<p>a / b /></p>`',
  ]) {
    assert.equal(keepingEndTags(keep), null, keep);
  }
});

test('reads TypeScript and maps the result back to the source', () => {
  const source = 'const f = (n: number): unknown => html`<b>\n    ${n as number}\n  </b>`;\nexport const after = 1;';
  const result = keepingEndTags(source, 'x.ts');
  assert.equal(result?.code, 'const f = (n: number): unknown => html`<b> ${n as number} </b>`;\nexport const after = 1;');
  assert.deepEqual(result?.map.sources, ['x.ts']);
  // `export` starts line 2 of the output and line 4 of the source: the map says so.
  const segments = decode(result.map.mappings);
  assert.deepEqual(segments.find((s) => s.line === 1 && s.column === 0)?.source, {line: 3, column: 0});
  // `</b>` keeps its place on the line: output column 58, source line 3 column 2.
  assert.equal(result.code.split('\n')[0].indexOf("</b>"), 58);
  assert.deepEqual(segments.find((s) => s.line === 0 && s.column === 58)?.source, {line: 2, column: 2});
});

/** Source-map `mappings` as {line, column, source: {line, column}} (0-based), a minimal VLQ reader. */
function decode(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  mappings.split(';').forEach((text, line) => {
    let column = 0;
    for (const segment of text.split(',').filter(Boolean)) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        shift += 5;
        if (!(digit & 32)) {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        sourceLine += values[2];
        sourceColumn += values[3];
        out.push({line, column, source: {line: sourceLine, column: sourceColumn}});
      }
    }
  });
  return out;
}

test('drops the end tags that close a template, keeping one when nothing else is left', () => {
  assert.equal(minifyHtmlTemplates('html`<p>a<br />b</p>`')?.code, 'html`<p>a<br>b`');
  assert.equal(minifyHtmlTemplates('html`<ul>\n  <li><a href=${u}>x</a></li>\n</ul>`')?.code, 'html`<ul> <li><a href=${u}>x</a></li> `');
  assert.equal(minifyHtmlTemplates('html`<p class="a ${c}">${x} <a href=${u}>${y}</a></p>`')?.code, 'html`<p class="a ${c}">${x} <a href=${u}>${y}</a>`');
  // The last part keeps one end tag rather than be empty (lit-html would add a `<?>` node); white space stays.
  assert.equal(minifyHtmlTemplates('html`<p>${x}</p>`'), null);
  assert.equal(minifyHtmlTemplates('html`<div><p>${x}</p></div>`')?.code, 'html`<div><p>${x}</p>`');
  assert.equal(minifyHtmlTemplates('html`<p>a</p> `'), null);
  // White space before the `>` of a dropped end tag goes with it.
  assert.equal(minifyHtmlTemplates('html`<b>${n}</b\n  ></i\n>`')?.code, 'html`<b>${n}</b></i>`');
  assert.equal(minifyHtmlTemplates('html`<i><b>${n}</b\n  ></i\n>`')?.code, 'html`<i><b>${n}</b>`');
});

test('keeps the end tags of a template whose tags it cannot follow', () => {
  for (const keep of [
    // a stray `</p>` makes an empty p; an implied end tag; a block in a p; a heading in a heading
    'html`<b>${x}</b></p>`',
    'html`<ul><li>a<li>b</li></ul>`',
    'html`<p>a<div>b</div></p>`',
    'html`<h2>a<h3>b</h3></h2>`',
    'html`<a href=${u}>a<a>b</a></a>`',
    // tables, select lists and raw text have rules of their own; a `<` that starts no tag
    'html`<table><tr><td>${x}</td></tr></table>`',
    'html`<select><option>${x}</option></select>`',
    'html`<p>a < b</p>`',
    // an HTML element inside an svg ends the svg
    'html`<svg><p>${x}</p></svg>`',
  ]) {
    assert.equal(minifyHtmlTemplates(keep), null, keep);
  }
  assert.equal(closingEndTags(['<svg><path d="M3 3"/></svg>']), 6);
  assert.equal(closingEndTags(['<b class="a ', '" title=">">x</b>']), 4);
  assert.equal(closingEndTags(['<custom-x/>', '</custom-x>']), 0);
});

/**
 * A template as lit-html hands it to the parser: a comment for each child binding, a value for each
 * binding inside a tag, `<?>` after an empty last part.
 * @param {string[]} texts
 */
function asParsed(texts) {
  let html = '';
  texts.slice(0, -1).forEach((text) => {
    html += text;
    html += html.lastIndexOf('<') > html.lastIndexOf('>') ? 'x0' : '<?lit$0$>';
  });
  return serialize(parseFragment(html + (texts.at(-1) || '<?>')));
}

/** Each html`…` template's parts, in order, in a module's (transformed) source. */
function templates(code) {
  const file = ts.createSourceFile('m.ts', code, ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
      const t = node.template;
      out.push(ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((span) => span.literal.text)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

test("every template of the sources parses to the same nodes with and without the end tags that close it (HTML's parser)", () => {
  let dropped = 0;
  let checked = 0;
  for (const name of sourceFiles()) {
    const code = readFileSync(new URL(`../../src/${name}`, import.meta.url), 'utf8');
    const before = templates(keepingEndTags(code, name)?.code ?? code);
    const after = templates(minifyHtmlTemplates(code, name)?.code ?? code);
    assert.equal(after.length, before.length, name);
    before.forEach((texts, i) => {
      checked++;
      if (texts.at(-1) === after[i].at(-1)) return;
      dropped++;
      assert.equal(asParsed(after[i]), asParsed(texts), `${name}: ${texts.join('${…}')}`);
    });
  }
  assert.ok(checked > 50 && dropped > 20, `${dropped} of ${checked} templates`);
});

test("every template of the sources gives lit-html the same template minified (its HTML parsed by HTML's parser, its attributes)", () => {
  // lit-html's own preparation of a template (`getTemplateHtml`, in its private exports): the HTML it
  // parses, with a marker for each value, and the names of the attributes holding them, which with
  // that HTML's nodes are all that its Template reads. The source's layout white space is one space
  // in the nodes, as the minifier writes it (HTML collapses it anyway).
  const prepare = (texts) => {
    const [html, attributes] = _$LH.L(Object.assign([...texts], {raw: texts}), 1);
    return {nodes: serialize(parseFragment(String(html))).replace(/\s*\n\s*/g, ' '), attributes};
  };
  let checked = 0;
  for (const name of sourceFiles()) {
    const code = readFileSync(new URL(`../../src/${name}`, import.meta.url), 'utf8');
    const before = templates(code);
    const after = templates(minifyHtmlTemplates(code, name)?.code ?? code);
    assert.equal(after.length, before.length, name);
    before.forEach((texts, i) => {
      if (/<(pre|textarea)\b/i.test(texts.join(''))) return;
      checked++;
      assert.deepEqual(prepare(after[i]), prepare(texts), `${name}: ${texts.join('${…}')}`);
    });
  }
  assert.ok(checked > 50, `${checked} templates`);
});
