import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {parseHours, parseJsonChild, parsePhone} from '../../src/hotline/custom-line.js';
import {intervals, minuteOfWeek, openState} from '../../src/hotline/schedule.js';
import {isShowing, parseDay, CAMPAIGNS} from '../../src/banner/campaigns.js';
import {parseTopics} from '../../src/quiz/bank.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';
import {captureWarnings} from '../helpers/util.js';

const RUNS = {numRuns: 1000};
const safeLinks = (root: ShadowRoot) => {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(['http:', 'https:', 'tel:', 'sms:', 'mailto:']).to.include(new URL(a.href).protocol);
  }
};

describe('property-based: parsers and attribute converters never throw', () => {
  it('opening hours: any text and zone gives null, 24/7 or a valid weekly schedule', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('24/7', 'Mo-Fr 09:00-17:00', 'Sa 10:00-14:00; Su 11:00-12:00', 'Fr-Mo 22:00-06:00')), fc.oneof(fc.string(), fc.constantFrom('Europe/London', 'Asia/Manila')), (text, zone) => {
        const hours = parseHours(text, zone);
        if (hours && hours !== '24/7') {
          for (const p of hours.periods) {
            expect(p.days.every((d) => d >= 0 && d <= 6)).to.equal(true);
            expect(p.open).to.match(/^\d{1,2}:\d{2}$/);
          }
        }
      }),
      RUNS,
    );
  });

  it('"open now": for any schedule a partner writes, open exactly when the instant falls in one of its periods', () => {
    const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
    const time = fc.tuple(fc.integer({min: 0, max: 24}), fc.constantFrom(0, 15, 30, 59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const days = fc.tuple(fc.constantFrom(...DAYS), fc.option(fc.constantFrom(...DAYS))).map(([a, b]) => (b ? `${a}-${b}` : a));
    const schedule = fc.array(fc.tuple(days, time, time).map(([d, o, c]) => `${d} ${o}-${c}`), {minLength: 1, maxLength: 4}).map((p) => p.join('; '));
    const WEEK = 7 * 1440;
    fc.assert(
      fc.property(fc.oneof(schedule, fc.string()), fc.constantFrom('Europe/London', 'Asia/Manila', 'America/New_York', 'UTC'), fc.integer({min: 1.6e12, max: 2.2e12}), fc.nat(), fc.constantFrom(-1, 0, 1), (text, zone, at, pick, delta) => {
        const hours = parseHours(text, zone);
        let instant = at;
        // Half the runs land on a period's first or last minute (or next to it), where mistakes hide;
        // zones without daylight saving, so that minutes of the week map back to instants exactly.
        if (hours && hours !== '24/7' && pick % 2 && (zone === 'UTC' || zone === 'Asia/Manila')) {
          const list = intervals(hours);
          if (list.length) {
            const edge = list[(pick >> 1) % list.length][(pick >> 2) % 2] + delta;
            const from = Math.floor(at / 60000) * 60000;
            instant = from + ((((edge - minuteOfWeek(from, zone)) % WEEK) + WEEK) % WEEK) * 60000;
          }
        }
        const state = openState(hours ?? undefined, instant);
        if (!hours || hours === '24/7') {
          expect(state.kind).to.equal(hours ? 'always' : 'unknown');
          return;
        }
        const now = minuteOfWeek(instant, zone);
        const list = intervals(hours);
        const inside = list.some(([s, e]) => (now >= s && now < e) || (now >= s - WEEK && now < e - WEEK));
        expect(state.kind === 'open' || state.kind === 'always', `${text} at ${now}`).to.equal(inside);
        if (state.kind === 'open') expect(state.closesAt).to.be.within(0, 1439);
        if (state.kind === 'closed') {
          expect(state.opensAt).to.be.within(0, 1439);
          expect(state.inDays).to.be.within(0, 7);
        }
      }),
      RUNS,
    );
  });

  it('phones: any text gives null or E.164 / a short code', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[\d ()-]{0,20}$/)), (text) => {
      const phone = parsePhone(text);
      if (phone) expect(phone.tel).to.match(/^(\+[1-9]\d{6,14}|\d{3,8})$/);
    }), RUNS);
  });

  it('banner dates and windows, quiz topics', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({min: 1900, max: 2200}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31}), (text, y, m, d) => {
        const date = parseDay(text);
        if (date) expect(new Date(Date.UTC(date[0], date[1] - 1, date[2])).getUTCDate()).to.equal(date[2]);
        expect(isShowing([y, m, d], CAMPAIGNS['world-day'], parseDay(text), null)).to.be.a('boolean');
        const {topics} = parseTopics(text);
        expect(topics.every((t) => ['labour', 'sexual', 'children', 'myths', 'general'].includes(t))).to.equal(true);
      }),
      RUNS,
    );
  });

  it('the hotline card: any attribute values render, and every link stays safe', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card></signpost-hotline-card>`);
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            country: fc.oneof(fc.string({maxLength: 4}), fc.constantFrom('US', 'gb', 'FR', 'ZZ')),
            'heading-level': fc.oneof(fc.string({maxLength: 3}), fc.integer().map(String)),
            'line-name': fc.string({maxLength: 30}),
            'line-phone': fc.oneof(fc.string({maxLength: 20}), fc.constant('+15555550100')),
            'line-chat': fc.oneof(fc.string({maxLength: 30}), fc.constantFrom('javascript:alert(1)', 'https://example.org/')),
            'line-hours': fc.oneof(fc.string({maxLength: 30}), fc.constant('Mo-Fr 09:00-17:00')),
            'line-time-zone': fc.oneof(fc.string({maxLength: 20}), fc.constant('Europe/London')),
            lang: fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('ar', 'es-MX', 'en-GB')),
          }),
          async (attrs) => {
            for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
            await el.updateComplete;
            expect(el.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
            safeLinks(el.shadowRoot!);
          },
        ),
        {numRuns: 1000},
      ),
    );
  });

  it('the ticker and the banner: any attribute values render without throwing', async () => {
    const ticker = await fixture<SignpostNewsTicker>(html`<signpost-news-ticker><ul><li><a href="https://a.example/">A</a></li><li>B</li></ul></signpost-news-ticker>`);
    const banner = await fixture<SignpostCampaignBanner>(html`<signpost-campaign-banner></signpost-campaign-banner>`);
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            mode: fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('scroll', 'rotate', 'list')),
            'max-items': fc.oneof(fc.string({maxLength: 5}), fc.integer().map(String)),
            speed: fc.oneof(fc.string({maxLength: 5}), fc.double().map(String)),
            interval: fc.oneof(fc.string({maxLength: 5}), fc.integer().map(String)),
            campaign: fc.oneof(fc.string({maxLength: 12}), fc.constantFrom('world-day', 'learn-the-signs')),
            variant: fc.oneof(fc.string({maxLength: 6}), fc.constantFrom('bar', 'card')),
            from: fc.string({maxLength: 12}),
            'cta-href': fc.oneof(fc.string({maxLength: 30}), fc.constantFrom('tel:+1', 'data:x', '/ok')),
          }),
          async (a) => {
            for (const name of ['mode', 'max-items', 'speed', 'interval']) ticker.setAttribute(name, a[name as keyof typeof a]);
            for (const name of ['campaign', 'variant', 'from', 'cta-href']) banner.setAttribute(name, a[name as keyof typeof a]);
            banner.setAttribute('cta-label', 'Go');
            await Promise.all([ticker.updateComplete, banner.updateComplete]);
            expect(['scroll', 'rotate', 'list']).to.include(ticker.mode);
            // max-items as documented: 1–50, default 10 (blank or not a number); of the two stories here.
            const raw = a['max-items'].trim() ? Math.round(Number(a['max-items'])) : 10;
            const shown = Math.min(2, Number.isFinite(raw) ? Math.min(Math.max(raw, 1), 50) : 10);
            const read = [...ticker.shadowRoot!.querySelectorAll('[part="item"]')].filter((i) => !i.closest('[aria-hidden="true"]'));
            expect(read.length, `max-items="${a['max-items']}"`).to.equal(shown);
            safeLinks(ticker.shadowRoot!);
            safeLinks(banner.shadowRoot!);
          },
        ),
        {numRuns: 1000},
      ),
    );
  });
});

describe('property-based: the quick exit’s and the quiz’s attributes, and JSON children', () => {
  it('the quick exit and the quiz: any attribute values render, and every link stays safe', async () => {
    const exit = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const quiz = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<signpost-red-flag-quiz></signpost-red-flag-quiz>`);
    const url = fc.oneof(fc.string({maxLength: 30}), fc.constantFrom('javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,x', '//evil.example/', 'https://example.org/weather', '/relative'));
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            href: url,
            'safety-href': url,
            placement: fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('sticky', 'inline')),
            shortcut: fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('off', 'shift')),
            count: fc.oneof(fc.string({maxLength: 5}), fc.integer().map(String)),
            timeout: fc.oneof(fc.string({maxLength: 5}), fc.integer().map(String)),
            'heading-level': fc.oneof(fc.string({maxLength: 3}), fc.integer().map(String)),
            topics: fc.oneof(fc.string({maxLength: 20}), fc.constantFrom('labour children', 'myths, general')),
            seed: fc.string({maxLength: 8}),
            country: fc.oneof(fc.string({maxLength: 4}), fc.constantFrom('US', 'GB')),
          }),
          async (a) => {
            for (const name of ['href', 'safety-href', 'placement', 'shortcut']) exit.setAttribute(name, a[name as keyof typeof a]);
            exit.setAttribute('explain', '');
            for (const name of ['count', 'timeout', 'heading-level', 'topics', 'seed', 'country']) quiz.setAttribute(name, a[name as keyof typeof a]);
            await Promise.all([exit.updateComplete, quiz.updateComplete]);
            const button = exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
            expect(['http:', 'https:']).to.include(new URL(button.href).protocol);
            safeLinks(exit.shadowRoot!);
            expect(quiz.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
            safeLinks(quiz.shadowRoot!);
          },
        ),
        RUNS,
      ),
    );
  });

  it('a JSON child of any text: the card’s partner line and the quiz’s bank never throw, and fall back', async () => {
    const json = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({questions: v})), fc.jsonValue().map((v) => JSON.stringify({name: v, phone: v})));
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(json, async (text) => {
          expect(parseJsonChild(text)).to.be.an('object');
          const quiz = document.createElement('signpost-red-flag-quiz') as HTMLElement & {updateComplete: Promise<boolean>};
          const script = Object.assign(document.createElement('script'), {type: 'application/json', textContent: text});
          quiz.append(script);
          document.body.append(quiz);
          try {
            await quiz.updateComplete;
            // The start page shows: the partner's bank if it is usable, else the built-in one.
            expect(quiz.shadowRoot!.querySelector('[part="button"]'), text).to.not.equal(null);
          } finally {
            quiz.remove();
          }
        }),
        RUNS,
      ),
    );
  });
});

