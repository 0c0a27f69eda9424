import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, recordNavigation} from './helpers.js';

describe('<signpost-quick-exit> with real key presses', () => {
  afterEach(cleanUp);

  it('Shift pressed three times on the keyboard exits; typing capitals does not', async () => {
    const wrap = await fixture(html`<div><input id="field" /><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = wrap.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    const field = wrap.querySelector<HTMLInputElement>('#field')!;
    field.focus();
    await sendKeys({type: 'HiABCdef'});
    expect(field.value).to.equal('HiABCdef');
    expect(calls).to.have.length(0);
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(calls).to.have.length(0);
    await sendKeys({press: 'Shift'});
    expect(calls).to.have.length(1);
    expect(calls[0].hidden).to.equal(true);
  });
});
