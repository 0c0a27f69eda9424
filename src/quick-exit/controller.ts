/**
 * One set of window listeners per page, however many quick-exit buttons there are, all in the
 * capture phase of the window: the first point of an event's dispatch, so a page's own handlers
 * (a focus trap that stops clicks outside its dialog, a script that stops key events) run after
 * the exit, not instead of it.
 * One button owns the Shift ×3 shortcut, its progress and its announcements: the page's own button
 * (outside any shadow root) when there is one, even one with the shortcut off (then no button has
 * it: a card's quick exit must not turn back on what the partner turned off); else the first
 * connected button with the shortcut on.
 */
import {createShiftCounter} from './shift-counter.js';
import {isPageHidden, restorePage} from './exit-page.js';

/**
 * What the controller needs from a quick-exit element. The members SignpostQuickExit keeps out of
 * its published types (marked internal: tsconfig.build.json strips them) are marked internal here
 * too, so that the published class still implements the published interface.
 */
export interface ShortcutTarget {
  /**
   * Connected, with the Shift ×3 shortcut on.
   * @internal
   */
  readonly armed: boolean;
  getRootNode(): Node;
  /** Owners may change when a button comes or goes: each shows its progress only if it owns. */
  requestUpdate(): void;
  /**
   * Presses still needed (2, 1), 0 when the count resets, -1 when it expired.
   * @internal
   */
  countdown(remaining: number): void;
  /** @internal */
  leave(): void;
  /**
   * The page came back from the back/forward cache.
   * @internal
   */
  restored(): void;
  /**
   * A click, middle click or tap whose path holds this element (`path`: the event's composed path).
   * @internal
   */
  clicked(event: MouseEvent, path: EventTarget[]): void;
}

/**
 * The connected buttons. Each registers itself as it connects (add, refreshShortcut, and listen on
 * the window when it is the only one) and unregisters as it disconnects (delete, refreshShortcut,
 * and when none is left, stop listening and reset the counter): written in the widget's callbacks
 * rather than through two functions here, which the CDN build would write as functions called at once (smaller).
 */
export const targets = new Set<ShortcutTarget>();

/**
 * The button that owns Shift ×3 (and shows its progress), if any; none: Shift ×3 does not leave this page.
 * (Exported as it is for the widget to compare with itself or test: smaller than two wrappers.)
 */
export const shortcutOwner = (): ShortcutTarget | undefined => {
  const all = [...targets];
  const own = all.filter((t) => t.getRootNode() === document);
  return (own.length ? own : all).find((t) => t.armed);
};

/** The Shift ×3 count: the widget resets it when the last button goes. */
export const counter = createShiftCounter(
  (remaining) => shortcutOwner()?.countdown(remaining),
  () => shortcutOwner()?.leave(),
);

// keydown and keyup: the counter's methods of the same names.
const onKey = (e: KeyboardEvent) => {
  if (shortcutOwner()) counter[e.type as 'keydown' | 'keyup'](e);
};
// Shift+click (extending a selection) and Shift+wheel (scrolling sideways) use Shift as a modifier, like Shift+A.
// The event goes to the counter as a key press: a pointer or wheel event has no key or code, so it is
// another key with Shift held.
const onShiftUse = (e: MouseEvent) => {
  if (e.shiftKey && shortcutOwner()) counter.keydown(e);
};
// A click, a middle click, or a tap's pointerup: a tap leaves on lifting the finger, since a page
// that cancels touchstart (a focus trap does, outside its dialog) leaves the browser no click to send.
const onClick = (e: PointerEvent) => {
  const path = e.composedPath();
  if (e.type !== 'pointerup' || e.pointerType === 'touch') for (const t of targets) if (path.includes(t as unknown as EventTarget)) t.clicked(e, path);
};
// A page's own "Leave site?" warning (an unsaved form's `beforeunload`) would ask the reader to stay
// on the hidden page. Firefox and WebKit run the window's capture listeners first; Chromium runs the
// window's listeners in the order they were added, so this one is added as the first button connects.
const onBeforeunload = (e: Event) => {
  if (isPageHidden()) e.stopImmediatePropagation();
};
const onPageshow = (e: PageTransitionEvent) => {
  if (!e.persisted) return;
  restorePage();
  counter.reset();
  targets.forEach((t) => t.restored());
};

/** Every button shows again who owns the shortcut (a button came or went, or one's `shortcut` changed). */
export const refreshShortcut = (): void => targets.forEach((t) => t.requestUpdate());

/** Adds or removes the window's listeners: as the first button connects, and as the last one goes. */
export const listen = (method: 'addEventListener' | 'removeEventListener') => {
  const win = window;
  win[method]('keydown', onKey as EventListener, true);
  win[method]('keyup', onKey as EventListener, true);
  win[method]('pointerdown', onShiftUse as EventListener, true);
  win[method]('wheel', onShiftUse as EventListener, {capture: true, passive: true});
  // The window lost focus (Shift+Tab into a frame, a Shift shortcut that opened a window): the Shift
  // keyup goes elsewhere, so the count starts again and a Shift used as a modifier is forgotten.
  // (The counter's reset is its own function, reading no this and no argument: the same one each time.)
  win[method]('blur', counter.reset);
  win[method]('pageshow', onPageshow as EventListener);
  win[method]('beforeunload', onBeforeunload, true);
  clicks(win, method);
};

/**
 * Listens for clicks, middle clicks and taps (capture phase) on `target`: the window, and each button
 * itself for where the window cannot see it (inside a closed shadow root, or in a frame's document).
 * The first listener to act exits; `clicked` skips the others.
 */
export const clicks = (target: EventTarget, method: 'addEventListener' | 'removeEventListener'): void =>
  ['click', 'auxclick', 'pointerup'].forEach((type) => target[method](type, onClick as EventListener, true));
