/**
 * "Open now": computed in the line's own time zone, at an injected instant.
 * Pure functions, no DOM; tested at fixed instants across time zones and DST changes.
 * (The definitions are in the order that gzips smallest: functions are hoisted, and the constants
 * are read only when a function runs.)
 */
import type {Hours, WeeklyHours} from '../data/hotline-types.js';
import {intl} from '../internal/intl.js';
import {safe} from '../internal/safe.js';

// (`phase`, not `kind`: a name the browser gives elements, which the CDN build's minifier may not shorten;
// this one it does, scripts/mangle-props.mjs.)
export type OpenState =
  | {phase: 'always'}
  | {phase: 'unknown'}
  | {phase: 'open'; changesAt: number; ahead: number}
  | {phase: 'closed'; changesAt: number; inDays: number; ahead: number};

/**
 * Whether a line is open at `instant`. `changesAt` is the minute of the day (0–1439) in the line's
 * time zone at which it closes (open) or opens (closed): one key for both, so the card reads it without
 * asking which (smaller); `inDays` is how many local days ahead the opening is (0 = today, 1 =
 * tomorrow…); `ahead` is how many minutes the line's clock runs until that time (which names the
 * instant: the card asks what the reader's clock will read then).
 */
export function openState(hours: Hours | '' | undefined, instant: number): OpenState {
  if (hours === '24/7') return {phase: 'always'};
  if (!hours) return {phase: 'unknown'};
  const now = minuteOfWeek(instant, hours.timeZone);
  const list = intervals(hours);
  if (isNaN(now) || !list.length) return {phase: 'unknown'};
  for (const [start, end] of list) {
    for (const shift of [0, -WEEK]) {
      if (now >= start + shift && now < end + shift) {
        // Merge back-to-back periods so "closes at" names the real closing time.
        let close = end + shift;
        for (let grew = true; grew; ) {
          grew = false;
          for (const [s, e] of list) {
            for (const k of [0, WEEK, -WEEK]) {
              if (s + k <= close && e + k > close) {
                close = e + k;
                grew = true;
              }
            }
          }
          if (close - now >= WEEK) return {phase: 'always'};
        }
        return {phase: 'open', changesAt: close % 1440, ahead: close - now};
      }
    }
  }
  // The nearest opening ahead (the list is not empty). A start is 0 to WEEK (days 0–6, a time to 24:00)
  // and now is under WEEK, so start - now + WEEK is positive: % WEEK alone brings it into the week (smaller).
  const opens = now + Math.min(...list.map(([start]) => (start - now + WEEK) % WEEK));
  // Both minutes are 0 or more (now is a minute of the week), so | 0 rounds them down as Math.floor does.
  const inDays = ((opens / 1440) | 0) - ((now / 1440) | 0);
  return {phase: 'closed', changesAt: opens % 1440, ahead: opens - now, inDays};
}

const WEEK = 7 * 24 * 60;
/** The weekdays as `en-US` names them, Sunday first. */
export const WEEKDAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');

/** Minute of the week (0 = Sunday 00:00) of `instant` in `timeZone` (none: the reader's), or NaN for a bad zone or an instant that is none. */
export function minuteOfWeek(instant: number, timeZone?: string): number {
  // A bad zone: no parts. The three fields asked for are always among the parts (ECMA-402 writes every field requested).
  const parts = Object.fromEntries(safe(() => intl(Intl.DateTimeFormat, 'en-US', {timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23'} as const).formatToParts(instant), []).map((part) => [part.type, part.value]));
  const day = WEEKDAYS.indexOf(parts.weekday);
  return day < 0 ? NaN : day * 1440 + (+parts.hour % 24) * 60 + +parts.minute;
}

/** True when `tz` is an IANA zone this browser knows. */
export function isTimeZone(tz: unknown): tz is string {
  // minuteOfWeek gives NaN for a zone it cannot read, else a minute of 0 or more: >= 0 is !isNaN (shorter).
  // 1 to 63 characters (written so for size). Not '': Intl refuses it, but intl()'s cache key does not
  // tell it from no zone (the reader's own), so once a card had drawn hours, '' found that formatter.
  return typeof tz === 'string' && !!tz[0] && !tz[63] && minuteOfWeek(0, tz) >= 0;
}

/** Opening intervals as [start, end) minutes of the week; an overnight period wraps past Saturday. */
export function intervals(hours: WeeklyHours): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const period of hours.periods) {
    const open = parseTime(period.open);
    let close = parseTime(period.close);
    // Unreadable (NaN) or empty (the same minute): skipped. (open - close is NaN or 0 exactly then: written so for size.)
    if (!(open - close)) continue;
    if (close < open) close += 24 * 60; // overnight, e.g. 22:00–06:00
    for (const day of period.days) out.push([day * 1440 + open, day * 1440 + close]);
  }
  return out;
}

/** Milliseconds until the next minute boundary (a whole minute on one): when "open now" may next change. */
export function msToNextMinute(instant: number): number {
  return 60_000 - (((instant % 60_000) + 60_000) % 60_000);
}

/**
 * `HH:MM` → minutes, or NaN. Accepts 00:00–24:00. (An arrow, smaller in the CDN files: it is handed on to
 * `map`, so the build cannot write it as one; nothing constructs it.)
 */
export const parseTime = (text: string): number => {
  // 24 only as 24:00.
  const match = /^([01]?\d|2[0-3]|24(?=:00)):([0-5]\d)$/.exec(text.trim());
  return match ? +match[1] * 60 + +match[2] : NaN;
};
