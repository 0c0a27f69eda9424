/**
 * Language resolution: the one place that decides a widget's language.
 *
 * own `lang` → nearest ancestor `lang` (crossing shadow roots) → `<html lang>` → English.
 * A region falls back to its language (`es-MX` → `es`); an unknown language falls back to English.
 */
import {warnOnce} from '../internal/warn.js';
import {safe} from '../internal/safe.js';
import {targetLocales} from '../generated/locale-codes.js';

/**
 * Languages written under another code in our catalogs, and country codes that sites often write
 * where the language belongs (`ua` for Ukrainian, `vn` Vietnamese, `cn` Chinese: no language has them).
 * (First in the module: the order that gzips smallest; read only when localeCandidates runs.)
 */
const ALIASES: Record<string, string> = {fil: 'tl', zh: 'zh-Hans', ua: 'uk', vn: 'vi', cn: 'zh-Hans'};

export const SOURCE_LOCALE = 'en';

/** Canonicalises a BCP 47 tag, or returns '' for junk (and for null, undefined or no tag). */
export function canonical(tag: string | null | undefined): string {
  // Many sites write en_GB, some a POSIX locale (es_ES.UTF-8): read them as en-GB, es-ES. Many Chinese
  // sites write zh-cmn-Hans, whose extended language subtag Intl refuses: read as zh-Hans. (Only cmn:
  // the other extended subtags are rare on the web, and every one costs bytes in every CDN file.)
  // Intl refuses '' and spaces, and null and undefined as text: no language subtag has 4 or 9 letters.
  return safe(() => Intl.getCanonicalLocales(String(tag).trim().replace(/_/g, '-').replace(/-cmn\b|[.@].*/gi, ''))[0], '');
}

/** The raw language tag that applies to `el`: its own, an ancestor's, the document's, or ''. */
export function languageTagOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      // The nearest lang decides, even one that is not a language tag (then: English, not a
      // farther ancestor's language).
      const value = node.getAttribute('lang');
      if (value?.trim()) {
        const tag = canonical(value);
        if (!tag) warnOnce(`lang="${value}" is not a language tag; showing English.`);
        return tag;
      }
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  // (An element's ownerDocument is never null: only a document's is.)
  return canonical(el.ownerDocument.documentElement?.getAttribute('lang'));
}

/** The language subtag of a tag (`zh-Hans-CN` → `zh`). */
export const languageOf = (code: string) => code.split('-')[0].toLowerCase();

/**
 * Languages of the shipped catalogs named with a subtag (`zh` for `zh-Hans`): only their tags need the
 * likely script. Finding it (`Intl.Locale#maximize`) loads likely-subtags data, about 5 ms the first
 * time on a page, which every widget on an `en` or `en-US` page would otherwise pay.
 */
const SCRIPT_CATALOG_LANGUAGES = targetLocales.filter((c) => c.includes('-')).map(languageOf);

/** Picks the best available locale for a tag: exact, language-script, language, alias; else English. */
export function matchLocale(tag: string, available: readonly string[]): string {
  // A script candidate can only match a catalog named by script among these (`zh-Hans`; or `sr-Latn`,
  // registered by the page), so only their languages need the lookup.
  const scripted = available.filter((c) => c.includes('-')).map(languageOf);
  return localeCandidates(tag, scripted).find((c) => available.includes(c)) ?? SOURCE_LOCALE;
}

/**
 * The tag a widget writes dates, times and Intl's names with, for the page's tag and the catalog
 * the widget renders in: the page's own when it is the catalog's language (`en-GB` → 17:30), in the
 * catalog's script when the catalog names one (`zh-TW` with `zh-Hans` → `zh-Hans-TW`: 德国, not
 * Intl's Traditional 德國 inside Simplified words); else the catalog's. en-US writes as en does,
 * which keeps the card's English fast path (docs/performance.md).
 */
export function formatLocaleOf(tag: string, locale: string): string {
  const script = /-([A-Z][a-z]{3})/.exec(locale)?.[1];
  // (== and != between strings: smaller.)
  return languageOf(tag) == languageOf(locale) && tag != 'en-US' ? (script ? `${new Intl.Locale(tag, {__proto__: null, script} as Intl.LocaleOptions)}` : tag) : locale;
}

/**
 * The region subtag of a canonical tag (canonical()'s, as a widget's languageTag is: `en-GB` → `GB`;
 * `es-419` → `419`, a UN M49 area), if it has one. The card looks it up among its countries' ISO
 * 3166-1 codes, where an area is no country.
 */
export function regionOf(tag: string): string | undefined {
  // No tag (canonical gave ''): Intl.Locale throws.
  return safe(() => new Intl.Locale(tag).region);
}

/**
 * Languages written right to left (`ckb`, Sorani Kurdish, is; `ku`, Kurmanji, in Latin script, is not).
 * A catalog for a script variant (`pa-Arab`) takes `dir="rtl"` on the widget. An array, not a Set:
 * includes compares as has does (SameValueZero), and gzips smaller. (In the order that gzips smallest.)
 */
const RTL_LANGUAGES = 'ar fa ps he ur yi dv sd ug ckb'.split(' ');

/** Writing direction of a locale. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.includes(languageOf(canonical(locale))) ? 'rtl' : 'ltr';
}

/**
 * The catalog codes to try for a tag, best first: the exact tag, language-script (`zh-CN` →
 * `zh-Hans`, by likely script), then the language (`es-MX` → `es`), with a few aliases (`fil` → `tl`).
 * No tag, or junk: `['']`, which no catalog is. (Last in the module: the order that gzips smallest.)
 */
export function localeCandidates(tag: string, scripted: readonly string[] = SCRIPT_CATALOG_LANGUAGES): string[] {
  const full = canonical(tag);
  // A regional Filipino tag also as our catalogs write it (`fil-PH` → `tl-PH`: a page's own wording,
  // registerLocale); for any other tag the Set drops the repeat.
  const out = [full, full.replace(/^fil\b/, 'tl')];
  const language = languageOf(full);
  // (No likely script, or no Intl.Locale: `zh-undefined`, which no catalog is.)
  if (scripted.includes(language)) out.push(`${language}-${safe(() => new Intl.Locale(full).maximize().script)}`);
  // A language with no alias is pushed twice: the Set keeps its first place only.
  out.push(language, ALIASES[language] ?? language);
  return [...new Set(out)];
}
