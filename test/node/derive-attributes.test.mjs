// The CDN build's attribute names (scripts/derive-attributes.mjs): names that are their property's in
// kebab-case go, the base class derives them; any other stays.
import {test} from 'node:test';
import assert from 'node:assert/strict';
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

test('adds the createProperty that derives the names to SignpostElement, and only there', () => {
  const base = deriveAttributes('export class SignpostElement extends LitElement {\n  x = 1;\n}\n', 'base.ts');
  assert.match(base.code, /^export class SignpostElement extends LitElement \{\n {2}static createProperty\(name, options\) \{/);
  assert.equal(deriveAttributes('export class Other extends LitElement {}\n'), null);
  // The override itself: kebab-case for string names, no attribute for a symbol (as Lit gives none).
  let seen;
  const Base = class {
    static createProperty(name, options) {
      seen = options;
    }
  };
  const Derived = new Function('Base', `return class extends Base {${/static createProperty[\s\S]*?\n {2}\}/.exec(base.code)[0]}}`)(Base);
  Derived.createProperty('maxItems', {reflect: true});
  assert.deepEqual(seen, {attribute: 'max-items', reflect: true});
  Derived.createProperty('clock', {attribute: false});
  assert.deepEqual(seen, {attribute: false});
  // Without options (a direct call), as with empty ones: spreading undefined adds nothing.
  Derived.createProperty('maxItems');
  assert.deepEqual(seen, {attribute: 'max-items'});
  Derived.createProperty(Symbol('x'), {});
  assert.deepEqual(seen, {attribute: false});
  assert.deepEqual(['maxItems', 'lineSmsKeyword', 'lang'].map(kebab), ['max-items', 'line-sms-keyword', 'lang']);
});
