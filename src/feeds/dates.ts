import {intl} from '../internal/intl.js';
import {safe} from '../internal/safe.js';

/** An item's date, localised with Intl: absolute ("29 Nov 2026") or relative ("3 days ago"). */
export function formatItemDate(locale: string, date: number | undefined, style: string, now: number): string {
  // An item's date is parseDate's: a time within its years, or none.
  if (style === 'none' || !date) return '';
  // None when Intl throws (through safe, not a try of its own: smaller).
  return safe(() => {
    if (style === 'relative') {
      const ms = date - now;
      // (An object's entries, in the order written: smaller than the pairs written out.)
      const units = Object.entries({year: 31536e6, month: 2592e6, week: 6048e5, day: 864e5, hour: 36e5}) as Array<[Intl.RelativeTimeFormatUnit, number]>;
      // Minutes for less than an hour, also for less than a minute. (Squares compared, not Math.abs:
      // the same for these sizes and any span of dates, and smaller.)
      const [unit, size] = units.find(([, s]) => ms * ms >= s * s) ?? ['minute', 6e4];
      // Always a number ("1 day ago", not "yesterday"): the count is of time gone by, and "yesterday",
      // "last month" name calendar days and months (a story 30 hours old may be from two days ago). Under
      // half a minute, either way (a clock a little ahead), "1 minute ago", not "0 minutes ago".
      // That is `numeric: 'always'`, RelativeTimeFormat's default (ECMA-402), so no option is written:
      // intl() passes the options without a prototype, where a polluted `numeric` cannot reach.
      return intl(Intl.RelativeTimeFormat, locale, {}).format(Math.round(ms / size) || -1, unit);
    }
    return intl(Intl.DateTimeFormat, locale, {dateStyle: 'medium' as const}).format(date);
  }, '');
}
