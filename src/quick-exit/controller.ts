/**
 * One set of document listeners per page, however many quick-exit buttons there are.
 * The first connected button with the shortcut on owns the Shift ×3 shortcut and its announcements.
 */
import {createShiftCounter} from './shift-counter.js';
import {restorePage} from './exit-page.js';

/** What the controller needs from a quick-exit element. */
export interface ShortcutTarget {
  readonly shortcutEnabled: boolean;
  /** Presses still needed (2, 1), 0 when the count resets, -1 when it expired. */
  shortcutProgress(remaining: number): void;
  exitByShortcut(): void;
  /** The page came back from the back/forward cache. */
  restored(): void;
}

const targets = new Set<ShortcutTarget>();
let installedOn: Document | undefined;

const active = (): ShortcutTarget | undefined => [...targets].find((t) => t.shortcutEnabled);

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
  if (targets.size || !installedOn) return;
  installedOn.removeEventListener('keydown', onKeydown, true);
  installedOn.removeEventListener('keyup', onKeyup, true);
  installedOn.removeEventListener('pointerdown', onPointerdown, true);
  installedOn.defaultView?.removeEventListener('pageshow', onPageshow);
  installedOn = undefined;
  counter.reset();
}
