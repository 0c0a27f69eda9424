/** fn's answer, or the fallback when it throws (an engine without that Intl data, junk for a tag, an unreadable URL). */
export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
