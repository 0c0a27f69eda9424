/**
 * A partner's own line, from attributes or a child `<script type="application/json">`.
 * Every field is validated on its own: a bad value is reported with a console warning and ignored;
 * nothing here throws, and nothing from the input is copied without being checked.
 * (parsePhone first: the order that gzips smallest; the helpers it calls are read only when it runs.)
 */
import type {Hours, HotlineRecord, Phone, ShownLine, WeeklyHours} from '../data/hotline-types.js';
import {safeUrl} from '../internal/safe-url.js';
import {warn} from '../internal/warn.js';
import {safe} from '../internal/safe.js';
import {isoDate, own, shortText} from '../internal/input.js';
import {canonical} from '../i18n/resolve.js';
import {WEEKDAYS, isTimeZone, parseTime} from './schedule.js';

/** The documented shape of a partner line (JSON child or attributes). */
export interface CustomLineInput {
  name?: string;
  organisation?: string;
  phone?: string;
  phoneDisplay?: string;
  sms?: string;
  smsKeyword?: string;
  chat?: string;
  report?: string;
  website?: string;
  email?: string;
  tty?: string;
  /** `24/7`, or an opening-hours string such as `Mo-Fr 09:00-17:00; Sa 10:00-14:00`. */
  hours?: string;
  /** IANA time zone for `hours`, e.g. `Europe/London`. */
  timeZone?: string;
  /** BCP 47 language codes spoken on the line. */
  languages?: string[];
  /** Where the partner's facts come from (https URL). */
  source?: string;
  /** When the partner last checked them (YYYY-MM-DD). */
  verified?: string;
}

/**
 * Normalises a phone number to E.164, a 3–8 digit short code or an Australian 1300 or 1800 number as dialled there, or returns null.
 * (An arrow, smaller in the CDN files: it is handed on as the `tty` check, so the build cannot write it as one; nothing constructs it.)
 */
export const parsePhone = (raw: unknown): Phone | null => {
  const display = phoneText(raw);
  if (!display) return null;
  // "+61 1800 …" as dialled in Australia (below).
  const full = fromAbroad(display).replace(/[\s().-]/g, '');
  const compact = full.replace(/^\+61(?=1[38]00\d{6}$)/, '');
  // E.164 ("+", a non-zero digit and 6–14 more), a short code of 3–8 digits, or Australia's 1300 and
  // 1800 numbers as dialled there: they cannot be dialled from abroad, and a phone at home may not put
  // "+61 1800 …" through (docs/hotline-data.md). Other national forms are refused: a reader abroad could not call them.
  if (!/^(\+[1-9]\d{6,14}|\d{3,8}|1[38]00\d{6})$/.test(compact)) return null;
  // "+44 020 …" dials the trunk 0 from abroad: a wrong number (Italy's numbers keep their 0: +39 06 …).
  const national = compact.slice(1 + codeLength(compact.slice(1)));
  if (/^\+(?!39)/.test(compact) && national[0] == '0') {
    warn(`phone "${display}": the 0 after the country code is dialled; write (0) if it is the trunk prefix.`);
  }
  // Such a number shows (and Copy gives it) as it dials, "1800 333 000": a phone in Australia may not put
  // the "+61" form through. (Its spaces around the three digits before the last three: smaller than two groups.)
  return {tel: compact, display: compact != full ? compact.replace(/...(?=...$)/, ' $& ') : display};
};

/** su, mo, … sa: the days' English two-letter codes, Sunday first. */
const DAY_CODES = WEEKDAYS.map((day) => day.slice(0, 2).toLowerCase());

/** The partner's text, trimmed, if it is written like a phone number (digits, spaces, + ( ) . -; at most 32). */
const phoneText = (raw: unknown) => (typeof raw === 'string' && /^(?=.{1,32}$)\+?[\d\s().-]+$/.test(raw.trim()) ? raw.trim() : null);

/**
 * "+44 (0)20 …" as dialled from abroad: the (0) is the trunk prefix dialled only at home; it is not part
 * of the number. Italy's is: "+39 (0)6 …" dials +39 06 ….
 */
export const fromAbroad = (display: string): string => (/^\+(?!39)/.test(display) ? display.replace('(0)', '') : display);

