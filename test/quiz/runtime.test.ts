import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import {captureWarnings, until} from '../helpers/util.js';
import {builtInBank} from '../../src/data/quiz-bank.js';
import {answer, button, deepActive, q, qa, settle, start, type Quiz} from './helpers.js';

/** What partners and frameworks change while a reader is in the quiz, and what a screen reader hears. */
const mount = (tpl: ReturnType<typeof html>) => fixture<Quiz>(tpl);
const legend = (el: Quiz) => q(el, 'fieldset legend')?.textContent ?? '';
const BANK = (prefix: string) =>
  JSON.stringify({
    questions: [1, 2, 3].map((n) => ({
      id: `${prefix}${n}`, topic: 'general', prompt: `${prefix} question ${n}`, options: ['Yes', 'No'], correct: 0,
      explanation: 'Because.', source: {name: 'Partner', url: 'https://example.org/source'},
    })),
  });

describe('<signpost-red-flag-quiz> changed at run time', () => {
  it('new topics, count or seed mid-question keep the question being answered; they apply from the next start', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="5" seed="fixed"></signpost-red-flag-quiz>`);
    await start(el);
    await answer(el, 0);
    const asked = legend(el);
    const verdict = q(el, '.verdict')!.textContent;
    el.topics = 'myths';
    el.count = 2;
    el.seed = 'other';
    await settle(el);
    expect(legend(el), 'the same question').to.equal(asked);
    expect(q(el, '.verdict')!.textContent, 'the same verdict').to.equal(verdict);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 1 of 5');
    // The rest of this quiz as it began, then "Try again": two myths questions.
    for (let i = 1; i < 5; i++) {
      button(el, 'Next question').click();
      await settle(el);
      await answer(el, 0);
    }
    button(el, /See your result/).click();
    await settle(el);
    button(el, 'Try again').click();
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 1 of 2');
    expect((el as unknown as {order: string[]}).order.every((id) => id.startsWith('m')), 'myths only').to.equal(true);
  });

  it('a new bank on the result page goes back to the start, and Start begins the new bank (no dead end)', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="s"></signpost-red-flag-quiz>`);
    await start(el);
    await answer(el, 0);
    button(el, /See your result/).click();
    await settle(el);
    expect(q(el, '[part="result"]')).to.not.equal(null);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = BANK('p');
    el.append(script);
    el.remove(); // a move picks up the inline bank
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('Questions: 1');
    await start(el);
    expect(legend(el)).to.match(/^p question/);
    el.remove();
  });

  it('a new bank while the reader is answering goes back to the start, with focus on its title', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="s"></signpost-red-flag-quiz>`);
    await start(el);
    qa<HTMLInputElement>(el, 'input[type="radio"]')[0].focus();
    expect(deepActive()?.localName).to.equal('input');
    el.src = '/test/fixtures/quiz-bank.json';
    await until(() => !!q(el, '.title') && !el.shadowRoot!.textContent!.includes('Loading questions'));
    await settle(el);
    // Focus does not fall to the page's <body> with the question it was on.
    expect(deepActive() === q(el, '.title'), `focus on the title, not ${deepActive()?.localName}`).to.equal(true);
    await start(el);
    expect(legend(el)).to.match(/^Partner question/);
    el.remove();
  });

  it('takes count as text, as React and Vue pass it ("3")', async () => {
    const el = await mount(html`<signpost-red-flag-quiz seed="t"></signpost-red-flag-quiz>`);
    const warnings = await captureWarnings(async () => {
      el.count = '3' as never;
      await settle(el);
    });
    expect(warnings).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Questions: 3');
  });

  it('the hotline card it ends on follows the page’s region (en-GB: the UK line), not only the language', async () => {
    const wrap = await fixture(html`<div lang="en-GB"><signpost-red-flag-quiz count="1" seed="r"></signpost-red-flag-quiz></div>`);
    const el = wrap.querySelector<Quiz>('signpost-red-flag-quiz')!;
    await settle(el);
    await start(el);
    await answer(el, 0);
    button(el, /See your result/).click();
    await settle(el);
    const card = q(el, 'signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>; resolvedCountry: string};
    await card.updateComplete;
    expect(card.resolvedCountry).to.equal('GB');
  });

  it('the hotline card it ends on follows the direction the page gives the quiz, not only its language', async () => {
    // English text in a right-to-left layout (a page whose language has no catalog yet sets dir="rtl").
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="r" country="US" dir="rtl"></signpost-red-flag-quiz>`);
    await start(el);
    await answer(el, 0);
    button(el, /See your result/).click();
    await settle(el);
    const card = q(el, 'signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    expect(q(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), 'the card, right to left as the quiz is').to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    await settle(el);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), 'changed back').to.equal('ltr');
  });

  it('a screen reader hears the explanation with the verdict, and the score with the result', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="v" country="US"></signpost-red-flag-quiz>`);
    await start(el);
    await answer(el, 0);
    const verdict = q(el, '.verdict')!;
    expect(deepActive() === verdict, 'focus on the verdict').to.equal(true);
    // Described by the explanation of the question just answered (not its progress or legend).
    const legend = q(el, 'legend')!.textContent!.trim();
    const asked = builtInBank().find((b) => b.prompt === legend);
    expect(asked, `a built-in question: ${legend}`).to.not.equal(undefined);
    expect(q(el, `#${verdict.getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal(asked!.explanation);
    button(el, /See your result/).click();
    await settle(el);
    const title = q(el, '[part=result] .title')!;
    expect(deepActive() === title, 'focus on the result title').to.equal(true);
    // The score the title is described by agrees with the verdict just shown (exact scores: quiz.test.ts).
    const score = verdict.textContent!.startsWith('Correct.') ? 1 : 0;
    expect(q(el, `#${title.getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal(`Correct answers: ${score} of 1`);
  });

  it('"Choose an answer first" goes as soon as an answer is chosen, and does not come if one is chosen within its 100 ms', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="c"></signpost-red-flag-quiz>`);
    await start(el);
    button(el, 'Check answer').click();
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(q(el, '.message')!.textContent).to.equal('Choose an answer first.');
    // The first answer: the one at the edge of "none chosen" (-1).
    qa<HTMLLabelElement>(el, 'label.option')[0].click();
    await el.updateComplete;
    expect(q(el, '.message')!.textContent, 'the first answer is chosen').to.equal('');
    qa<HTMLLabelElement>(el, 'label.option')[1].click();
    await el.updateComplete;
    expect(q(el, '.message')!.textContent, 'another answer is chosen').to.equal('');
    // Asked again, then an answer chosen before the message comes: it does not come.
    const again = await mount(html`<signpost-red-flag-quiz count="1" seed="c"></signpost-red-flag-quiz>`);
    await start(again);
    button(again, 'Check answer').click();
    qa<HTMLLabelElement>(again, 'label.option')[0].click();
    await new Promise((r) => setTimeout(r, 200));
    await again.updateComplete;
    expect(q(again, '.verdict')?.textContent ?? null, 'not checked yet').to.equal(null);
    expect(q(again, '.message')!.textContent).to.equal('');
  });

  it('"Choose an answer first" does not come back once the answer is checked (a quick second click)', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="c"></signpost-red-flag-quiz>`);
    await start(el);
    button(el, 'Check answer').click(); // no choice yet: the message comes in 100 ms
    qa<HTMLLabelElement>(el, 'label.option')[0].click();
    await settle(el);
    button(el, 'Check answer').click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(q(el, '.verdict')).to.not.equal(null);
    expect(q(el, '.message')!.textContent).to.equal('');
  });
});
