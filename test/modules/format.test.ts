import {expect} from '@open-wc/testing';
import {ENGLISH_COUNTRY_NAMES, ENGLISH_LANGUAGE_NAMES, countryName, dayAt, englishList, daysLabel, formatDate, formatTime, languageList, spokenDigits, zoneName} from '../../src/hotline/format.js';
import {HOTLINES} from '../../src/data/hotlines.js';
import fc from 'fast-check';

describe('format', () => {
  it('reads phone numbers digit by digit, pausing between groups', () => {
    expect(spokenDigits('1-888-373-7888')).to.equal('1, 8 8 8, 3 7 3, 7 8 8 8');
    expect(spokenDigits('08000 121 700')).to.equal('0 8 0 0 0, 1 2 1, 7 0 0');
    expect(spokenDigits('+66 99 130 1300')).to.equal('+6 6, 9 9, 1 3 0, 1 3 0 0');
    expect(spokenDigits('1343')).to.equal('1 3 4 3');
  });

  it('uses Intl for names, times and dates in each language', () => {
    expect(countryName('en', 'GB')).to.equal('United Kingdom');
    expect(countryName('es', 'DE')).to.equal('Alemania');
    expect(languageList('en', ['en', 'es'])).to.equal('English and Spanish');
    expect(languageList('es', ['en', 'fr'])).to.equal('inglés y francés');
    // In running text, a language's name starts lower-case where the language writes it so, but a
    // country in it keeps its capital ("portugués de Brasil", not "brasil"; Vietnamese "tiếng Anh").
    for (const [tag, codes] of [['es', ['pt-BR', 'es-MX']], ['fr', ['es-MX', 'en-GB']], ['pt', ['en-GB', 'fr-CA']], ['ro', ['pt-BR']], ['vi', ['en', 'es']]] as const) {
      const names = new Intl.DisplayNames(tag, {type: 'language'});
      const list = new Intl.ListFormat(tag, {type: 'conjunction'});
      const expected = list.format(codes.map((c) => names.of(c)!.replace(/^./, (first) => first.toLocaleLowerCase(tag))));
      expect(languageList(tag, codes), tag).to.equal(expected);
      expect(expected, `${tag}: a capital kept inside a name`).to.not.equal(expected.toLocaleLowerCase(tag));
    }
    // Russian and Ukrainian write them lower-case in every engine (WebKit's names are capitalised:
    // "Английский и Французский" until 2026-12-07).
    expect(languageList('ru', ['en', 'fr'])).to.equal('английский и французский');
    expect(languageList('uk', ['en', 'fr'])).to.equal('англійська і французька');
    expect(formatTime('en', 540)).to.equal('9:00 AM');
    expect(formatTime('es', 1140)).to.equal('19:00');
    expect(formatDate('en', '2026-11-29')).to.equal('November 29, 2026');
    expect(formatDate('en', 'garbage')).to.equal('garbage');
    expect(zoneName('en', 'Europe/Berlin', 0)).to.be.a('string').and.not.equal('');
    // The day on the zone's own clock: 23:30 on Sunday 6 December in UTC is Monday 7 December in Berlin.
    const late = Date.parse('2026-12-06T23:30:00Z');
    expect(dayAt('en', 'Europe/Berlin', late, false)).to.equal('Monday');
    expect(dayAt('en', 'UTC', late, false)).to.equal('Sunday');
    expect(dayAt('en', 'Europe/Berlin', late, true)).to.equal('Monday, December 7');
    expect(dayAt('es', 'Europe/Berlin', late, true)).to.equal('lunes, 7 de diciembre');
  });

  it('without Intl\'s formatters (an engine that lacks them), still writes something readable, and never throws', () => {
    const kept = {DisplayNames: Intl.DisplayNames, ListFormat: Intl.ListFormat, DateTimeFormat: Intl.DateTimeFormat};
    const gone = Intl as unknown as Record<string, unknown>;
    for (const name of Object.keys(kept)) gone[name] = undefined;
    try {
      // Each falls back to what it was given: the code, the list joined, a 24-hour clock, the ISO date, the zone's id.
      expect(countryName('es', 'DE')).to.equal('DE');
      expect(languageList('de', ['en', 'fr'])).to.equal('en, fr');
      expect(formatTime('es', 1140)).to.equal('19:00');
      expect(formatTime('es', 545)).to.equal('09:05');
      expect(formatDate('es', '2026-11-29')).to.equal('2026-11-29');
      expect(zoneName('es', 'Europe/Berlin', 0)).to.equal('Europe/Berlin');
      expect(dayAt('es', 'Europe/Berlin', 0, true)).to.equal('');
    } finally {
      Object.assign(Intl, kept);
    }
    expect(formatTime('es', 1140)).to.equal('19:00');
    expect(countryName('es', 'DE')).to.equal('Alemania');
  });

  it('names a zone that has no name by its offset, never by an Etc/GMT id whose sign reads backwards', () => {
    // Etc/GMT+5 is five hours behind UTC (POSIX's sign): the reader must see GMT-5.
    expect(zoneName('en', 'Etc/GMT+5', 0)).to.equal('GMT-5');
    expect(zoneName('en', 'Etc/GMT-3', 0)).to.equal('GMT+3');
    expect(zoneName('en', 'Europe/Paris', 0)).to.match(/^(?!GMT)/);
    // A short name that is only "GMT" gives way to the long one; a zone Intl does not know stays as written.
    expect(zoneName('en', 'Africa/Accra', 0)).to.equal('Greenwich Mean Time');
    expect(zoneName('en', 'Mars/Olympus_Mons', 0)).to.equal('Mars/Olympus_Mons');
  });

  // English and the regional forms the card writes without Intl's data (format.ts, ENGLISH).
  const ENGLISH_TAGS = ['en', 'en-US', 'en-PH', 'en-CA', 'en-GB', 'en-AU', 'en-IE', 'en-IN', 'en-NZ'];

  it("names the directory's languages and lists them in English without Intl, exactly as Intl would", () => {
    const codes = new Set(HOTLINES.flatMap((e) => e.lines.flatMap((l) => [...(l.languages?.phone ?? []), ...(l.languages?.text ?? []), ...(l.languages?.chat ?? [])])));
    expect([...codes].sort()).to.deep.equal(Object.keys(ENGLISH_LANGUAGE_NAMES).sort());
    for (const tag of ENGLISH_TAGS) {
      const names = new Intl.DisplayNames([tag], {type: 'language'});
      for (const [code, name] of Object.entries(ENGLISH_LANGUAGE_NAMES)) expect(name, `${tag} ${code}`).to.equal(names.of(code));
      const list = new Intl.ListFormat([tag], {type: 'conjunction'});
      for (const items of [[], ['en'], ['en', 'es'], ['fr', 'de', 'es'], ['en', 'es', 'fr', 'de'], ['fr', 'de', 'it']]) {
        expect(languageList(tag, items), tag).to.equal(list.format(items.map((c) => names.of(c)!)));
      }
    }
    expect(languageList('en', ['fr', 'de', 'it'])).to.equal('French, German, and Italian');
    expect(languageList('en-GB', ['fr', 'de', 'it'])).to.equal('French, German and Italian');
    const american = new Intl.ListFormat(['en'], {type: 'conjunction'});
    const british = new Intl.ListFormat(['en-GB'], {type: 'conjunction'});
    for (const items of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
      expect(englishList(items, true)).to.equal(american.format(items));
      expect(englishList(items, false)).to.equal(british.format(items));
    }
  });

  it("names the directory's countries in English without Intl, exactly as Intl would", () => {
    expect(HOTLINES.map((e) => e.country).sort()).to.deep.equal(Object.keys(ENGLISH_COUNTRY_NAMES).sort());
    for (const tag of ENGLISH_TAGS) {
      const names = new Intl.DisplayNames([tag], {type: 'region'});
      for (const [code, name] of Object.entries(ENGLISH_COUNTRY_NAMES)) {
        expect(name, `${tag} ${code}`).to.equal(names.of(code));
        expect(countryName(tag, code)).to.equal(name);
      }
    }
    // Other languages, and codes outside the directory, still ask Intl.
    expect(countryName('en', 'NZ')).to.equal('New Zealand');
    expect(countryName('fr', 'GB')).to.equal('Royaume-Uni');
  });

  it('builds no Intl object for English names, lists and dates: a page\'s first costs ≈ 10–15 ms of a card\'s mount', () => {
    const writable = Intl as Record<'DisplayNames' | 'ListFormat' | 'DateTimeFormat', new (...args: never[]) => unknown>;
    const kinds = ['DisplayNames', 'ListFormat', 'DateTimeFormat'] as const;
    const real = kinds.map((kind) => writable[kind]);
    let built = 0;
    // Counting subclasses. A class assigned to a property is named '', so the formatter cache (keyed by
    // the class's name) holds none of the formatters earlier tests built: each first use is counted,
    // and a second use of the same (kind, locale, options) is answered from the cache.
    kinds.forEach((kind, i) => {
      writable[kind] = class extends (real[i] as typeof Intl.DisplayNames) {
        constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
          super(...args);
          built++;
        }
      };
    });
    try {
      for (const tag of ENGLISH_TAGS) {
        for (const code of Object.keys(ENGLISH_COUNTRY_NAMES)) countryName(tag, code);
        formatDate(tag, '2026-11-29');
      }
      languageList('en', ['en', 'es', 'fr']);
      languageList('en-US', ['en', 'es']);
      languageList('en-PH', ['en', 'es', 'fr']);
      expect(built).to.equal(0);
      countryName('en', 'NZ');
      expect(built).to.equal(1);
      formatDate('en-ZA', '2026-11-29');
      expect(built).to.equal(2);
      // Lists without the serial comma ("A, B and C") too: Canada's (its dates are American), Britain's.
      languageList('en-GB', ['en', 'es', 'fr']);
      languageList('en-CA', ['en', 'es', 'fr']);
      expect(built).to.equal(2);
      languageList('en-ZA', ['en', 'es']);
      expect(built, 'South African English asks Intl: its names and its list').to.equal(4);
    } finally {
      kinds.forEach((kind, i) => (writable[kind] = real[i]));
    }
  });

  it('writes an English date as Intl.DateTimeFormat would, for any date from 1000 to 9999', () => {
    const formats = ENGLISH_TAGS.map((tag) => [tag, new Intl.DateTimeFormat([tag], {dateStyle: 'long', timeZone: 'UTC'})] as const);
    fc.assert(
      fc.property(fc.date({min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true}), fc.nat(ENGLISH_TAGS.length - 1), (date, i) => {
        const iso = date.toISOString().slice(0, 10);
        const [tag, long] = formats[i];
        expect(formatDate(tag, iso), tag).to.equal(long.format(Date.parse(`${iso}T00:00:00Z`)));
      }),
      {numRuns: 1000},
    );
    expect(formatDate('en-GB', '2026-11-29')).to.equal('29 November 2026');
    expect(formatDate('en-US', '2026-01-05')).to.equal('January 5, 2026');
    expect(formatDate('en-CA', '2026-01-05')).to.equal('January 5, 2026');
    expect(formatDate('en-NZ', '2026-01-05')).to.equal('5 January 2026');
  });

  it('groups weekdays into ranges starting on Monday', () => {
    expect(daysLabel('en', [1, 2, 3, 4, 5])).to.equal('Mon–Fri');
    expect(daysLabel('en', [0, 6])).to.equal('Sat, Sun');
    expect(daysLabel('en', [0, 1, 2, 3, 4, 5, 6])).to.equal('Mon–Sun');
    expect(daysLabel('en', [1, 3])).to.equal('Mon, Wed');
    // Three days in a row are already a range; two are named each.
    expect(daysLabel('en', [1, 2, 3])).to.equal('Mon–Wed');
    expect(daysLabel('en', [5, 6, 0])).to.equal('Fri–Sun');
    expect(daysLabel('en', [1, 2, 4, 5, 6])).to.equal('Mon, Tue, Thu–Sat');
    // A run through Sunday into Monday reads from where it starts (until 2026-12-07 "Mon, Sat, Sun").
    expect(daysLabel('en', [6, 0, 1])).to.equal('Sat–Mon');
    expect(daysLabel('en', [0, 1])).to.equal('Sun, Mon');
    expect(daysLabel('en', [3, 5, 6, 0, 1, 2])).to.equal('Fri–Wed'); // all but Thursday
    expect(daysLabel('en', [0, 2, 5, 6])).to.equal('Tue, Fri–Sun');
    expect(daysLabel('en', [0, 1, 2, 3, 4, 5])).to.equal('Sun–Fri'); // all but Saturday
  });
});