/** The length of an international number's country code (digits after "+"). E.164: 1 and 7 have one digit, those below two, the others three. */
const codeLength = (digits: string) => /^(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/.exec(digits)?.[0].length ?? 3;

/** Parses `24/7` or `Mo-Fr 09:00-17:00; Sa 10:00-14:00` (days in English two-letter codes). */
export function parseHours(raw: unknown, timeZone: unknown): Hours | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().toLowerCase();
  if (text == '24/7') return '24/7';
  if (!isTimeZone(timeZone) || text.length > 200) return null;
  const periods: Array<WeeklyHours['periods'][number]> = [];
  // Blank rules dropped; a rule's spaces at its ends are read by the pattern below (its \s is the white
  // space trim() removes) and trimmed with each day and time, so the rule itself is not trimmed (smaller).
  for (const rule of text.split(';').filter((r) => r.trim())) {
    const match = /^([a-z,\s-]+)\s+([\d:,\s-]+)$/.exec(rule);
    if (!match) return null;
    const days = new Set<number>();
    // Each day and each time is trimmed where it is read.
    for (const token of match[1].split(',')) {
      const ends = token.split('-');
      const [from, to] = ends.map((d) => DAY_CODES.indexOf(d.trim()));
      // (from | to) is -1 when either is an unknown day (-1), else 0–6 (to is undefined, 0 here, for a single day): written so for size.
      if (ends.length > 2 || (from | to) < 0) return null;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (to === undefined || to === d) break;
      }
    }
    for (const span of match[2].split(',')) {
      const ends = span.split('-').map((s) => s.trim());
      const [from, to] = ends.map(parseTime);
      // 24:00 ends a day and opens none: 24:00-06:00 would be read as the next day's 00:00-06:00, on days
      // the hours below do not name, and 24:00-00:00 never opens (00:00-24:00 is a whole day).
      // (from - to is NaN when either is unreadable, 0 when they are equal: written so for size.)
      if (ends.length != 2 || !(from - to && from < 1440)) return null;
      // (The close before the open: the order of the keys that gzips smallest.)
      periods.push({days: [...days], close: ends[1], open: ends[0]});
    }
  }
  return periods.length ? {timeZone, periods} : null;
}

/** The text of the card's child `<script type="application/json">` as an object; {} (with a warning) when it is not usable. */
export function parseJsonChild(json: string | undefined): Record<string, unknown> {
  // No child: no fields (an object, so no warning). (childJson gives text or undefined, never null.)
  // One warning for both: text that is not JSON (safe() gives undefined: smaller than a try block), and
  // JSON that is not an object.
  const data: unknown = safe(() => JSON.parse(json ?? '{}'));
  if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  warn('the JSON in <signpost-hotline-card> is not an object; it is ignored.');
  return {};
}

/**
 * Builds a validated line from partner input. Returns null when nothing usable remains
 * (no name, or no way to reach the line).
 */
