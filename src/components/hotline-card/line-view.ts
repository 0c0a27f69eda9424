/**
 * Renders one directory line. Pure functions of (line, locale, clock time): no state, no events;
 * the card passes handlers in. Every text goes through Lit text bindings (escaped).
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {HotlineRecord, Phone} from '../../data/hotline-types.js';
import {minuteOfWeek, openState} from '../../hotline/schedule.js';
import {formatDate, formatTime, isolate, languageList, scheduleLabel, siteName, weekdayName, zoneName} from '../../hotline/format.js';
import {t} from './messages.js';

export type Channel = 'call' | 'sms' | 'chat' | 'report' | 'website' | 'email' | 'tty' | 'copy';

export interface LineViewOptions {
  locale: string;
  /** Right-to-left: numbers and addresses are isolated so they keep their order. */
  rtl: boolean;
  now: number;
  /** The last copy's result, for the eye (the card's status region says it to screen readers). */
  copied: string;
  onContact: (channel: Channel) => void;
  /** Given for the primary line (the full view), which gets a copy button; not for other services (compact). */
  onCopy?: (phone: Phone) => void;
}

function hoursView(line: HotlineRecord, locale: string, now: number): TemplateResult | typeof nothing {
  const state = openState(line.hours, now);
  if (state.kind === 'unknown') {
    return html`<p class="hours" part="hours">${t.hoursUnknown()}</p>`;
  }
  if (state.kind === 'always') {
    return html`<p class="hours open" part="hours"><span class="dot" aria-hidden="true"></span>${t.open247()}</p>`;
  }
  const hours = line.hours as Exclude<typeof line.hours, '24/7' | undefined>;
  const zone = zoneName(locale, hours.timeZone);
  const lineMinute = minuteOfWeek(now, hours.timeZone);
  // Times are the line's own. A reader whose clock reads otherwise (abroad, or in another zone of a
  // country) is told whose: "closes at 7:00 PM (Central European Time)", not a time that is not theirs.
  const at = (minutes: number) => formatTime(locale, minutes) + (lineMinute != minuteOfWeek(now) ? ` (${zone})` : '');
  let status: string;
  if (state.kind === 'open') status = t.openNow(at(state.closesAt));
  else {
    const time = at(state.opensAt);
    status =
      state.inDays === 0
        ? t.opensToday(time)
        : state.inDays === 1
          ? t.opensTomorrow(time)
          : t.opensOn(weekdayName(locale, (Math.floor(lineMinute / 1440) + state.inDays) % 7), time);
  }
  return html`<p class="hours ${state.kind}" part="hours">
      <span class="dot" aria-hidden="true"></span>${status}
    </p>
    <p class="detail">
      ${t.hours(scheduleLabel(locale, hours, weekdayRange(locale)), zone)}
    </p>`;
}

function weekdayRange(locale: string): string {
  return `${weekdayName(locale, 1, 'short')}–${weekdayName(locale, 0, 'short')}`;
}

/**
 * A number as written, in a link (where it is part of the accessible name: WCAG 2.5.3, label in
 * name, a voice-control user says what they see) or beside the copy button. Screen readers read numbers their own way, as
 * their users set them; the copy announcements spell the digits (docs/hotline-card.md). A line does
 * not break at the number's own spaces, nor after its hyphens (a word joiner follows each: Chromium
 * and WebKit break "1-888-373-7888" after "373-"). It can still break before the number, or anywhere
 * in it if it alone is too wide.
 */
export const numberText = (number: string, rtl: boolean) => isolate(number.replace(/ /g, '\xa0').replace(/-/g, '-\u2060'), rtl);

function callLink(phone: Phone, opts: LineViewOptions): TemplateResult {
  return html`<a class="button primary" part="call-link" href="tel:${phone.tel}" @click=${() => opts.onContact('call')}
    >${t.call(numberText(phone.display, opts.rtl))}</a
  >`;
}

