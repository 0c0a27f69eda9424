import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {SignpostQuickExit} from '../src/components/quick-exit/quick-exit.js';
import {restorePage} from '../src/quick-exit/exit-page.js';
import {captureWarnings, markupOf, storageSnapshot} from './helpers/util.js';

describe('every widget, on its defaults', () => {
  it('makes no request (no beacon as the page is hidden or left) and writes no cookie or storage while mounted and used (all five)', async () => {
    performance.setResourceTimingBufferSize?.(10000);
    const before = await storageSnapshot();
    // Entries that start from here on. Not a count of entries so far: Firefox may add the entry of a
    // module imported before the test (lit-html's directive.js) only later, under load.
    const start = performance.now();
    const requested = () =>
      performance.getEntriesByType('resource').filter((e) => e.startTime >= start).map((e) => e.name);
    const realFetch = window.fetch;
    const realBeacon = navigator.sendBeacon;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), realFetch(input, init));
    // A beacon is what a tracker sends as the page goes away, when Resource Timing may never list it.
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => (requests.push(`beacon ${String(url)}`), realBeacon.call(navigator, url, data));
    try {
      const wrap = await fixture(html`<div>
        <signpost-quick-exit></signpost-quick-exit>
        <signpost-red-flag-quiz count="2" seed="p"></signpost-red-flag-quiz>
        <signpost-hotline-card country="US"></signpost-hotline-card>
        <signpost-campaign-banner campaign="learn-the-signs" cta-href="/learn" cta-label="Learn more" dismissible></signpost-campaign-banner>
        <signpost-news-ticker><ul><li><a href="https://news.example/1">One</a></li><li><a href="https://news.example/2">Two</a></li></ul></signpost-news-ticker>
      </div>`);
      const exit = wrap.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
      exit.navigate = () => {};
      const quiz = wrap.querySelector('signpost-red-flag-quiz')!;
      await Promise.all([exit.updateComplete, quiz.updateComplete]);
      const buttons = () => [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')];
      for (let step = 0; step < 8 && buttons().length; step++) {
        quiz.shadowRoot!.querySelector<HTMLLabelElement>('label.option')?.click();
        buttons()[0].click();
        await quiz.updateComplete;
        if (quiz.shadowRoot!.querySelector('[part="result"]')) break;
      }
      expect(quiz.shadowRoot!.querySelector('[part="result"]')).to.not.equal(null);
      // The ticker's buttons (pause, previous, next), then the banner's close button.
      const ticker = wrap.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('signpost-news-ticker')!;
      const banner = wrap.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('signpost-campaign-banner')!;
      await Promise.all([ticker.updateComplete, banner.updateComplete]);
      const tickerButtons = [...ticker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
      expect(tickerButtons.length).to.be.greaterThan(0);
      for (const b of tickerButtons) b.click();
      await ticker.updateComplete;
      const close = banner.shadowRoot!.querySelector<HTMLButtonElement>('button');
      expect(close, 'the banner can be closed').to.not.equal(null);
      close!.click();
      await banner.updateComplete;
      expect(markupOf(banner.shadowRoot!.querySelector('[part="base"]')), 'the banner closed').to.equal(null);
      // The card: its copy button, and every link (call, text, website…) clicked, their navigation
      // stopped here (the card's own contact handling runs first, inside it).
      const card = wrap.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('signpost-hotline-card')!;
      await card.updateComplete;
      const stop = (e: Event) => e.preventDefault();
      wrap.addEventListener('click', stop);
      const links = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.length, 'the card’s links').to.be.greaterThan(2);
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      for (const a of links) a.click();
      await new Promise((r) => setTimeout(r, 100));
      wrap.removeEventListener('click', stop);
      exit.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
      restorePage();
      // The reader switches away or leaves: the moments a tracker reports.
      document.dispatchEvent(new Event('visibilitychange'));
      document.dispatchEvent(new Event('freeze'));
      window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));
      await new Promise((r) => setTimeout(r, 300));
      expect(requests).to.deep.equal([]);
      expect(requested()).to.deep.equal([]);
      expect(await storageSnapshot()).to.equal(before);
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
    }
  });

  it('loads no language file by itself from the npm entry (define.js): English and one warning', async () => {
    const start = performance.now();
    let card!: HTMLElement & {updateComplete: Promise<boolean>};
    const warnings = await captureWarnings(async () => {
      card = await fixture(html`<signpost-hotline-card lang="pt-BR" country="US"></signpost-hotline-card>`);
      await card.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(card.shadowRoot!.textContent).to.contain('Call');
    expect(warnings.filter((w) => w.includes('"pt"'))).to.have.length(1);
    expect(performance.getEntriesByType('resource').filter((e) => e.startTime >= start).map((e) => e.name)).to.deep.equal([]);
  });
});
