/**
 * One set of document listeners per page, however many quick-exit buttons there are.
 * One button owns the Shift ×3 shortcut, its progress and its announcements: the page's own button
 * (outside any shadow root) when there is one, even one with the shortcut off (then no button has
 * it: a card's quick exit must not turn back on what the partner turned off); else the first
 * connected button with the shortcut on.
 */
import {createShiftCounter} from './shift-counter.js';
import {restorePage} from './exit-page.js';

/** What the controller needs from a quick-exit element. */
export interface ShortcutTarget {
  readonly shortcutEnabled: boolean;
  getRootNode(): Node;
  /** Owners may change when a button comes or goes: each shows its progress only if it owns. */
  requestUpdate(): void;
  /** Presses still needed (2, 1), 0 when the count resets, -1 when it expired. */
  shortcutProgress(remaining: number): void;
  exitByShortcut(): void;
  /** The page came back from the back/forward cache. */
  restored(): void;
}

const targets = new Set<ShortcutTarget>();
let installedOn: Document | undefined;

const active = (): ShortcutTarget | undefined => {
  const all = [...targets];
  const own = all.filter((t) => t.getRootNode() === installedOn);
  return (own.length ? own : all).find((t) => t.shortcutEnabled);
};

/** Whether Shift ×3 leaves this page (some button has the shortcut). */
export const shortcutOn = (): boolean => !!active();

/** Whether this button owns the shortcut (and shows its progress). */
export const ownsShortcut = (target: ShortcutTarget): boolean => active() === target;

const counter = createShiftCounter({
  onProgress: (remaining) => active()?.shortcutProgress(remaining),
  onExpire: () => active()?.shortcutProgress(-1),
  onReset: () => active()?.shortcutProgress(0),
  onComplete: () => active()?.exitByShortcut(),
});

const onKeydown = (e: KeyboardEvent) => {
  if (active()) counter.keydown(e);
};
const onKeyup = (e: KeyboardEvent) => {
  if (active()) counter.keyup(e);
};
// Shift+click (extending a selection) uses Shift as a modifier, like Shift+A.
const onPointerdown = (e: PointerEvent) => {
  if (e.shiftKey && active()) counter.keydown({key: '', shiftKey: true});
};
const onPageshow = (e: PageTransitionEvent) => {
  if (!e.persisted) return;
  restorePage();
  counter.reset();
  targets.forEach((t) => t.restored());
};

/** Registers a button; installs the listeners on first use. */
export function connectShortcut(target: ShortcutTarget, doc: Document = document): void {
  targets.add(target);
  targets.forEach((t) => t.requestUpdate());
  if (installedOn) return;
  installedOn = doc;
  doc.addEventListener('keydown', onKeydown, true);
  doc.addEventListener('keyup', onKeyup, true);
  doc.addEventListener('pointerdown', onPointerdown, true);
  doc.defaultView?.addEventListener('pageshow', onPageshow);
}

/** Unregisters a button; removes the listeners when none is left. */
export function disconnectShortcut(target: ShortcutTarget): void {
  targets.delete(target);
  targets.forEach((t) => t.requestUpdate());
  if (targets.size || !installedOn) return;
  installedOn.removeEventListener('keydown', onKeydown, true);
  installedOn.removeEventListener('keyup', onKeyup, true);
  installedOn.removeEventListener('pointerdown', onPointerdown, true);
  installedOn.defaultView?.removeEventListener('pageshow', onPageshow);
  installedOn = undefined;
  counter.reset();
}
