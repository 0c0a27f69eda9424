import {expect, fixture} from '@open-wc/testing';
import {$, $$} from '../helpers/util.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** Each widget on its built-in defaults, and what a reader sees of it once it has rendered. */
const WIDGETS: Record<string, [attributes: string, check: (el: Widget) => unknown]> = {
  'hotline-card': ['country="US"', (el) => expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:+18883737888')],
  'quick-exit': ['', (el) => expect($(el, '[part="button"]').getAttribute('href')).to.match(/^https:\/\//)],
  'red-flag-quiz': [
    'count="2" seed="consumer"',
    async (el) => {
      $(el, 'button').click();
      await el.updateComplete;
      expect($$(el, '[part="question"]').length, 'a question shows').to.equal(1);
    },
  ],
  'campaign-banner': ['campaign="learn-the-signs" dismissible', (el) => expect($(el, '[part="heading"]').textContent!.trim()).to.not.equal('')],
  'news-ticker': ['mode="list"', (el) => expect($$(el, '[part="item"]').length).to.equal(2)],
};

// Runs the bundles that test/node/consumer.test.mjs built with Vite in production mode, one widget each.
describe('an npm consumer bundle (production build, one widget imported)', () => {
  for (const [name, [attributes, check]] of Object.entries(WIDGETS)) {
    it(`registers <signpost-${name}> and renders it`, async () => {
      const module = (await import(new URL(`/dist/consumer-fixture/${name}/main.js`, location.href).href)) as {ready: Promise<unknown>};
      await module.ready;
      expect(customElements.get(`signpost-${name}`)).to.be.a('function');
      // Two stories inside, for the ticker (no other widget's check depends on them).
      const el = await fixture<Widget>(`<signpost-${name} ${attributes}><ul><li><a href="https://news.example/1">One</a></li><li><a href="https://news.example/2">Two</a></li></ul></signpost-${name}>`);
      await el.updateComplete;
      await check(el);
    });
  }
});
