// (Pure modules: their order only decides where their code sits in the CDN files; this one gzips smallest.)
import {now, systemClock, type Clock} from '../../internal/clock.js';
import {safe} from '../../internal/safe.js';
import {warn} from '../../internal/warn.js';
import {html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {dirOf} from '../../i18n/resolve.js';
import {boolAttr, headingLevel, oneOf, numberAttr, textAttr, watchChildren} from '../../internal/input.js';
import {SignpostElement} from '../../internal/signpost-element.js';
import {safeUrl} from '../../internal/safe-url.js';
import {campaignText, t} from './messages.js';
import {WINDOWS, isShowing, localDate, parseDay} from '../../banner/campaigns.js';
import {emit} from '../../internal/emit.js';
import {styles} from './styles.js';

/** Detail of `signpost-banner-dismiss` and `signpost-banner-dismissed`. */
export interface BannerDismissDetail {
  /** The banner's `campaign` as written (a built-in id, or any other value: it comes through too), or `custom` when it is empty. */
  campaign: string;
}

/** The `remember-dismissal` values that store: present (''), `session` or `local`. */
const REMEMBER = ['', 'session', 'local'];

/**
 * A campaign's message and call to action: sensitive, not sensational. Text only unless the partner
 * adds an image (which needs `image-alt`). Built-in campaigns show only in their own dates.
 *
 * @tagname signpost-campaign-banner
 * @summary A campaign banner with a call to action, dated windows and respectful dismissal.
 *
 * @slot heading - The heading (replaces `heading`).
 * @slot - The message (replaces `message`). Partner-authored and trusted; shown as is.
 *
 * @fires {CustomEvent<BannerDismissDetail>} signpost-banner-dismiss - Cancelable, before the banner closes: `detail: {campaign}`.
 * @fires {CustomEvent<BannerDismissDetail>} signpost-banner-dismissed - After it closed and took focus where it was: `detail: {campaign}`. A listener may move focus (to a message of the page's own).
 *
 * @csspart base - The banner.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart cta - The call-to-action link.
 * @csspart image - The image.
 * @csspart content-note - The content note, with its "Show the image" button when there is an image to show.
 * @csspart close-button - The dismiss button.
 *
 * @cssprop --signpost-accent - Call-to-action colour. Default: `#0b57a4` (light), `#8ab4f8` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-banner-background - Banner background. Default: a pale tint of the accent, computed as `color-mix(in srgb, <accent> 8%, <surface>)` (the plain surface where the browser lacks `light-dark()`).
 * @cssprop [--signpost-radius=0.5em] - Corner radius.
 * @cssprop [--signpost-space=min(1em, 5vw)] - Base spacing. The default is 1em, at most 5% of the screen's width (less than 1em only with large text on a narrow screen).
 * @cssprop --signpost-accent-contrast - Text colour on the call to action. Default: `#ffffff` (light), `#0b1b2b` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-text - Text colour. Default: `#1f2328` (light), `#e6edf3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-muted - Secondary text colour (the content note). Default: `#57606a` (light), `#9ea7b3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-border - Border colour. Default: `#8c959f` (light), `#6e7681` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-surface - The banner's base colour (under an 8% accent tint, unless `--signpost-banner-background` is set) and the close button's background over an image. Default: `#ffffff` (light), `#1f2328` (dark), following the host’s `color-scheme`.
 */
export class SignpostCampaignBanner extends SignpostElement {
  static override get properties(): PropertyDeclarations {
    return {
      campaign: {reflect: true, converter: textAttr('')},
      heading: {converter: textAttr('')},
      message: {converter: textAttr('')},
      ctaHref: {attribute: 'cta-href'},
      ctaLabel: {attribute: 'cta-label'},
      image: {},
      imageAlt: {attribute: 'image-alt'},
      variant: {reflect: true, converter: textAttr('inline')},
      from: {},
      until: {},
      dismissible: {type: Boolean, converter: boolAttr, reflect: true},
      rememberDismissal: {attribute: 'remember-dismissal'},
      contentNote: {attribute: 'content-note'},
      headingLevel: {converter: numberAttr(2), attribute: 'heading-level'},
      clock: {attribute: false},
      imageShown: {state: true},
    };
  }

  static override styles = styles;

  /** Built-in campaign: `world-day`, `prevention-month`, `wear-blue-day`, `learn-the-signs`. */
  campaign: '' | 'world-day' | 'prevention-month' | 'wear-blue-day' | 'learn-the-signs' = '';
  /** Heading (text). A `heading` slot replaces it. */
  heading = '';
  /** Message (text). The default slot replaces it. */
  message = '';
  /** Call-to-action link: http(s), relative or `tel:`; anything else is not made a link. Needs `cta-label`. */
  ctaHref = '';
  /** Call-to-action text. Needs `cta-href`: without both, no link is shown. */
  ctaLabel = '';
  /**
   * Optional image URL (http(s) or relative). Needs `image-alt`; `image-alt=""` marks it decorative.
   * Choose calm, dignified images: no chains, handcuffs, bars, barcodes or sexualised images
   * (docs/campaign-banner.md, "Images: what not to use, and why").
   */
  image = '';
  /** The image's text alternative; absent → the image is not shown. */
  imageAlt: string | null = null;
  /** `inline` (default), `bar` (full-width strip, shows no image) or `card`. */
  variant: 'inline' | 'bar' | 'card' = 'inline';
  /** First day to show (YYYY-MM-DD, the reader's local date). Overrides a campaign's window. Not a date: hidden. */
  from = '';
  /** Last day to show (YYYY-MM-DD, inclusive). */
  until = '';
  /** Shows a close button. */
  dismissible = false;
  /**
   * Keep a "dismissed" flag for this campaign, and nothing else: `session` (default when present:
   * sessionStorage, until the tab closes) or `local` (localStorage). Absent: nothing is stored.
   */
  rememberDismissal: '' | 'session' | 'local' | null = null;
  /** A short note shown first; the image stays hidden until the reader asks to see it. */
  contentNote = '';
  /** Level (2–6) of the banner's heading, to fit the host page's outline. */
  headingLevel = 2;
  /** Clock for the date windows: a function returning ms since the epoch (default `Date.now`). */
  clock: Clock = systemClock;

  private imageShown?: boolean;

  // Private members are declared in the order that gzips smallest (the fields and #storage, then the
  // rest among the public methods, #showImage before #arm): the CDN build names them in the order they
  // are declared, and nothing can see that order (the one initial value, an empty array, runs no page
  // code; a private method is no property of any object).
  /**
   * The flags (messages) dismissed on this element: another message set later still shows. (An array,
   * not a Set: smaller. A flag is never empty, so `[0]` says whether any was.)
   */
  #closed: string[] = [];
  #midnight?: ReturnType<typeof setTimeout>;
  /** The storage to remember a dismissal in, if asked. Reading it may throw (blocked): callers catch. */
  #storage(): Storage | null {
    // Only the documented values store: a framework's unset prop (undefined), false, "false" or
    // "none" must not mean "store" (willUpdate warns about those).
    // ('local' asked first, with no local variable: smaller. === and not ==: an object that reads as
    // "local" is none of the documented values.)
    return this.rememberDismissal === 'local' ? localStorage : REMEMBER.includes(this.rememberDismissal!) ? sessionStorage : null;
  }

  /** Light DOM written or changed later (a framework filling `{{msg}}`, a CMS script) shows. */
  #watcher?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watcher = watchChildren(this, () => this.requestUpdate());
    // The showing attribute, for the page's CSS (a reserved height can go when the banner is closed or
    // out of its dates). Set at once, not at the first render, which may wait up to 3 s for a language
    // file: a reserved height keyed to the attribute must not close and open again meanwhile.
    this.toggleAttribute('showing', this.showing);
    this.#arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#midnight); // (neither runs any code: the order that gzips smaller)
    this.#watcher?.disconnect();
  }

  /**
   * Whether the banner is showing now (something to say, in its dates, not dismissed). The element
   * carries a `showing` attribute while it is, for the page's CSS:
   * `signpost-campaign-banner:defined:not([showing]) { min-height: 0 }` gives a reserved height back
   * when the reader closes it.
   */
  get showing(): boolean {
    // (The flag, a read without side effects, worked out first: the order that gzips smaller.)
    const flag = this.#flag;
    // Something to say (a campaign, heading, message or slotted content): else no empty box either.
    // (The built-in campaign's words, if `campaign` names one, are looked up where they are read, here
    // and below, with no getter: smaller.)
    if (!(campaignText[this.campaign] || this.heading || this.message || this.childElementCount || this.textContent!.trim())) return false;
    // Dismissed here, or remembered (read each time: the campaign or words may change at any time).
    // (Storage unavailable: safe() gives undefined, not dismissed; no fallback passed, smaller.)
    if (this.#closed.includes(flag) || safe(() => this.#storage()?.getItem(flag)) == '1') return false;
    const from = parseDay(this.from);
    const until = parseDay(this.until);
    return (
      // A date that is not one hides the banner (it warns): a dated banner must not show for ever.
      (from || !this.from) &&
      (until || !this.until) &&
      // (The built-in campaign's yearly window, if it has one: written out here and in #flag rather than
      // as a getter, smaller.)
      isShowing(localDate(now(this.clock)), WINDOWS[this.campaign], from, until)
    );
  }

  /** The close button's click: the dismiss event (cancelable), the flag kept, then the dismissed event. */
  async #dismiss(): Promise<void> {
    const detail = {campaign: this.campaign || 'custom'};
    // A copy: a dismiss listener that changes its detail does not change the dismissed event's.
    if (!emit(this, 'signpost-banner-dismiss', {...detail}, true)) return;
    const flag = this.#flag;
    this.requestUpdate(); // (the update comes later: before the add, the order that gzips smaller)
    this.#closed.push(flag);
    // Storage full or blocked: the banner still closes for this page view.
    safe(() => this.#storage()?.setItem(flag, '1'));
    // The focused close button is gone: focus goes to words, unseen, where the banner was, that say it
    // closed (render: a screen reader reads them; an empty place would be "blank"), not back to the top
    // of the page, so the next Tab goes on from here. Then, closed, the dismissed event: a page that
    // moves focus on it (to a message of its own) keeps it there.
    await this.updateComplete;
    this.renderRoot.querySelector('div')?.focus();
    emit(this, 'signpost-banner-dismissed', detail);
  }

  get #cta(): string | null {
    // A number as people write and paste it: its spaces (no-break and thin ones too), non-breaking
    // hyphens, dashes and slashes ("0800 / 0116016") left out of the link, which dials the same.
    // (Not made text first: a framework's undefined would be the relative URL "undefined".)
    const href = this.ctaHref;
    const url = safeUrl(/^\s*tel:/i.test(href) ? String(href).replace(/[\s\u2010-\u2015/]/g, '') : href, undefined, ['https:', 'http:', 'tel:']);
    // A tel: link dials a phone number and nothing else: no service codes (*, #: call forwarding),
    // letters or parameters; %20, + - . ( ) as people write numbers. (A regular expression, not
    // `url?.startsWith`: no URL reads as "null", which is not tel:; smaller.)
    return /^tel:/.test(url!) && !/^tel:\+?[ ().-]*\d[\d ().-]*$/.test(url!.replace(/%20/g, ' ')) ? null : url;
  }

  /**
   * The remembered flag's name: a built-in campaign, with the year when it is a yearly one (it comes
   * back next year): the year of `until` when given, so dates that run into a new year (26 December to
   * 31 January) do not bring it back on 1 January; any other banner, by its words (dismissing one message hides no other; an
   * unset heading or message, whether '', null or undefined, counts as no words).
   */
  get #flag(): string {
    // One return for both kinds (shorter): the words' hash is worked out for a built-in campaign too, unread.
    let hash = 0x811c9dc5;
    for (const c of `${this.heading || ''}\n${this.message || ''}\n${this.textContent}`) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619);
    return 'signpost-banner-dismissed:' + (campaignText[this.campaign] ? this.campaign + (WINDOWS[this.campaign] ? ':' + (parseDay(this.until) ?? localDate(now(this.clock)))[0] : '') : 'custom:' + (hash >>> 0).toString(36));
  }

  /**
   * Shows the image a content note held back, and moves focus to it (the button it replaces is gone);
   * past a decorative one (image-alt=""), which has nothing to say, to the banner's words.
   */
  async #showImage(): Promise<void> {
    this.imageShown = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.imageAlt ? '.media' : '.text')?.focus();
  }

  /**
   * A page left open past the reader's midnight looks at the dates again (`from`, `until`, a
   * campaign's window): a day's banner does not stay into the next. (At least a second apart, for a
   * clock that stands still; at most an hour, because a timer stands still while the computer sleeps
   * and the reader's time zone may change.)
   */
  #arm(): void {
    const at = now(this.clock);
    this.#midnight = setTimeout(() => (this.requestUpdate(), this.#arm()), Math.min(Math.max(new Date(at).setHours(24, 0, 0, 0) - at, 1000), 36e5));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key); // written once, for bytes
    // (Reads without side effects, in the order that gzips smallest.)
    if (this.campaign && has('campaign') && !campaignText[this.campaign]) {
      warn(`unknown campaign "${this.campaign}"; use world-day, prevention-month, wear-blue-day or learn-the-signs.`);
    }
    // The level and the variant are checked at every update, not only when they changed (smaller): a value
    // once checked is valid, and checking it again gives it back unchanged, with no warning.
    this.headingLevel = headingLevel(this.headingLevel);
    // A heading or message of spaces only, set as a property, is none, as the attribute's is.
    for (const name of ['heading', 'message'] as const) this[name] = `${this[name] ?? ''}`.trim();
    // A new image, or a new note, is held back again. (Here and below, "either changed" asked through a
    // list of the names, as the loop over from and until writes them: smaller.)
    if (['image', 'contentNote'].some(has)) this.imageShown = false;
    this.variant = oneOf(this.variant, ['inline', 'bar', 'card'], 'banner variant');
    // (Here and below, reads without side effects in the order that gzips smallest.)
    for (const name of ['from', 'until'] as const) {
      if (this[name] && has(name) && !parseDay(this[name])) warn(`banner ${name}="${this[name]}" is not a date (YYYY-MM-DD); the banner is hidden.`);
    }
    // Two real dates (YYYY-MM-DD compares as text) the wrong way round.
    if (['from', 'until'].some(has) && parseDay(this.from) && parseDay(this.until) && this.from.trim() > this.until.trim()) warn(`banner from="${this.from}" is after until="${this.until}": it never shows.`);
    if (['image', 'imageAlt'].some(has) && this.image && this.imageAlt == null) {
      warn('banner image without image-alt: not shown (image-alt="" for a decorative one).');
    }
    // Unset (null, or a framework's undefined) reads as '', which the list holds: no warning (shorter than a test for null).
    if (has('rememberDismissal') && !REMEMBER.includes(this.rememberDismissal ?? '')) {
      warn(`banner remember-dismissal="${this.rememberDismissal}": use session or local; nothing is stored.`);
    }
    if (has('image') && this.image && !safeUrl(this.image)) warn(`banner image="${this.image}" is not an http(s) or relative URL; not shown.`);
    if (has('ctaHref') && this.ctaHref && !this.#cta) warn(`banner cta-href="${this.ctaHref}" is not an http(s), relative or tel:<phone number> URL; no link is made.`);
    // The showing attribute, as each update may change it (connectedCallback).
    this.toggleAttribute('showing', this.showing);
  }

  override render(): TemplateResult | typeof nothing {
    // (These reads have no side effects: declared in the order that gzips smallest, which names them, and
    // before the closed banner's return, which gzips smaller than after it.)
    // The words (heading, message) of the built-in campaign that `campaign` names, if it names one.
    const builtIn = campaignText[this.campaign]?.();
    // A banner with a message only has no heading (an empty one would be announced), and no label.
    const heading = this.heading || builtIn?.[0];
    // No image-alt: no image (willUpdate says why). A URL or null, never '': in the class list, Lit
    // writes a null as nothing, so `image && 'with-image'` is the class or nothing.
    const image = this.imageAlt == null ? null : safeUrl(this.image);
    // The page's language tag; on a page that states none, lang="" (unknown: the reader's own voice, not
    // the catalog's English).
    const lang = this.languageTag;
    // The partner's words are in the page's language (lang, below), and written in its direction, on the
    // partner's words only (not on Signpost's labels beside them): right to left on a Hebrew page that
    // Signpost shows in English. A dir on the widget decides for both.
    const dir = (this.dir || dirOf(lang)) as 'ltr';
    // The content note, as it shows beside the held-back image or in the body.
    const note = html`<strong>${t.contentNote()}</strong> <span lang=${lang} dir=${dir}>${this.contentNote}</span>`;
    const cta = this.#cta;
    const titled = heading || this.querySelector(':scope>[slot=heading]');
    // Closed here by its button: words that say so, unseen and no Tab stop (#dismiss focuses them), where
    // a screen reader reading on finds them too. Closed by a dismissal remembered from before: nothing.
    if (!this.showing) return this.#closed[0] ? html`<div class="visually-hidden" tabindex="-1" lang=${this.locale}>${t.closed()}</div>` : nothing;
    // The message shows (after the default slot, below) unless the slot has real content: a line break
    // between the tags (a whitespace text node) takes the slot, and would have hidden a fallback inside it.
    // (An element with no slot is the one child whose `slot` is '': a text or comment node has none, so
    // no test of the element's node type is needed; smaller.)
    // Beside a built-in campaign's words (in the catalogue's language), the partner's own heading or
    // message carries the page's language, as the partner's words do everywhere else.
    // (Lit sets bound attributes after a template's own, in the order written: the call to action's href
    // written first and its lang and dir last give the same DOM, and gzip smaller. The heading's class
    // before its id: the order of its attributes that gzips smallest.)
    return html`<aside part="base" class="banner panel ${this.variant} ${image && 'with-image'} ${this.dismissible ? 'dismissible' : ''}" lang=${this.locale} dir=${this.direction}
      aria-labelledby=${titled ? 'heading' : nothing}>
      ${image
        ? this.contentNote && !this.imageShown
          ? // (Written without white space between the tags here and in the close button: a flex box,
            // each, which never showed any; smaller.)
            html`<div class="media note" part="content-note"><p>${note}</p><button type="button" class="button" @click=${this.#showImage}>${t.showImage()}</button></div>`
          : // image-alt="" marks the image decorative: an empty alt keeps it out of the accessibility tree.
            // (An image is shown only with an image-alt, so it is a string here.)
            html`<div class="media" tabindex="-1"><img part="image" src=${image} alt=${this.imageAlt!} lang=${lang} referrerpolicy="no-referrer" loading="lazy" decoding="async" /></div>`
        : nothing}
      <div class="body">
        ${(!image || this.variant == 'bar') && this.contentNote ? html`<p class="note-text" part="content-note">${note}</p>` : nothing}
        <div class="text" tabindex="-1" lang=${(builtIn ? nothing : lang) as string} dir=${(builtIn ? nothing : dir) as 'ltr'}>
          ${titled ? html`<div class="heading" id="heading" part="heading" role="heading" aria-level=${this.headingLevel} lang=${(builtIn && this.heading ? lang : nothing) as string} dir=${(builtIn && this.heading ? dir : nothing) as 'ltr'}><slot name="heading">${heading}</slot></div>` : nothing}
          <div class="message" part="message" lang=${(builtIn && this.message ? lang : nothing) as string} dir=${(builtIn && this.message ? dir : nothing) as 'ltr'}><slot></slot>${[...this.childNodes].some((n) => ((n as Element).slot === '' || (n.nodeType == 3 && n.textContent!.trim()))) ? nothing : this.message || builtIn?.[1]}</div>
        </div>
        ${this.ctaLabel && cta
          ? html`<a href=${cta} class="button primary" part="cta" rel="noopener noreferrer" referrerpolicy="no-referrer" lang=${lang} dir=${dir}>${this.ctaLabel}</a>`
          : nothing}
      </div>
      ${this.dismissible
        ? html`<button type="button" class="close" part="close-button" aria-label=${t.dismiss()} @click=${this.#dismiss}><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg></button>`
        : nothing}
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-campaign-banner': SignpostCampaignBanner;
  }
  interface GlobalEventHandlersEventMap {
    'signpost-banner-dismiss': CustomEvent<BannerDismissDetail>;
    'signpost-banner-dismissed': CustomEvent<BannerDismissDetail>;
  }
}
