import {expect} from '@open-wc/testing';
import {focusThenUpgrade, focusedControl} from '../helpers/upgrade.js';

// A page of its own: the card must not be defined yet (upgrade-focus.test.ts defines it).
describe('Upgrading under the reader’s focus: a card with no country', () => {
  it('a keyboard reader on the fallback’s link is on the country picker, the card’s only control', async () => {
    const {el} = await focusThenUpgrade('hotline-card', 'signpost-hotline-card', () => import('../../src/components/hotline-card/define.js'), (markup) =>
      markup.replace(' country="US"', ''),
    );
    expect(el.shadowRoot!.querySelector('a[href]')?.getAttribute('href') ?? null, 'no call link: the country depends on the reader').to.equal(null);
    expect(document.activeElement?.localName, 'focus stays in the card').to.equal('signpost-hotline-card');
    expect(focusedControl(el)?.split(':')[0]).to.equal('select');
  });
});
