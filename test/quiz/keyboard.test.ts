import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/red-flag-quiz/define.js';
import {deepActive, q, settle, type Quiz} from './helpers.js';

async function press(key: string, el: Quiz): Promise<void> {
  await sendKeys({press: key});
  await settle(el);
}

function focusIsUsable(): void {
  const active = deepActive() as HTMLElement | null;
  expect(active, 'something has focus').to.not.equal(null);
  expect((active as HTMLButtonElement).disabled ?? false, `focus on a disabled ${active!.localName}`).to.equal(false);
  expect(active!.closest('fieldset[disabled]') && active!.localName !== 'fieldset', 'focus inside a disabled fieldset').to.not.equal(true);
}

describe('<signpost-red-flag-quiz> by keyboard only', () => {
  it('goes from start to result with Tab, arrows, Space and Enter; focus never on a disabled control', async () => {
    const wrap = await fixture(html`<div><button id="before">before</button><signpost-red-flag-quiz count="2" seed="kb"></signpost-red-flag-quiz></div>`);
    const el = wrap.querySelector('signpost-red-flag-quiz') as Quiz;
    await settle(el);
    (wrap.querySelector('#before') as HTMLButtonElement).focus();
    await press('Tab', el);
    expect(deepActive()!.textContent!.trim()).to.equal('Start the quiz');
    await press('Enter', el);
    for (let n = 1; n <= 2; n++) {
      expect(deepActive()!.localName).to.equal('fieldset');
      focusIsUsable();
      await press('Tab', el); // into the radio group
      expect((deepActive() as HTMLInputElement).type).to.equal('radio');
      await press('ArrowDown', el); // arrows move and check
      await press(' ', el);
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((r) => r.checked);
      expect(checked).to.be.greaterThan(-1);
      await press('Tab', el);
      expect(deepActive()!.textContent!.trim()).to.equal('Check answer');
      await press('Enter', el);
      expect(deepActive()).to.equal(q(el, '.verdict'));
      focusIsUsable();
      // Tab past the source link to the next button.
      await press('Tab', el);
      if ((deepActive() as HTMLElement).localName === 'a') await press('Tab', el);
      expect(deepActive()!.textContent!.trim()).to.equal(n === 1 ? 'Next question' : 'See your result');
      await press('Enter', el);
    }
    expect(deepActive()).to.equal(q(el, '[part=result] .title'));
    focusIsUsable();
  });
});

describe('<signpost-red-flag-quiz> answers as a radio group (APG)', () => {
  it('Tab enters at the first answer, arrows move and choose, one Tab stop, Tab comes back to the chosen one', async () => {
    // (Native radios: arrows wrap at the ends in Chromium and Firefox; WebKit's stop there, as Safari's do.)
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="kb"></signpost-red-flag-quiz>`);
    await settle(el);
    q<HTMLButtonElement>(el, '.button.primary')!.click();
    await settle(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.length, 'a question with three answers or more').to.be.greaterThan(2);
    const focused = () => radios.indexOf(deepActive() as HTMLInputElement);
    const chosen = () => radios.findIndex((r) => r.checked);
    expect(deepActive()!.localName, 'the question has focus').to.equal('fieldset');
    await press('Tab', el);
    expect([focused(), chosen()], 'Tab: the first answer, none chosen yet').to.deep.equal([0, -1]);
    await press('ArrowDown', el);
    expect([focused(), chosen()], 'down: the second, chosen').to.deep.equal([1, 1]);
    await press('ArrowRight', el);
    expect([focused(), chosen()], 'right: the third').to.deep.equal([2, 2]);
    await press('ArrowUp', el);
    expect([focused(), chosen()], 'up: the second again').to.deep.equal([1, 1]);
    await press('Tab', el);
    expect(deepActive()!.textContent!.trim(), 'one Tab stop for the group').to.equal('Check answer');
    // Into the group again (from the question: WebKit's WebDriver cannot hold Shift for Shift+Tab).
    q<HTMLFieldSetElement>(el, 'fieldset')!.focus();
    await press('Tab', el);
    expect([focused(), chosen()], 'Tab into the group: the chosen answer, not the first').to.deep.equal([1, 1]);
  });
});
