/**
 * Localised formatting for the hotline card, built on Intl so that no word lists ship in the bundle:
 * country and language names, weekdays, times, dates, lists, and phone numbers read digit by digit.
 */
import {intl} from '../internal/intl.js';
import {languageOf} from '../i18n/resolve.js';
import {safe} from '../internal/safe.js';

/**
 * English names of the languages the built-in directory lists, exactly as `Intl.DisplayNames` gives
 * them (a test compares). A page's first `Intl.DisplayNames` or `Intl.ListFormat` loads locale data,
 * ≈ 10–15 ms, which the built-in language skips: these names and `englishList`. Any other code or
 * language asks Intl. (First in the module: the order that gzips smallest; read only when a function runs.
 * Its entries too are in the order that gzips smallest: only looked up.)
 */
export const ENGLISH_LANGUAGE_NAMES: Readonly<Record<string, string>> = {fr: 'French', en: 'English', es: 'Spanish', de: 'German'};

/**
 * English names of the directory's countries, exactly as `Intl.DisplayNames` gives them (a test
 * compares). The country picker names all of them, and a page's first region `Intl.DisplayNames`
 * costs ≈ 10–15 ms (measured in Chromium: a card with no country took 25 ms to mount, 16 ms with one).
 * No prototype: a partner's `country="constructor"` (not in the directory, beside its own line) is named
 * "constructor" in the picker, not Object's source text. (`__proto__: null` first: measured 2 B smaller
 * on signpost.js than last, where the banner's tables have theirs.)
 */
export const ENGLISH_COUNTRY_NAMES = {
  __proto__: null,
  AR: 'Argentina',
  AU: 'Australia',
  CA: 'Canada',
  DE: 'Germany',
  ES: 'Spain',
  FR: 'France',
  GB: 'United Kingdom',
  IE: 'Ireland',
  IN: 'India',
  MX: 'Mexico',
  NL: 'Netherlands',
  PH: 'Philippines',
  TH: 'Thailand',
  US: 'United States',
} as unknown as Readonly<Record<string, string>>;

/**
 * English as the card writes it without Intl's data: `en` and the English of the directory's
 * English-speaking countries and New Zealand (`en-US`, `en-PH`, `en-CA`, `en-GB`, `en-AU`, `en-IE`,
 * `en-IN`, `en-NZ`), whose country and language names and long dates a test compares with Intl's in
 * every engine (`en-ZA`, `en-SG`… ask Intl). A page's first `Intl.DisplayNames` or long
 * `DateTimeFormat` costs 13–15 ms: an `en-GB` card took 56 ms to mount, an `en` card 20.
 */
const ENGLISH = /^en(-(US|PH|CA|GB|AU|IE|IN|NZ))?$/;

/**
 * A country's name in `locale` (`GB` → "United Kingdom"), a partner's code in lower case too (`nz`,
 * which Chromium's Intl gives back as written); else the code as written.
 */
export function countryName(locale: string, code: string): string {
  return (
    (ENGLISH.test(locale) && ENGLISH_COUNTRY_NAMES[code]) ||
    safe(() => intl(Intl.DisplayNames, locale, {type: 'region' as const}).of(code.toUpperCase())!, code)
  );
}

/**
 * An English conjunction list as `Intl.ListFormat` writes it: "A and B"; "A, B, and C" with the
 * serial comma (American, `serial` true), else "A, B and C". `serial` has no default: its one caller
 * always passes it, and a default would stay in the CDN files (−4 B on signpost.js).
 */
