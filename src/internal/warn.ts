/** One place for console warnings, so every message carries the same prefix. */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`Signpost: ${message}`, ...details);
}

const warned: string[] = [];

/** A warning given once per page (per copy of Signpost): the same text again says nothing. */
export function warnOnce(message: string): void {
  if (!warned.includes(message)) {
    warned.push(message);
    warn(message);
  }
}
