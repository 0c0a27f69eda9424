import {expect} from '@open-wc/testing';
import {intl} from '../../src/internal/intl.js';
import {isTimeZone, minuteOfWeek} from '../../src/hotline/schedule.js';
import {parseHours} from '../../src/hotline/custom-line.js';

describe('intl (formatters built once)', () => {
  it('refuses an empty time zone even after the reader\'s own zone was formatted (same cache key)', () => {
    // A card drawing hours asks for the reader's minute of the week: timeZone undefined.
    expect(minuteOfWeek(Date.now())).to.be.at.least(0);
    expect(isTimeZone('')).to.equal(false);
    expect(parseHours('Mo-Fr 09:00-17:00', '')).to.equal(null);
    expect(isTimeZone('Europe/Berlin')).to.equal(true);
    expect(isTimeZone('x'.repeat(64))).to.equal(false);
  });

  it('reuses a formatter for the same kind, locale and options, and builds another when any differs', () => {
    const time = (locale: string, options: Intl.DateTimeFormatOptions) => intl(Intl.DateTimeFormat, locale, options);
    const a = time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'});
    expect(time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'})).to.equal(a);
    expect(time('fr', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'})).to.not.equal(a);
    expect(time('en-GB', {hour: 'numeric', minute: 'numeric', timeZone: 'UTC'})).to.not.equal(a);
    expect(time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Manila'})).to.not.equal(a);
    expect(intl(Intl.NumberFormat, 'en-GB', {})).to.not.equal(intl(Intl.PluralRules, 'en-GB', {}));
  });

  it('writes Tagalog (tl) with Intl\'s Filipino data in every engine: WebKit, which does not read tl as fil, wrote it in English', () => {
    const monday = Date.parse('2026-11-30T12:00:00Z');
    for (const tag of ['tl', 'tl-PH']) {
      expect(intl(Intl.DateTimeFormat, tag, {weekday: 'long' as const, timeZone: 'UTC'}).format(monday), tag).to.equal('Lunes');
      expect(intl(Intl.DisplayNames, tag, {type: 'region' as const}).of('PH'), tag).to.equal('Pilipinas');
    }
  });

  it('works on a page whose old library replaced JSON (MooTools 1.2 had no stringify)', () => {
    const json = globalThis.JSON;
    let name: string;
    try {
      (globalThis as {JSON: unknown}).JSON = {};
      name = intl(Intl.DisplayNames, 'es', {type: 'region' as const}).of('MX')!;
    } finally {
      globalThis.JSON = json;
    }
    expect(name).to.equal('México');
  });

  it('takes no option from a polluted Object.prototype (hour12, usage, localeMatcher, numberingSystem): "open now" keeps its 24-hour clock', () => {
    // Monday 30 Nov 2026, 15:30 in Kathmandu (UTC+5:45): minute 1 × 1440 + 15 × 60 + 30 of the week.
    const instant = Date.parse('2026-11-30T09:45:00Z');
    const proto = Object.prototype as Record<string, unknown>;
    const pollution = {hour12: '1', usage: 'x', localeMatcher: 'x', numberingSystem: 'arab'};
    let minute: number, names: string[];
    try {
      Object.assign(proto, pollution);
      // Zones and locales no formatter was built for yet in this file (formatters are kept).
      minute = minuteOfWeek(instant, 'Asia/Kathmandu');
      names = ['Zulu', 'Ábaco', 'Abeto'].sort(intl(Intl.Collator, 'es-AR', {}).compare);
    } finally {
      for (const key of Object.keys(pollution)) delete proto[key];
    }
    expect(minute).to.equal(1440 + 15 * 60 + 30);
    expect(names).to.deep.equal(['Ábaco', 'Abeto', 'Zulu']);
  });
});
