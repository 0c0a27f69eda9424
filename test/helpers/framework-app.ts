import {expect} from '@open-wc/testing';
import {$, noNavigation, until} from './util.js';

type Card = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * Checks a framework fixture bundle (built by test/node/frameworks.test.mjs from
 * test/fixtures/<framework>/): the app renders the themed Spanish card, a framework-bound property
 * reaches the element, a bound array reaches the ticker's `items` property, and the framework's
 * event binding hears the card's event.
 */
export function describeFrameworkApp(framework: string, bundle: string): void {
  describe(`a ${framework} app using the widgets (production build of test/fixtures)`, () => {
    let target: HTMLElement;
    before(async () => {
      const module = (await import(new URL(bundle, location.href).href)) as {mount: (el: Element) => unknown};
      target = document.createElement('div');
      document.body.append(target);
      await module.mount(target);
      await until(() => !!target.querySelector('signpost-hotline-card')?.shadowRoot?.querySelector('[part="call-link"]'));
    });
    after(() => target.remove());

    const card = () => target.querySelector<Card>('signpost-hotline-card')!;

    it('renders the Spanish card for Spain, themed through --signpost-accent', async () => {
      await card().updateComplete;
      const call = $<HTMLAnchorElement>(card(), '[part="call-link"]');
      expect(call.getAttribute('href')).to.equal('tel:+34900105090');
      expect($(card(), '[part="copy-button"]').textContent!.trim()).to.equal('Copiar número');
      expect(getComputedStyle(call).backgroundColor).to.equal('rgb(109, 40, 217)');
      expect(target.querySelector('signpost-quick-exit')!.shadowRoot!.querySelector('a,button')).to.exist;
    });

    it('gives the ticker its items as a bound array property (not an attribute)', async () => {
      const ticker = target.querySelector<Card>('signpost-news-ticker')!;
      await until(() => !!ticker.shadowRoot?.querySelector('a[href="https://example.org/report"]'));
      const link = $<HTMLAnchorElement>(ticker, 'a[href="https://example.org/report"]');
      expect(link.textContent).to.contain('Task force report published');
      expect(ticker.hasAttribute('items')).to.equal(false);
    });

    it('passes a changed bound value to the element, and hears its events', async () => {
      target.querySelector<HTMLButtonElement>('#to-us')!.click();
      await until(() => $(card(), '[part="call-link"]').getAttribute('href') === 'tel:+18883737888');
      expect($(card(), '[part="call-link"]').getAttribute('href')).to.equal('tel:+18883737888');
      const release = noNavigation(card());
      $(card(), '[part="call-link"]').click();
      release();
      await until(() => target.querySelector('#contacts')!.textContent!.trim() === '1');
      expect(target.querySelector('#contacts')!.textContent!.trim()).to.equal('1');
    });
  });
}
