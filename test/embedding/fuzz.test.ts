import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {parseHours, parsePhone} from '../../src/hotline/custom-line.js';
import {openState} from '../../src/hotline/schedule.js';
import {isShowing, parseDay, WINDOWS} from '../../src/banner/campaigns.js';
import {parseTopics} from '../../src/quiz/bank.js';
import {canonical, dirOf, localeCandidates, matchLocale} from '../../src/i18n/resolve.js';
import {allLocales} from '../../src/generated/locale-codes.js';
import {builtInBank} from '../../src/data/quiz-bank.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';
import {captureWarnings} from '../helpers/util.js';
import {anyJson, anyJsonValue, anyText} from '../helpers/text.js';

const RUNS = {numRuns: 1000};
/** The schemes each widget may link to: the web, and only the card and the banner anything else. */
const SCHEMES: Record<string, string[]> = {
  'signpost-hotline-card': ['http:', 'https:', 'tel:', 'sms:', 'mailto:'],
  'signpost-campaign-banner': ['http:', 'https:', 'tel:'],
};
const safeLinks = (root: ShadowRoot) => {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(a.href);
    expect(SCHEMES[root.host.localName] ?? ['http:', 'https:'], a.href).to.include(url.protocol);
    // A tel: or sms: link dials a number and nothing else (no service code such as **21*…#, no letters).
    if (url.protocol === 'tel:' || url.protocol === 'sms:') expect(decodeURIComponent(url.pathname), a.href).to.match(/^\+?[ ().-]*\d[\d ().-]*$/);
  }
};

