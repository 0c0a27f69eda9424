/**
 * Reading untrusted input (partner JSON, attributes, feeds): own properties only, so `__proto__`
 * and inherited keys never count; short, whitespace-collapsed text; and the text of a child
 * `<script type="application/json">`. (The definitions are in the order that gzips smallest.)
 */
import {warn} from './warn.js';

/**
 * An attribute of a few words: `value` if `allowed` has it, else (with a warning that names it `what`) the
 * first, its default. Empty, null or undefined (a framework's unset value: Vue's `''`, React's `null`) is the
 * default without a warning (until 2026-12-07 it warned). (`what` last: a file that calls it once, where the build writes the call out, then
 * passes no placeholder for it; bytes.)
 */
export const oneOf = <T extends string>(value: string, allowed: T[], what: string): T =>
  allowed.includes(value as T) ? (value as T) : (value && warn(`${what} must be ${allowed.join(' or ')}; using ${allowed[0]}.`), allowed[0]);

/**
 * A deep copy of `value` whose objects keep their own fields only and have no prototype (arrays stay
 * arrays, their items copied the same way): a page whose `Object.prototype` a script polluted
 * (`?__proto__[chat]=…` through a faulty query parser) adds no field to it, at any depth.
 */
export const bare = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(bare) as T;
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, field] of Object.entries(value)) copy[key] = bare(field);
  return copy as T;
};

/** `value[key]` if `value` is an object that has `key` as its own property (never `__proto__` or an inherited key), else undefined. */
export function own(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A string with its whitespace collapsed, if it has something to see (not only spaces and format characters) and at most `max` characters. */
export function shortText(value: unknown, max: number): string | undefined {
  // (Not text: '', which has nothing to see.)
  const text = (typeof value == 'string' ? value : '').replace(/\s+/g, ' ').trim();
  // Something to see (not only format characters, U+200B or U+2060: an answer with no label), and no
  // character at index max: at most max characters (written so for size).
  return /[^\s\p{Cf}]/u.test(text) && !text[max] ? text : undefined;
}

/** The text of the element's own child `<script type="application/json">`, if it has one. */
export function childJson(host: Element): string | undefined {
  // An element's textContent is always text (only a document's or a doctype's is null).
  return host.querySelector(':scope>script[type="application/json"]')?.textContent as string | undefined;
}

/**
 * Calls `onChange` whenever the element's light DOM (its children, their text, and the attributes
 * the widgets read) changes, as frameworks and CMS scripts write it after connect (a keyed framework
 * patches only a changed attribute). Disconnect the observer when the element goes.
 */
export function watchChildren(host: Element, onChange: () => void): MutationObserver {
  const observer = new MutationObserver(onChange);
  // (No prototype: a page's polluted `attributes`, falsy beside the attributeFilter, would make this throw.)
  // (The filter's names in the order that gzips smallest: it is a set, and any order does the same.)
  observer.observe(host, {__proto__: null, attributeFilter: ['href', 'slot', 'data-content-note', 'datetime'], subtree: true, childList: true, characterData: true} as MutationObserverInit);
  return observer;
}

/**
 * A `heading-level` attribute's value as a level of 2–6; anything else (2.5 too) warns and gives 2.
 * A number: a framework may set the property as text ("3"), whose "+ 1" would be "31".
 */
export function headingLevel(value: number): number {
  // 2–6 and whole (written so for size: the range leaves out NaN, which !(value % 1) would let through).
  if (value > 1 && value < 7 && !(value % 1)) return +value;
  warn(`heading-level must be 2–6; using 2.`);
  return 2;
}

/**
 * Lit converter for a number attribute: removed or blank gives `fallback` (the property's default),
 * not the 0 that `Number('')` and a removed attribute's `null` would give.
 * (A function, as boolAttr: Lit reads a converter that is a function as its `fromAttribute`, and a
 * reflected property's `toAttribute` is Lit's default either way; bytes. And +value, the same as
 * Number(value) for text: smaller.) With `loud`, a value that is not a number ("all", "8s", "Infinity")
 * warns, quoting it, and gives `fallback`; without, it gives the value as read (NaN for a word), for the
 * property's own check to warn of by name (heading-level, the quiz's count, the ticker's interval and refresh). (`1`, not `true`: smaller.)
 */
export const numberAttr = (fallback: number, loud?: 1) => (value: string | null) =>
  value?.trim() ? (isFinite(value as never) || !loud ? +value : (warn(`"${value}" is not a number; using ${fallback}.`), fallback)) : fallback;

/**
 * Lit converter for a boolean attribute (with `type: Boolean`): present means on, as in HTML, except
 * the value `false`. Vue binds `:keep-history="false"` as that text, and authors write it: it must not
 * turn the option on.
 */
export const boolAttr = (value: string | null) => value != null && value != 'false';

/**
 * Lit converter for a text attribute whose removal means its default (not null), as does an empty value
 * or one of spaces only (a template writing an unset one: `href=""`, `heading=" {{ h }} "`), with no
 * warning; spaces around a value do not count (`mode=" list"`). A function, as numberAttr.
 */
export const textAttr = (fallback: string) => (value: string | null) => value?.trim() || fallback;

/**
 * `YYYY-MM-DD` → [y, m, d], or null when it is not a real date (2026-02-31 is not 3 March) or not
 * text (a partner's JSON `{"toString": false}` would throw if made text).
 */
export function isoDate(value: unknown): [number, number, number] | null {
  // (Not text: false, which exec reads as "false", no date either; smaller than ''.)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((typeof value == 'string' && value.trim()) as string);
  if (!match) return null;
  // (The whole match, first, read as a number too and skipped: smaller than slicing it off.)
  const [, y, m, d] = match.map(Number);
  // A day out of range rolls over into another date (years 0–99 become 1900–1999), which the ISO
  // form of the result then does not match.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(match[0]) ? [y, m, d] : null;
}
