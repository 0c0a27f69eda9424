import {FeedError} from '../feeds/error.js';

/**
 * A failed fetch: its reason and a message. Thrown as a FeedError with a fetch's reason (`as never`:
 * FeedError's type names a feed's reasons only): one error class in the CDN files, smaller. No page
 * ever sees one.
 */
export type FetchError = Error & {readonly reason: 'timeout' | 'http' | 'too-large' | 'network'};

/**
 * Fetches a partner-configured URL (a quiz bank, a feed): no credentials, no referrer, a timeout,
 * a byte cap, and aborted when the widget goes away. Throws on any failure; the caller falls back.
 * Errors carry a `reason`: timeout, http, too-large or network (or the one `decode` gave its error).
 * Positional parameters rather than an options object: its keys, which the CDN files cannot shorten
 * (`decode`, `signal` and `accept` are also the platform's names), cost bytes at every call.
 * @param signal Aborts the request (the widget went away, or a newer request replaces it).
 * @param decode Bytes → text (default: UTF-8, as JSON is), or what the caller makes of them: the ticker
 *   reads a feed in its charset and normalises it against `url`, the URL the answer came from (after
 *   any redirect: what relative links resolve against, RFC 3986, 5.1.3). An error it throws with a
 *   `reason` (a FeedError) reaches the caller as it is.
 */
export async function fetchText<T = string>(
  url: string,
  timeout: number,
  maxBytes: number,
  signal: AbortSignal,
  accept: string,
  decode: (bytes: Uint8Array, contentType: string | null, url: string) => T = (bytes) => new TextDecoder().decode(bytes) as T,
): Promise<T> {
  const controller = new AbortController();
  let timedOut: boolean | undefined; // unset (false) until the timer fires
  // At most a minute: browsers fire a delay longer than 2^31 - 1 ms at once.
  // The flag set is the abort's reason, which nothing reads: the catch below throws the timeout.
  // (Written back into `timeout`, so the error below names the wait it really had: a quiz's timeout="90000" said 90000 ms.)
  const timer = setTimeout(() => controller.abort((timedOut = true)), (timeout = Math.min(timeout, 6e4)));
  // Removed when the controller aborts (at the latest in the finally below).
  signal.addEventListener('abort', () => controller.abort(signal.reason), {__proto__: null, signal: controller.signal} as AddEventListenerOptions);
  try {
    const response = await fetch(url, {
      // Otherwise fetch's defaults: CORS, the HTTP cache, redirects followed; never a method, body or
      // referrer that a page's polluted Object.prototype offers (docs/embedding.md).
      __proto__: null,
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: {accept},
    } as RequestInit);
    if (!response.ok) throw new FeedError('http' as never, `HTTP ${response.status}`);
    // The header's text compares as the number it reads as (none, null, as 0; not a number, NaN, as no size).
    if ((response.headers.get('content-length') as never) > maxBytes) throw new FeedError('too-large' as never, `larger than ${maxBytes} bytes`);
    // No body at all (a 204): no bytes.
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    // (A for loop that keeps each chunk in its update: smaller than a while loop with a break.)
    for (let size = 0, chunk; reader && !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
      if ((size += chunk.value.length) > maxBytes) {
        await reader.cancel();
        throw new FeedError('too-large' as never, `larger than ${maxBytes} bytes`);
      }
    }
    return decode(new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()), response.headers.get('content-type'), response.url || url);
  } catch (error) {
    // Engines word an abort differently; say what happened in one way everywhere.
    if (timedOut) throw new FeedError('timeout' as never, `timed out after ${timeout} ms`);
    throw (error as FetchError).reason ? error : new FeedError('network' as never, (error as Error).message || 'network error');
  } finally {
    // What is left of an answer refused before its body was read (its status, its declared size) is
    // not downloaded: the connection closes now, not when the page lets go of the response.
    controller.abort();
    clearTimeout(timer);
  }
}
