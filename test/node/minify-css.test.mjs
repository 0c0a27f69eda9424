// The CSS minifier of the CDN build (scripts/minify-css.mjs): smaller, same meaning.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {minifyCssTemplates} from '../../scripts/minify-css.mjs';

test('collapses whitespace and comments, keeps descendant combinators and quoted strings', () => {
  const source = `const s = css\`
    /* a comment */
    :host([dir='rtl']) .track > .copy, a :focus,
    .a  .b {
      font-family: "A  B", serif;
      content: ' ; , { ';
      margin: 0 auto !important;
    }
    @media (prefers-reduced-motion: reduce) {
      .track { animation: none; }
    }
  \`;`;
  assert.equal(
    minifyCssTemplates(source),
    `const s = css\`:host([dir=rtl]) .track>.copy,a :focus,.a .b{font-family:"A  B",serif;content:' ; , { ';margin:0 auto!important}@media (prefers-reduced-motion){.track{animation:none}}\`;`,
  );
});

test("drops a comment with a quote in it (the host's), and keeps /* inside a string", () => {
  const source = "const s = css`\n  a { color: red; }\n  /* the host's size */\n  [part~='base'] { content: '/* no */'; }\n`;";
  assert.equal(minifyCssTemplates(source), "const s = css`a{color:red}[part~=base]{content:'/* no */'}`;");
});

test('unquotes an attribute selector\'s identifier value, and only that', () => {
  const source = "const s = css`:host([placement='sticky']) [part~=\"base\"], [a = 'b c'], [d='1x'], [e='--f'], [f='g' i] { content: '[g=' 'h' ']'; }`;";
  assert.equal(minifyCssTemplates(source), "const s = css`:host([placement=sticky]) [part~=base],[a = 'b c'],[d='1x'],[e='--f'],[f='g' i]{content:'[g=' 'h' ']'}`;");
});

test('leaves templates with interpolations and other code alone', () => {
  const source = 'const a = css`.x { color: ${c}; }`; const b = html`<p> a , b </p>`;';
  assert.equal(minifyCssTemplates(source), source);
});

test('drops a leading zero and shortens six-digit colours, leaving other numbers and colours alone', () => {
  const source = 'const s = css`a { padding: 0.5em 10.25em -0.4em; margin: 0 0.1em calc(var(--x) * 0.5) calc(1em * 2); aspect-ratio: 16 / 9; color: #ffffff; background: #0b57a4; border-color: #AABBCC; }`;';
  assert.equal(minifyCssTemplates(source), 'const s = css`a{padding:.5em 10.25em -.4em;margin:0 .1em calc(var(--x)*.5) calc(1em*2);aspect-ratio:16/9;color:#fff;background:#0b57a4;border-color:#ABC}`;');
});

test('shortens the private properties every host sets for itself, and only those', () => {
  const source = "const s = css`:host { --_accent: var(--signpost-accent, red); --_exit-bg: blue; } a { color: var(--_accent); background: var(--_exit-bg, var(--_tint, var(--_accent-2))); --_room: 1em; content: '--_accent'; }`;";
  assert.equal(
    minifyCssTemplates(source),
    "const s = css`:host{--_s:var(--signpost-accent,red);--_m:blue}a{color:var(--_s);background:var(--_m,var(--_tint,var(--_accent-2)));--_room:1em;content:'--_accent'}`;",
  );
});

test("gives each private property its own short name, none the ticker's --_d nor one a kept name has", () => {
  const names = ['accent', 'on-accent', 'surface', 'text', 'muted', 'border', 'ok', 'radius', 'space', 'exit-bg', 'exit-fg'];
  const minified = minifyCssTemplates(`css\`:host{${names.map((name) => `--_${name}: 0;`).join(' ')}}\``);
  const short = [...minified.matchAll(/--_([\w-]+):0/g)].map(([, name]) => name);
  assert.equal(short.length, names.length);
  assert.equal(new Set(short).size, names.length);
  for (const name of short) assert.match(name, /^[a-ce-z]$/);
});

test("writes CSS 2's four pseudo-elements with one colon, but not after a ')' nor in strings", () => {
  const source = "const s = css`*, ::after, a::Before, p::first-line, p::first-letter, ::part(x)::before, ::selection, ::placeholder { content: '::after'; }`;";
  assert.equal(minifyCssTemplates(source), "const s = css`*,:after,a:Before,p:first-line,p:first-letter,::part(x)::before,::selection,::placeholder{content:'::after'}`;");
});

test('writes system colours in lower case and transparent as #0000 in the values of colour properties, and nowhere else', () => {
  const source = "const s = css`:host { color: var(--x, CanvasText) !important; background: Canvas; } a { fill: var(--Canvas-x, Canvas); border: 1px solid ButtonText; border-inline-start-color: LinkText; outline-color: Highlight; border-color: transparent var(--transparent); --y: Canvas; transition-property: transparent; animation-name: Canvas; grid-area: Field; content: 'Canvas'; }`;";
  assert.equal(
    minifyCssTemplates(source),
    "const s = css`:host{color:var(--x,canvastext)!important;background:canvas}a{fill:var(--Canvas-x,canvas);border:1px solid buttontext;border-inline-start-color:linktext;outline-color:highlight;border-color:#0000 var(--transparent);--y:Canvas;transition-property:transparent;animation-name:Canvas;grid-area:Field;content:'Canvas'}`;",
  );
});

test('writes a media feature with one value besides none in its boolean form, in @media only', () => {
  const source = 'const s = css`@media (forced-colors: active) { a { color: red; } } @media print and (prefers-reduced-motion: reduce), (inverted-colors: inverted) { b { color: red; } } @media (prefers-contrast: more), (hover: hover), (forced-colors: none) { c { color: red; } } @supports (forced-colors: active) { d { color: red; } }`;';
  assert.equal(
    minifyCssTemplates(source),
    'const s = css`@media (forced-colors){a{color:red}}@media print and (prefers-reduced-motion),(inverted-colors){b{color:red}}@media (prefers-contrast:more),(hover:hover),(forced-colors:none){c{color:red}}@supports (forced-colors:active){d{color:red}}`;',
  );
});
