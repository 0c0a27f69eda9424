import {expect, fixture, html} from '@open-wc/testing';
import {loadBundleTwice, textOf} from '../helpers/util.js';

type Card = HTMLElement & {updateComplete: Promise<unknown>};

// Runs against the built CDN files: `npm run build` must have run first (npm test does).
describe('dist/cdn/signpost.js', () => {
  it('defines every widget, and loading it twice never throws or warns', async () => {
    const {errors, warnings} = await loadBundleTwice();
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('signpost-hotline-card')).to.be.a('function');
    const el = await fixture<Card>(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    await el.updateComplete;
    expect(textOf(el)).to.contain('1-888-373-7888');
  });

  it('picks up a locale file loaded by its own script tag', async () => {
    await import(new URL('/dist/cdn/locales/es.js', location.href).href);
    const el = await fixture<Card>(html`<signpost-hotline-card lang="es" country="US"></signpost-hotline-card>`);
    await el.updateComplete;
    expect(textOf(el)).to.contain('Llamar al 1-888-373-7888');
  });
});
