import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import {answer, q, qa, start, type Quiz} from './helpers.js';

const BANK = JSON.stringify({
  questions: [{id: 'w1', topic: 'general', prompt: 'Which of these is a sign?', options: ['Someone else holds her passport', 'She has a phone'], correct: 0, explanation: 'Holding documents is an indicator.', source: {name: 'Source', url: 'https://example.org/'}}],
});

describe('<signpost-red-flag-quiz> layout', () => {
  it('at a 280 px column (a 320 px phone with margins) the feedback fits: "(your answer, correct answer)" wraps instead of pushing past the edge', async () => {
    const wrap = await fixture(html`<div style="inline-size: 280px"><signpost-red-flag-quiz count="1"><script type="application/json">${BANK}</script></signpost-red-flag-quiz></div>`);
    const el = wrap.querySelector<Quiz>('signpost-red-flag-quiz')!;
    await start(el);
    await answer(el, 0);
    expect(q(el, '.option.right .mark')!.textContent).to.equal(' (your answer, correct answer)');
    for (const option of qa(el, '.option')) expect(option.scrollWidth, option.textContent!).to.be.at.most(option.clientWidth + 1);
    expect(q(el, "[part=\"base\"]")!.scrollWidth).to.be.at.most(280);
  });

  it('after a wrong answer, the reader’s choice and the right one differ from the rest in border shape and width, not colour alone', async () => {
    const three = JSON.stringify({questions: [{...JSON.parse(BANK).questions[0], options: ['Someone else holds her passport', 'She has a phone', 'She has a job']}]});
    const el = (await fixture(html`<div><signpost-red-flag-quiz count="1"><script type="application/json">${three}</script></signpost-red-flag-quiz></div>`)).querySelector<Quiz>('signpost-red-flag-quiz')!;
    await start(el);
    await answer(el, 1);
    const borders = qa(el, '.option').map((option) => {
      const style = getComputedStyle(option);
      return `${style.borderTopStyle} ${style.borderTopWidth}`;
    });
    expect(borders, 'right answer, the reader’s wrong one, another').to.deep.equal(['solid 2px', 'dashed 2px', 'solid 1px']);
  });

  it('its radio buttons grow with the page’s text (200%)', async () => {
    const wrap = await fixture(html`<div style="font-size: 32px"><signpost-red-flag-quiz count="1" seed="r"></signpost-red-flag-quiz></div>`);
    const el = wrap.querySelector<Quiz>('signpost-red-flag-quiz')!;
    await start(el);
    expect(q(el, 'input[type="radio"]')!.getBoundingClientRect().width).to.be.at.least(32);
  });
});
