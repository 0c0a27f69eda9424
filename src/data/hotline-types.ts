/** Types of the hotline directory. Every fact carries its source and the date it was verified. */

/** A phone number: `tel` is E.164 (`+448000121700`) or, for short codes, the digits (`1343`). */
export interface Phone {
  /** What the `tel:`/`sms:` link dials: E.164, or a short code's digits. */
  tel: string;
  /** How the operator writes it for readers in the country (national format). */
  display: string;
}

/** What kind of service a line is; each has a localised label. */
export type LineScope =
  | 'trafficking'
  | 'law-enforcement'
  | 'police'
  | 'anonymous'
  | 'victims'
  | 'children'
  | 'women'
  | 'labour'
  | 'regional'
  | 'charity';

/** Days are 0 = Sunday … 6 = Saturday; times are `HH:MM` in the line's own time zone. */
export interface WeeklyHours {
  /** IANA time zone of the line, e.g. `Europe/Paris`. */
  timeZone: string;
  /** Opening periods; `close` may be `24:00`. */
  periods: ReadonlyArray<{days: readonly number[]; open: string; close: string}>;
}

/** `'24/7'`, a weekly schedule, or undefined when the hours are not confirmed. */
export type Hours = '24/7' | WeeklyHours;

/** BCP 47 language codes per channel. */
export interface Languages {
  phone?: readonly string[];
  /**
   * Text messages (where the operator states text and chat together, as the US hotline does, their
   * languages: the card says "Text messages in …", since it links a chat only where our sources show its
   * address; until 2026-12-07 it said "Text and chat in …" beside no chat link).
   */
  text?: readonly string[];
  chat?: readonly string[];
  /** Phone calls can use interpreters for further languages. */
  interpreters?: boolean;
}

/** One line (one record) of the directory. */
export interface HotlineRecord {
  /** The organisation that runs it. */
  organisation: string;
  /** The line's own name, when it has one. */
  name?: string;
  scope: LineScope;
  phone?: Phone;
  /** A number for callers outside the country. */
  phoneAbroad?: Phone;
  sms?: {number: Phone; keyword?: string};
  /** The same number also answers on WhatsApp. */
  whatsapp?: boolean;
  chat?: string;
  /**
   * The chat's own time-outs, which the card states under the chat link (the operator's chat page:
   * no answer within 5 minutes, try again or call; it ends after 5 minutes without writing, or when
   * its page is left).
   */
  chatTimeouts?: boolean;
  /**
   * Outside its hours the phone takes a message and the line calls back (the operator's words, as
   * our source states them): the card says so under its links, so that a reader knows their phone
   * will ring.
   */
  voicemail?: boolean;
  report?: string;
  website?: string;
  email?: string;
  /** A TTY number, or `true` when TTY works on the main number. */
  tty?: Phone | true;
  hours?: Hours;
  languages?: Languages;
  /**
   * The operator's warning that scammers spoof this number (its URL): the card says the line never
   * calls unasked for personal details or money.
   */
  spoofed?: string;
  /** Where the facts were read (https URL). */
  source: string;
  /**
   * ISO date (YYYY-MM-DD) on which the record was last reviewed: for built-in records, against the
   * research's reading of `source` (the card says "reviewed on"); for a partner's line, their own date.
   */
  verified: string;
}

/** A country's entry: its lines, and its emergency number when a source states it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** False when the country has no dedicated national trafficking hotline. */
  dedicated: boolean;
  /** The emergency number, only when a source states it. */
  emergency?: string;
  /** Source of the emergency number. */
  emergencySource?: string;
  /** ISO date (YYYY-MM-DD) on which the emergency number was last reviewed against its source. */
  emergencyVerified?: string;
  lines: readonly HotlineRecord[];
}

/**
 * A line as the card shows it: a directory record (hours absent when our sources do not confirm them:
 * "not confirmed"), or a partner's line, whose hours are `''` until given (nothing is said of them).
 */
export type ShownLine = Omit<HotlineRecord, 'hours'> & {hours?: Hours | ''};
