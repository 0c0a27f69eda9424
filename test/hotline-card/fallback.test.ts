import {expect} from '@open-wc/testing';
import {HOTLINES} from '../../src/data/hotlines.js';
import {docsReserve, readmeReserve, readmeSnippet, SHIPPED} from '../helpers/util.js';

// No static import of the card: the page starts as it is with JavaScript off (or before the
// script arrives), using the exact snippet documented in the README.

type Card = HTMLElement & {updateComplete: Promise<unknown>; clock: () => number};
/**
 * Instants at which a card is measured: each line with weekly hours (Germany's Mon–Fri 9–15 in Berlin,
 * France's daily 9–19 in Paris) open on a Monday morning, closed on a Saturday evening (until tomorrow
 * or Monday), and closed late on Sunday (until the line's "today", the reader's Monday where the
 * reader's clock is behind). The text, and so the height, of "open now" is not that of "closed".
 */
const INSTANTS = ['2026-11-30T10:00:00Z', '2026-11-28T20:00:00Z', '2026-11-29T23:30:00Z'].map(Date.parse);
const readme = readmeSnippet('hotline-card').then((html) => html.replace(/<script[\s\S]*?<\/script>/g, ''));

describe('<signpost-hotline-card> without JavaScript, then upgraded', () => {
  it('shows the documented fallback, reserves the card’s height, and does not shift on upgrade', async () => {
    const host = document.createElement('div');
    host.style.width = '360px';
    host.innerHTML = `${await readme}<p id="below">Text after the card.</p>`;
    document.body.append(host);
    try {
      const card = host.querySelector('signpost-hotline-card') as Card;
      expect(customElements.get('signpost-hotline-card')).to.equal(undefined);
      const fallback = card.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
      expect(fallback.getAttribute('href')).to.equal('tel:+18883737888');
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      expect(card.querySelector('h2')!.textContent).to.equal('National Human Trafficking Hotline');
      const reserved = card.getBoundingClientRect().height;
      // The README's reserve holds the space before the script arrives.
      expect(reserved).to.equal((await documented[320]()) * 16);
      const below = host.querySelector('#below')!;
      const before = below.getBoundingClientRect().top;

      await import('../../src/components/hotline-card/define.js');
      await customElements.whenDefined('signpost-hotline-card');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href')).to.equal('tel:+18883737888');
      // The light-DOM fallback is no longer rendered, and nothing below the card moved.
      expect(fallback.getClientRects().length).to.equal(0);
      expect(below.getBoundingClientRect().top).to.equal(before);
    } finally {
      host.remove();
    }
  });

  // The reserves partners copy: the README snippet's (any column), and docs/hotline-card.md's for
  // columns of 640 px and more.
  const documented = {
    320: () => readmeReserve('hotline-card', 'signpost-hotline-card'),
    640: () => docsReserve('hotline-card', /\(([\d.]+)em in columns ≥ 640 px\)/),
  };
  // What the card's own options add to either reserve (docs/hotline-card.md).
  const added = async () => {
    const [, quickExit, picker] = /`quick-exit` \+([\d.]+)em and `country-picker` \+([\d.]+)em/.exec(await (await fetch('/docs/hotline-card.md')).text()) ?? [];
    return {'quick-exit': Number(quickExit), 'country-picker': Number(picker)};
  };
  for (const width of [320, 640] as const) {
    it(`fits every built-in country, in every shipped language, within the documented reserve at ${width} px, also with its quick exit and country picker`, async function () {
      this.timeout(60000);
      const reserve = await documented[width]();
      const extra = await added();
      expect(extra['quick-exit'] && extra['country-picker'], 'docs/hotline-card.md states what the options add').to.be.above(0);
      await import('../../src/components/hotline-card/define.js');
      await Promise.all([
        import('../../src/i18n/locales/es.js'),
        import('../../src/i18n/locales/ar.js'),
        import('../../src/i18n/locales/fr.js'),
        import('../../src/i18n/locales/pt.js'),
        import('../../src/i18n/locales/ro.js'),
        import('../../src/i18n/locales/ru.js'),
        import('../../src/i18n/locales/th.js'),
        import('../../src/i18n/locales/tl.js'),
        import('../../src/i18n/locales/uk.js'),
        import('../../src/i18n/locales/vi.js'),
        import('../../src/i18n/locales/zh-Hans.js'),
      ]);
      const host = document.createElement('div');
      host.style.width = `${width}px`;
      host.style.fontSize = '16px';
      document.body.append(host);
      const tooTall: string[] = [];
      for (const options of [[], ['quick-exit'], ['country-picker'], ['quick-exit', 'country-picker']] as const) {
        const limit = (reserve + options.reduce((sum, option) => sum + extra[option], 0)) * 16;
        for (const lang of SHIPPED) {
          for (const country of [...HOTLINES.map((c) => c.country), '']) {
            const card = document.createElement('signpost-hotline-card') as Card;
            card.lang = lang;
            if (country) card.setAttribute('country', country);
            for (const option of options) card.setAttribute(option, '');
            host.replaceChildren(card);
            // The tallest of its hours' states: a line open ("closes at"), closed until tomorrow, and closed
            // until a named weekday, where the reader's day is not the line's (in the test browser's zone).
            let height = 0;
            for (const instant of INSTANTS) {
              card.clock = () => instant;
              await card.updateComplete;
              await (card.shadowRoot!.querySelector('signpost-quick-exit') as Card | null)?.updateComplete;
              height = Math.max(height, card.getBoundingClientRect().height);
            }
            if (card.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') !== lang) tooTall.push(`${lang}: not shown in ${lang} (its language file is not imported above)`);
            if (height > limit) tooTall.push(`${[lang, country || 'none', ...options].join('/')}: ${Math.round(height)} px > ${limit} px`);
          }
        }
      }
      host.remove();
      expect(tooTall.join('; '), `reserve ${reserve}em`).to.equal('');
    });
  }
});
