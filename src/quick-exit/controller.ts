/**
 * One set of window listeners per page, however many quick-exit buttons there are, all in the
 * capture phase of the window: the first point of an event's dispatch, so a page's own handlers
 * (a focus trap that stops clicks outside its dialog, a script that stops key events) run after
 * the exit, not instead of it.
 * One button owns the Shift ×3 shortcut, its progress and its announcements: the page's own button
 * (outside any shadow root) when there is one, even one with the shortcut off (then no button has
 * it: a card's quick exit must not turn back on what the partner turned off); else the first
 * connected button with the shortcut on. Of those, one inside an open dialog first, then one the page
 * renders (not hidden by its CSS), then the first.
 */
import {isPageHidden, restorePage} from './exit-page.js';

// A key event, or a pointer or wheel event (no key or code: another key, with or without Shift).
type Keys = Pick<KeyboardEvent, 'shiftKey'> & Partial<Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>>;

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
  closest(selector: string): Element | null;
  /**
   * Null when the page's CSS hides the button (display: none, on it or around it); also when the page
   * gives it position: fixed (it then owns only after the rendered others, as if hidden).
   */
  readonly offsetParent: Element | null;
  /** Owners may change when a button comes or goes: each shows its progress only if it owns. */
  requestUpdate(): void;
  /**
   * Presses still needed (2, 1), 0 when the count resets, -1 when it expired. Every button also hears 0
   * when the page comes back from the back/forward cache, and each as it is disconnected: no progress left.
   * @internal
   */
  countdown(remaining: number): void;
  /** @internal */
  leave(): void;
  /**
   * A click, middle click or tap: each button hears every one, and acts on those whose path holds it.
   * (Each reads the event's composed path itself, the same list during the dispatch: smaller than
   * passing it.)
   * @internal
   */
  clicked(event: MouseEvent): void;
}

// (The module's declarations in the order that gzips smallest in the CDN files; none runs before all are
// defined.)

/** Every button shows again who owns the shortcut (a button came or went, or one's `shortcut` changed). */
export const refreshShortcut = (): void => targets.forEach((t) => t.requestUpdate());

// The kind of pointer last pressed, undefined after a key or a wheel turn (onInput): Firefox's and
// WebKit's contextmenu is a MouseEvent, with no pointerType, and the context-menu key's menu (after a
// tap too) is no touch's.
let pressed: string | undefined;

/**
 * The button that owns Shift ×3 (and shows its progress), if any; none: Shift ×3 does not leave this page.
 * (Exported as it is for the widget to compare with itself or test: smaller than two wrappers.)
 */
export const shortcutOwner = (): ShortcutTarget | undefined => {
  const own = [...targets].filter((t) => t.getRootNode() == document);
  // (A first element for a list that has any: buttons are objects; shorter than its length. The set
  // spread again rather than held in a local: smaller.)
  // One inside an open dialog first: a modal's (showModal()) is the only one a reader sees and a screen
  // reader reads, the page's bar inert behind its backdrop, so that one shows and says the progress (a
  // non-modal dialog's too: both are seen there, and either will do). Else one the page renders (an
  // offsetParent: not display: none, on it or around it, as in a theme's header copy hidden at one
  // width, or a card's in a hidden tab panel), so that its dots and announcements are seen and heard;
  // else the first.
  const armed = (own[0] ? own : [...targets]).filter((t) => t.armed);
  return armed.find((t) => t.closest('dialog[open]')) ?? armed.find((t) => t.offsetParent) ?? armed[0];
};

// A click, a middle click, a tap's pointerup, or a touch's long press: a tap leaves on lifting the
// finger, since a page that cancels touchstart (a focus trap does, outside its dialog) leaves the
// browser no click to send; a finger held down (a frightened reader, a tremor) gets the link's menu
// (contextmenu, then pointercancel: no pointerup, no click), so that leaves too, and the menu is
// cancelled. Not a right click (button 2: on Windows its auxclick comes before the menu; its
// contextmenu is a mouse's) nor a mouse's back or forward button (3, 4): a reader opening the menu
// with a mouse has not asked to leave, and could not come back.
// (forEach rather than a for…of loop: smaller.)
const onClick = (e: PointerEvent) => {
  if (/click/.test(e.type) ? e.button < 2 : (e.pointerType ?? pressed) == 'touch') targets.forEach((t) => t.clicked(e));
};

/*
 * The Shift ×3 count: the "press Shift three times" rule, as a small state machine with no DOM of its
 * own. The owner's countdown() hears the presses still needed (2, 1) after each counted press, 0 when
 * the count resets, -1 when it expires; its leave() the third press. (Written here at module level
 * rather than made by a function called once with those two callbacks: smaller.)
 *
 * - Only a bare Shift counts: a Shift released after being used as a modifier (Shift+A) does not.
 * - Left and right Shift both count, in any mix; both held together count once. A Shift an input
 *   method has taken (its key named "Process", its code ShiftLeft or ShiftRight) counts too.
 * - A Shift held for a click (Shift+click selects text) or a wheel turn (scrolls sideways) is a modifier too.
 * - The window losing focus starts again (the controller calls reset): the Shift release goes elsewhere.
 * - Shift with Alt, Ctrl or Meta held (Alt+Shift switches keyboard layouts on Windows) is a chord, not a press.
 * - Each press restarts the timer: up to 5 s between presses, then the count expires.
 * - Any other key resets the count.
 */
// Presses still needed (3 - the presses counted, 3 when none is; counted down: smaller).
let left = 3;
let modified: boolean | undefined = false; // (undefined, as false: a chord read from an event that lacks its modifier keys)
let timer: ReturnType<typeof setTimeout> | undefined;

