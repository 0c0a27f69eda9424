// The CDN build's quiz-bank ids (scripts/bank-msg-ids.mjs): each question's message ids worked out
// from its id. The last test needs dist/npm (run after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {bankMsgIds} from '../../scripts/bank-msg-ids.mjs';
import {compactMsgIds} from '../../scripts/compact-msg-ids.mjs';
import {shippedLanguages, withCdnForm} from './cdn-form.mjs';

const BANK = '/x/src/data/quiz-bank.ts';
/** TOPICS for the sources below, and their BANK_INDEX: two labour questions, then one myth. */
const TOPICS = ['labour', 'myths'];
const INDEX = 'const BANK_INDEX = TOPICS.flatMap((topic, t) => [...Array([2, 1][t])].map((_, i) => ({id: topic[0] + (i + 1), topic})));';
const Q = "const q = (id: string, source: S, prompt: string, options: string[], correct: number, explanation: string) => ({id, topic: find(id), source, prompt, options, correct, explanation});";

test('writes the texts alone and has q take the next id of BANK_INDEX and work out the message ids', () => {
  const source = [
    INDEX,
    Q,
    "q('l1', S.ilo, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-a'), msg('B', {id: 'q-l1-b'})], 1, msg('So.', 'q-l1-e'));",
    "q('l2', S.x, msg('True?', 'q-l2-q'), [TRUE(), FALSE()], 1, msg('No.', 'q-l2-e'));",
    "q('m1', S.x, msg('Or?', {id: 'q-m1-q'}), [msg('C', 'q-m1-a'), msg('D', 'q-m1-b'), msg('E', 'q-m1-c'), msg('F', 'q-m1-d')], 3, msg('F.', 'q-m1-e'));",
  ].join('\n');
  const out = bankMsgIds(source, BANK, TOPICS);
  assert.equal(out?.questions, 3);
  assert.equal(
    out.code,
    [
      INDEX,
      "let question = 0; const q = (source: S, prompt: string, options: string[], correct: number, explanation: string, entry = BANK_INDEX[question++]) => ({...entry, source, prompt: msg(prompt, `q-${entry.id}-q`), options: options ? options.map((text, i) => msg(text, `q-${entry.id}-${'abcd'[i]}`)) : [TRUE(), FALSE()], correct, explanation: msg(explanation, `q-${entry.id}-e`)});",
      "q(S.ilo, 'Why?', ['A', 'B'], 1, 'So.');",
      "q(S.x, 'True?', 0, 1, 'No.');",
      "q(S.x, 'Or?', ['C', 'D', 'E', 'F'], 3, 'F.');",
    ].join('\n'),
  );
  assert.equal(bankMsgIds(source, '/x/src/other.ts'), null);
});

