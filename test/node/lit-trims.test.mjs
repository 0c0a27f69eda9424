// The CDN build leaves out parts of Lit that Signpost never uses (vite.config.ts, LIT_UNUSED): the
// globals of standard decorators, `svg`/`mathml` templates, and bindings inside raw text elements
// or comments. This checks that no source uses them, so that what the build leaves out stays unused
// (and that no source meets the lit-html message the build shortens, LIT_MESSAGES).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import {readdirSync, readFileSync} from 'node:fs';
import {sourceFiles, sourceNodes} from './source-nodes.mjs';
import {minifyHtmlTemplates} from '../../scripts/minify-html.mjs';

const files = sourceFiles();
const nodes = () => sourceNodes(files);

test('no source uses a decorator or imports one of Lit’s', () => {
  for (const {file, node} of nodes()) {
    assert.ok(!ts.isDecorator(node), `${file}: a decorator (${node.getText()})`);
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /decorators/, `${file}: imports ${node.moduleSpecifier.text}`);
  }
});

test('no source writes an svg or mathml template (every template is html)', () => {
  for (const {file, node} of nodes()) {
    if (!ts.isImportDeclaration(node) || !/^(lit|lit-html)(\/|$)/.test(node.moduleSpecifier.text)) continue;
    assert.doesNotMatch(node.moduleSpecifier.text, /^(lit\/static-html|lit-html\/static)/, `${file}: imports ${node.moduleSpecifier.text}`);
    const named = node.importClause?.namedBindings;
    assert.ok(!named || ts.isNamedImports(named), `${file}: a namespace import of ${node.moduleSpecifier.text}`);
    for (const element of named?.elements ?? []) {
      const name = (element.propertyName ?? element.name).text;
      assert.ok(!['svg', 'mathml'].includes(name), `${file}: imports ${name} from ${node.moduleSpecifier.text}`);
    }
  }
});

/** Each html`…` template of the sources: its texts between the bindings, as written. */
function* htmlTemplates() {
  for (const {file, node} of nodes()) {
    if (!ts.isTaggedTemplateExpression(node) || node.tag.getText() !== 'html') continue;
    const t = node.template;
    const texts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.rawText] : [t.head.rawText, ...t.templateSpans.map((span) => span.literal.rawText)];
    // As Lit reads them (escapes worked out), for the checks that run Lit's own expressions.
    const cooked = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
    yield {file, texts, cooked};
  }
}

test('the sources have html templates to check', () => {
  assert.ok([...htmlTemplates()].length > 50);
});

test('no html template holds a comment or a raw text element (script, style, textarea, title)', () => {
  for (const {file, texts} of htmlTemplates()) {
    const markup = texts.join('${…}');
    // `<!--`, and what HTML reads as a comment too: `<!…>`, `<?…>`, `</` not followed by a letter.
    assert.doesNotMatch(markup, /<[!?]|<\/(?![a-zA-Z])/, `${file}: a comment in ${markup}`);
    assert.doesNotMatch(markup, /<(script|style|textarea|title)\b/i, `${file}: a raw text element in ${markup}`);
  }
});

// The build's lit-html no longer looks for where a comment ends (LIT_UNUSED): its text state's regular
// expression (lit-html 3.3) finds a comment's start in none of the templates' strings, wherever it is run.
test('lit-html’s parser finds no comment start (`<!--`, `</` and no letter) in any template string', () => {
  const textState = /<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g;
  for (const {file, texts, cooked} of htmlTemplates()) {
    for (const text of [...texts, ...cooked]) {
      for (const match of text.matchAll(textState)) assert.equal(match[1], undefined, `${file}: ${match[0]} in ${text}`);
    }
  }
});