// The timer is only ever cleared: clearing one that has fired, or was cleared, does nothing.
const reset = () => {
  clearTimeout(timer);
  if (left < 3) {
    left = 3;
    shortcutOwner()?.countdown(0);
  }
};

const onPageshow = (e: PageTransitionEvent) => {
  if (!e.persisted) return;
  counter.reset();
  // Every button as at a reset (the owner's may hear it twice: the same state again).
  targets.forEach((t) => t.countdown(0));
  // The page shown again last: the lines above only set state (the buttons render later), and this order
  // gzips smaller.
  restorePage();
};

/** The Shift ×3 count's three entry points: the widget resets it when the last button goes. */
export const counter = {
  reset() {
    modified = false;
    reset();
  },
  keydown(event: Keys) {
    // A Shift in a chord is a modifier; any other key resets, and with Shift held it also marks that
    // Shift as a modifier. (The mark kept once set through `||=`, then the reset: the same, smaller.)
    modified ||= shift(event) ? chord(event) : event.shiftKey;
    if (!shift(event)) reset();
  },
  keyup(event: Keys) {
    // Both Shift keys held together are one press: count when the last one is released.
    if (!shift(event) || event.shiftKey) return;
    if (chord(event) || modified) {
      modified = false;
      return;
    }
    clearTimeout(timer);
    if (!--left) {
      left = 3;
      shortcutOwner()?.leave();
      return;
    }
    shortcutOwner()?.countdown(left);
    timer = setTimeout(() => {
      left = 3;
      shortcutOwner()?.countdown(-1);
    }, 5000);
  },
};

// Keys, pointers pressed and wheel turns. keydown and keyup go to the counter's methods of the same names.
// Shift+click (extending a selection) and Shift+wheel (scrolling sideways) use Shift as a modifier, like Shift+A:
// the event goes to the counter as a key press (a pointer or wheel event has no key or code, so it is
// another key with Shift held).
const onInput = (e: KeyboardEvent & PointerEvent) => {
  pressed = e.pointerType;
  if (!shortcutOwner()) return;
  // Its own keys only: a page's polluted Object.prototype (`?__proto__[pointerdown]=x`) would have a
  // pointer or wheel event call the pollution, and throw. (The method, not Object.hasOwn: 3 B smaller.)
  // eslint-disable-next-line no-prototype-builtins
  if (counter.hasOwnProperty(e.type)) counter[e.type as 'keydown' | 'keyup'](e);
  else if (e.shiftKey) counter.keydown(e);
};

const chord = (e: Keys) => e.altKey || e.ctrlKey || e.metaKey;

// A page's own "Leave site?" warning (an unsaved form's `beforeunload`) would ask the reader to stay
// on the hidden page. Firefox and WebKit run the window's capture listeners first; Chromium runs the
// window's listeners in the order they were added, so this one is added as the first button connects.
const onBeforeunload = (e: Event) => {
  if (isPageHidden()) e.stopImmediatePropagation();
};

/** Adds or removes the window's listeners: as the first button connects, and as the last one goes. */
export const listen = (method: 'addEventListener' | 'removeEventListener') => {
  const win = window;
  // (The listeners in the order that gzips smallest: each is for an event of its own, so the order
  // changes nothing.)
  win[method]('keydown', onInput as EventListener, true);
  win[method]('keyup', onInput as EventListener, true);
  win[method]('beforeunload', onBeforeunload, true);
  // The window lost focus (Shift+Tab into a frame, a Shift shortcut that opened a window): the Shift
  // keyup goes elsewhere, so the count starts again and a Shift used as a modifier is forgotten.
  // (The counter's reset is its own function, reading no this and no argument: the same one each time.)
  win[method]('blur', counter.reset);
  win[method]('pageshow', onPageshow as EventListener);
  // Options without a prototype: one polluted by the page (`?__proto__[signal]=x`) would make this throw
  // and leave the listeners below unset (docs/embedding.md). (Its keys in the order that gzips smaller.)
  win[method]('wheel', onInput as EventListener, {__proto__: null, passive: true, capture: true} as AddEventListenerOptions);
  clicks(win, method);
};

/**
 * The connected buttons. Each registers itself as it connects (add, refreshShortcut, and listen on
 * the window when it is the only one) and unregisters as it disconnects (delete, refreshShortcut,
 * and when none is left, stop listening and reset the counter): written in the widget's callbacks
 * rather than through two functions here, which the CDN build would write as functions called at once (smaller).
 */
export const targets = new Set<ShortcutTarget>();

// A Shift key by its name, or by where it is: a Chinese, Japanese or Korean input method on Windows
// takes Shift (it switches the input mode), and the browser then names the key "Process". (Name and code
// read as one text: no other key's name or code holds the word, and a pointer or wheel event's, both
// undefined, read "undefinedundefined"; shorter than two tests.)
const shift = (e: Keys) => /Shift/.test(e.key! + e.code);

/**
 * Listens for clicks, middle clicks, taps and long presses (capture phase) on `target`: the window, and each button
 * itself for where the window cannot see it (inside a closed shadow root, or in a frame's document).
 * The first listener to act exits; `clicked` skips the others.
 */
export const clicks = (target: EventTarget, method: 'addEventListener' | 'removeEventListener'): void => {
  ['click', 'auxclick', 'pointerup', 'contextmenu'].forEach((type) => target[method](type, onClick as EventListener, true));
  // The pointer pressed too (on the element also: a frame's pointerdown never reaches this window).
  // (After the others, of other types: the order that gzips smaller.)
  target[method]('pointerdown', onInput as EventListener, true);
};
