// The html`…` whitespace collapser of the CDN build (scripts/minify-html.mjs): smaller, same markup.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {minifyHtmlTemplates} from '../../scripts/minify-html.mjs';

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
    minifyHtmlTemplates(source)?.code,
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
  for (const source of keep) assert.equal(minifyHtmlTemplates(source), null, source);
  // Only the template's own text changes: a multi-line string inside `${…}` stays as written.
  const mixed = "html`<p>\n  ${`a\n  b`}\n</p>`";
  assert.equal(minifyHtmlTemplates(mixed)?.code, "html`<p> ${`a\n  b`} </p>`");
});

test('unquotes one-word attribute values, keeping quotes where the value has more or a `/` follows', () => {
  const source = 'html`<a part="button" class="button exit" href=${u} rel="noopener noreferrer" aria-hidden="true"><input type="radio"/><p title="">Write x="y" here</p></a>`';
  assert.equal(
    minifyHtmlTemplates(source)?.code,
    'html`<a part=button class="button exit" href=${u} rel="noopener noreferrer" aria-hidden=true><input type="radio"/><p title="">Write x="y" here</p></a>`',
  );
  // Inside `${…}` nothing changes; a tag that goes on after one is still a tag, a value that does keeps its quotes.
  assert.equal(minifyHtmlTemplates("html`<p>${'<b class=\"x\">'}</p>`"), null);
  assert.equal(minifyHtmlTemplates('html`<b id=${i} role="status" class="a ${c}" title="t">`')?.code, 'html`<b id=${i} role=status class="a ${c}" title=t>`');
});

test('drops ` /` before the `>` of an HTML void element only', () => {
  assert.equal(minifyHtmlTemplates('html`<p>a<br />b</p>`')?.code, 'html`<p>a<br>b</p>`');
  assert.equal(minifyHtmlTemplates('html`<img src=${x} alt="" />`')?.code, 'html`<img src=${x} alt="">`');
  assert.equal(minifyHtmlTemplates('html`<input type="radio" .checked=${a} @change=${b}\n  />`')?.code, 'html`<input type=radio .checked=${a} @change=${b}>`');
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
    assert.equal(minifyHtmlTemplates(keep), null, keep);
  }
});

test('reads TypeScript and maps the result back to the source', () => {
  const source = 'const f = (n: number): unknown => html`<b>\n    ${n as number}\n  </b>`;\nexport const after = 1;';
  const result = minifyHtmlTemplates(source, 'x.ts');
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
