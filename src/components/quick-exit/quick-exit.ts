import {html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {warn} from '../../internal/warn.js';
import {SignpostElement, keepFallbackFocus} from '../../internal/signpost-element.js';
import {boolAttr, oneOf, textAttr} from '../../internal/input.js';
// (sticky.js before exit-page.js and controller.js, and safe-url.js after them: the modules' order in the CDN
// files that gzips smallest.)
import {followPlacement, releaseStickyOffset} from '../../quick-exit/sticky.js';
import {emit} from '../../internal/emit.js';
import {hidePage, isPageHidden, navigate as navigateAway} from '../../quick-exit/exit-page.js';
import {clicks, counter, listen, targets, refreshShortcut, shortcutOwner, type ShortcutTarget} from '../../quick-exit/controller.js';
import {safeUrl} from '../../internal/safe-url.js';
import {styles} from './styles.js';
import {t} from './messages.js';

/** Detail of `signpost-quick-exit`: how the exit was triggered. No personal data. */
export interface QuickExitDetail {
  trigger: 'button' | 'shortcut';
}

/** The neutral destination used when `href` is missing or unsafe: not personalised, worldwide. */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/**
 * Leave the page at once: a button (a real link, so it works without JavaScript) or the Shift key
 * pressed three times. The page is hidden from sight and from assistive technology in the same frame,
 * a blank overlay says "Loading.", and the browser goes to a neutral site with `location.replace`
 * (Back does not return here) and no referrer.
 *
 * It does not erase browsing history and does not protect against monitoring software; `explain`
 * shows that plainly.
 *
 * @tagname signpost-quick-exit
 * @summary A quick exit: button or Shift ×3, to a neutral site, out of the Back history.
 *
 * @slot - Light-DOM fallback, shown until the element upgrades: a plain link to the same `href` (without an `href` attribute, the button uses this link's).
 * @slot explanation - Replaces the built-in explanation inside the "What this button does" disclosure.
 *
 * @fires {CustomEvent<QuickExitDetail>} signpost-quick-exit - Fired once the page is hidden, before navigating (not cancelable): `detail: {trigger: 'button' | 'shortcut'}`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The exit link.
 * @csspart indicator - The three dots that fill while Shift is pressed (hidden from assistive technology).
 * @csspart explanation - The "What this button does" disclosure.
 *
 * @cssprop --signpost-quick-exit-background - Button colour. Default: `#b3261e` (light), `#ffb4ab` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-quick-exit-color - Button text colour. Default: `#ffffff` (light), `#410002` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-quick-exit-bar - Background of the sticky bar. Default: the system `Canvas` colour.
 * @cssprop --signpost-quick-exit-bar-color - Text colour of the sticky bar (its explanation): set it with a dark `--signpost-quick-exit-bar`. Default: the system `CanvasText` colour.
 * @cssprop [--signpost-quick-exit-top=0] - How far below the top of the viewport the sticky bar stays (e.g. the height of a fixed site header).
 * @cssprop [--signpost-radius=0.5em] - Corner radius.
 * @cssprop --signpost-accent - Focus ring colour. Default: `#0b57a4` (light), `#8ab4f8` (dark), following the host’s `color-scheme`.
 */
export class SignpostQuickExit extends SignpostElement implements ShortcutTarget {
  // (The members in the order that gzips smallest in the CDN files: the statics and fields after the
  // constructor and connectedCallback (the fields' initial values are set in the constructor all the same;
  // lit-analyzer wants the statics before the fields). Only the published members' order shows, in the
  // manifest: the fields as they were, then `destination`, then `exit`.)

  constructor() {
    super();
    // Also on the element itself, for where the window cannot see it (the controller's clicks()).
    clicks(this, 'addEventListener');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Also the clicks: the controller sees them first, in the window's capture phase (clicked below).
    // Registered with the shortcut's controller (targets), and every button shows again who owns it.
    targets.add(this);
    refreshShortcut();
    // This button alone: the first (or the one it was, connected again, whose listeners the window
    // already holds: adding the same listener twice does nothing).
    if (targets.size < 2) listen('addEventListener');
    // Moved in the page: disconnecting released the page's scroll padding for the bar (for any other
    // placement, followPlacement's release finds nothing to release).
    if (this.hasUpdated) followPlacement(this);
  }

  static override get properties(): PropertyDeclarations {
    return {
      // A removed attribute is its default, not null (no warning, no "null" href).
      href: {converter: textAttr(DEFAULT_EXIT_URL)},
      placement: {reflect: true, converter: textAttr('inline')},
      shortcut: {converter: textAttr('shift')},
      keepHistory: {type: Boolean, converter: boolAttr, attribute: 'keep-history'},
      // (The state and the navigate property here, among the attributes, whose order the manifest keeps:
      // the order that gzips smallest.)
      remaining: {state: true},
      announcement: {state: true},
      navigate: {attribute: false},
      // The widget's own `inert`, which does nothing (why: its declaration below).
      inert: {attribute: false},
      explain: {type: Boolean, converter: boolAttr, reflect: true},
      safetyHref: {attribute: 'safety-href'},
    };
  }

  static override styles = styles;

  /** The neutral page to go to (http or https). Default: `https://www.wikipedia.org/`. */
  href = DEFAULT_EXIT_URL;

  /** `inline` (default) or `sticky` (stays at the top of the viewport while the page scrolls). */
  placement: 'inline' | 'sticky' = 'inline';

  /** `shift` (default): Shift pressed three times exits. `off` (or `none`, `false`, in any case) turns the keyboard shortcut off. Any other value warns and keeps it on. On a page with its own quick exit, that one's setting decides. */
  shortcut: 'shift' | 'off' = 'shift';

  /** Keep a normal navigation (this page stays in the Back history) instead of `location.replace`. */
  keepHistory = false;

  /** Shows a short, honest explanation of what the button does and does not do. */
  explain = false;

  /** Link to safety advice shown in the explanation: http(s), or relative to the page (anything else warns; no link). It opens in the same tab, without a referrer. */
  safetyHref = '';

  /**
   * How to leave: `(url, replace) => void`. Defaults to `location.replace` / `location.assign`
   * after setting a no-referrer policy. Replace it in tests or single-page apps.
   */
  navigate: (url: string, replace: boolean) => void = navigateAway;

  /**
   * The widget's own, and it does nothing: a modal library that sets `inert = true` on the page's other
   * elements as it opens (Headless UI 1.x) must not make the way out unpressable (the sticky bar still
   * painted above its overlay, a press falling through to the overlay). The `inert` attribute, and an
   * inert ancestor, still make the quick exit inert.
   */
  declare inert: boolean;

  /**
   * Shift presses still needed: unset until one is counted, which renders as 3 does (no dot on), and 3
   * again after a reset or expiry. The announcement is unset until the first too (an empty status, as
   * ''). (No initial values: for size.)
   */
  private remaining!: number;
  private announcement?: string;

  protected override firstUpdated(): void {
    // A keyboard reader on the fallback link, or on a link of the partner's explanation (then inside the
    // closed "What this button does"), is on the Exit button, which Enter follows. Later, focus inside
    // (the host, for focus in the shadow root; a partner's explanation link) stays where it is. So is a
    // reader on a `quick-exit` card's fallback exit link (the card leaves it to the first quick exit that
    // renders; a card in a shadow root is not seen from the document: focus falls to the page, not to Call).
    keepFallbackFocus(this, this.querySelector(':focus') ?? document.querySelector('[quick-exit] [target=_self]:focus'));
  }

  /**
   * The destination actually used: `href` if it is a full http(s) URL of another page, else the
   * default. A relative or same-page `href` ("#", "?") would leave the reader on this page. Without an
   * `href` of the partner's, the fallback link's (the one readers without JavaScript follow): the
   * button then leaves for the same page, not for the default.
   */
  get destination(): string {
    const href = (this.href == DEFAULT_EXIT_URL && this.querySelector(':scope>a')?.getAttribute('href')) || this.href;
    const url = /^\s*https?:\/\//i.test(href) && safeUrl(href);
    return url && url.split('#')[0] != location.href.split('#')[0] ? url : DEFAULT_EXIT_URL;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Unregistered; the last button takes the window's listeners and the count with it.
    targets.delete(this);
    refreshShortcut();
    if (!targets.size) {
      counter.reset(); // (before: neither touches what the other does, and this order gzips smaller)
      // Not at once: a button moved in the page (a framework re-parenting it: disconnected, then connected
      // in the same task) keeps the window's listeners, and with them their place before any the page
      // added since (Chromium runs a window's beforeunload listeners in the order they were added).
      queueMicrotask(() => targets.size || listen('removeEventListener'));
    }
    // Moved in the page mid-count (a framework re-parenting it): the count starts again, and its
    // progress must not stay on screen ("1 more time") while three presses are needed again: a reset's
    // countdown (3 presses, no announcement, the expiry's clearing timer stopped).
    this.countdown(0);
    // (After the countdown: neither reads what the other does, and this order gzips smaller.)
    releaseStickyOffset(this);
  }

  protected override updated(): void {
    // After every update, not only a placement's: a bar already set, or a non-sticky one holding none,
    // is left as it is by followPlacement (connecting sets a moved bar), so it acts only when placement changed.
    if (this.isConnected) followPlacement(this);
  }

  /** Leaves the page now. */
  exit(trigger: QuickExitDetail['trigger'] = 'button'): void {
    const url = this.destination;
    try {
      // Hidden first: a page's slow listener for the event runs with nothing left on screen.
      // (t.loading called in an arrow, not passed: the build then writes the message where it is used.)
      hidePage(this.inLocale(() => t.loading()), this.locale, this.direction);
      emit(this, 'signpost-quick-exit', {trigger});
      this.navigate(url, !this.keepHistory);
    } catch (error) {
      // Hiding failed, or `navigate` is not a function or failed: the reader must not stay here.
      // Leave first; the error goes to the console as it is (any value: a Symbol cannot be put in a string).
      navigateAway(url, !this.keepHistory);
      warn("quick exit: leaving with the browser's navigation.", error);
    }
  }

  /**
   * A click, seen before any of the page's own listeners (every button hears every click; it acts on
   * those in this element). Until the first render (its language may be loading) the partner's fallback
   * link is the button: it leaves as the button does (page hidden, no Back), not as a plain link.
   * @internal
   */
  clicked(event: MouseEvent): void {
    // Rendered, the Exit link; before, anywhere in this element. (The link is in this element's own
    // shadow root: a path that holds it holds this element too. One test: smaller than two.)
    const link = this.hasUpdated ? this.renderRoot.querySelector('.exit')! : this;
    if (!event.composedPath().includes(link)) return;
    // A finger slid off the button before it lifted has not asked to leave (WCAG 2.5.2): where the page
    // does not pan (touch-action: none, a scroll lock cancelling touchmove), no pointercancel ends its
    // touch, and its pointerup still comes here (implicit pointer capture). Lifted within 16 px of it, a
    // tap's drift, it leaves: a page that cancels touchstart (a focus trap) gets no click to leave by.
    // (The box read for a pointerup on the button only.)
    if (event.type == 'pointerup') {
      const box = link.getBoundingClientRect();
      if (Math.max(box.left - event.clientX, event.clientX - box.right, box.top - event.clientY, event.clientY - box.bottom) > 16) return;
    }
    // Modified or middle clicks (new tab, new window) would leave this page visible: every click exits here.
    event.preventDefault();
    // A tap has left already, on lifting the finger (the controller): its click does not leave again.
    if (!isPageHidden()) this.exit();
  }

  /** @internal */
  get armed(): boolean {
    return this.isConnected && !/^(off|none|false)$/i.test(String(this.shortcut));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // (Placement first: the order that gzips smallest.)
    if (changed.has('placement')) this.placement = oneOf(this.placement, ['inline', 'sticky'], 'quick exit placement');
    // Shortcut turned off or on after the first render: the other buttons (a card's) show and explain
    // it again (asked here, before this one renders, so this one does not render twice).
    // (Also from `undefined`: a framework unsetting the property, as React 19 does, then setting it again.)
    // A value that means off (in any case, or a framework's false) reads `off`; an unset one (a framework's
    // '', null or undefined) `shift`; any other warns and keeps Shift ×3 on (a partner who wrote `of` must hear it).
    if (changed.has('shortcut')) {
      this.shortcut = /^(off|none|false)$/i.test(String(this.shortcut)) ? 'off' : oneOf(this.shortcut || 'shift', ['shift', 'off'], 'quick exit shortcut');
      if (this.hasUpdated) refreshShortcut();
    }
    // The href read is the partner's, else the fallback link's (the one `destination` reads): readers
    // without JavaScript follow that link, so a partner whose link the button cannot use must hear it.
    // (An unset property, as a framework binds an empty value, is the default, so the fallback link's page applies.)
    // (The default, or a fallback link's page the button uses, always is the destination: nothing to warn of.)
    // (Only when href changed: every Shift press renders the owner again, and this reads the light DOM.)
    if (changed.has('href')) {
      this.href ||= DEFAULT_EXIT_URL;
      // (Written as destination's first line: gzip finds it again.)
      const href = (this.href == DEFAULT_EXIT_URL && this.querySelector(':scope>a')?.getAttribute('href')) || this.href;
      if (this.destination != safeUrl(href)) warn(`quick exit href="${href}" is not an http(s) URL of another page; using ${DEFAULT_EXIT_URL}.`);
    }
    if (changed.has('safetyHref') && this.safetyHref && !safeUrl(this.safetyHref)) warn(`quick exit safety-href="${this.safetyHref}" is not an http(s) or relative URL; not shown.`);
  }

  /** @internal */
  countdown(remaining: number): void {
    // 2 and 1 as they are; a reset (0) and an expiry (-1, whose & 3 is 3) as 3 (written so for size).
    this.remaining = remaining & 3 || 3;
    // (The timer stopped after the count is set: either order does the same, and this one gzips smaller.)
    clearTimeout(this.#clearTimer);
    // (It only ever hears 2, 1, 0 or -1: compared rather than tested for each value, smaller.)
    this.announcement = this.inLocale(() => (remaining > 1 ? t.twoMore() : remaining > 0 ? t.oneMore() : remaining ? t.expired() : ''));
    // The expiry message clears itself, so it is not read again later.
    if (remaining < 0) this.#clearTimer = setTimeout(() => (this.announcement = ''), 5000);
  }

  // Declared here, where it gzips smallest: a field that starts unset, so nothing can see where.
  #clearTimer?: ReturnType<typeof setTimeout>;

  /** @internal */
  leave(): void {
    this.remaining = 3;
    // Not again while the exit is on its way (a reader still pressing Shift on the hidden page): one
    // exit, one event, and the navigation already started is not started over.
    if (!isPageHidden()) this.exit('shortcut');
  }

  override render(): TemplateResult {
    const locale = this.locale;
    // Empty or unset: no link (safeUrl refuses it). It opens in this tab, even on a page whose
    // <base target="_blank"> reaches links in shadow roots: a second tab about safety would stay open
    // after an exit from this one.
    const safety = safeUrl(this.safetyHref);
    // The indicator: a dot on for each Shift press counted (3 - remaining): the dot numbered 3, 2, 1 from
    // the start is on when fewer presses remain (the same as i < 3 - remaining for i = 0, 1, 2; shorter).
    // (Lit sets a bound attribute after the element's plain ones, so the exit link's href written first
    // changes nothing in the DOM: the order that gzips smallest.)
    // tabindex 0: Safari's Tab passes over links unless its reader changed a setting, but not a link
    // with a tabindex (WebKit reads one as asking for keyboard focus): the exit must be reachable by Tab.
    return html`<div part="base" class="base" lang=${locale} dir=${this.direction}>
      <div class="actions">
        <a href=${this.destination} tabindex="0" part="button" class="button exit" rel="nofollow noreferrer" referrerpolicy="no-referrer"
          ><span class="visually-hidden">${t.emergency()} </span>${t.exit()}</a
        >
        ${this == shortcutOwner()
          ? html`<div part="indicator" class="indicator" aria-hidden="true">
              ${[3, 2, 1].map((i) => html`<span class=${this.remaining < i ? 'on' : ''}></span>`)}
            </div>`
          : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
      ${this.explain
        ? html`<details part="explanation">
            <summary>${t.about()}</summary>
            <slot name="explanation"><p>${t.explanation()}</p>${shortcutOwner() ? html`<p>${t.shortcut()}</p>` : nothing}</slot>
            ${safety
              ? html`<p><a href=${safety} target="_self" rel="noreferrer" referrerpolicy="no-referrer">${t.safety()}</a></p>`
              : nothing}
          </details>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-quick-exit': SignpostQuickExit;
  }
  interface GlobalEventHandlersEventMap {
    'signpost-quick-exit': CustomEvent<QuickExitDetail>;
  }
}
