import {intl} from '../internal/intl.js';
import {safe} from '../internal/safe.js';

/** An item's date, localised with Intl: absolute ("29 Nov 2026") or relative ("3 days ago"). */
export function formatItemDate(locale: string, date: number | undefined, style: string, now: number): string {
  // An item's date is parseDate's: a time within its years, or none.
  if (style === 'none' || !date) return '';
  // None when Intl throws (through safe, not a try of its own: smaller).
  return safe(() => {
    const ms = date - now;
    // Relative unless the date is a minute or more ahead of the reader's clock: a feed that writes its
    // local time as UTC (a wrong zone) had its newest stories "in 5 hours"; they show their date.
    if (style === 'relative' && ms < 6e4) {
      // (An object's entries, in the order written: smaller than the pairs written out.)
      const units = Object.entries({year: 31536e6, month: 2592e6, week: 6048e5, day: 864e5, hour: 36e5}) as Array<[Intl.RelativeTimeFormatUnit, number]>;
      // Minutes for less than an hour, also for less than a minute. (The time gone by, -ms, compared:
      // a date ahead is less than a minute ahead here, so minutes, as with squares compared; smaller.)
      const [unit, size] = units.find(([, s]) => -ms >= s) ?? ['minute', 6e4];
      // Always a number ("1 day ago", not "yesterday"): the count is of time gone by, and "yesterday",
      // "last month" name calendar days and months (a story 30 hours old may be from two days ago). The
      // whole units gone by, as the unit is chosen: until 2026-12-07 the count was rounded, so 59.7
      // minutes read "60 minutes ago", 23.7 hours "24 hours ago", 6.6 days "7 days ago" beside "1 week
      // ago". (`| 0` truncates as Math.trunc for any span between two times a Date can hold: smaller.)
      // Under a minute, either way (a clock a little ahead), "1 minute ago", not "0 minutes ago".
      // That is `numeric: 'always'`, RelativeTimeFormat's default (ECMA-402), so no option is written:
      // intl() passes the options without a prototype, where a polluted `numeric` cannot reach.
      return intl(Intl.RelativeTimeFormat, locale, {}).format(ms / size | 0 || -1, unit);
    }
    return intl(Intl.DateTimeFormat, locale, {dateStyle: 'medium' as const}).format(date);
  }, '');
}
