import {expect} from '@open-wc/testing';
import {focusThenUpgrade} from '../helpers/upgrade.js';

// A page of its own: the element must not be defined yet (test/quick-exit/upgrade-focus.test.ts defines it).
describe('<signpost-quick-exit> upgrading under the reader’s focus, in the partner’s explanation', () => {
  it('a keyboard reader on a link of the partner’s explanation (hidden in the closed "What this button does" once upgraded) is on the button', async () => {
    const {el} = await focusThenUpgrade('quick-exit', 'signpost-quick-exit', () => import('../../src/components/quick-exit/define.js'), (markup) =>
      markup.replace('</signpost-quick-exit>', '<p slot="explanation">Read <a href="/safety">our safety advice</a>.</p></signpost-quick-exit>'), '[slot] a');
    expect(el.shadowRoot!.querySelector('details')!.open, 'the explanation is closed').to.equal(false);
    expect(document.activeElement?.localName, 'focus stays in the quick exit').to.equal('signpost-quick-exit');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button');
  });
});
