/**
 * Intl formatters are costly to build (locale data is loaded on first use); build each one once per
 * (kind, locale, options) and reuse it across renders and instances.
 */
const cache = new Map<string, unknown>();

type Ctor<T, O> = new (locales: string[], options: O) => T;

export function intl<T, O extends object>(ctor: Ctor<T, O>, locale: string, options: O): T {
  const key = `${ctor.name}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = new ctor([locale, 'en'], options);
    cache.set(key, value);
  }
  return value;
}
