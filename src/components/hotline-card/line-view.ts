/**
 * Renders one directory line. Pure functions of (line, locale, clock time): no state, no events;
 * the card passes handlers in. Every text goes through Lit text bindings (escaped).
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Phone, ShownLine} from '../../data/hotline-types.js';
import {minuteOfWeek, openState, parseTime} from '../../hotline/schedule.js';
import {safe} from '../../internal/safe.js';
import {dayAt, daysLabel, formatDate, formatTime, languageList, zoneName} from '../../hotline/format.js';
import {placed} from '../../internal/placed.js';
import {scopeLabel, t} from './messages.js';

export type Channel = 'call' | 'sms' | 'chat' | 'report' | 'website' | 'email' | 'tty' | 'copy';

export interface LineViewOptions {
  /** The tag the line's dates, times and names are written with (formatLocaleOf). */
  formatLocale: string;
  /** Right-to-left: an SMS keyword and an email address are isolated so they keep their order (numbers are left-to-right blocks: see numbered). */
  rightToLeft: boolean;
  /** The time "open now" is worked out at (ms since the epoch). */
  renderedAt: number;
  /** The last copy's result, for the eye (the card's status region says it to screen readers). */
  copied?: string | TemplateResult;
  onContact: (channel: Channel) => void;
  /** The copy button's handler: lineView shows the button only in the full view (its `full` argument). */
  onCopy: (phone: Phone) => void;
}

function hoursView(line: ShownLine, locale: string, now: number): TemplateResult | typeof nothing {
  const state = openState(line.hours, now);
  if (state.phase == 'unknown') {
    return line.hours === '' ? nothing : html`<p class="hours" part="hours">${t.hoursUnknown()}</p>`;
  }
  if (state.phase == 'always') {
    return html`<p class="hours open" part="hours"><span class="dot" aria-hidden="true"></span>${t.open247()}</p>`;
  }
  const hours = line.hours as Exclude<typeof line.hours, '24/7' | '' | undefined>;
  const zone = zoneName(locale, hours.timeZone, now);
  const days = (state as {inDays: number}).inDays;
  // The instant named: `ahead` is how many minutes the line's clock has to run to it, which is an hour off
  // when the line's clocks change on the way (Sydney's go back the weekend a reader in London is told
  // "opens tomorrow" of a Sunday): moved to where the line's clock reads `changesAt`, the nearest such
  // instant (half a day either way; Lord Howe's clocks move by half an hour).
  let then = now + state.ahead * 6e4;
  then -= ((((minuteOfWeek(then, hours.timeZone) - state.changesAt) % 1440) + 2160) % 1440 - 720) * 6e4;
  const mineThen = minuteOfWeek(then);
  // Times are the line's own. A reader whose clock reads otherwise (abroad, or in another zone of a
  // country) is told whose: "closes at 7:00 PM (Germany Time)", not a time that is not theirs.
  // The zone is named where the reader's clock will read otherwise at that time, whatever it reads now:
  // a reader in Phoenix reads a Denver line's clock in winter, but not once Denver's clocks go forward.
  // changesAt: open, when it closes (a number, 0 at midnight); closed, when it opens.
  const time = formatTime(locale, state.changesAt) + (mineThen != minuteOfWeek(then, hours.timeZone) ? ` (${zone})` : '');
  // The line's day at that time, by its own clock: the instant moved to that day's noon, where an hour's
  // change of clocks on the way cannot make it another day. More than six days ahead it has its date too, so
  // that a line open one day a week does not say "opens Monday" on a Monday evening, a week ahead.
  // (The offset to noon before the instant: the order that gzips smallest.)
  const day = dayAt(locale, hours.timeZone, (720 - state.changesAt) * 6e4 + then, state.ahead > 8640);
  const status =
    state.phase == 'open'
      ? // The time alone where it is the next time the clock reads so: a line open past the next midnight
        // (a weekend service) names its day, "closes Monday at 8:00 AM".
        state.ahead < 1440
        ? t.openNow(time)
        : t.openUntil(day, time)
      : // "Today" and "tomorrow" only where they are the reader's too: at 22:00 in New York, a line in
        // Berlin that opens "today" at 9:00 opens tomorrow for the reader, so the card names the line's
        // weekday. The reader's day at the opening is read at that instant (their clock may change on the way).
        days < 2 && (((minuteOfWeek(now) / 1440) | 0) + days) % 7 == ((mineThen / 1440) | 0)
        ? days
          ? t.opensTomorrow(time)
          : t.opensToday(time)
        : t.opensOn(day, time);
  // (The status paragraph on one line, as the two above: its layout white space was only ever white space
  // at the ends of a flex box, which shows nothing; this form gzips smaller.)
  return html`<p class="hours ${state.phase}" part="hours"><span class="dot" aria-hidden="true"></span>${status}</p>
    <p class="detail">
      ${t.hours(
        // "Mon–Fri 09:00–15:00; Sat 10:00–14:00" (written here, where alone it is shown: smaller).
        // A whole day (00:00–24:00) is "24 hours", not "12:00 AM–12:00 AM".
        hours.periods
          .map((p) => {
            // (Each end read on its own, as intervals() reads them, and a whole day as close - open == 1440: smaller.)
            const open = parseTime(p.open);
            const close = parseTime(p.close);
            return `${daysLabel(locale, p.days)} ${close - open == 1440 ? t.allDay() : `${formatTime(locale, open)}–${formatTime(locale, close)}`}`;
          })
          .join('; '),
        zone,
      )}
    </p>`;
}