function languagesView(line: HotlineRecord, locale: string): TemplateResult | typeof nothing {
  const l = line.languages;
  if (!l?.phone?.length) return nothing;
  const list = languageList(locale, l.phone);
  const phone = l.interpreters ? t.languagesInterpreters(list) : t.languages(list);
  const textLangs = l.text ?? l.chat;
  return html`<p class="detail" part="languages">
    ${phone}${textLangs?.length ? html`<br />${t.channelLanguages(l.text ? t.textAndChat() : t.chat(), languageList(locale, textLangs))}` : nothing}
  </p>`;
}

/** The `sms:` link uses `?&body=`: Android reads `?body=`, iOS `&body=`; this form is reported to work on both. */
export function lineView(line: HotlineRecord, opts: LineViewOptions): TemplateResult {
  const {locale} = opts;
  const sms = line.sms;
  return html`
    ${hoursView(line, locale, opts.now)}
    <ul class="channels" part="channels" role="list">
      ${line.phone
        ? html`<li class="call">
            ${callLink(line.phone, opts)}
            ${opts.onCopy && globalThis.isSecureContext && navigator.clipboard
              ? html`<button type="button" class="button" part="copy-button" @click=${() => opts.onCopy!(line.phone!)}>
                    ${t.copy()}
                  </button>
                  ${opts.copied ? html`<span class="detail" part="copy-status" aria-hidden="true">${opts.copied}</span>` : nothing}`
              : nothing}
          </li>`
        : nothing}
      ${sms
        ? html`<li>
            <a
              class="button"
              part="sms-link"
              href="sms:${sms.number.tel}${sms.keyword ? `?&body=${encodeURIComponent(sms.keyword)}` : ''}"
              @click=${() => opts.onContact('sms')}
              >${sms.keyword
                ? t.textKeyword(isolate(sms.keyword, opts.rtl), numberText(sms.number.display, opts.rtl))
                : t.text(numberText(sms.number.display, opts.rtl))}</a
            >
          </li>`
        : nothing}
      ${(['chat', 'report', 'website'] as const).map((channel) =>
        line[channel]
          ? html`<li><a class="button" part="${channel}-link" href=${line[channel]!} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" @click=${() => opts.onContact(channel)}>${channel === 'chat' ? t.chat() : channel === 'report' ? t.report() : t.website()}</a></li>`
          : nothing,
      )}
      ${line.email
        ? html`<li><a class="button" part="email-link" href="mailto:${line.email}" @click=${() => opts.onContact('email')}>${t.email(isolate(line.email, opts.rtl))}</a></li>`
        : nothing}
    </ul>
    ${line.whatsapp ? html`<p class="detail">${t.whatsapp()}</p>` : nothing}
    ${line.chatTimeouts ? html`<p class="detail">${t.chatNote()}</p>` : nothing}
    ${line.tty === true
      ? html`<p class="detail" part="tty">${t.ttyAvailable()}</p>`
      : line.tty
        ? html`<p class="detail" part="tty">
            <a href="tel:${line.tty.tel}" @click=${() => opts.onContact('tty')}>${t.tty(numberText(line.tty.display, opts.rtl))}</a>
          </p>`
        : nothing}
    ${line.phoneAbroad
      ? html`<p class="detail">
          <a href="tel:${line.phoneAbroad.tel}" @click=${() => opts.onContact('call')}>${t.fromAbroad(numberText(line.phoneAbroad.display, opts.rtl))}</a>
        </p>`
      : nothing}
    ${languagesView(line, locale)}
    ${line.spoofed ? html`<p class="notice" part="scam-warning">${t.scamWarning()}</p>` : nothing}
    ${line.source && line.verified
      ? html`<p class="source" part="source">
          <a href=${line.source} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
            >${t.source(siteName(line.source), formatDate(locale, line.verified))}</a
          >
        </p>`
      : nothing}
  `;
}
