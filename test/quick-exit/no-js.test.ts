import {expect, fixture, html} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

describe('<signpost-quick-exit> without JavaScript', () => {
  it('the README fallback, word for word, is a working link until the element upgrades', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = await readmeSnippet('quick-exit'); // what a partner copies
    const el = wrap.querySelector('signpost-quick-exit')!;
    expect(customElements.get('signpost-quick-exit')).to.equal(undefined);
    const link = el.querySelector('a')!;
    expect(link.href).to.equal(el.getAttribute('href'));
    expect(link.rel).to.contain('noreferrer');
    // In this tab whatever the page's <base target>: in a new one, this page would stay open behind it.
    expect(link.target).to.equal('_self');
    expect(link.getClientRects().length).to.be.greaterThan(0);
    await import('../../src/components/quick-exit/define.js');
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(link.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal(link.href);
  });
});