describe('property-based: parsers and attribute converters never throw', () => {
  it('opening hours: any text and zone gives null, 24/7 or a valid weekly schedule', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.constantFrom('24/7', 'Mo-Fr 09:00-17:00', 'Sa 10:00-14:00; Su 11:00-12:00', 'Fr-Mo 22:00-06:00')), fc.oneof(anyText(), fc.constantFrom('Europe/London', 'Asia/Manila')), (text, zone) => {
        const hours = parseHours(text, zone);
        if (hours && hours !== '24/7') {
          for (const p of hours.periods) {
            expect(p.days.every((d) => d >= 0 && d <= 6)).to.equal(true);
            expect(p.open).to.match(/^\d{1,2}:\d{2}$/);
            expect(p.close).to.match(/^\d{1,2}:\d{2}$/);
          }
        }
      }),
      RUNS,
    );
  });

  // Schedules as a partner writes them ("Fr-Mo 22:00-06:00; Sa 10:00-14:00"), with what they mean.
  const DAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']; // Date#getDay order
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const opening = fc.tuple(fc.integer({min: 0, max: 23}), fc.constantFrom(0, 1, 15, 30, 59)).map(([h, m]) => h * 60 + m);
  // 24:00 ends a period; it opens none (refused: the test after the next).
  const minutes = fc.oneof(opening, fc.constant(1440));
  const period = fc
    .record({from: fc.nat(6), to: fc.option(fc.nat(6)), open: opening, close: minutes})
    .filter((p) => p.open % 1440 !== p.close % 1440);
  const schedule = fc.array(period, {minLength: 1, maxLength: 4}).map((periods) => ({
    periods,
    text: periods.map((p) => `${DAYS[p.from]}${p.to === null ? '' : `-${DAYS[p.to]}`} ${hhmm(p.open)}-${hhmm(p.close)}`).join('; '),
  }));
  /** The days a period names: "Fr-Mo" is Friday to Monday. */
  const daysOf = (p: {from: number; to: number | null}) => {
    const days = [p.from];
    while (p.to !== null && days[days.length - 1] !== p.to) days.push((days[days.length - 1] + 1) % 7);
    return days;
  };

  it('opening hours: a schedule as partners write it reads back period by period (1,000 runs)', () => {
    fc.assert(
      fc.property(schedule, fc.constantFrom('Europe/London', 'Asia/Manila'), fc.boolean(), ({periods, text}, zone, shout) => {
        const hours = parseHours(shout ? text.toUpperCase() : text, zone);
        expect(hours, text).to.not.equal(null);
        expect(hours).to.not.equal('24/7');
        expect((hours as Exclude<typeof hours, null | '24/7'>).periods, text).to.deep.equal(periods.map((p) => ({days: daysOf(p), open: hhmm(p.open), close: hhmm(p.close)})));
      }),
      RUNS,
    );
  });

  it('opening hours: a schedule with a period that opens at 24:00 is refused whole (it would open on days it does not name)', () => {
    fc.assert(
      fc.property(schedule, fc.nat(), ({periods}, pick) => {
        const odd = periods.map((p, i) => `${DAYS[p.from]}${p.to === null ? '' : `-${DAYS[p.to]}`} ${i === pick % periods.length ? '24:00' : hhmm(p.open)}-${hhmm(p.close)}`).join('; ');
        // (A period 24:00-24:00 is refused as empty too.)
        expect(parseHours(odd, 'UTC'), odd).to.equal(null);
      }),
      RUNS,
    );
  });

  it('"open now": for any schedule a partner writes, open exactly when the instant falls in one of its periods', () => {
    // Zones with a fixed offset, so that the test reads the local day and time without Intl.
    const OFFSET: Record<string, number> = {UTC: 0, 'Asia/Manila': 480, 'Asia/Kolkata': 330, 'America/Bogota': -300};
    const local = (instant: number, zone: string) => {
      const d = new Date(instant + OFFSET[zone] * 60000);
      return {day: d.getUTCDay(), minute: d.getUTCHours() * 60 + d.getUTCMinutes()};
    };
    // Open on `day` at `minute`: inside a same-day period, or in the morning part of last night's one.
    const isOpen = (periods: Array<{from: number; to: number | null; open: number; close: number}>, day: number, minute: number) =>
      periods.some((p) =>
        daysOf(p).some((d) =>
          p.close > p.open ? d === day && minute >= p.open && minute < p.close : (d === day && minute >= p.open) || ((d + 1) % 7 === day && minute < p.close),
        ),
      );
    fc.assert(
      fc.property(schedule, fc.constantFrom(...Object.keys(OFFSET)), fc.integer({min: 1.6e12, max: 2.2e12}), fc.nat(), fc.constantFrom(-1, 0, 1), (s, zone, at, pick, delta) => {
        const hours = parseHours(s.text, zone)!;
        let instant = Math.floor(at / 60000) * 60000;
        // Half the runs land on a period's first or last minute, or next to one, where mistakes hide.
        if (pick % 2) {
          const p = s.periods[(pick >> 1) % s.periods.length];
          const days = daysOf(p);
          const day = days[(pick >> 3) % days.length];
          const edge = day * 1440 + ((pick >> 2) % 2 ? p.open : p.close + (p.close < p.open ? 1440 : 0)) + delta;
          const {day: today, minute} = local(instant, zone);
          const WEEK = 7 * 1440;
          instant += ((((edge - (today * 1440 + minute)) % WEEK) + WEEK) % WEEK) * 60000;
        }
        const {day, minute} = local(instant, zone);
        const state = openState(hours, instant);
        expect(state.phase === 'open' || state.phase === 'always', `${s.text} on day ${day} at ${hhmm(minute)} (${zone})`).to.equal(isOpen(s.periods, day, minute));
        if (state.phase === 'open') expect(state.changesAt).to.be.within(0, 1439);
        if (state.phase === 'closed') {
          // It opens when the schedule says: at that minute of that day, and not a minute before.
          const opens = instant + (state.inDays * 1440 + state.changesAt - minute) * 60000;
          const at = local(opens, zone);
          expect(isOpen(s.periods, at.day, at.minute), `${s.text}: opens ${state.inDays} days on at ${hhmm(state.changesAt)}`).to.equal(true);
          const before = local(opens - 60000, zone);
          expect(isOpen(s.periods, before.day, before.minute)).to.equal(false);
        }
      }),
      RUNS,
    );
  });

  it('phones: any text gives null or E.164 / a short code / an Australian 1300 or 1800 number', () => {
    let read = 0;
    fc.assert(fc.property(fc.oneof(anyText(), fc.stringMatching(/^\+?[\d ()-]{0,20}$/), fc.stringMatching(/^\+[1-9]([ -]?\d){6,14}$/), fc.stringMatching(/^\d{3,8}$/)), (text) => {
      const phone = parsePhone(text);
      if (phone) {
        read++;
        expect(phone.tel).to.match(/^(\+[1-9]\d{6,14}|\d{3,8}|1[38]00\d{6})$/);
      }
    }), RUNS);
    // The check above ran in a fair share of runs: the generators do reach numbers (about half of them
    // are written as numbers; text and digit soup give one in 40).
    expect(read, 'runs that gave a number').to.be.above(200);
  });

  it('banner dates: a real YYYY-MM-DD day is read as itself, any other text as none; windows are inclusive', () => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const day = fc.tuple(fc.integer({min: 1900, max: 2200}), fc.integer({min: 0, max: 13}), fc.integer({min: 0, max: 32}));
    const key = ([y, m, d]: number[]) => y * 10000 + m * 100 + d;
    fc.assert(
      fc.property(day, fc.oneof(fc.tuple(fc.integer({min: 1900, max: 2200}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28})), fc.tuple(fc.integer({min: 1900, max: 2200}), fc.constant(7), fc.constantFrom(23, 24, 30, 31))), fc.boolean(), anyText(), fc.constantFrom('', ' ', 'T00:00', 'Z'), ([y, m, d], anyDay, onTheDay, junk, suffix) => {
        const real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
        // Half the runs fall on the from/until day itself, where "inclusive" is decided.
        const today: [number, number, number] = onTheDay && real ? [y, m, d] : anyDay;
        const written = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        // Surrounding spaces are allowed; anything else after the day is not.
        expect(parseDay(written + suffix), written + suffix).to.deep.equal(real && suffix.trim() === '' ? [y, m, d] : null);
        if (!/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(junk)) expect(parseDay(junk)).to.equal(null);
        // from/until are inclusive; without them a campaign shows in its yearly window (World Day: 24–30 July).
        const from = real ? ([y, m, d] as [number, number, number]) : null;
        expect(isShowing(today, WINDOWS['world-day'], from, null), `${today} from ${written}`).to.equal(from ? key(today) >= key(from) : today[1] === 7 && today[2] >= 24 && today[2] <= 30);
        expect(isShowing(today, WINDOWS['world-day'], null, from)).to.equal(from ? key(today) <= key(from) : today[1] === 7 && today[2] >= 24 && today[2] <= 30);
        expect(isShowing(today, WINDOWS['learn-the-signs'], null, null)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('language tags (any lang a page carries): never throws; a tag or nothing, stable when read again; the catalog is one we have, else English', () => {
    const tagLike = fc.stringMatching(/^[A-Za-z]{1,9}([-_][A-Za-z0-9]{1,9}){0,4}$/);
    fc.assert(
      fc.property(fc.oneof(anyText(), tagLike), (text) => {
        const tag = canonical(text);
        expect(tag === '' || canonical(tag) === tag, `${text} → ${tag}, read again`).to.equal(true);
        const candidates = localeCandidates(text);
        // Best first: the tag itself, then wider ones, none twice; nothing for junk.
        expect(candidates[0] ?? '', text).to.equal(tag);
        expect(new Set(candidates).size, text).to.equal(candidates.length);
        expect(allLocales, text).to.include(matchLocale(text, allLocales));
        expect(['ltr', 'rtl']).to.include(dirOf(text));
      }),
      RUNS,
    );
  });

  it('language tags as sites write them (any case, _ for -, a POSIX .UTF-8, zh-cmn): the shipped catalog of that language, a page-registered regional one first, else English', () => {
    const ALIAS: Record<string, string> = {fil: 'tl', zh: 'zh-Hans', ua: 'uk', vn: 'vi', cn: 'zh-Hans'};
    // Shipped languages, their aliases and others (iw → he, mo → ro: Intl's own aliases), or any code
    // (but sgn, whose sign languages Intl renames by region).
    const language = fc.oneof(fc.constantFrom('en', 'ar', 'es', 'fr', 'pt', 'ro', 'ru', 'th', 'tl', 'uk', 'vi', 'zh', 'fil', 'ua', 'vn', 'cn', 'iw', 'mo', 'de', 'sr', 'ku', 'cmn'), fc.stringMatching(/^[a-z]{2,3}$/).filter((l) => l !== 'sgn'));
    const script = fc.option(fc.oneof(fc.constantFrom('Latn', 'Cyrl', 'Hans', 'Hant', 'Arab'), fc.stringMatching(/^[A-Z][a-z]{3}$/)), {nil: undefined, freq: 2});
    const region = fc.option(fc.oneof(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[0-9]{3}$/)), {nil: undefined});
    const writing = fc.record({sep: fc.constantFrom('-', '_'), suffix: fc.constantFrom('', '.UTF-8', '.utf8@euro', '@latin'), cases: fc.array(fc.boolean(), {minLength: 20, maxLength: 20}), cmn: fc.boolean(), space: fc.constantFrom('', ' ', '\n ')});
    let registered = 0;
    fc.assert(
      fc.property(language, script, region, writing, (lang, scriptTag, regionTag, w) => {
        const subtags = [lang, ...(w.cmn && lang === 'zh' ? ['cmn'] : []), scriptTag, regionTag].filter((x): x is string => Boolean(x));
        const written = [...subtags.join(w.sep)].map((c, i) => (w.cases[i % 20] ? c.toUpperCase() : c.toLowerCase())).join('') + w.suffix;
        const base = Intl.getCanonicalLocales(lang)[0].split('-')[0];
        const aliased = ALIAS[base] ?? base;
        const shipped: string = (allLocales as readonly string[]).includes(aliased) ? aliased : 'en';
        expect(matchLocale(w.space + written + w.space, allLocales), written).to.equal(shipped);
        // A regional catalog a page registered (registerLocale) is preferred to its language's.
        if (regionTag && !scriptTag) {
          registered++;
          const own = Intl.getCanonicalLocales(`${lang}-${regionTag}`)[0];
          expect(matchLocale(written, [...allLocales, own]), `${written} with ${own} registered`).to.equal(own);
        }
      }),
      RUNS,
    );
    expect(registered, 'runs with a registered regional catalog').to.be.above(250);
  });

  it('quiz topics: any text gives only known topics, each once, and names the rest', () => {
    const TOPICS = ['labour', 'sexual', 'children', 'myths', 'general'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TOPICS, 'Labour', 'MYTHS', 'labor', 'Labor'), fc.stringMatching(/^[a-z]{1,8}$/)), {maxLength: 6}), fc.constantFrom(' ', ', ', ',', '  \n'), (names, sep) => {
        const {topics, unknown} = parseTopics(names.join(sep));
        // US English "labor" is the labour topic.
        const lower = names.map((n) => n.toLowerCase().replace(/^labor$/, 'labour'));
        expect(topics).to.deep.equal([...new Set(lower.filter((n) => TOPICS.includes(n)))]);
        expect(unknown).to.deep.equal(lower.filter((n) => !TOPICS.includes(n)));
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
            country: fc.oneof(anyText({maxLength: 4}), fc.constantFrom('US', 'gb', 'FR', 'ZZ')),
            'heading-level': fc.oneof(anyText({maxLength: 3}), fc.integer().map(String)),
            'line-name': anyText({maxLength: 30}),
            'line-phone': fc.oneof(anyText({maxLength: 20}), fc.constant('+15555550100')),
            'line-chat': fc.oneof(anyText({maxLength: 30}), fc.constantFrom('javascript:alert(1)', 'https://example.org/')),
            'line-hours': fc.oneof(anyText({maxLength: 30}), fc.constant('Mo-Fr 09:00-17:00')),
            'line-time-zone': fc.oneof(anyText({maxLength: 20}), fc.constant('Europe/London')),
            lang: fc.oneof(anyText({maxLength: 8}), fc.constantFrom('ar', 'es-MX', 'en-GB')),
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
            mode: fc.oneof(anyText({maxLength: 8}), fc.constantFrom('scroll', 'rotate', 'list')),
            'max-items': fc.oneof(anyText({maxLength: 5}), fc.integer().map(String)),
            speed: fc.oneof(anyText({maxLength: 5}), fc.double().map(String)),
            interval: fc.oneof(anyText({maxLength: 5}), fc.integer().map(String)),
            campaign: fc.oneof(anyText({maxLength: 12}), fc.constantFrom('world-day', 'learn-the-signs')),
            variant: fc.oneof(anyText({maxLength: 6}), fc.constantFrom('bar', 'card')),
            from: fc.oneof(anyText({maxLength: 12}), fc.constantFrom('', '2000-01-01')),
            'cta-href': fc.oneof(anyText({maxLength: 30}), fc.constantFrom('tel:+1', 'tel:+44 20 7946 0000', 'tel:**21*+447700900123#', 'tel:1-900-PREMIUM', 'data:x', '/ok')),
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
            // A from that is not a date hides the banner (a dated message must not show for ever).
            if (a.from.trim() && !parseDay(a.from)) expect(banner.showing, `from="${a.from}"`).to.equal(false);
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
    const url = fc.oneof(anyText({maxLength: 30}), fc.constantFrom('javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,x', '//evil.example/', 'https://example.org/weather', '/relative'));
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            href: url,
            'safety-href': url,
            placement: fc.oneof(anyText({maxLength: 8}), fc.constantFrom('sticky', 'inline')),
            shortcut: fc.oneof(anyText({maxLength: 8}), fc.constantFrom('off', 'shift')),
            count: fc.oneof(anyText({maxLength: 5}), fc.integer().map(String)),
            timeout: fc.oneof(anyText({maxLength: 5}), fc.integer().map(String)),
            'heading-level': fc.oneof(anyText({maxLength: 3}), fc.integer().map(String)),
            topics: fc.oneof(anyText({maxLength: 20}), fc.constantFrom('labour children', 'myths, general')),
            seed: anyText({maxLength: 8}),
            country: fc.oneof(anyText({maxLength: 4}), fc.constantFrom('US', 'GB')),
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

  it('a JSON child of any text: the card shows the partner’s line if it is usable, else the built-in one; the quiz likewise its bank', async function () {
    this.timeout(60000); // a card and a quiz mounted, and the quiz started, 1,000 times
    // Each input carries what it must show, decided here, not by the code under test.
    const US = 'tel:+18883737888';
    const badName = fc.oneof(fc.constantFrom('', '   ', 'x'.repeat(121)), fc.integer(), fc.boolean(), fc.array(anyText(), {maxLength: 2}));
    const badPhone = fc.oneof(fc.constantFrom('call me', '12', '+0123456789', 'javascript:alert(1)', '555-CALL'), fc.integer(), fc.boolean());
    const line = fc
      .record({name: fc.oneof(fc.constant({ok: true, v: 'City Helpline'}), badName.map((v) => ({ok: false, v}))), phone: fc.oneof(fc.constantFrom({ok: true, v: '+44 20 7946 0000', tel: 'tel:+442079460000'}, {ok: true, v: '116006', tel: 'tel:116006'}), badPhone.map((v) => ({ok: false, v, tel: ''})))}, {requiredKeys: []})
      .map(({name, phone}) => ({
        text: JSON.stringify({...(name && {name: name.v}), ...(phone && {phone: phone.v})}),
        call: name?.ok && phone?.ok ? phone.tel : US,
        bank: false,
      }));
    const question = {id: 'p1', topic: 'labour', prompt: 'Partner question?', options: ['a', 'b'], correct: 0, explanation: 'Because.', source: {name: 'S', url: 'https://example.org/'}};
    const bank = fc.oneof(
      fc.constantFrom({questions: [question], bank: true}, {questions: [question, {...question, id: 'p2'}], bank: true}),
      fc.constantFrom([], [question, question], [{...question, correct: 2}], [{...question, source: {name: 'S', url: 'javascript:x'}}], [question, 'x']).map((questions) => ({questions, bank: false})),
      anyJsonValue().map((questions) => ({questions, bank: false})),
    ).map(({questions, bank}) => ({text: JSON.stringify({questions}), call: US, bank}));
    // Any other text: no name, no bank.
    const other = fc
      .oneof(anyText(), anyJson())
      .filter((text) => !/"(name|organisation|questions)"/.test(text))
      .map((text) => ({text, call: US, bank: false}));
    const builtIn = new Set(builtInBank().map((q) => q.prompt));
    const child = (text: string) => Object.assign(document.createElement('script'), {type: 'application/json', textContent: text});
    const seen = {partnerLine: 0, partnerBank: 0};
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(fc.oneof(line, bank, other), async ({text, call, bank: partnerBank}) => {
          const card = document.createElement('signpost-hotline-card') as SignpostHotlineCard;
          card.setAttribute('country', 'US');
          card.append(child(text));
          const quiz = document.createElement('signpost-red-flag-quiz') as HTMLElement & {updateComplete: Promise<boolean>};
          quiz.setAttribute('count', '1');
          quiz.append(child(text));
          document.body.append(card, quiz);
          try {
            await Promise.all([card.updateComplete, quiz.updateComplete]);
            expect(card.shadowRoot!.querySelector('[part="call-link"]')?.getAttribute('href'), text).to.equal(call);
            quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
            await quiz.updateComplete;
            const legend = quiz.shadowRoot!.querySelector('legend')!.textContent!.trim();
            if (partnerBank) expect(legend, text).to.equal('Partner question?');
            else expect(builtIn.has(legend), `${text}: ${legend}`).to.equal(true);
            if (call !== US) seen.partnerLine++;
            if (partnerBank) seen.partnerBank++;
          } finally {
            card.remove();
            quiz.remove();
          }
        }),
        RUNS,
      ),
    );
    // Both kinds of outcome were reached in a fair share of runs (a partner line in 53–64 of 1,000 runs
    // on 2026-12-03, and once in exactly 30, which failed the bound of 30 then used: 15 leaves room for
    // such a draw, and still fails when no partner line or bank is ever shown).
    expect(seen.partnerLine, 'runs with a partner line').to.be.above(15);
    expect(seen.partnerBank, 'runs with a partner bank').to.be.above(15);
  });
});

