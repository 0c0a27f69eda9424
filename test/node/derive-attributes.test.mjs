// The CDN build's attribute names (scripts/derive-attributes.mjs): names that are their property's in
// kebab-case go, the base class derives them; any other stays.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {deriveAttributes, kebab} from '../../scripts/derive-attributes.mjs';

test('removes attribute names the kebab-case rule gives, and keeps every other option', () => {
  const source = `class A extends SignpostElement {
  static override get properties(): PropertyDeclarations {
    return {
      maxItems: {converter: numberAttr(10), attribute: 'max-items'},
      keepHistory: {type: Boolean, converter: boolAttr, attribute: 'keep-history'},
      countryPicker: {type: Boolean, attribute: 'country-picker', reflect: true},
      lineName: {attribute: 'line-name'},
      other: {attribute: 'something-else'},
      lineChat: {attribute: 'line-chat',},
      fromShared: {...shared, attribute: 'from-shared'},
      clock: {attribute: false},
      index: {state: true},
    };
  }
  method() {
    return {lineName: {attribute: 'line-name'}};
  }
}`;
  const result = deriveAttributes(source, 'a.ts');
  assert.equal(result?.removed, 5);
  assert.equal(
    result?.code,
    source
      .replace(", attribute: 'max-items'}", '}')
      .replace(", attribute: 'keep-history'}", '}')
      .replace("{type: Boolean, attribute: 'country-picker', reflect: true}", '{type: Boolean, reflect: true}')
      .replace("lineName: {attribute: 'line-name'},\n      other", 'lineName: {},\n      other')
      .replace("lineChat: {attribute: 'line-chat',}", 'lineChat: {}'),
    'only inside static get properties(); `method()` keeps its object; a spread keeps the written name',
  );
  assert.deepEqual(result?.map.sources, ['a.ts']);
});

test('the CDN files’ Lit derives the names: kebab-case for string names, no attribute for a symbol', () => {
  // No override is added to any class any more: vite.config.ts writes the rule at the start of the CDN
  // files' ReactiveElement's createProperty (KEBAB_CREATE_PROPERTY).
  assert.equal(deriveAttributes('export class SignpostElement extends LitElement {\n  x = 1;\n}\n'), null);
  const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
  const edit = /KEBAB_CREATE_PROPERTY = 'static createProperty\(t,s\)\{(s=\{__proto__:null,attribute:[^']*\});'/.exec(config);
  assert.ok(edit, 'the createProperty edit in vite.config.ts');
  const derive = new Function('t', 's', `${edit[1]};return s`);
  // Each without a prototype (deepStrictEqual compares them): a page's polluted `Object.prototype.state`
  // (or `hasChanged`…) reaches no declaration (test/bundle/polluted-lit.test.ts).
  assert.deepEqual(derive('maxItems', {reflect: true}), {__proto__: null, attribute: 'max-items', reflect: true});
  assert.deepEqual(derive('clock', {attribute: false}), {__proto__: null, attribute: false});
  // Without options (a direct call), as with empty ones: spreading undefined adds nothing.
  assert.deepEqual(derive('maxItems'), {__proto__: null, attribute: 'max-items'});
  assert.deepEqual(derive(Symbol('x'), {}), {__proto__: null, attribute: false});
  assert.deepEqual(['maxItems', 'lineSmsKeyword', 'lang'].map(kebab), ['max-items', 'line-sms-keyword', 'lang']);
  assert.equal(derive('lineSmsKeyword', {}).attribute, kebab('lineSmsKeyword'));
});
