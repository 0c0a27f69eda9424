// The CDN build's scope-label ids (scripts/scope-msg-ids.mjs): each label's message id worked out from
// its scope. The last test needs dist/npm (run after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {scopeMsgIds} from '../../scripts/scope-msg-ids.mjs';
import {compactMsgIds} from '../../scripts/compact-msg-ids.mjs';
import {shippedLanguages, withCdnForm} from './cdn-form.mjs';

const MESSAGES = '/x/src/components/hotline-card/messages.ts';
const LABEL = 'export function scopeLabel(scope: LineScope): string {\n  return SCOPE[scope]();\n}';

test('writes the texts alone and has scopeLabel work out the ids', () => {
  const source = [
    "const SCOPE: Record<LineScope, () => string> = {police: () => msg('Police', 'h-scope-police'), 'law-enforcement': () => msg('Report', {id: 'h-scope-law'})};",
    LABEL,
  ].join('\n');
  const out = scopeMsgIds(source, MESSAGES);
  assert.equal(out?.scopes, 2);
  assert.equal(
    out.code,
    [
      "const SCOPE: Record<LineScope, () => string> = {police: 'Police', 'law-enforcement': 'Report'};",
      "export function scopeLabel(scope: LineScope): string {\n  return msg(SCOPE[scope], 'h-scope-' + scope.split('-')[0]);\n}",
    ].join('\n'),
  );
  assert.equal(scopeMsgIds(source, '/x/src/other.ts'), null);
});

test('fails on a table or a lookup it cannot write so', () => {
  const bad = [
    "{police: () => msg('Police', 'h-scope-polic')}", // another id
    "{'law-enforcement': () => msg('Report', 'h-scope-law-enforcement')}", // not the key's first word
    "{police: () => msg(str`Police ${x}`, 'h-scope-police')}", // a str template
    "{police: () => msg('Police', ID)}",
    "{police: () => msg('Police', {id: 'h-scope-police', desc: 'x'})}",
    "{police: () => other('Police', 'h-scope-police')}",
    "{police: (x) => msg('Police', 'h-scope-police')}",
    "{police: 'Police'}",
    "{...MORE}",
    'TABLE',
  ];
  for (const table of bad) assert.throws(() => scopeMsgIds(`const SCOPE = ${table};\n${LABEL}`, MESSAGES), /scope-msg-ids/, table);
  const table = "const SCOPE = {police: () => msg('Police', 'h-scope-police')};";
  assert.throws(() => scopeMsgIds(table, MESSAGES), /no SCOPE table or no scopeLabel/);
  assert.throws(() => scopeMsgIds(LABEL, MESSAGES), /no SCOPE table or no scopeLabel/);
  assert.throws(() => scopeMsgIds(`${table}\n${LABEL.replace('SCOPE[scope]()', 'SCOPE[scope]?.()')}`, MESSAGES), /scopeLabel must be/);
  assert.throws(() => scopeMsgIds(`${table}\n${LABEL.replace('return', 'warn();\n  return')}`, MESSAGES), /scopeLabel must be/);
  assert.throws(() => scopeMsgIds(`${table}\n${LABEL}\nconst police = SCOPE.police;`, MESSAGES), /SCOPE used outside/);
});

test('the CDN form of the card’s messages gives the same scope labels as the source, in English and every shipped language', async () => {
  const {inLocale, locales} = await shippedLanguages();
  await withCdnForm('components/hotline-card/messages.js', (built) => scopeMsgIds(compactMsgIds(built, MESSAGES).code, MESSAGES).code, (source, transformed) => {
    const scopes = ['trafficking', 'law-enforcement', 'police', 'anonymous', 'victims', 'children', 'women', 'labour', 'regional', 'charity'];
    const english = scopes.map((scope) => source.scopeLabel(scope));
    for (const locale of ['en', ...locales]) {
      const want = inLocale(locale, () => scopes.map((scope) => source.scopeLabel(scope)));
      assert.deepEqual(inLocale(locale, () => scopes.map((scope) => transformed.scopeLabel(scope))), want, locale);
      if (locale !== 'en') assert.notDeepEqual(want, english, `${locale} is translated`);
    }
  });
});
