import {translate} from './registry.js';

/** A message: called with the widget's locale and the message's arguments. */
export type Message<A extends unknown[]> = (locale: string, ...args: A) => string;

/**
 * Wraps one English `msg()` call (which lit-localize extracts into XLIFF) as a per-locale message.
 * `id` must equal the `id` option of the `msg()` call inside `english`; a test checks every pair
 * against the generated catalogs. The `str` expressions must be the arguments, in order.
 */
export function message<A extends unknown[]>(id: string, english: (...args: A) => string): Message<A> {
  const fn: Message<A> = (locale, ...args) => translate(locale, id, () => english(...args), args);
  (fn as Message<A> & {id: string}).id = id;
  return fn;
}
