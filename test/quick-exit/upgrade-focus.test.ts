import {expect, fixture, html} from '@open-wc/testing';
import {focusThenUpgrade} from '../helpers/upgrade.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {sendKeys} from '@web/test-runner-commands';
import {cleanUp, press, recordNavigation} from './helpers.js';

describe('<signpost-quick-exit> upgrading under the reader’s focus', () => {
  it('a keyboard reader on the fallback link when the element upgrades is on the rendered button, and Enter leaves through it', async () => {
    const {el} = await focusThenUpgrade('quick-exit', 'signpost-quick-exit', () => import('../../src/components/quick-exit/define.js'));
    // (Names, not elements: chai would print a whole element when they differ.)
    expect(document.activeElement?.localName, 'focus stays in the quick exit').to.equal('signpost-quick-exit');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button');
    // Enter, as the reader would press it, leaves through the button: page hidden, no Back.
    const calls = recordNavigation(el as SignpostQuickExit);
    await sendKeys({press: 'Enter'});
    cleanUp();
    expect(calls.map(({url, replace, hidden}) => ({url, replace, hidden}))).to.deep.equal([{url: 'https://www.wikipedia.org/', replace: true, hidden: true}]);
  });

  it('later updates leave focus where the reader put it, on "What this button does" (Shift pressed, the language changed)', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit explain></signpost-quick-exit>`);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('summary')!;
    summary.focus();
    // One Shift press: the count starts, and the widget renders it.
    press('Shift');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length, 'the press was counted and shown').to.equal(1);
    expect(el.shadowRoot!.activeElement?.localName, 'after Shift: focus stays on the disclosure').to.equal('summary');
    el.lang = 'es';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.localName, 'after a language change: focus stays on the disclosure').to.equal('summary');
  });
});
