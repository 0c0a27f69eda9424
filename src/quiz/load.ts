/**
 * Fetches a JSON bank from a partner's URL: no credentials, no referrer, a timeout, a byte cap,
 * and aborted when the widget goes away. Throws on any failure; the caller falls back.
 */
export interface FetchJsonOptions {
  timeout: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export async function fetchJson(url: string, {timeout, maxBytes, signal}: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, timeout);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      cache: 'default',
      redirect: 'follow',
      signal: controller.signal,
      headers: {accept: 'application/json'},
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    const reader = response.body?.getReader();
    if (!reader) return JSON.parse(await response.text());
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new Error(`larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.byteLength;
    }
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    // Engines word an abort differently; say what happened in one way everywhere.
    throw timedOut ? new Error(`timed out after ${timeout} ms`) : error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
