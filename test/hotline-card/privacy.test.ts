import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/es.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, $$, noNavigation, storageSnapshot} from '../helpers/util.js';

describe('<signpost-hotline-card> privacy', () => {
  it('mounting and using the card makes no request and writes no cookie or storage', async () => {
    performance.setResourceTimingBufferSize?.(10000);
    const requests: string[] = [];
    const realFetch = window.fetch;
    const realBeacon = navigator.sendBeacon;
    const realOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`fetch ${String(input)}`);
      return realFetch(input, init);
    };
    navigator.sendBeacon = (url: string | URL) => (requests.push(`beacon ${String(url)}`), false);
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests.push(`xhr ${String(args[1])}`);
      return (realOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof realOpen;
    const start = performance.now(); // entries from here on (Firefox may add earlier modules' entries late)
    const before = await storageSnapshot();
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async () => {}}});
    try {
      const wrap = await fixture(html`<div>
        <signpost-hotline-card country="US" country-picker></signpost-hotline-card>
        <signpost-hotline-card lang="es-MX"></signpost-hotline-card>
        <signpost-hotline-card lang="en"></signpost-hotline-card>
        <signpost-hotline-card country="DE" line-name="Partner" line-phone="+4930123456" line-chat="https://example.org/chat"></signpost-hotline-card>
      </div>`);
      const cards = [...wrap.querySelectorAll<SignpostHotlineCard>('signpost-hotline-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      for (const card of cards) {
        const release = noNavigation(card);
        for (const a of $$<HTMLAnchorElement>(card, 'a')) a.click();
        for (const b of $$<HTMLButtonElement>(card, 'button')) b.click();
        for (const d of $$<HTMLDetailsElement>(card, 'details')) d.open = true;
        release();
      }
      const select = $<HTMLSelectElement>(cards[0], 'select');
      select.value = 'GB';
      select.dispatchEvent(new Event('change'));
      await cards[0].updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(requests).to.deep.equal([]);
      const newResources = performance.getEntriesByType('resource').filter((e) => e.startTime >= start).map((e) => e.name);
      expect(newResources).to.deep.equal([]);
      expect(await storageSnapshot()).to.deep.equal(before);
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
      XMLHttpRequest.prototype.open = realOpen;
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });
});
