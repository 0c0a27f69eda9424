/**
 * Signpost's own `msg()` and `str`, typed as @lit/localize's so that `lit-localize extract` finds
 * every message (it recognises them by type), but looked up per widget instead of in one global
 * locale: while a widget renders, `msg()` answers in that widget's language. See docs/i18n.md.
 */
import type {msg as litMsg, str as litStr} from '@lit/localize';
import {SOURCE_LOCALE} from './resolve.js';
import {lookup, type Template} from './registry.js';

// join first: the order that gzips smallest (a function, read only when a message is rendered).
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  // (Array.from, not a loop: smaller. Not strings.map: a page's catalog may hold anything, and a text or
  // an array-like there, with text at 0, would throw, where this only garbles the words, as the loop did.)
  return Array.from(strings, (s, i) => (i ? String(values[order ? (order[i - 1] as number) : i - 1] ?? '') + s : s)).join('');
}

/** What `str` gives `msg()`: only `render` below reads it (lit-localize's own also carries `strTag`). */
interface StrResult {
  strings: readonly string[];
  values: readonly unknown[];
}

let current = SOURCE_LOCALE;

/** Runs `fn` with `msg()` answering in `locale` (widgets wrap their render in this). */
export function inLocale<T>(locale: string, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * `options` is `{id}` as written, or the id alone as the CDN build writes it (scripts/compact-msg-ids.mjs,
 * which there writes every call so and has `id` read `options` as it is). Every call has an id: that
 * script fails the build on one without (signpost.js holds every module that calls msg).
 */
function render(source: string | StrResult, options?: {id?: string} | string): string {
  const id = typeof options === 'string' ? options : options?.id;
  const template: Template | undefined = lookup(current, id!);
  if (typeof template == 'string') return template;
  // A page's catalog may hold anything: an entry that is not a string or a `str` template is skipped.
  if (typeof template?.strings?.[0] == 'string') return join(template.strings, typeof source === 'string' ? [] : source.values, template.values);
  return typeof source === 'string' ? source : join(source.strings, source.values);
}

/** A message in the current widget's language (English source as the fallback). */
export const msg = render as unknown as typeof litMsg;

/** Tag for messages with values: msg(str`Call ${number}`, {id: '…'}). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({strings, values})) as unknown as typeof litStr;