/**
 * A message holding a number ("Call …", "Text HELP to …", "Number copied: …"), in a link: the number as written is part
 * of the link's accessible name (WCAG 2.5.3, label in name: a voice-control user says what they see).
 * Screen readers read numbers their own way, as their users set them; the copy announcements spell
 * the digits (docs/hotline-card.md). The number is an inline block, left to right (so "08000 121 700"
 * keeps its order in right-to-left text): a line breaks before it rather than inside it, and a number
 * wider than the line (large text on a phone) wraps only at its spaces and after its hyphens, so that
 * no group of digits is cut ("1-888-373-788" over "8") unless the group alone is wider than the line.
 * In a button, wrap the result in one element: the button is a flex box, whose items would not wrap as text.
 * Callers pass an arrow that calls the message (`(number) => t.call(number)`), as to placed().
 */
export const numbered = (number: string, message: (number: string) => string) =>
  // A <wbr> after each hyphen: Firefox, as Unicode's line breaking says, does not break between a hyphen and a digit.
  // (Not a zero-width space: a reader who selects the number to copy it gets the number, nothing invisible in it.)
  placed(message, html`<span class="number" dir="ltr">${number.split('-').map((group, i) => (i ? html`-<wbr />${group}` : group))}</span>`);

/**
 * One line's view: `full` for the primary line, which gets a copy button; not for other services
 * (compact). The `sms:` link uses `?&body=`: Android reads `?body=`, iOS `&body=`; this form is
 * reported to work on both. It is `translate="no"`: a page translator would write the keyword HELP as
 * AYUDA, which the service does not answer (the link's other words stay too: a keyword element of its
 * own would cost about 60 B; docs/hotline-card.md, "Translators and copying").
 */