test("writes q's dated source as the source alone, and fails on a source written otherwise", () => {
  const call = ['l1', 'l2', 'm1'].map((id) => `q('${id}', S, msg('Why?', 'q-${id}-q'), [msg('A', 'q-${id}-a')], 1, msg('So.', 'q-${id}-e'));`).join('\n');
  const dated = Q.replace('source, prompt,', 'source: {...source, verified: V}, prompt,');
  assert.equal(bankMsgIds(`${INDEX}\n${dated}\n${call}`, BANK, TOPICS).code, bankMsgIds(`${INDEX}\n${Q}\n${call}`, BANK, TOPICS).code);
  assert.match(bankMsgIds(`${INDEX}\n${dated}\n${call}`, BANK, TOPICS).code, /\(\{\.\.\.entry, source, prompt: msg/);
  for (const other of [
    'source: {...source, verified: V, note: N}', // more than the date
    'source: {verified: V, ...source}', // the date first
    'source: {...other, verified: V}', // not q's source
    'source: {...source, checked: V}', // not the date
    'source: S.ilo', // not q's source
  ]) {
    assert.throws(() => bankMsgIds(`${INDEX}\n${Q.replace('source, prompt,', `${other}, prompt,`)}\n${call}`, BANK, TOPICS), /q's source must be written/, other);
  }
  assert.throws(() => bankMsgIds(`${INDEX}\n${Q.replace('source, prompt,', 'prompt,')}\n${call}`, BANK, TOPICS), /must hold/, 'no source');
});

test('fails on a bank it cannot write so', () => {
  const bad = [
    "q('l1', S, msg('Why?', 'q-l2-q'), [msg('A', 'q-l1-a')], 1, msg('So.', 'q-l1-e'));", // another question's id
    "q('l1', S, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-b')], 1, msg('So.', 'q-l1-e'));", // options out of order
    "q('l1', S, msg(str`Why ${x}?`, 'q-l1-q'), [msg('A', 'q-l1-a')], 1, msg('So.', 'q-l1-e'));", // a str template
    "q('l1', S, msg('Why?', 'q-l1-q'), OPTIONS, 1, msg('So.', 'q-l1-e'));", // not an array
    "q('l1', S, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-a')], 1);", // five arguments
    "q('l2', S, msg('Why?', 'q-l2-q'), [msg('A', 'q-l2-a')], 1, msg('So.', 'q-l2-e'));", // not l1 first
    "q('l1', S, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-a')], 1, msg('So.', 'q-l1-e')); q('l3', S, msg('Why?', 'q-l3-q'), [msg('A', 'q-l3-a')], 1, msg('So.', 'q-l3-e'));", // l2 left out
    "q('l1', S, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-a')], 1, msg('So.', 'q-l1-e')); q('m1', S, msg('Why?', 'q-m1-q'), [msg('A', 'q-m1-a')], 1, msg('So.', 'q-m1-e')); q('l2', S, msg('Why?', 'q-l2-q'), [msg('A', 'q-l2-a')], 1, msg('So.', 'q-l2-e'));", // l2 after m1
    "q('L1', S, msg('Why?', 'q-L1-q'), [msg('A', 'q-L1-a')], 1, msg('So.', 'q-L1-e'));", // not a letter and a number
  ];
  for (const call of bad) assert.throws(() => bankMsgIds(`${INDEX}\n${Q}\n${call}`, BANK, TOPICS), /bank-msg-ids/, call);
  assert.throws(() => bankMsgIds("q('l1', S, msg('Why?', 'q-l1-q'), [msg('A', 'q-l1-a')], 1, msg('So.', 'q-l1-e'));", BANK, TOPICS), /no q =/);
  assert.throws(() => bankMsgIds(Q.replace('prompt, options,', 'prompt: prompt, options,'), BANK, TOPICS), /must hold/);
  assert.throws(() => bankMsgIds(Q.replace('topic: find(id), ', ''), BANK, TOPICS), /must hold/);
  assert.throws(() => bankMsgIds(Q.replace('{id, topic: find(id), ', '{topic: find(id), id, '), BANK, TOPICS), /start with id and a topic/);
});

test('fails when the questions are not BANK_INDEX\'s: TOPICS\' order and BANK_INDEX\'s counts (q takes its entries by position)', () => {
  const call = (id) => `q('${id}', S, msg('Why?', 'q-${id}-q'), [msg('A', 'q-${id}-a')], 1, msg('So.', 'q-${id}-e'));`;
  const bank = (index, ids) => [index, Q, ...ids.map(call)].join('\n');
  assert.equal(bankMsgIds(bank(INDEX, ['l1', 'l2', 'm1']), BANK, TOPICS)?.questions, 3);
  for (const [index, ids, topics] of [
    [INDEX, ['l1', 'm1'], TOPICS], // a labour question fewer than BANK_INDEX counts
    [INDEX, ['l1', 'l2', 'm1', 'm2'], TOPICS], // a myth more
    [INDEX, ['m1', 'l1', 'l2'], TOPICS], // myths first
    [INDEX, ['l1', 'l2', 'm1'], ['myths', 'labour']], // TOPICS reordered
    [INDEX.replace('[2, 1]', '[1, 2]'), ['l1', 'l2', 'm1'], TOPICS], // BANK_INDEX's counts changed
  ]) {
    assert.throws(() => bankMsgIds(bank(index, ids), BANK, topics), /are not BANK_INDEX's/, `${ids} ${topics}`);
  }
  assert.throws(() => bankMsgIds(bank(INDEX.replace('[2, 1][t]', 'COUNTS[t]'), ['l1', 'l2', 'm1']), BANK, TOPICS), /BANK_INDEX must hold its counts/);
  assert.throws(() => bankMsgIds(bank('', ['l1', 'l2', 'm1']), BANK, TOPICS), /no BANK_INDEX/);
});

test('the CDN form of the shipped bank gives the same questions as the source, but for their sources\' dates, in English and every shipped language', async () => {
  const {inLocale, locales} = await shippedLanguages();
  const {TOPICS: topics} = await import('../../dist/npm/quiz/bank.js');
  await withCdnForm('data/quiz-bank.js', (built) => bankMsgIds(compactMsgIds(built, BANK)?.code ?? built, BANK, topics).code, (source, transformed) => {
    for (const locale of ['en', ...locales]) {
      const want = inLocale(locale, () => source.builtInBank());
      assert.equal(want.length, 27);
      // The source's questions each carry the date; the CDN form's are the same without it.
      const undated = want.map(({source: {verified, ...rest}, ...question}) => {
        assert.match(verified, /^\d{4}-\d{2}-\d{2}$/, question.id);
        return {...question, source: rest};
      });
      assert.deepEqual(inLocale(locale, () => transformed.builtInBank()), undated, locale);
      if (locale !== 'en') assert.notDeepEqual(want, inLocale('en', () => source.builtInBank()), `${locale} is translated`);
    }
  });
});
