/**
 * Time is injected so that schedules ("open now") are testable at fixed instants.
 * A clock returns milliseconds since the epoch, like `Date.now`.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** The time from `clock`, or the system's when it is not a clock (a framework passed undefined). */
export function now(clock: unknown): number {
  // (The time kept in `clock` itself: smaller than a variable of its own.)
  return isFinite((clock = typeof clock === 'function' ? Number(clock()) : NaN) as number) ? (clock as number) : Date.now();
}