export function englishList(items: readonly string[], serial: boolean): string {
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}${serial ? ',' : ''} and ${items.at(-1)}`;
}

/** "English, Spanish and French" in `locale`. */
export function languageList(locale: string, codes: readonly string[]): string {
  // Some engines capitalise names for stand-alone use ("Inglés", Vietnamese's "Tiếng Anh", WebKit's
  // Russian "Английский"); in running text these languages write them lower-case: the first letter only
  // ("portugués de Brasil", "tiếng Anh", "английский").
  const lower = LOWER_CASE_NAMES.includes(languageOf(locale));
  const names = codes.map((c) => {
    const name =
      (ENGLISH.test(locale) && ENGLISH_LANGUAGE_NAMES[c]) || safe(() => intl(Intl.DisplayNames, locale, {type: 'language' as const}).of(c)!, c);
    return lower ? name.replace(/^./, (first) => first.toLocaleLowerCase(locale)) : name;
  });
  // The English above without Intl (American with the serial comma, "A, B, and C"; the others
  // without, "A, B and C"); any other language through Intl.
  return ENGLISH.test(locale) ? englishList(names, /^en(-(US|PH))?$/.test(locale)) : safe(() => intl(Intl.ListFormat, locale, {type: 'conjunction' as const}).format(names), names.join(', '));
}

/** Minutes of the day as a local clock time (`540` → "09:00" / "9:00 AM"). */
export function formatTime(locale: string, minutes: number): string {
  return safe(
    () =>
      intl(Intl.DateTimeFormat, locale, {timeZone: 'UTC', hour: 'numeric' as const, minute: '2-digit' as const}).format(
        // That many minutes past midnight UTC on 1 January 1970: only the time is written (1440, 24:00,
        // is midnight of the next day: the same clock time).
        minutes * 6e4,
      ),
    // HH:MM of that many minutes past midnight UTC (minutes: 0–1440, from parseTime or openState).
    new Date(minutes * 6e4).toISOString().slice(11, 16),
  );
}

/**
 * A weekday's short name ("Mon"), for the hours' day ranges; 0 = Sunday. 4 January 1970 (3 days after
 * the epoch) was a Sunday. (The status line's long names, with the line's own day, are dayAt's.)
 */
function weekdayName(locale: string, day: number): string {
  return safe(
    // (The options in the order that gzips smallest: Intl reads them in an order of its own.)
    () => intl(Intl.DateTimeFormat, locale, {timeZone: 'UTC', weekday: 'short' as const}).format((day + 3) * 864e5),
    String(day),
  );
}

/**
 * The weekday at `instant` on the clock of `timeZone` ("Monday"), with its date when `dated` ("Monday,
 * December 7"). (The day's option before the month's: the order that gzips smallest.)
 */
export function dayAt(locale: string, timeZone: string, instant: number, dated: boolean): string {
  return safe(
    () => intl(Intl.DateTimeFormat, locale, {timeZone, weekday: 'long' as const, ...(dated && {day: 'numeric' as const, month: 'long' as const})}).format(instant),
    '',
  );
}

/**
 * A readable name for a time zone in `locale` ("Germany Time"), else its offset ("GMT-5": never the
 * id `Etc/GMT+5`, whose sign reads backwards), else the IANA id. Named as at `instant` (now): a
 * zone's name changes with its rules (Cancún is on Eastern time since 2015, not CST as in 1970).
 */
export function zoneName(locale: string, timeZone: string, instant: number): string {
  for (const style of ['shortGeneric', 'long', 'shortOffset'] as const) {
    const name = safe(
      () =>
        intl(Intl.DateTimeFormat, locale, {timeZone, timeZoneName: style})
          .formatToParts(instant)
          .find((p) => p.type === 'timeZoneName')?.value,
      '',
    );
    if (name && (style == 'shortOffset' || !/^GMT/.test(name))) return name;
  }
  return timeZone;
}

/**
 * Groups consecutive days: [1,2,3,4,5] → "Mon–Fri" (a range per run of three days or more; all seven are "Mon–Sun").
 * `days`: 0 (Sunday) to 6, each once, as parseHours and the directory give them (no other caller).
 */
export function daysLabel(locale: string, days: readonly number[]): string {
  // Start weeks on Monday for readability.
  // (One digit each: the default sort, by text, orders them as numbers.)
  const order = days.map((d) => (d + 6) % 7).sort();
  // A week that runs on through Sunday into Monday (`Sa-Mo`) starts where it does, so the run reads as one
  // ("Sat–Mon", not "Mon, Sat, Sun"): its days from Monday on go to the end, as days 7, 8…. (Not a whole
  // week: only seven days have an order[6].)
  while (!order[6] && order.at(-1)! - order[0] == 6) order.push(order.shift()! + 7);
  const runs: number[][] = [];
  for (const d of order) {
    const last = runs.at(-1);
    if (last && d === last.at(-1)! + 1) last.push(d);
    else runs.push([d]);
  }
  const name = (d: number) => weekdayName(locale, (d + 1) % 7);
  // One or two days are named each; three or more in a row are a range.
  return runs.flatMap((run) => (run.length < 3 ? run.map(name) : `${name(run[0])}–${name(run.at(-1)!)}`)).join(', ');
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** An ISO date (YYYY-MM-DD) as a long local date; in English (see ENGLISH) as `Intl.DateTimeFormat` writes it, without its data. */
export function formatDate(locale: string, iso: string): string {
  // A date-only ISO form is read as midnight UTC (ECMAScript's date time string format).
  const date = new Date(iso);
  if (isNaN(date as never)) return iso; // (isNaN reads the date as a number itself: smaller than +date.)
  if (ENGLISH.test(locale)) {
    // The date's own fields (a real YYYY-MM-DD date: the callers' only kind), as numbers.
    const [year, m, d] = iso.split('-');
    // American and Canada's English write the month first ("November 29, 2026").
    // Day and month written where each form shows them (smaller gzip than locals read once).
    return `${/^en(-(US|PH|CA))?$/.test(locale) ? `${MONTHS[+m - 1]} ${+d},` : `${+d} ${MONTHS[+m - 1]}`} ${+year}`;
  }
  return safe(() => intl(Intl.DateTimeFormat, locale, {dateStyle: 'long' as const, timeZone: 'UTC'}).format(date), iso);
}

/**
 * A phone number for screen readers, digit by digit, pausing between the groups as written:
 * "1-888-373-7888" → "1, 8 8 8, 3 7 3, 7 8 8 8"; "+44 20" → "+4 4, 2 0".
 */
export function spokenDigits(display: string): string {
  const plus = /^\s*\+/.test(display) ? '+' : '';
  const groups = display.match(/\d+/g) ?? [];
  // A space between each two digits of a group (\B: between two word characters, so only inside the group).
  return plus + groups.map((g) => g.replace(/\B/g, ' ')).join(', ');
}

/**
 * The languages whose running text writes a language's name lower-case (languageList). (An array, not a
 * Set: includes compares as has does, and gzips smaller. Last in the module, where it gzips smallest:
 * read only when languageList runs. The codes too are in the order that gzips smallest.)
 */
const LOWER_CASE_NAMES = 'ro es fr it ca vi pt ru uk'.split(' ');