describe('property-based: properties set from JavaScript (frameworks) never throw', () => {
  // React 19, Vue and Angular set properties, not attributes, with whatever type the app holds.
  const value = fc.oneof(
    fc.string({maxLength: 12}),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, NaN, Infinity),
    fc.array(fc.string({maxLength: 8}), {maxLength: 3}),
    fc.date(),
    // Plain objects; not ones whose own toString/valueOf is not a function (String() of those throws
    // in any code, and no framework passes them).
    fc.object({maxDepth: 1, key: fc.string({maxLength: 8}).filter((k) => k !== 'toString' && k !== 'valueOf')}),
  );
  for (const tag of ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-news-ticker', 'signpost-campaign-banner']) {
    it(`<${tag}>: a framework prop named like an internal method (questions, lines, load…) breaks nothing`, async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(`<${tag} heading="Know the signs" message="Learn them."></${tag}>`);
      for (const name of ['questions', 'lines', 'load', 'step', 'pick', 'check', 'next', 'again', 'copy', 'contact', 'dismiss', 'storage', 'key', 'flag', 'cta', 'entry', 'heading', 'renderItem', 'renderPicker', 'renderImage', 'renderQuestion', 'onClick', 'schedule', 'inside']) {
        const props = (el.constructor as unknown as {elementProperties: Map<string, unknown>}).elementProperties;
        if (props.has(name)) continue; // a public property: the fuzz below covers it
        (el as unknown as Record<string, unknown>)[name] = [];
        (el as unknown as {requestUpdate(): void}).requestUpdate();
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
    });

    it(`<${tag}>: any value for any public property updates without throwing, and every link stays safe`, async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(`<${tag}></${tag}>`);
      const props = (el.constructor as unknown as {elementProperties: Map<string, {state?: boolean}>}).elementProperties;
      const names = [...props].filter(([, options]) => !options.state).map(([name]) => name); // clock and navigate too
      expect(names.length).to.be.above(2);
      await captureWarnings(() =>
        fc.assert(
          fc.asyncProperty(fc.constantFrom(...names), value, async (name, v) => {
            (el as unknown as Record<string, unknown>)[name] = v; // a setter that throws fails here
            await el.updateComplete; // and an update that throws, here
            safeLinks(el.shadowRoot!);
          }),
          RUNS,
        ),
      );
    });
  }
});
