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
