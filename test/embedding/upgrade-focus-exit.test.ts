import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {focusThenUpgrade, focusedControl} from '../helpers/upgrade.js';
import {cleanUp, recordNavigation} from '../quick-exit/helpers.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';

// (A page of its own: the card and its quick exit must not be defined yet.)

describe('Upgrading under the reader’s focus: a card with `quick-exit`, its fallback’s exit link focused', () => {
  it('the reader is on the card’s Exit button, not on Call, and Enter leaves through it', async () => {
    // The README's card with the exit Get the code writes first in a `quick-exit` card's fallback.
    const {el} = await focusThenUpgrade(
      'hotline-card',
      'signpost-hotline-card',
      () => import('../../src/components/hotline-card/define.js'),
      (markup) =>
        markup.replace(
          '<signpost-hotline-card country="US">',
          '<signpost-hotline-card country="US" quick-exit>\n  <a href="https://www.wikipedia.org/" rel="noreferrer" target="_self" tabindex="0">Exit this page</a>',
        ),
      '[target=_self]',
    );
    expect(document.activeElement?.localName, 'focus stays in the card').to.equal('signpost-hotline-card');
    expect(focusedControl(el), 'in the card, on its quick exit').to.equal('signpost-quick-exit: ');
    const exit = el.shadowRoot!.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    expect(exit.shadowRoot!.activeElement?.getAttribute('part'), 'on its Exit button').to.equal('button');
    const calls = recordNavigation(exit);
    await sendKeys({press: 'Enter'});
    cleanUp();
    expect(calls.map(({url, replace}) => ({url, replace}))).to.deep.equal([{url: 'https://www.wikipedia.org/', replace: true}]);
  });
});
