/**
 * The small base class every widget shares: version, language and direction.
 * It is not a framework: it resolves the widget's language (see i18n/resolve.ts), re-renders when a
 * `lang` changes or a catalog arrives, and gives `render()` the resolved `locale` and `dir`.
 */
import {LitElement, type PropertyDeclarations} from 'lit';
import {availableLocales, onLocalesChanged, localeRequest} from '../i18n/registry.js';
import {warnOnce} from './warn.js';
import {VERSION} from './version.js';
import {SOURCE_LOCALE, canonical, dirOf, languageOf, languageTagOf, localeCandidates, matchLocale} from '../i18n/resolve.js';
// Imported last: pure modules all, so the order only moves code in the CDN files (−2 B on signpost.js).
import {inLocale} from '../i18n/msg.js';

const connected = new Set<SignpostElement>();
/** How long a widget keeps showing its fallback while its language file loads, before English. */
const LANGUAGE_WAIT_MS = 3000;
/**
 * Language loads already waited for (arrived, failed or outlasted the wait): never waited for again.
 * (A Set, not a WeakSet: the loader keeps each load for the page's life anyway, and Set gzips smaller.)
 */
const waited = new Set<Promise<unknown>>();
let observer: MutationObserver | undefined;

const renderAll = () => connected.forEach((el) => el.requestUpdate());

/**
 * Once per page: a `lang` or `dir` changed anywhere, a catalog arrived, or the page is shown again (a
 * phone woken, a tab brought back, a page back from the back/forward cache, where timers stood still:
 * the card's "open now", the banner's dates and the ticker's relative dates are worked out at once),
 * renders every connected widget again.
 */
function watchLanguages(): void {
  if (observer) return;
  observer = new MutationObserver(renderAll);
  // (An attributeFilter turns `attributes` on by itself: DOM, MutationObserver.observe, step 1.)
  // (No prototype: a polluted `childList` would render every widget again at each change of the page.)
  observer.observe(document.documentElement, {__proto__: null, attributeFilter: ['lang', 'dir'], subtree: true} as MutationObserverInit);
  onLocalesChanged(renderAll);
  document.addEventListener('visibilitychange', renderAll);
}

/**
 * A keyboard reader who reached a link of the light-DOM fallback before the element upgraded (the
 * script or the language file still on its way) stays in the widget, on its first control (a link, a
 * button, the country picker), else on its first focusable box (a quiz still loading its bank: its
 * title), instead of falling to <body>. For widgets that show none of their light DOM once rendered:
 * not the banner, whose partner words stay in its slots and keep focus. The quick exit calls it at its
 * first render (its partner's explanation is light DOM, inside its disclosure, closed then but not
 * later); the card, the quiz and the ticker at every update (nothing of theirs can have focus later: shorter).
 * Called from firstUpdated or updated, before anything reads the layout, which would let the browser
 * move focus off a link no longer drawn. `focused`: the fallback element that has focus, if one the
 * caller moves (the card leaves its fallback's exit link, `target="_self"`, to its quick exit, whose
 * first render takes it to its Exit button: never to Call, where Enter would open the dialer).
 */
export function keepFallbackFocus(el: SignpostElement, focused = el.querySelector(':focus')): void {
  // (renderRoot read where it is used, no local: smaller in signpost.js and the card's file. The first
  // element that matches any of the three, in the document's order, whatever their order in the list:
  // the order that gzips smallest.)
  if (focused) (el.renderRoot.querySelector<HTMLElement>('button,select,a') ?? el.renderRoot.querySelector<HTMLElement>('[tabindex]'))?.focus();
}

/**
 * The base class of every Signpost widget: it reflects `lang`, resolves the widget's language and
 * direction, and renders again when a `lang` or `dir` on the page changes or a language file arrives.
 * Exported for types and `instanceof` checks; pages are not meant to extend it.
 */
