/**
 * Per-widget translation at run time.
 *
 * @lit/localize keeps ONE global locale per copy of the library and throws if configured twice, so a
 * library that called `configureLocalization` would fight a host app doing the same, and two widgets
 * could never show two languages. Signpost therefore uses lit-localize's tooling (msg() extraction,
 * XLIFF, runtime-mode catalog modules) but looks messages up itself, per element:
 *
 *   - components call Signpost's own `msg()` (i18n/msg.ts, typed as lit-localize's so extraction works)
 *     with explicit ids; while a widget renders, `msg()` answers in that widget's language;
 *   - each `locales/<code>.ts` entry registers lit-localize's generated catalog here.
 *
 * Catalogs live on one well-known global (documented in docs/i18n.md), so a locale file loaded by a
 * separate `<script type="module">` reaches the widgets of the main bundle.
 */
import {SOURCE_LOCALE, canonical, languageOf} from './resolve.js';

/** A catalog entry as lit-localize's runtime mode emits it: a string, or a `str` template. */
export type Template = string | {strTag: true; strings: readonly string[]; values: readonly unknown[]};
export type Catalog = Readonly<Record<string, Template>>;

interface Registry {
  catalogs: Map<string, Catalog>;
  listeners: Set<() => void>;
  /**
   * Set by the CDN files: loads the first shipped language of the candidates on demand; returns a
   * promise that settles when that file has loaded or failed, nothing when it will not load one (it
   * said why), or `false` when no candidate is a shipped language.
   */
  loader?: (candidates: string[]) => Promise<unknown> | undefined | false;
}

const KEY = Symbol.for('signpost.i18n');
type WithRegistry = typeof globalThis & {[KEY]?: Registry};

function registry(): Registry {
  return ((globalThis as WithRegistry)[KEY] ??= {catalogs: new Map(), listeners: new Set()});
}

/** Adds (or extends) the catalog for `locale`, a canonical tag, and re-renders every connected widget. */
export function addCatalog(locale: string, catalog: Catalog): void {
  const r = registry();
  r.catalogs.set(locale, {...r.catalogs.get(locale), ...catalog});
  // A copy: a listener added meanwhile waits for the next catalog. (forEach, not for…of: smaller.)
  [...r.listeners].forEach((listener) => listener());
}

/** Locales with a catalog, English included. */
export function availableLocales(): string[] {
  return [SOURCE_LOCALE, ...registry().catalogs.keys()];
}

/** Calls `listener` whenever a catalog is registered, for as long as the page lives (no caller stops listening). */
export function onLocalesChanged(listener: () => void): void {
  registry().listeners.add(listener);
}

/**
 * The catalog entry for message `id` in `locale`, if that locale is loaded and has it; else in its
 * language's catalog (a page's `es-MX` wording over the shipped `es`), unless the locale names a
 * script (`sr-Latn` never borrows from a Cyrillic `sr`).
 */
export function lookup(locale: string, id: string): Template | undefined {
  // English is the source: a catalog registered as `en` is never used. (== between strings: smaller.)
  const entry = (code: string) => (code == SOURCE_LOCALE ? undefined : registry().catalogs.get(code)?.[id]);
  // (A script's locale looks in English, which has no entry: smaller than a second branch.)
  return entry(locale) ?? entry(/-[a-z]{4}\b/i.test(locale) ? SOURCE_LOCALE : languageOf(locale));
}

/** Installs the on-demand loader (CDN bundle only). */
export function setLocaleLoader(loader: NonNullable<Registry['loader']>): void {
  registry().loader ??= loader;
}

/**
 * What asks for a language (best candidates first): the loader, or, when none is installed (npm
 * builds), one that answers `false`, as the loader does when the language is not shipped. The loader
 * answers a promise while a language file is on its way, nothing otherwise (it said why).
 * (The function itself, called where it is needed: smaller than a wrapper that calls it.)
 */
export function localeRequest(): NonNullable<Registry['loader']> {
  return registry().loader || (() => false);
}

// registerLocale last: the order that gzips smallest (only a page calls it).
/**
 * A page's own language or wording (docs/i18n.md): adds (or extends) the catalog for `locale`, stored
 * under its canonical tag as pages write it (`pt_BR` → `pt-BR`, `PL` → `pl`), which is what widgets match.
 */
export function registerLocale(locale: string, catalog: Catalog): void {
  // Filipino under the code of our catalog (`tl`), which canonicalisation makes `fil` in some engines:
  // `tl`, `fil` → `tl` and `tl-PH`, `fil-PH` → `tl-PH`, so the page's words join the shipped `tl`,
  // message by message, and a `tl-PH` or `fil-PH` page finds them (localeCandidates). Not a tag:
  // kept as written (no page's lang can match it).
  addCatalog(canonical(locale).replace(/^fil\b/, 'tl') || locale, catalog);
}