// The build's lit-html no longer puts a space between a binding and a self-closing tag's `/>` (LIT_UNUSED),
// which kept `<input value=${v}/>` from reading the slash into the value: in the templates as the CDN
// build minifies them (a void element's ` />` becomes `>`), no string that follows a binding starts with
// `/>`, nor with white space and `/>`.
test('no binding in an html template of the CDN files is followed by `/>`', () => {
  let count = 0;
  for (const file of files) {
    const code = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
    const source = ts.createSourceFile(file, minifyHtmlTemplates(code, file)?.code ?? code, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html' && !ts.isNoSubstitutionTemplateLiteral(node.template)) {
        for (const {literal} of node.template.templateSpans) {
          count++;
          assert.doesNotMatch(literal.rawText, /^\s*\/>/, `${file}: a binding before /> in ${node.getText(source).slice(0, 200)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(count > 200, `only ${count} bindings found`);
});

// The build's lit-html takes the options of LitElement's render for granted (LIT_UNUSED): no source calls
// lit-html's render() itself or names renderOptions.
test('no source calls lit-html’s render or names renderOptions', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node)) assert.notEqual(node.text, 'renderOptions', `${file}: names renderOptions`);
    if (!ts.isImportDeclaration(node) || !/^(lit|lit-html)(\/|$)/.test(node.moduleSpecifier.text)) continue;
    const named = node.importClause?.namedBindings;
    for (const element of named && ts.isNamedImports(named) ? named.elements : []) {
      assert.notEqual((element.propertyName ?? element.name).text, 'render', `${file}: imports render from ${node.moduleSpecifier.text}`);
    }
  }
});

// The build's ReactiveElement no longer wraps an accessor that a class defines for a property it
// declares (LIT_UNUSED): no Signpost class defines one, so no declaration was ever marked wrapped.
test('no class defines an accessor or method named as a property it declares (none is wrapped)', () => {
  const declared = new Set();
  const members = [];
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) && ['createProperty', 'wrapped', 'noAccessor'].includes(node.text)) assert.fail(`${file}: names ${node.text}`);
    if (!ts.isClassLike(node)) continue;
    for (const member of node.members) {
      const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) || ts.isPrivateIdentifier(member.name)) ? member.name.text : undefined;
      const isStatic = ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static;
      if (isStatic && name === 'properties') {
        assert.ok(ts.isGetAccessor(member), `${file}: static properties is not a getter`);
        const returned = member.body.statements.find(ts.isReturnStatement)?.expression;
        assert.ok(returned && ts.isObjectLiteralExpression(returned), `${file}: properties does not return an object literal`);
        for (const p of returned.properties) {
          assert.ok(ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)), `${file}: a declaration that is not name: {…} (${p.getText()})`);
          declared.add(p.name.text);
        }
      } else if (!isStatic && name !== undefined && (ts.isGetAccessor(member) || ts.isSetAccessor(member) || ts.isMethodDeclaration(member) || ts.isAutoAccessorPropertyDeclaration(member))) {
        members.push({file, name});
      }
    }
  }
  assert.ok(declared.size >= 30, `only ${declared.size} declared properties found`);
  assert.ok(members.length >= 30, `only ${members.length} accessors and methods found`);
  for (const {file, name} of members) assert.ok(!declared.has(name), `${file}: defines ${name}, a declared property`);
});

test('no source loads Lit’s polyfill-support (its hooks are left out)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /polyfill-support/, `${file}: imports ${node.moduleSpecifier.text}`);
  }
});

test('no source loads Lit’s SSR hydration support (its hook is left out)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /ssr|hydrate/, `${file}: imports ${node.moduleSpecifier.text}`);
    // Nor the mark by which Lit SSR's renderer knows a LitElement class (left out too).
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.notEqual(node.text, '_$litElement$', `${file}: names _$litElement$`);
  }
});

test('no source writes a compiled template (every template is prepared from an html tag at run time)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /@lit-labs\/compiler/, `${file}: imports ${node.moduleSpecifier.text}`);
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.notEqual(node.text, '_$litType$', `${file}: names _$litType$`);
  }
});

test('no source styles with a CSSStyleSheet or unsafeCSS (every style is a css result)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node)) assert.ok(!['CSSStyleSheet', 'unsafeCSS', 'getCompatibleStyle'].includes(node.text), `${file}: names ${node.text}`);
  }
});

test('no source gives a render a creationScope (templates are cloned by the document)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node)) assert.notEqual(node.text, 'creationScope', `${file}: names creationScope`);
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /scoped-registry/, `${file}: imports ${node.moduleSpecifier.text}`);
  }
});

test('no source declares a property with useDefault (nothing keeps or restores a first value)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.notEqual(node.text, 'useDefault', `${file}: names useDefault`);
  }
});

test('every css template is evaluated once, at the top level of its module (no cache of sheets by template is needed)', () => {
  let count = 0;
  for (const {file, node} of nodes()) {
    if (!ts.isTaggedTemplateExpression(node) || node.tag.getText() !== 'css') continue;
    count++;
    for (let up = node.parent; up; up = up.parent) {
      assert.ok(!ts.isFunctionLike(up) && !ts.isClassStaticBlockDeclaration(up) && !ts.isIterationStatement(up, false), `${file}: a css template inside ${ts.SyntaxKind[up.kind]}`);
    }
  }
  assert.ok(count >= 5, `only ${count} css templates found`);
});

// The build's css tag makes a result from a template's first string (LIT_UNUSED; it checks nothing, and
// scripts/css-last.mjs fails on a template with a value): no css template has a value, and the tag is
// no export of any CDN file, so only these templates reach it.
test('no css template has a value (each is one string)', () => {
  let count = 0;
  for (const {file, node} of nodes()) {
    if (!ts.isTaggedTemplateExpression(node) || node.tag.getText() !== 'css') continue;
    count++;
    assert.ok(ts.isNoSubstitutionTemplateLiteral(node.template), `${file}: a css template with a value (${node.getText().slice(0, 80)})`);
  }
  assert.ok(count >= 5, `only ${count} css templates found`);
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) && node.text === 'css' && !ts.isImportSpecifier(node.parent)) {
      assert.ok(ts.isTaggedTemplateExpression(node.parent) && node.parent.tag === node, `${file}: css used other than as a tag`);
    }
  }
});

// The build's CSSResult no longer refuses a construction without the css tag (LIT_UNUSED): no source
// constructs one, or names the class other than as a type.
test('no source constructs a CSSResult (CSSResult is named only as a type)', () => {
  for (const {file, node} of nodes()) {
    if (!ts.isIdentifier(node) || node.text !== 'CSSResult') continue;
    const typeOnly = ts.isTypeReferenceNode(node.parent) || (ts.isImportSpecifier(node.parent) && (node.parent.isTypeOnly || node.parent.parent.parent.isTypeOnly));
    assert.ok(typeOnly, `${file}: CSSResult named other than as a type (${node.parent.getText()})`);
  }
});

test('no source names ShadyCSS or ShadyDOM (css-tag no longer asks ShadyCSS whether shadow DOM is native)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.ok(!/^Shady(CSS|DOM)$/.test(node.text), `${file}: names ${node.text}`);
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /webcomponentsjs|shadycss|shadydom/i, `${file}: imports ${node.moduleSpecifier.text}`);
  }
});

// vite.config.ts's LIT_MESSAGES shortens lit-html's message for template strings that are not a
// template's: only a value that is not a tag's first argument could meet it, and Signpost hands Lit none.
test('no source calls html as a function (it is only ever a template tag)', () => {
  let count = 0;
  for (const {file, node} of nodes()) {
    if (!ts.isIdentifier(node) || node.text !== 'html' || ts.isImportSpecifier(node.parent)) continue;
    count++;
    assert.ok(ts.isTaggedTemplateExpression(node.parent) && node.parent.tag === node, `${file}: html used other than as a tag (${node.parent.getText().slice(0, 80)})`);
  }
  assert.ok(count >= 20, `only ${count} html templates found`);
});

test('no source adds a reactive controller or a class initializer (both are left out)', () => {
  const names = ['addController', 'removeController', 'addInitializer', 'hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated'];
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.ok(!names.includes(node.text), `${file}: names ${node.text}`);
    // Nor through a library that adds one for it (@lit/task, @lit/context, Lit Labs' controllers, @lit/localize's updateWhenLocaleChanges or localized).
    if (ts.isImportDeclaration(node)) {
      const from = node.moduleSpecifier.text;
      assert.doesNotMatch(from, /^@lit\/(task|context)|^@lit-labs\//, `${file}: imports ${from}`);
      if (from.startsWith('@lit/localize')) assert.doesNotMatch(node.getText(), /updateWhenLocaleChanges|localized/, `${file}: ${node.getText()}`);
    }
  }
  // And the built CDN files (npm test builds them before these tests) call neither: a call left in by a
  // dependency would throw for readers.
  const cdn = new URL('../../dist/cdn/', import.meta.url);
  const built = readdirSync(cdn).filter((f) => f.endsWith('.js'));
  assert.ok(built.length >= 6, `the six CDN files are built (npm run build): ${built}`);
  for (const f of built) assert.doesNotMatch(readFileSync(new URL(f, cdn), 'utf8'), /addController|addInitializer|hostConnected/, `dist/cdn/${f}`);
});

// The build's template instance makes a part for every template part without checking its type, and
// sets every part it holds (LIT_UNUSED): the built files' Template makes child, attribute and element
// parts only (types 2, 1 and 6; Lit's comment part, type 7, which the instance skipped, is left out).
test('the built CDN files’ templates make child, attribute and element parts only', () => {
  const cdn = new URL('../../dist/cdn/', import.meta.url);
  const built = readdirSync(cdn).filter((f) => f.endsWith('.js'));
  assert.ok(built.length >= 6, `the six CDN files are built (npm run build): ${built}`);
  for (const f of built) {
    const code = readFileSync(new URL(f, cdn), 'utf8');
    const types = [...code.matchAll(/\.push\(\{type:(\d+)/g)].map((m) => m[1]).sort();
    assert.deepEqual(types, ['1', '2', '6'], `dist/cdn/${f}: template parts of types ${types}`);
  }
});

// The build leaves out ReactiveElement's empty enableUpdating method, which every element's own
// (set by the constructor) hides (LIT_UNUSED): no source defines or calls one.
test('no source names enableUpdating (the class’s empty method is left out)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isPrivateIdentifier(node)) assert.notEqual(node.text, 'enableUpdating', `${file}: names enableUpdating`);
  }
});

// The build leaves out ReactiveElement's shouldUpdate, and the CDN files' updates never ask it (LIT_UNUSED):
// no source defines or calls one, so every update went ahead before too.
test('no source names shouldUpdate (every update goes ahead; Lit’s method is left out)', () => {
  for (const {file, node} of nodes()) {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isPrivateIdentifier(node)) assert.notEqual(node.text, 'shouldUpdate', `${file}: names shouldUpdate`);
  }
});

// The build writes ReactiveElement's connectedCallback, disconnectedCallback, update and createRenderRoot
// into LitElement's, which called them with `super`, and leaves ReactiveElement without them; and it writes
// three of its private methods (`_$AK`, `C`, `_$AE`) where each was called (LIT_UNUSED). So no source may
// extend ReactiveElement itself (every element extends LitElement, through SignpostElement), nor call those
// private methods.
test('no source imports ReactiveElement (every element extends LitElement) or calls Lit’s _$AK or _$AE', () => {
  let litElements = 0;
  for (const {file, node} of nodes()) {
    if (ts.isImportSpecifier(node)) {
      const name = (node.propertyName ?? node.name).text;
      assert.notEqual(name, 'ReactiveElement', `${file}: imports ReactiveElement`);
      if (name === 'LitElement') litElements++;
    }
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) assert.ok(!['_$AK', '_$AE', 'ReactiveElement'].includes(node.text), `${file}: names ${node.text}`);
  }
  assert.equal(litElements, 1, 'LitElement imported once, by SignpostElement');
});

// The build's default converter reads and writes no JSON (LIT_UNUSED): no property is declared with
// type Object or Array, so Lit's converter only ever met Boolean, String or Number (or no type).
test('no property is declared with type Object or Array (every type is Boolean, String or Number)', () => {
  let count = 0;
  for (const {file, node} of nodes()) {
    if (ts.isShorthandPropertyAssignment(node)) assert.notEqual(node.name.text, 'type', `${file}: a shorthand type (${node.parent.getText().slice(0, 80)})`);
    if (!ts.isPropertyAssignment(node) || node.name.getText() !== 'type') continue;
    let value = node.initializer;
    while (ts.isAsExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
    if (ts.isStringLiteral(value)) continue; // an Intl option, not a property's
    count++;
    assert.ok(ts.isIdentifier(value) && ['Boolean', 'String', 'Number'].includes(value.text), `${file}: type ${node.initializer.getText()}`);
  }
  assert.ok(count >= 5, `only ${count} property types found`);
});

// The build's parts have no startNode, endNode, parentNode or tagName getters (LIT_UNUSED): only a
// directive (or lit-html's render, which returns its part) is given a part, and no source writes or
// imports one (nor names the first two; parentNode and tagName are read of elements).
test('no source writes or imports a directive or lit-html’s render (nothing is given a part), nor names startNode or endNode', () => {
  for (const {file, node} of nodes()) {
    if (ts.isImportDeclaration(node)) assert.doesNotMatch(node.moduleSpecifier.text, /^(lit|lit-html)\/(directive|directives\/|async-directive)/, `${file}: imports ${node.moduleSpecifier.text}`);
    if (ts.isImportSpecifier(node) && /^(lit|lit-html)(\/|$)/.test(node.parent.parent.parent.moduleSpecifier.text)) {
      assert.notEqual((node.propertyName ?? node.name).text, 'render', `${file}: imports render from ${node.parent.parent.parent.moduleSpecifier.text}`);
    }
    if (ts.isIdentifier(node)) assert.ok(!['startNode', 'endNode', 'directive', 'Directive', 'AsyncDirective'].includes(node.text), `${file}: names ${node.text}`);
  }
});

// The build's event part takes only functions, and passes no listener options (LIT_UNUSED): every
// event binding of the sources is an arrow or function, or a method of the class that renders it.
test('every event binding’s value is a function (an arrow, or a method of its class)', () => {
  let count = 0;
  for (const {file, node} of nodes()) {
    if (!ts.isTemplateSpan(node) || !ts.isTaggedTemplateExpression(node.parent.parent) || node.parent.parent.tag.getText() !== 'html') continue;
    const spans = node.parent.templateSpans;
    const before = spans.indexOf(node) === 0 ? node.parent.head.rawText : spans[spans.indexOf(node) - 1].literal.rawText;
    if (!/@[^\s=]+=["']?$/.test(before)) continue;
    count++;
    const value = node.expression;
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) continue;
    assert.ok(ts.isPropertyAccessExpression(value) && value.expression.kind === ts.SyntaxKind.ThisKeyword, `${file}: an event binding to ${value.getText()}`);
    let owner = node.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    const method = owner?.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === value.name.getText());
    assert.ok(method, `${file}: an event binding to ${value.getText()}, not a method of its class`);
  }
  assert.ok(count >= 20, `only ${count} event bindings found`);
});

// The build's css-tag asks only whether the document has adoptedStyleSheets (LIT_UNUSED): every engine
// that runs the CDN files has ShadowRoot and shipped CSSStyleSheet's replace with adoptedStyleSheets
// (Chrome 73, Firefox 101, Safari 16.4). That holds for the engines README names, and the files stay ES2022.
test('README still names the minimum engines the adoptedStyleSheets trim rests on, and the build still targets ES2022', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.match(readme, /need Chrome\/Edge 94, Firefox 93 or Safari 16\.4 or later/);
  const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
  assert.match(config, /target: 'es2022'/);
});

// The build writes lit-html's tag-state expression as a regular expression literal (LIT_UNUSED): it is
// Lit's own, character for character once the whitespace class is spelled out, with the same flags.
test('the tag state’s expression written as a literal is lit-html’s expression', () => {
  const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
  const line = config.split('\n').find((l) => l.trimStart().startsWith("['p=RegExp("));
  assert.ok(line, 'the edit is in vite.config.ts');
  const [from, to] = new Function(`return ${line.trim().replace(/,$/, '')}`)();
  const lit = readFileSync(new URL('../../node_modules/lit-html/lit-html.js', import.meta.url), 'utf8');
  const space = 'f="[ \\t\\n\\f\\r]"';
  assert.ok(lit.includes(space) && lit.includes(from), 'lit-html as the edit expects');
  const theirs = new Function(`const ${space};const ${from};return p`)();
  const ours = new Function(`const ${to};return p`)();
  const escaped = (source) => source.replace(/[\t\n\f\r]/g, (c) => ({'\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r'})[c]);
  assert.equal(escaped(theirs.source), ours.source);
  assert.equal(theirs.flags, ours.flags);
});
