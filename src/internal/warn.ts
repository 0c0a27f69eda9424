/** One place for console warnings, so every message carries the same prefix. Gives undefined (warnOnce reads it). */
export function warn(message: string, ...details: unknown[]): undefined {
  console.warn(`Signpost: ${message}`, ...details);
}

/** The warnings given (a dictionary without a prototype, which no message can reach past: smaller than an array). */
const warned = {__proto__: null} as unknown as Record<string, boolean>;

/** A warning given once per page (per copy of Signpost): the same text again says nothing. */
export function warnOnce(message: string): void {
  // (warn gives undefined: its negation marks the message given, in one expression; smaller.)
  warned[message] ||= !warn(message);
}