export class SignpostElement extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      lang: {reflect: true},
    };
  }

  constructor() {
    super();
    // A double click or double tap (a tremor, a reader who double-clicks everything): its second click
    // lands on what the first one left or put under the pointer (the card's Call link again, the
    // quiz's first answer, the ticker's Play button where Pause was) and does nothing: one reader
    // action, one use, one event. The browser counts it (detail 2); a key's click counts 0.
    // Heard on the element in the capture phase, before anything inside it. (Not a listener of the
    // template: the CDN files' Lit takes no listener options.)
    this.addEventListener('click', (e) => e.detail > 1 && (e.preventDefault(), e.stopPropagation()), true);
  }

  /** The Signpost version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * The widget's language (BCP 47). Without it, the nearest ancestor's `lang` applies, then
   * `<html lang>`, then English. A region falls back to its language (`es-MX` → `es`).
   */
  override lang!: string;

  /**
   * The language tag that applies to this widget, before matching to a catalog (e.g. `en-GB`). Set before
   * every update (#languageLoading), so no initial value (smaller).
   */
  protected languageTag!: string;
  /** The catalog language the widget renders in (`en`, `es`, `ar`, …). */
  protected locale = SOURCE_LOCALE;
  /** Writing direction: the host's own `dir` attribute, else the direction of `locale`. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  /**
   * Show the light DOM's `slot="heading"` children (the banner's heading) and the light-DOM fallback in the
   * shadow root until the first render. (One array for both: smaller than a field for each.)
   */
  #slots?: HTMLSlotElement[];

  /**
   * The load of this widget's language file while it is on its way, bounded by LANGUAGE_WAIT_MS.
   * Resolves the widget's language tag for the update that follows (every update is scheduled here).
   * (Declared here, before the public methods: the CDN build names private members in declaration
   * order, and nothing can see where a private method is declared; this place gzips smallest.)
   */
  #languageLoading(): Promise<unknown> | undefined {
    const tag = (this.languageTag = canonical(this.lang) || languageTagOf(this));
    const language = languageOf(tag);
    // (== and != between strings, as below: smaller.)
    if (!language || language == SOURCE_LOCALE || matchLocale(tag, availableLocales()) != SOURCE_LOCALE) return;
    // Not loaded: the CDN bundle's loader fetches it if Signpost ships it; otherwise say how to add it.
    const request = localeRequest()(localeCandidates(tag));
    if (request === false) warnOnce(`no "${language}" text loaded; showing English.`);
    // (The answer is a promise, false or nothing, as every Signpost loader's always was: only a promise
    // is truthy, so no instanceof check; smaller.)
    if (!request || waited.has(request)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The file, or LANGUAGE_WAIT_MS, whichever comes first.
    return Promise.race([request, new Promise((resolve) => (timer = setTimeout(resolve, LANGUAGE_WAIT_MS)))]).finally(() => {
      clearTimeout(timer);
      waited.add(request);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguages();
    // Moved under another lang: render again (the language may have changed).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Until the first render the fallback stays visible (the widget's language may still be loading),
    // as written: the banner's slot="heading" heading too (it vanished and came back until 2026-12-04).
    // No other widget has a named slot that shows outside a disclosure.
    if (!root.firstChild) {
      root.append(...(this.#slots = [document.createElement('slot'), document.createElement('slot')]));
      this.#slots[0].name = 'heading';
    }
    return root;
  }

  /**
   * Holds an update while the widget's language file is on its way (CDN bundle only), at most
   * LANGUAGE_WAIT_MS: the reader sees the fallback, then the widget in their language, never an
   * English flash that reflows into another language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // A lang changed during the wait may need another file: check again before rendering.
    return this.#languageLoading()?.then(() => this.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  // (No super call: Lit's own willUpdate does nothing.)
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  protected override willUpdate(_changed: Map<PropertyKey, unknown>): void {
    this.locale = matchLocale(this.languageTag, availableLocales());
    // The host's `dir` attribute as HTML reflects it: lower case, '' when not a known value (smaller than
    // reading the attribute). Of its values ('', ltr, rtl, auto), only `auto` has a 4th letter: it and ''
    // take the locale's direction (written so for size).
    this.direction = ((!this.dir[3] && this.dir) || dirOf(this.locale)) as 'ltr';
  }

  /** Renders with `msg()` answering in this widget's language. */
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.inLocale(() => super.update(changed));
    // Only once the widget has rendered: a render that throws leaves the light-DOM fallback in view.
    // (Removing them again, as later updates do, does nothing.)
    this.#slots?.forEach((slot) => slot.remove());
  }

  /** Runs `fn` (typically a message) in this widget's language, outside render. */
  protected inLocale<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }
}
