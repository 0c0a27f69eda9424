// The CDN build's hotline phones (scripts/hotline-phones.mjs): each phone written as displayed, its
// `tel` worked out from the digits. The last test needs dist/npm (run after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countryCode, hotlinePhones, telOf} from '../../scripts/hotline-phones.mjs';
import {withCdnForm} from './cdn-form.mjs';

const DIRECTORY = '/x/src/data/hotlines.ts';
const P = 'const P = (tel: string, display = tel) => ({tel, display});';
const HELPER = "const P = (display, cc = '') => ({tel: display.replace(/\\D/g, '').replace(/^0?/, cc), display});";

test('writes each phone as displayed, with the country code that gives back its tel', () => {
  const source = [
    P,
    "const a = {phone: P('+448000121700', '08000 121 700'), tty: P('18001101', '18001 101')};",
    "const b = [P('+18883737888', '1-888-373-7888'), P('+66991301300', '+66 99 130 1300'), P('+3531800250025', '1800 25 00 25')];",
    "const c = [P('1343'), P('089'), P('116006', '116 006')];",
  ].join('\n');
  const out = hotlinePhones(source, DIRECTORY);
  assert.equal(out?.phones, 8);
  assert.equal(
    out.code,
    [
      HELPER,
      "const a = {phone: P('08000 121 700', '+44'), tty: P('18001 101')};",
      "const b = [P('1-888-373-7888', '+'), P('+66 99 130 1300', '+'), P('1800 25 00 25', '+353')];",
      "const c = [P('1343'), P('089', '0'), P('116 006')];",
    ].join('\n'),
  );
  assert.equal(telOf('08000 121 700', '+44'), '+448000121700');
  assert.equal(telOf('089', '0'), '089');
  assert.equal(hotlinePhones(source, '/x/src/other.ts'), null);
});

test('fails on a directory it cannot write so', () => {
  const bad = [
    "P('+448000121700', '0800 121 700')", // the display's digits are not the tel's
    "P('+44800012170', '08000 121 700')", // nor here
    "P('1343', '1344')",
    "P('x1343', '1343')", // a country code that is not + and digits
    "P('+44', 'none')", // a display without digits
    "P('+448000121700', `08000 121 700`)", // not string literals
    "P(TEL)",
    "P('1', '1', '1')",
    'P()',
    'const f = P;', // not called
  ];
  for (const call of bad) assert.throws(() => hotlinePhones(`${P}\n${call};`, DIRECTORY), /hotline-phones/, call);
  assert.throws(() => hotlinePhones("P('1343');", DIRECTORY), /no P =/);
  assert.throws(() => hotlinePhones(P, DIRECTORY), /no P\(\) call/);
  assert.throws(() => hotlinePhones(`${P.replace('display = tel', 'display')}\nP('1343');`, DIRECTORY), /P must be/);
  assert.throws(() => hotlinePhones(`${P.replace('({tel, display})', '({display, tel})')}\nP('1343');`, DIRECTORY), /P must be/);
  assert.throws(() => hotlinePhones(`${P.replace('({tel, display})', '({tel: display, display})')}\nP('1343');`, DIRECTORY), /P must be/);
  assert.equal(countryCode('+1343', '1343'), '+');
});

test('the CDN form of the shipped directory is the source’s, key for key', async () => {
  let phones = 0;
  const rewrite = (built) => {
    const transformed = hotlinePhones(built, DIRECTORY);
    phones = transformed.phones;
    return transformed.code;
  };
  await withCdnForm('data/hotlines.js', rewrite, (source, compact) => {
    assert.ok(phones >= 30);
    assert.ok(source.HOTLINES.length >= 14);
    // JSON keeps the order of the keys too.
    assert.equal(JSON.stringify(compact.HOTLINES), JSON.stringify(source.HOTLINES));
    assert.deepEqual(compact.HOTLINES, source.HOTLINES);
  });
});
