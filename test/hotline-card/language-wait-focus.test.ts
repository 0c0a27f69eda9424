import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import {setLocaleLoader} from '../../src/i18n/registry.js';
import {readmeSnippet} from '../helpers/util.js';

// The script has arrived, but the card waits (up to 3 s) for its language file: the fallback stays in
// view through the slots. A keyboard reader tabs to its call link meanwhile; then the file arrives.
describe('focus on the fallback while the card waits for its language file', () => {
  it('focus stays in the card when it renders', async () => {
    let arrive!: () => void;
    const load = new Promise<void>((resolve) => (arrive = resolve));
    setLocaleLoader(() => load);
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = (await readmeSnippet('hotline-card')).replace(/<script[\s\S]*?<\/script>/g, '').replace('country="US"', 'country="US" lang="de"');
    const card = wrap.querySelector('signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>; hasUpdated: boolean};
    await new Promise((r) => setTimeout(r, 50));
    expect(card.hasUpdated, 'still waiting for the file').to.equal(false);
    const link = card.querySelector('a')!;
    expect(link.getClientRects().length > 0, 'the fallback link is shown').to.equal(true);
    link.focus();
    expect(document.activeElement === link, 'the fallback link has focus').to.equal(true);
    arrive();
    await new Promise((r) => setTimeout(r, 50));
    await card.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(card.hasUpdated).to.equal(true);
    expect(document.activeElement?.localName ?? 'none', 'focus stays in the card').to.equal('signpost-hotline-card');
    expect(card.shadowRoot!.activeElement?.getAttribute('part') ?? 'none').to.equal('call-link');
  });
});
