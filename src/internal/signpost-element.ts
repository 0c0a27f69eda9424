/**
 * The small base class every widget shares: version, language and direction.
 * It is not a framework: it resolves the widget's language (see i18n/resolve.ts), re-renders when a
 * `lang` changes or a catalog arrives, and gives `render()` the resolved `locale` and `dir`.
 */
import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {VERSION} from './version.js';
import {warn} from './warn.js';
import {availableLocales, onLocalesChanged, requestLocale} from '../i18n/registry.js';
import {inLocale} from '../i18n/msg.js';
import {SOURCE_LOCALE, canonical, dirOf, languageTagOf, localeCandidates, matchLocale} from '../i18n/resolve.js';

const connected = new Set<SignpostElement>();
let observer: MutationObserver | undefined;
const warnedLanguages = new Set<string>();

function watchLanguages(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

export class SignpostElement extends LitElement {
  /** The Signpost version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * The widget's language (BCP 47). Without it, the nearest ancestor's `lang` applies, then
   * `<html lang>`, then English. A region falls back to its language (`es-MX` → `es`).
   */
  @property({reflect: true}) override lang!: string;

  /** The language tag that applies to this widget, before matching to a catalog (e.g. `en-GB`). */
  protected languageTag = '';
  /** The catalog language the widget renders in (`en`, `es`, `ar`, …). */
  protected locale = SOURCE_LOCALE;
  /** Writing direction: the host's own `dir` attribute, else the direction of `locale`. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguages();
    this.unsubscribe = onLocalesChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.languageTag = canonical(this.lang) || languageTagOf(this);
    this.locale = matchLocale(this.languageTag, availableLocales());
    const language = this.languageTag.split('-')[0].toLowerCase();
    if (this.locale === SOURCE_LOCALE && language && language !== SOURCE_LOCALE && !warnedLanguages.has(language)) {
      // Not loaded: the CDN bundle's loader fetches it if Signpost ships it; otherwise say how to add it.
      warnedLanguages.add(language);
      if (!requestLocale(localeCandidates(this.languageTag))) {
        warn(`no "${language}" text loaded; showing English.`);
      }
    }
    const ownDir = this.getAttribute('dir');
    this.direction = ownDir === 'rtl' || ownDir === 'ltr' ? ownDir : dirOf(this.locale);
  }

  /** Renders with `msg()` answering in this widget's language. */
  protected override update(changed: Map<PropertyKey, unknown>): void {
    inLocale(this.locale, () => super.update(changed));
  }

  /** Runs `fn` (typically a message) in this widget's language, outside render. */
  protected inLocale<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }
}
