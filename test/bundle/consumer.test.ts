import {expect, fixture, html} from '@open-wc/testing';

// Runs the bundle that test/node/consumer.test.mjs built with Vite in production mode.
describe('an npm consumer bundle (production build, one widget imported)', () => {
  it('registers <signpost-hotline-card> and renders it', async () => {
    const module = (await import(new URL('/dist/consumer-fixture/main.js', location.href).href)) as {ready: Promise<unknown>};
    await module.ready;
    expect(customElements.get('signpost-hotline-card')).to.be.a('function');
    const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href')).to.equal('tel:+18883737888');
  });
});
