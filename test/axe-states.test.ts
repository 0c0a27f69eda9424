import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/define.js';
import {captureWarnings, until} from './helpers/util.js';

/**
 * axe in the states a reader meets beyond each widget's first screen (the widget suites check those):
 * a partner's own line, countries with no dedicated line, the picker with no country yet, a closed
 * line, a copied number, the sticky quick exit with its explanation, a ticker standing still or
 * failing, a banner's image behind its content note. Each state is reached as a reader reaches it.
 */
type El = HTMLElement & {updateComplete: Promise<unknown>};
const at = (iso: string) => () => Date.parse(iso);
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const partnerLine = JSON.stringify({
  name: 'City Helpline',
  organisation: 'City Council',
  phone: '+442079460000',
  phoneDisplay: '020 7946 0000',
  sms: '+447700900123',
  smsKeyword: 'HELP',
  chat: 'https://help.example/chat',
  email: 'help@example.org',
  tty: '18001 020 7946 0000',
  hours: 'Mo-Fr 09:00-17:00',
  timeZone: 'Europe/London',
  languages: ['en', 'pl'],
});

/** The reasons of the signpost-ticker-error events of the current test (the event bubbles, composed). */
const tickerErrors: string[] = [];
document.addEventListener('signpost-ticker-error', (e) => tickerErrors.push((e as CustomEvent<{reason: string}>).detail.reason));

const STATES: Array<[string, () => TemplateResult, ((el: El) => Promise<unknown>)?]> = [
  [
    'card: a partner line with every channel, closed now',
    () => html`<signpost-hotline-card country="GB" .clock=${at('2026-11-28T20:00:00Z')}><script type="application/json">${partnerLine}</script></signpost-hotline-card>`,
    async (el) => expect(shadow(el, '[part="base"]').textContent).to.contain('City Helpline').and.to.contain('020'),
  ],
  ['card: no dedicated line (Ireland)', () => html`<signpost-hotline-card country="IE"></signpost-hotline-card>`, async (el) => expect(el.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null)],
  [
    'card: no dedicated line, several services (Germany), quick exit and picker',
    () => html`<signpost-hotline-card country="DE" quick-exit country-picker></signpost-hotline-card>`,
    async (el) => expect(['[part="notice"]', '[part="more"]', 'signpost-quick-exit', 'select'].map((s) => el.shadowRoot!.querySelector(s) !== null)).to.deep.equal([true, true, true, true]),
  ],
  [
    'card: the picker before a country is chosen',
    () => html`<signpost-hotline-card country-picker></signpost-hotline-card>`,
    async (el) => expect(el.shadowRoot!.querySelector('select')).to.not.equal(null),
  ],
  [
    'card: a number copied (or not), its result beside the button',
    () => html`<signpost-hotline-card country="US"></signpost-hotline-card>`,
    async (el) => {
      shadow(el, '[part="copy-button"]').click();
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(shadow(el, '[part="copy-status"]').textContent!.trim(), 'a result is shown').to.not.equal('');
    },
  ],
  [
    'quick exit: sticky, with its explanation',
    () => html`<signpost-quick-exit placement="sticky" explain></signpost-quick-exit>`,
    async (el) => expect([getComputedStyle(el).position, el.shadowRoot!.querySelector('[part="explanation"]') !== null]).to.deep.equal(['sticky', true]),
  ],
  [
    'ticker: rotating, paused by the reader on the second story',
    () => html`<signpost-news-ticker><ul><li><a href="https://news.example/1">Story one</a> <time datetime="2026-11-20">20 Nov</time></li><li><a href="https://news.example/2" data-content-note="describes abuse">Story two</a></li></ul></signpost-news-ticker>`,
    async (el) => {
      shadow(el, '[part="pause-button"]').click();
      shadow(el, '[part="next-button"]').click();
      await el.updateComplete;
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].filter((i) => !i.hidden);
      expect(shown.map((i) => i.textContent!.includes('Story two'))).to.deep.equal([true]);
    },
  ],
  [
    'ticker: a feed that fails, the fallback list shown',
    () => html`<signpost-news-ticker mode="list" src="/test/fixtures/feeds/malformed.xml"><ul><li><a href="https://news.example/1">Fallback story</a></li></ul></signpost-news-ticker>`,
    async (el) => {
      // The failed state, not the loading one: the ticker says the feed failed (its error event), then axe.
      await until(() => tickerErrors.length > 0, 4000);
      expect(tickerErrors, 'one error, for the malformed feed').to.have.length(1);
      await el.updateComplete;
      expect(shadow(el, '[part="viewport"]').textContent).to.contain('Fallback story');
    },
  ],
  ['ticker: nothing to show', () => html`<signpost-news-ticker></signpost-news-ticker>`, async (el) => expect(el.shadowRoot!.querySelector('.empty')).to.not.equal(null)],
  [
    'banner: bar, dismissible, with a call to action',
    () => html`<signpost-campaign-banner variant="bar" campaign="learn-the-signs" cta-href="/learn" cta-label="Learn the signs" dismissible></signpost-campaign-banner>`,
    async (el) => expect(['[part="cta"]', '[part="close-button"]'].map((s) => el.shadowRoot!.querySelector(s) !== null)).to.deep.equal([true, true]),
  ],
  [
    'banner: card with an image behind a content note, then shown',
    () => html`<signpost-campaign-banner variant="card" heading="Know the signs" message="Learn them." image="/test-server/pixel.gif" image-alt="People at a community meeting" content-note="shows a protest" dismissible></signpost-campaign-banner>`,
    async (el) => {
      await expect(el).to.be.accessible(); // the note, the image hidden
      shadow(el, '[part="content-note"] button').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img'), 'the image shown').to.not.equal(null);
    },
  ],
];

describe('axe in the states a reader reaches', () => {
  for (const [name, template, reach] of STATES) {
    it(name, async () => {
      let el!: El;
      tickerErrors.length = 0;
      await captureWarnings(async () => {
        el = await fixture<El>(template());
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 100)); // a feed, a language
        await el.updateComplete;
        await reach?.(el);
      });
      expect(el.shadowRoot!.childElementCount, 'rendered').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }
});
