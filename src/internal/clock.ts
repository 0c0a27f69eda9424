/**
 * Time is injected so that schedules ("open now") are testable at fixed instants.
 * A clock returns milliseconds since the epoch, like `Date.now`.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
