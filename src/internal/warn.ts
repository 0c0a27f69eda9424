/** One place for console warnings, so every message carries the same prefix. */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`Signpost: ${message}`, ...details);
}