export function buildCustomLine(input: Record<string, unknown>): ShownLine | null {
  // Own fields only, as own() reads them: Object.values lists the own enumerable ones.
  if (!Object.values(input).some((v) => v != null)) return null;
  const bad = (field: string) => warn(`the custom line's "${field}" is not valid; it is ignored.`);
  // Each field read, so that one never read (misspelt, or a display without its phone) is reported.
  const fields: string[] = [];
  const get = (field: string) => (fields.push(field), own(input, field));
  // (The keys in the order that gzips smallest: the line is only read by name.)
  const line: ShownLine = {
    verified: '',
    organisation: '',
    scope: 'trafficking',
    // Until hours are given: the card says nothing of them (it says "not confirmed" of our directory's lines only).
    hours: '',
    source: '',
  };

  /** A field given: its checked value, or a warning. */
  const take = <K extends 'name' | 'organisation' | 'phone' | 'sms' | 'chat' | 'report' | 'website' | 'source' | 'email' | 'tty' | 'hours' | 'languages' | 'verified'>(
    field: K,
    check: (value: unknown) => HotlineRecord[K] | null | undefined | false,
    value = get(field),
  ) => {
    if (value === undefined) return;
    // The value given, then its checked value.
    value = check(value);
    if (value) line[field] = value as HotlineRecord[K];
    else bad(field);
  };
  // Each name at most 120 characters; one name only (either) is the organisation's, named once. (Its
  // own name only: a page's polluted Object.prototype must not name a line.)
  take('name', (v) => shortText(v, 120));
  take('organisation', (v) => shortText(v, 120));
  if (!line.organisation) {
    line.organisation = (own(line, 'name') as string | undefined) ?? '';
    delete line.name;
  }
  take('phone', (phone) => {
    const parsed = parsePhone(phone);
    if (!parsed) return null;
    const display = get('phoneDisplay');
    // The display may be national ("020 7946 0000" for +44 20 7946 0000): the same digits without the
    // country code, with or without a trunk 0. Anything else would show (and copy) a number the link
    // does not dial.
    const shown = phoneText(display);
    const tel = parsed.tel.replace('+', '');
    const digits = shown && fromAbroad(shown).replace(/\D/g, '');
    const national = tel.slice(codeLength(tel));
    // The full number needs its "+" ("44 20 7946 0000" dials nothing, and is what Copy would give),
    // but for a short code and North America's "1-888-…", which is how it is dialled there.
    // No display given: no digits, so not the same either.
    // A short code (or an Australian 1300 or 1800 number, as dialled there): the same digits; an international number: as above.
    const same = parsed.tel == tel ? digits == tel : (digits == tel && /^[+1]/.test(shown!)) || digits == national || digits == '0' + national;
    // The parsed number is a new object of its own: given the display, it shows that; a display given
    // that is not the same warns. (One if and else: smaller.)
    if (same) parsed.display = shown!;
    else if (display !== undefined) bad('phoneDisplay');
    return parsed;
  });
  // The keyword's warning comes first, then the number's.
  take('sms', (sms) => {
    const number = parsePhone(sms);
    const keyword = get('smsKeyword');
    const kw = typeof keyword === 'string' && /^[\p{L}\p{N}]{1,20}$/u.test(keyword.trim()) ? keyword.trim() : null;
    if (keyword !== undefined && !kw) bad('smsKeyword');
    return number && (kw ? {number, keyword: kw} : {number});
  });
  // Absolute only: "chat.example.org" is not a page of the partner's site.
  for (const field of ['chat', 'report', 'website', 'source'] as const) take(field, (v) => safeUrl(v, null));
  // An address only: no "?" or "&" to add a hidden Bcc or body to the reader's mail, no "%" escapes.
  take('email', (v) => (typeof v === 'string' && /^[^\s@<>"?#%&,;/:]{1,64}@[^\s@<>"?#%&,;/:]{1,190}\.[^\s@<>"?#%&,;/:.]{2,}$/.test(v.trim()) ? v.trim() : null));
  take('tty', parsePhone);
  take('hours', (v) => parseHours(v, get('timeZone')));
  take('languages', (v) => {
    const list = Array.isArray(v) ? v.slice(0, 20).map((l) => canonical(typeof l === 'string' ? l : '')) : [];
    // Not empty, and every tag's language 2 or 3 letters: none that canonical() refused (''), and no
    // language written as a word, which a tag's 5 to 8 letters allow ("English" showed as "english").
    // (Two or three characters, then a word's end: canonical() begins a tag with its language, 2 to 3 or
    // 5 to 8 letters, so this reads as [a-z]{2,3} does; smaller.)
    return list[0] && list.every((l) => /^...?\b/.test(l)) ? {phone: list} : null;
  });
  // A real calendar day, written YYYY-MM-DD (2026-02-31 would otherwise roll over to 3 March); isoDate
  // gives null for anything but text. (A refused date gives null or false, both refused by take, and
  // `==` compares two texts as `===` does: smaller.)
  take('verified', (v) => isoDate(v) && (v as string).trim() == v && (v as string));
  // A misspelt field ("timezone") would otherwise be dropped unseen.
  for (const key of Object.keys(input)) if (!fields.includes(key)) warn(`the custom line does not read "${key}"; it is ignored.`);
  if (!line.organisation) {
    warn('the custom line has no "name"; it is ignored.');
    return null;
  }
  // Its own fields only: a page's polluted Object.prototype (a `chat` inherited) must not pass for a contact.
  // (The fields in the order that gzips smallest: asking own() changes nothing.)
  if (!(['phone', 'email', 'sms', 'chat', 'report', 'website'] as const).some((field) => own(line, field))) {
    warn('the custom line has no phone, sms, chat, report, website or email; it is ignored.');
    return null;
  }
  return line;
}
