import {expect, fixture, html} from '@open-wc/testing';
import {loadBundleTwice, textOf} from '../helpers/util.js';

type Card = HTMLElement & {updateComplete: Promise<unknown>};

// Runs against the built CDN files: `npm run build` must have run first (npm test does).
describe('dist/cdn/signpost.js', () => {
  it('defines every widget, and loading it twice never throws or warns', async () => {
    const {errors, warnings} = await loadBundleTwice();
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    // Each of the five widgets, defined by the bundle (this file imports no source module) and rendering.
    const widgets: Array<[string, string, string]> = [
      ['signpost-hotline-card', 'country="US"', '1-888-373-7888'],
      ['signpost-quick-exit', '', 'Exit this page'],
      ['signpost-campaign-banner', 'heading="Know the signs" message="Learn them."', 'Know the signs'],
      ['signpost-red-flag-quiz', '', 'Start'],
      ['signpost-news-ticker', 'mode="list"', 'First story'],
    ];
    for (const [tag, attributes, text] of widgets) {
      expect(typeof customElements.get(tag), `${tag} is defined`).to.equal('function');
      const el = await fixture<Card>(`<${tag} ${attributes}><ul><li><a href="https://news.example/1">First story</a></li></ul></${tag}>`);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part~="base"]') != null, `${tag} rendered`).to.equal(true);
      expect(textOf(el), tag).to.contain(text);
    }
  });

  it('picks up a locale file loaded by its own script tag', async () => {
    await import(new URL('/dist/cdn/locales/es.js', location.href).href);
    const el = await fixture<Card>(html`<signpost-hotline-card lang="es" country="US"></signpost-hotline-card>`);
    await el.updateComplete;
    expect(textOf(el)).to.contain('Llamar al 1-888-373-7888');
  });
});
