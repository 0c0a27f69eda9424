/**
 * fn's answer, or the fallback when it throws (an engine without that Intl data, junk for a tag, an unreadable URL).
 * No fallback: undefined (a call that passes none is smaller).
 */
export function safe<T>(fn: () => T): T | undefined;
export function safe<T>(fn: () => T, fallback: T): T;
export function safe<T>(fn: () => T, fallback?: T): T | undefined {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
