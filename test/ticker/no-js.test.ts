import {expect, fixture, html} from '@open-wc/testing';

describe('<signpost-news-ticker> without JavaScript', () => {
  it('shows the partner’s links until it upgrades, then renders them itself', async () => {
    const el = await fixture(html`<signpost-news-ticker mode="list">
      <ul><li><a href="https://news.example/1">Story one</a></li></ul>
    </signpost-news-ticker>`);
    expect(customElements.get('signpost-news-ticker')).to.equal(undefined);
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    await import('../../src/components/news-ticker/define.js');
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(link.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="item"] a')!.href).to.equal('https://news.example/1');
  });
});
