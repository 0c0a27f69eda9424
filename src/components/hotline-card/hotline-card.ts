// The directory first (a module that imports no code), then `nothing` from lit/html.js, before `lit`: the
// card's own CDN file then keeps lit-html's code before the rest of Lit (its only import of lit-html used
// to be ifDefined's). The imports are in the module order that gzips smallest (bench/import-search.mjs,
// 2026-12-06: the directory first, the clock before the element, new-tab before format: the card's file
// −15 B, the quiz's −18 B, signpost.js −7 B).
import {HOTLINES, findCountry} from '../../data/hotlines.js';
import {nothing} from 'lit/html.js';
import {html, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {warnOnce} from '../../internal/warn.js';
import {now, systemClock, type Clock} from '../../internal/clock.js';
import {SignpostElement, keepFallbackFocus} from '../../internal/signpost-element.js';
import {bare, childJson, boolAttr, headingLevel, numberAttr, watchChildren} from '../../internal/input.js';
import {styles} from './styles.js';
import {intl} from '../../internal/intl.js';
import {formatLocaleOf, regionOf} from '../../i18n/resolve.js';
// The element the card renders with `quick-exit`: an import of no names, which TypeScript drops from
// the compiled file (define.ts registers the element) and lit-analyzer's no-missing-import accepts.
// A bare import would be dropped by bundlers anyway (the file has no side effects), and esbuild
// warns about it.
import {} from '../quick-exit/quick-exit.js';
import {newTabNote} from '../../internal/new-tab.js';
import type {CountryEntry, Phone, ShownLine, WeeklyHours} from '../../data/hotline-types.js';
import {countryName, spokenDigits} from '../../hotline/format.js';
import {t} from './messages.js';
import {minuteOfWeek, msToNextMinute} from '../../hotline/schedule.js';
import {emit} from '../../internal/emit.js';
import {buildCustomLine, fromAbroad, parseJsonChild} from '../../hotline/custom-line.js';
import {announce} from '../../internal/announce.js';
import {lineAbout, lineName, lineView, numbered, type Channel, type LineViewOptions} from './line-view.js';

/** Detail of `signpost-hotline-contact`: which channel was used, for which country. No personal data. */
export interface HotlineContactDetail {
  channel: Channel;
  /**
   * ISO 3166-1 alpha-2 of the card's country (`country`, the reader's choice or the page language's
   * region), or null when none applies.
   */
  country: string | null;
}

/** Detail of `signpost-hotline-country-change`. */
export interface HotlineCountryChangeDetail {
  country: string;
}

/** The directory without prototypes (bare), made when a card first needs it. */
let directory: readonly CountryEntry[] | undefined;
/** The card's `line-*` property names (willUpdate): worked out at its first update. */
let lineKeys: string[] | undefined;

/**
 * The right anti-trafficking hotline for the reader's country: call, text, chat and report links,
 * hours with "open now", languages, the emergency number beside it, and the source of every fact.
 *
 * @tagname signpost-hotline-card
 * @summary A country-aware hotline card that works with JavaScript off (light-DOM fallback).
 *
 * @slot - Light-DOM fallback (a heading and a `tel:` link) shown until the card upgrades; never
 *   rendered afterwards. A child `<script type="application/json">` may hold a partner line.
 *
 * @fires {CustomEvent<HotlineContactDetail>} signpost-hotline-contact - A channel was used: `detail: {channel, country}`.
 * @fires {CustomEvent<HotlineCountryChangeDetail>} signpost-hotline-country-change - The reader chose another country: `detail: {country}`.
 *
 * @csspart base - The card.
 * @csspart heading - The line's name ("Get help" when the card has no line to show).
 * @csspart scope - What kind of service a line is, under its name (the card's line, and each line under a sub-heading).
 * @csspart subheading - A line's name under the card's heading: the line shown for a country with no dedicated hotline, and each of the other services.
 * @csspart notice - The "No dedicated hotline" notice, or the prompt to choose a country.
 * @csspart hours - Open now / closed status.
 * @csspart channels - The list of contact links.
 * @csspart call-link - The call link.
 * @csspart copy-button - The copy-number button.
 * @csspart copy-status - What the last copy did ("Number copied: …" or "Could not copy…"), shown beside the button.
 * @csspart sms-link - The text-message link.
 * @csspart chat-link - The chat link.
 * @csspart report-link - The online report link.
 * @csspart website-link - The website link.
 * @csspart email-link - The email link.
 * @csspart tty - The TTY line.
 * @csspart languages - Languages per channel.
 * @csspart scam-warning - "Scammers have made calls that seem to come from this number…" (the US hotline).
 * @csspart emergency - The emergency-number box.
 * @csspart source - "Source · reviewed on" line.
 * @csspart more - The "Other services" disclosure.
 * @csspart picker - The country picker.
 * @csspart quick-exit - The quick-exit element, when `quick-exit` is set.
 * @csspart quick-exit-button - With `quick-exit`: the exit button (the inner quick exit's `button` part).
 * @csspart quick-exit-indicator - With `quick-exit`: the three Shift dots (its `indicator` part).
 * @csspart quick-exit-explanation - With `quick-exit`: the "What this button does" disclosure (its `explanation` part).
 *
 * @cssprop --signpost-accent - Accent colour of buttons and links. Default: `#0b57a4` (light), `#8ab4f8` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-accent-contrast - Text colour on the accent. Default: `#ffffff` (light), `#0b1b2b` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-surface - Card background. Default: `#ffffff` (light), `#1f2328` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-text - Text colour. Default: `#1f2328` (light), `#e6edf3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-muted - Secondary text colour. Default: `#57606a` (light), `#9ea7b3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-border - Border colour. Default: `#8c959f` (light), `#6e7681` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-open - Colour of the "open now" dot. Default: `#1a7f37` (light), `#3fb950` (dark), following the host’s `color-scheme`.
 * @cssprop [--signpost-radius=0.5em] - Corner radius.
 * @cssprop [--signpost-space=min(1em, 5vw)] - Base spacing. The default is 1em, at most 5% of the screen's width (less than 1em only with large text on a narrow screen).
 * @cssprop --signpost-quick-exit-background - With `quick-exit`: the exit button's background (it reaches the inner `<signpost-quick-exit>`). Default: `#b3261e` (light), `#ffb4ab` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-quick-exit-color - With `quick-exit`: the exit button's text colour. Default: `#ffffff` (light), `#410002` (dark), following the host’s `color-scheme`.
 */
export class SignpostHotlineCard extends SignpostElement {
  static override get properties(): PropertyDeclarations {
    return {
      country: {},
      countryPicker: {type: Boolean, converter: boolAttr, attribute: 'country-picker', reflect: true},
      quickExit: {type: Boolean, converter: boolAttr, attribute: 'quick-exit', reflect: true},
      quickExitHref: {attribute: 'quick-exit-href'},
      headingLevel: {converter: numberAttr(2), attribute: 'heading-level'},
      lineName: {attribute: 'line-name'},
      linePhone: {attribute: 'line-phone'},
      lineSms: {attribute: 'line-sms'},
      lineSmsKeyword: {attribute: 'line-sms-keyword'},
      lineChat: {attribute: 'line-chat'},
      lineReport: {attribute: 'line-report'},
      lineHours: {attribute: 'line-hours'},
      lineTimeZone: {attribute: 'line-time-zone'},
      clock: {attribute: false},
      picked: {state: true},
      announcement: {state: true},
      copied: {state: true},
    };
  }

  static override styles = styles;

  /** ISO 3166-1 alpha-2 country code (`UK` reads as GB). Without it, the region of the widget's language is used (`en-GB` → GB); a code the directory lacks shows the picker. */
  country = '';

  /** Shows a country picker so the reader can switch country inside the card. */
  countryPicker = false;

  /**
   * Shows a quick-exit button (`<signpost-quick-exit>`) at the top of the card. It appears with the
   * card (on a page in another language, after its language file: up to 3 s); for an exit that is
   * there from the first moment, put a `<signpost-quick-exit>` first in `<body>` instead.
   */
  quickExit = false;

  /** Neutral destination of the card's quick exit (http or https); the quick exit's default otherwise. */
  quickExitHref?: string;

  /** Level (2–6) of the card's heading, to fit the host page's outline. */
  headingLevel = 2;

  /**
   * Partner line: name. With a way to reach it (a phone or SMS number, or a chat or report URL, by a
   * `line-*` attribute below or the JSON child; a website or email through the JSON child; a TTY
   * number alone is not enough) it replaces the directory's lines.
   */
  lineName?: string;
  /** Partner line: phone, E.164 (`+15551234567`), a short code, or an Australian 1300 or 1800 number as dialled there (`1800 333 000`). */
  linePhone?: string;
  /** Partner line: SMS number. */
  lineSms?: string;
  /** Partner line: SMS keyword. */
  lineSmsKeyword?: string;
  /** Partner line: chat URL (http or https). */
  lineChat?: string;
  /** Partner line: online report URL (http or https). */
  lineReport?: string;
  /** Partner line: hours, `24/7` or e.g. `Mo-Fr 09:00-17:00; Sa 10:00-14:00`. */
  lineHours?: string;
  /** Partner line: IANA time zone of `line-hours`, e.g. `Europe/London`. */
  lineTimeZone?: string;

  /** The clock used for "open now" (ms since the epoch). Injected in tests; defaults to `Date.now`. */
  clock: Clock = systemClock;

  private picked?: string;
  private announcement?: string;
  /** The last copy's result, shown beside the button (the status region says it to screen readers). */
  private copied?: string | TemplateResult;

  // Private members (these fields and the methods among the public ones) are declared in
  // the order that gzips smallest: the CDN build names them in the order they are declared, and nothing can
  // see that order (the fields start unset, but #json, which only this class reads; a private method or
  // getter is no property of any object).
  /** The JSON child's text the partner line was last built from (null until it is first built: no text is null). */
  #json?: string | null = null;
  #timer?: ReturnType<typeof setTimeout>;
  #customLine?: ShownLine | null;
  #watcher?: MutationObserver;
  /** The number the last copy's result (copied) is about. */
  #copiedFor?: Phone;

  override connectedCallback(): void {
    super.connectedCallback();
    // A framework may write, change or remove the JSON child after connect: the line follows it.
    this.#watcher = watchChildren(this, () => childJson(this) !== this.#json && this.requestUpdate());
  }

  protected override firstUpdated(): void {
    // With a picker: the page's first date formatter (the browser's date data: 30–50 ms, about 180 ms on
    // a slow phone) made a second after the card shows, not in the reader's first pick of a country
    // whose line has weekly hours (docs/performance.md, "Interactions").
    if (this.countryPicker) setTimeout(minuteOfWeek, 1e3, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#watcher?.disconnect();
  }

  async #pick(event: Event): Promise<void> {
    // A country of the directory, or (the first option, '') the partner's own that it lacks.
    const value = (event.target as HTMLSelectElement).value || this.#country;
    if (!findCountry(value) && value != this.#country) return;
    this.picked = value;
    // Focus stays on the picker, below the card: say what the card shows now, once the choice has
    // settled (a closed list changes at every arrow key, where a screen reader reads each name itself).
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (this.picked != value) return;
    // The event too, once settled: the countries an arrow key passed on the way are no reader's choice.
    emit(this, 'signpost-hotline-country-change', {country: value});
    // The line's name: for a country with no dedicated hotline, the heading says only "Get help".
    // (A country the directory has: a line to name, since every country has one, as a test checks.)
    const line = this.#lines()[0];
    await announce((text) => (this.announcement = text), `${countryName(this.locale, value)}: ${line.name ?? line.organisation}`);
  }

  get #entry(): CountryEntry | undefined {
    // A country the directory lacks asks the reader (as documented), rather than falling back to the
    // page language's region: a New Zealand partner on an en-US page must not show the US hotline.
    // The country trimmed (findCountry reads it the same way trimmed or not), the region when it is blank.
    const entry = findCountry(this.picked) ?? this.#home;
    // Own fields only, at every depth: a polluted Object.prototype adds no number or link. Copied once per page.
    return entry && (directory ??= bare(HOTLINES))[HOTLINES.indexOf(entry)];
  }

  /** `country` as given, trimmed: '' when there is none (blank is none). */
  get #country(): string {
    return String(this.country ?? '').trim();
  }

  /**
   * The card's own country, whatever the reader picks: `country`, or the region of the language. Beside
   * a partner's line without `country`, none: the region is no guess for the partner's country (a
   * British partner on a page left at WordPress's en-US would show 911, with no picker to correct it),
   * so the card says "call your local emergency number" until the reader picks one.
   */
  get #home(): CountryEntry | undefined {
    return findCountry(this.#country || (this.#customLine ? '' : regionOf(this.languageTag)));
  }

  /** The country the card shows: picked, `country`, or the language's region; '' when none. */
  get resolvedCountry(): string {
    return this.#entry?.country ?? '';
  }

  /**
   * The partner's line (null: none), unless the reader picked a country other than the one the partner
   * says it serves (`country`): a reader who says they are in Germany gets Germany's lines, not a
   * British partner's. Without `country` the line's country is unknown (the language's region is a
   * guess), so it stays whatever the reader picks.
   */
  get #own(): ShownLine | null | undefined {
    return this.#country && (findCountry(this.picked) ?? this.#home) != this.#home ? null : this.#customLine;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) this.announcement = '';
    // The level checked at every update, not only when it changed (smaller): a level once checked is
    // valid, and checking it again gives it back unchanged, with no warning.
    this.headingLevel = headingLevel(this.headingLevel);
    const json = childJson(this);
    // The `line-*` properties, read from the declarations (smaller than a list of their names) once per
    // page, not at every update (the getter builds every declaration), and asked whether one changed
    // (smaller than a look through the changed keys).
    lineKeys ??= Object.keys(SignpostHotlineCard.properties).filter((k) => k.startsWith('line'));
    if (json !== this.#json || lineKeys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      this.#json = json;
      this.#customLine = bare(buildCustomLine({
        ...parseJsonChild(json),
        // Each set `line-*` property: lineName → name, lineSmsKeyword → smsKeyword… (Each field's name
        // built from its property's: smaller than a list of them.)
        ...Object.fromEntries(
          lineKeys
            .map((k) => [k[4].toLowerCase() + k.slice(5), this[k as keyof this]])
            .filter(([, v]) => v != null),
        ),
      }));
    }
    // Blank (spaces only) is no country, as #entry reads it: no warning, the language's region. Once (per
    // text): the quiz draws a new card at each result. None beside a partner's own line for that country
    // (NZ, as docs/hotline-card.md shows), which is read first, above.
    if (changed.has('country') && this.#country && !findCountry(this.#country) && !this.#customLine) {
      warnOnce(`country="${this.country}" is not in the hotline directory; no country is assumed.`);
    }
    // A copy's result belongs to its number: whatever changed the line (a country set or picked, a partner
    // line, the page's language and so its region), it is not shown beside another number, nor left in
    // the status region for a screen reader's browse mode (only while a result is shown: the region may
    // hold the picker's news instead).
    if (this.copied && this.#copiedFor != this.#lines()[0]?.phone) this.copied = this.announcement = '';
  }

  protected override updated(): void {
    // Focus on the light-DOM fallback stays in the widget (keepFallbackFocus says why at every update, and first);
    // on the fallback's exit link (`target="_self"`, as the snippets write it), the quick exit takes it.
    keepFallbackFocus(this, this.querySelector(':focus:not([target=_self])'));
    clearTimeout(this.#timer);
    if (!this.isConnected) return; // updated after removal (a language wait, a kept-alive view): no timer
    // Keep "open now" current while the page stays open: re-check at every minute boundary.
    const lines = this.#lines();
    // Only weekly hours change with the time: a line's hours are a schedule (an object, whose time zone is
    // never blank), '24/7' or none (whose timeZone is undefined).
    if (lines.some((l) => (l.hours as WeeklyHours | undefined)?.timeZone)) {
      // A few ms past the boundary, so coarse timers never wake a hair early.
      this.#timer = setTimeout(() => this.requestUpdate(), msToNextMinute(now(this.clock)) + 20);
    }
  }

  #lines(): readonly ShownLine[] {
    const own = this.#own;
    return own ? [own] : (this.#entry?.lines ?? []);
  }

  async #copy(phone: Phone): Promise<void> {
    // Unset (false) until the clipboard has taken the number.
    let copied: boolean | undefined;
    // Without the (0) of "+44 (0)20 …": a phone would dial the 0 it was given.
    const number = fromAbroad(phone.display);
    try {
      await navigator.clipboard.writeText(number);
      copied = true;
    } catch {
      // Not copied.
    }
    // The reader picked another country (or the line changed) while the clipboard was answering: that result is not this line's.
    if (phone != this.#lines()[0]?.phone) return;
    // Read digit by digit; on failure this is the message where the reader has to note the number down.
    // Beside the button, for the eye, the number as written.
    const result = (shown: string) => (copied ? t.copied(shown) : t.copyFailed(shown));
    // One call in the widget's language for both (the text shown, then the words said).
    const spoken = this.inLocale(() => {
      this.copied = numbered(number, result);
      this.#copiedFor = phone;
      return result(spokenDigits(number));
    });
    // Said only if its result is still shown: a line changed in the 0.1 s before it clears both.
    await announce((text) => (this.announcement = this.copied && text), spoken);
    if (copied) this.#contact('copy');
  }

  #contact(channel: Channel): void {
    // A partner's line for a country the directory lacks (NZ): that country, as the country-change event names it.
    emit(this, 'signpost-hotline-contact', {channel, country: this.#entry?.country ?? ((this.#own && this.#country) || null)});
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const entry = this.#entry;
    const own = this.#own;
    const unlisted = this.#country && this.#customLine && !this.#home;
    const lines = this.#lines();
    const [primary, ...others] = lines;
    // (The keys in the order that gzips smallest: the view reads them by name.)
    const opts: LineViewOptions = {
      // (`==` here and in the picker's sort: the same for two strings, and it gzips smaller.)
      rightToLeft: this.direction == 'rtl',
      renderedAt: now(this.clock),
      onContact: (c) => this.#contact(c),
      copied: this.copied,
      onCopy: (p) => this.#copy(p),
      formatLocale: formatLocaleOf(this.languageTag, locale),
    };
    // A line's name and what it is, under the card's heading (a line of a country with no dedicated hotline; each other service).
    // (The primary line's name has the id "line": the card's region is named by the heading and by it, "Get help
    // France Victimes", so that two cards of countries with no dedicated line are two landmarks a screen reader's
    // list tells apart. A card with a dedicated line has no such id, and its name is its heading's alone.)
    const subheading = (line: ShownLine, id?: string) =>
      html`<div class="subheading" part="subheading" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>
        <span id=${(id || nothing) as string}>${lineName(line)}</span>
        <span class="scope" part="scope">${lineAbout(line)}</span>
      </div>`;
    // A line to show, and a partner line (an object, or null when there is none) or a directory entry marked
    // dedicated (every entry says: hotline-types.ts; a line that is not the partner's is its entry's, so
    // there is an entry to read: smaller than entry?.dedicated != false).
    const dedicated = primary && (own || entry!.dedicated);
    // (Lit sets bound attributes after an element's plain ones, so the quick exit's explain written after
    // its lang and dir changes nothing in the DOM: the order that gzips smallest.)
    // An unset or empty quick-exit-href leaves the quick exit's href out (nothing: what ifDefined gives for undefined).
    // A partner's line name (the heading) is the partner's words: in the page's language, as in the other
    // widgets (lang="" on a page that states none), not the catalog's. (Its part, role and level in the
    // sub-headings' order: the order that gzips smallest.)
    return html`<section part="base" class="card panel" lang=${locale} dir=${this.direction} aria-labelledby="heading line">
      ${this.quickExit
        ? html`<signpost-quick-exit part="quick-exit" exportparts="button:quick-exit-button,indicator:quick-exit-indicator,explanation:quick-exit-explanation" lang=${locale} dir=${this.direction} explain href=${this.quickExitHref || nothing}></signpost-quick-exit>`
        : nothing}
      <header>
        <div id="heading" part="heading" role="heading" aria-level=${this.headingLevel} lang=${(own ? this.languageTag : nothing) as string}>${dedicated ? lineName(primary) : t.getHelp()}</div>
        ${dedicated && !own
          ? html`<p class="scope" part="scope">${lineAbout(primary)}</p>`
          : nothing}
      </header>
      ${!primary
        ? html`<p class="notice" part="notice">${t.chooseCountry()}</p>`
        : !dedicated
          ? html`<p class="notice" part="notice">${t.noDedicated(countryName(locale, entry!.country))}</p>
              ${subheading(primary, 'line')}`
          : nothing}
      ${primary ? lineView(primary, opts, true) : nothing}
      <div class="emergency" part="emergency">
        ${primary ? html`<p>${t.notEmergency()}</p>` : nothing}
        <p>
          <strong
            >${entry?.emergency
              ? // A link to dial, as every number of the card (a phone asks before it calls): the whole sentence, a large target.
                html`<a href="tel:${entry.emergency}">${numbered(entry.emergency, (number) => t.emergency(number))}</a>`
              : t.emergencyGeneric()}</strong
          >
        </p>
      </div>
      ${others.length
        ? html`<details part="more">
            <summary>${t.otherServices()} (${others.length})</summary>
            ${others.map(
              (line) => html`<div class="other">
                ${subheading(line)}
                ${lineView(line, opts)}
              </div>`,
            )}
          </details>`
        : nothing}
      ${this.countryPicker || this.picked || !(own || (entry && this.#country))
        ? // The country picker: every country of the directory, by name in the widget's language.
          html`<div class="picker" part="picker">
            <label for="country">${t.country()}</label>
            <select id="country" @change=${this.#pick}>
              ${
                // Beside a partner's line for a country the directory lacks (NZ), that country: the reader's way back to it.
                entry && !unlisted ? nothing : html`<option value="" ?selected=${!entry}>${unlisted ? countryName(locale, this.#country) : t.chooseOption()}</option>`
              }
              ${HOTLINES.map((e) => [e.country, countryName(locale, e.country)] as const)
                // A page's first collator loads collation data (≈ 14 ms in Chromium); the English names are plain
                // ASCII, where the code-unit order is the collator's (a test compares).
                .sort(([, a], [, b]) => (locale == 'en' ? (a < b ? -1 : 1) : intl(Intl.Collator, locale, {}).compare(a, b)))
                .map(([code, name]) => html`<option value=${code} ?selected=${entry?.country === code}>${name}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${newTabNote()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-hotline-card': SignpostHotlineCard;
  }
  interface GlobalEventHandlersEventMap {
    'signpost-hotline-contact': CustomEvent<HotlineContactDetail>;
    'signpost-hotline-country-change': CustomEvent<HotlineCountryChangeDetail>;
  }
}
