/**
 * Intl formatters are costly to build (locale data is loaded on first use); build each one once per
 * (kind, locale, options) and reuse it across renders and instances.
 */
// (A dictionary without a prototype, which no key can reach past: smaller than a Map.)
const cache: Record<string, unknown> = Object.create(null);

type Ctor<T, O> = new (locales: string[], options: O) => T;

export function intl<T, O extends object>(ctor: Ctor<T, O>, locale: string, options: O): T {
  // The key: kind, locale and options. Not JSON.stringify: an old library (MooTools 1.2) may have
  // replaced the page's JSON. (Written where it is used, no local: smaller.)
  // Intl reads an option it is not given from Object.prototype, where a page with a prototype-pollution
  // bug (`?__proto__[hour12]=1`) has put one: the options go without a prototype (docs/embedding.md).
  // Tagalog as `fil`, the code Intl's data has it under: WebKit does not read `tl` as `fil`, as V8 and
  // SpiderMonkey do, and wrote a Tagalog widget's days, dates and names in English (until 2026-12-07).
  return (cache[`${ctor.name}|${locale}|${Object.entries(options)}`] ??= new ctor([locale.replace(/^tl\b/, 'fil'), 'en'], {__proto__: null, ...options} as O)) as T;
}