describe('property-based: every attribute of every widget', () => {
  // Every attribute a partner can write, read from each class's declarations (so a new one is
  // covered too): its converter gives what the docs promise, and the widget still renders safely.
  const URLISH = /(^|-)(src|href|image|chat|report)$/;
  const unsafe = ['', 'javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,x', 'tel:+15555550100'];
  // Links may name other sites; what the widget fetches (src, image) stays on this origin: a test makes
  // no request the page did not configure, to anyone else.
  const link = fc.constantFrom(...unsafe, '//evil.example/', 'https://example.org/x', '/test-server/missing');
  const fetched = fc.constantFrom(...unsafe, `${location.origin}/test-server/missing`, '/test-server/missing', `//${location.host}/test-server/missing`);
  const text = fc.oneof(anyText({maxLength: 12}), fc.constantFrom('', ' ', 'false', 'true', '0', '-1', '1e309', 'NaN', '2.5', '0x10', '2026-02-31', '2026-07-30', 'Infinity'));
  type Widget = HTMLElement & {updateComplete: Promise<boolean>} & Record<string, unknown>;
  const DEFAULTED = ['signpost-news-ticker timeout', 'signpost-news-ticker maxBytes', 'signpost-news-ticker speed', 'signpost-news-ticker maxItems', 'signpost-red-flag-quiz timeout'];
  for (const tag of ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-news-ticker', 'signpost-campaign-banner']) {
    it(`<${tag}>: any value of any attribute converts as documented, renders, and every link stays safe (1,000 runs)`, async function () {
      this.timeout(60000);
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      const fresh = document.createElement(tag) as Widget; // the properties' defaults
      const declared = (el.constructor as unknown as {elementProperties: Map<string, {attribute?: boolean | string; state?: boolean; type?: unknown; converter?: unknown}>}).elementProperties;
      const attributes = [...declared]
        .filter(([, o]) => !o.state && o.attribute !== false)
        .map(([name, o]) => ({name, attr: typeof o.attribute === 'string' ? o.attribute : name.toLowerCase(), options: o}));
      expect(attributes.length).to.be.above(2);
      /** What the property must read after `attr="value"` (null: removed), as the docs describe. */
      const expected = ({name, options}: (typeof attributes)[number], value: string | null): unknown => {
        const fallback = fresh[name];
        // By the default's type, not by the declaration under test: an on/off attribute whose declaration
        // lost its converter would read "" for explain="" and fail here.
        if (typeof fallback === 'boolean') return value !== null && value !== 'false'; // "false" is off (Vue)
        // Removed or blank: the default; not a number: the default too (with a warning) where no later
        // check names the attribute, else NaN for that check (heading-level, count, interval, refresh).
        if (typeof fallback === 'number') return value === null || !value.trim() || (!Number.isFinite(Number(value)) && DEFAULTED.includes(`${tag} ${name}`)) ? fallback : Number(value);
        if (options.converter) return value?.trim() || fallback; // text without the spaces around it, whose removal, or empty or blank value, means its default
        return value;
      };
      await captureWarnings(() =>
        fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(fc.nat(attributes.length - 1), {minLength: 1, maxLength: 4}).chain((picked) =>
              fc.tuple(...picked.map((i) => fc.tuple(fc.constant(attributes[i]), URLISH.test(attributes[i].attr) ? (/(^|-)(src|image)$/.test(attributes[i].attr) ? fetched : link) : text, fc.boolean()))),
            ),
            async (changes) => {
              for (const [attribute, value, remove] of changes) {
                // Removing an attribute that is not there changes nothing (no attributeChangedCallback).
                const before = el.hasAttribute(attribute.attr) ? undefined : [el[attribute.name]];
                if (remove) el.removeAttribute(attribute.attr);
                else el.setAttribute(attribute.attr, value);
                const want = remove && before ? before[0] : expected(attribute, remove ? null : value);
                expect(el[attribute.name], `${attribute.attr}=${remove ? '(removed)' : JSON.stringify(value)}`).to.deep.equal(want);
              }
              await el.updateComplete;
              // A banner may rightly show nothing (closed, out of its dates, no message): the others always render.
              if (tag !== 'signpost-campaign-banner') expect(el.shadowRoot!.querySelector('[part~="base"]'), 'rendered').to.not.equal(null);
              safeLinks(el.shadowRoot!);
            },
          ),
          RUNS,
        ),
      );
      el.remove();
    });
  }
});

describe('property-based: properties set from JavaScript (frameworks) never throw', () => {
  // React 19, Vue and Angular set properties, not attributes, with whatever type the app holds.
  const value = fc.oneof(
    anyText({maxLength: 12}),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, NaN, Infinity),
    fc.array(anyText({maxLength: 8}), {maxLength: 3}),
    fc.date(),
    // Plain objects; not ones whose own toString/valueOf is not a function (String() of those throws
    // in any code, and no framework passes them).
    fc.object({maxDepth: 1, key: anyText({maxLength: 8}).filter((k) => k !== 'toString' && k !== 'valueOf')}),
  );
  for (const tag of ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-news-ticker', 'signpost-campaign-banner']) {
    // (No test for a framework prop named like an internal member: the widgets' methods and timers are
    // native #private members, which no outside code can reach, and their reactive state ({state: true})
    // is internal, not API: it is meant to change what the widget shows, and in the CDN build its names
    // are mangled. Setting it from outside, by its npm source name, is not supported: docs/frameworks.md
    // says what it changes.)
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
