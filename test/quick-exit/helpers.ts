import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {isPageHidden, restorePage} from '../../src/quick-exit/exit-page.js';

/** Dispatches a key press (keydown + keyup) the way a keyboard would, from the focused element. */
export function press(key: string, init: KeyboardEventInit = {}): void {
  const target = document.activeElement ?? document.body;
  const shiftKey = init.shiftKey ?? key === 'Shift';
  target.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, composed: true, ...init, shiftKey}));
  target.dispatchEvent(new KeyboardEvent('keyup', {key, bubbles: true, composed: true, ...init, shiftKey: key === 'Shift' ? false : shiftKey}));
}

export interface Navigation {
  url: string;
  replace: boolean;
  /** The page state at the moment navigation started. */
  hidden: boolean;
  overlay: string | null;
  overlayRole: string | null;
  /** The tab's title. */
  title: string;
}

/** Replaces the element's navigation with a recorder that also captures the page state. */
export function recordNavigation(el: SignpostQuickExit): Navigation[] {
  const calls: Navigation[] = [];
  el.navigate = (url, replace) => {
    const overlay = document.querySelector('[data-signpost-exit-overlay]');
    calls.push({url, replace, hidden: isPageHidden(), overlay: overlay?.textContent ?? null, overlayRole: overlay?.getAttribute('role') ?? null, title: document.title});
  };
  return calls;
}

export function cleanUp(): void {
  restorePage();
}

export const status = (el: Element) => (el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '').trim();

/**
 * A fake clock for the 5 s waits (the Shift ×3 count's expiry, and its message's): they run when the test
 * moves time on, not in 5 s; other timers stay real. Call restore() when done.
 */
export function fiveSecondClock() {
  const [set, clear] = [window.setTimeout, window.clearTimeout];
  const waits = new Map<string, {due: number; fn: () => void}>();
  let now = 0;
  window.setTimeout = ((fn: () => void, ms?: number) => {
    if (ms !== 5000) return set(fn, ms);
    const id = `wait ${Math.random()}`;
    waits.set(id, {due: now + ms, fn});
    return id;
  }) as typeof window.setTimeout;
  // Fake ids are text, so a real timer is never cleared for one.
  window.clearTimeout = ((id: unknown) => (waits.delete(id as string) ? undefined : clear(id as number))) as typeof window.clearTimeout;
  return {
    /** Moves time on by `ms`, running in turn each wait that falls due (and is still set when its turn comes). */
    advance(ms: number) {
      now += ms;
      for (const [id, wait] of [...waits].sort((a, b) => a[1].due - b[1].due)) if (wait.due <= now && waits.delete(id)) wait.fn();
    },
    restore() {
      [window.setTimeout, window.clearTimeout] = [set, clear];
    },
  };
}
