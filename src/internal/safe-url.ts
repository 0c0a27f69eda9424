/**
 * The one place that decides whether a string may become a link.
 * Returns the re-serialised URL (never the raw input) or null.
 */
export function safeUrl(
  raw: unknown,
  // The page's base URL, as the browser resolves the page's own links (a <base href> included);
  // null: absolute URLs only.
  base: string | URL | null | undefined = globalThis.document?.baseURI ?? globalThis.location?.href,
  allowed: readonly string[] = ['https:', 'http:'],
): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  // Control characters and whitespace inside a scheme are a classic filter bypass: refuse them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  try {
    // An undefined base is no base (a null one would be the text "null", not a URL).
    const url = new URL(trimmed, base ?? undefined);
    return allowed.includes(url.protocol) && !(url.username + url.password) ? url.href : null;
  } catch {
    return null;
  }
}
