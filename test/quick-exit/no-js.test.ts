import {expect, fixture, html} from '@open-wc/testing';

describe('<signpost-quick-exit> without JavaScript', () => {
  it('the documented fallback is a working link until the element upgrades', async () => {
    const el = await fixture(html`<signpost-quick-exit href="https://example.org/weather">
      <a href="https://example.org/weather" rel="noreferrer">Exit this page</a>
    </signpost-quick-exit>`);
    expect(customElements.get('signpost-quick-exit')).to.equal(undefined);
    const link = el.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/weather');
    expect(link.getClientRects().length).to.be.greaterThan(0);
    await import('../../src/components/quick-exit/define.js');
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(link.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal('https://example.org/weather');
  });
});