export function lineView(line: ShownLine, opts: LineViewOptions, full?: boolean): TemplateResult {
  const sms = line.sms;
  // The line's languages: by phone, then by text or chat (written in the template: smaller than a helper called once).
  // No list is empty (the directory's: hotline-data test; a partner line's phone list has a language
  // at least, and no text or chat list), so each is read by its presence alone (smaller than its length).
  const langs = line.languages;
  // An SMS keyword, an email address and the source's host, isolated in a right-to-left card (one arrow
  // for the three: smaller), so that a left-to-right run is not reordered; screen readers ignore the
  // isolates. (Written in the arrow, not a helper of its own: smaller.)
  const iso = (text: string) => (opts.rightToLeft ? `\u2066${text}\u2069` : text);
  // The copy button only where the browser offers the Clipboard API: browsers expose navigator.clipboard
  // in secure contexts only (HTTPS pages and localhost), so it is the one check needed. (Its words without
  // the layout white space around them, which a flex box never showed: smaller.)
  // (Lit sets bound attributes after an element's plain ones, so the chat, report and website links'
  // @click written before their target, rel and referrerpolicy changes nothing: the order that gzips smallest.
  // Their words are chosen by the channel's place in the list, 0 to 2: smaller than comparing its name.)
  return html`
    ${hoursView(line, opts.formatLocale, opts.renderedAt)}
    <ul class="channels" part="channels" role="list">
      ${line.phone
        ? html`<li class="call"
            ><a class="button primary" part="call-link" href="tel:${line.phone.tel}" @click=${() => opts.onContact('call')}
              ><span>${numbered(line.phone.display, (number) => t.call(number))}</span></a
            >
            ${full && navigator.clipboard
              ? html`<button type="button" class="button" part="copy-button" @click=${() => opts.onCopy(line.phone!)}>${t.copy()}</button>
                  ${opts.copied ? html`<span class="detail" part="copy-status" aria-hidden="true">${opts.copied}</span>` : nothing}`
              : nothing}
          </li>`
        : nothing}
      ${sms
        ? html`<li
            ><a
              class="button"
              part="sms-link"
              translate="no"
              href="sms:${sms.number.tel}${sms.keyword ? `?&body=${encodeURIComponent(sms.keyword)}` : ''}"
              @click=${() => opts.onContact('sms')}
              ><span
                >${numbered(sms.number.display, (number) => (sms.keyword ? t.textKeyword(iso(sms.keyword), number) : t.text(number)))}</span
              ></a
            ></li
          >`
        : nothing}
      ${(['chat', 'report', 'website'] as const).map((channel, i) =>
        line[channel]
          ? html`<li><a class="button" part="${channel}-link" href=${line[channel]!} @click=${() => opts.onContact(channel)} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" aria-describedby="new-tab">${i ? (i > 1 ? t.website() : t.report()) : t.chat()}<span class="visually-hidden">, ${lineName(line)}</span></a></li>`
          : nothing,
      )}
      ${line.email
        ? html`<li><a class="button" part="email-link" href="mailto:${line.email}" @click=${() => opts.onContact('email')}>${t.email(iso(line.email))}</a></li>`
        : nothing}
    </ul>
    ${line.voicemail ? html`<p class="detail">${t.voicemail()}</p>` : nothing}
    ${line.whatsapp ? html`<p class="detail">${t.whatsapp()}</p>` : nothing}
    ${line.chatTimeouts ? html`<p class="detail">${t.chatNote()}</p>` : nothing}
    ${line.tty === true
      ? html`<p class="detail" part="tty">${t.ttyAvailable()}</p>`
      : line.tty
        ? html`<p class="detail" part="tty">
            <a href="tel:${line.tty.tel}" @click=${() => opts.onContact('tty')}>${numbered(line.tty.display, (number) => t.tty(number))}</a>
          </p>`
        : nothing}
    ${line.phoneAbroad
      ? html`<p class="detail">
          <a href="tel:${line.phoneAbroad.tel}" @click=${() => opts.onContact('call')}>${numbered(line.phoneAbroad.display, (number) => t.fromAbroad(number))}</a>
        </p>`
      : nothing}
    ${langs?.phone
      ? html`<p class="detail" part="languages">
          ${langs.interpreters ? t.languagesInterpreters(languageList(opts.formatLocale, langs.phone)) : t.languages(languageList(opts.formatLocale, langs.phone))}${langs.text ?? langs.chat
            ? html`<br />${t.channelLanguages(langs.text ? t.textOnly() : t.chat(), languageList(opts.formatLocale, (langs.text ?? langs.chat)!))}`
            : nothing}
        </p>`
      : nothing}
    ${line.spoofed ? html`<p class="notice" part="scam-warning">${t.scamWarning()}</p>` : nothing}
    ${line.source && line.verified
      ? html`<p class="source" part="source">
          <a href=${line.source} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" aria-describedby="new-tab"
            >${t.source(
              // The site's host name without `www.` (written here, its one use: smaller), isolated in a
              // right-to-left card ("24-horas.mx", not "horas.mx-24").
              iso(safe(() => new URL(line.source).hostname.replace(/^www\./, ''), line.source)),
              formatDate(opts.formatLocale, line.verified),
            )}</a
          >
        </p>`
      : nothing}
  `;
}

// lineName and lineAbout are written last in the module: where they gzip smallest (constants read only
// when a card renders, so where they are declared changes nothing else).

/**
 * A line's name, isolated: in a right-to-left card a Latin name keeps its order ("1343 Actionline", not
 * "Actionline 1343"; "Police (non-emergency)" with its brackets where they belong).
 */
export const lineName = (line: ShownLine) => html`<bdi>${line.name ?? line.organisation}</bdi>`;

/**
 * Under a line's name: who runs it, when the name is not the organisation's, then what it is for
 * ("Polaris · Human trafficking hotline"; "U.S. Immigration and Customs Enforcement · Report to law
 * enforcement" under "HSI Tip Line"). Not for a partner's line: it has no scope of ours, and the card
 * writes none of this under its name (docs/hotline-card.md, parts).
 */
export const lineAbout = (line: ShownLine) => html`${line.name ? html`<bdi>${line.organisation}</bdi> · ` : ''}${scopeLabel(line.scope)}`;
