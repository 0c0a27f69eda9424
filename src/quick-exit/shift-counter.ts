/**
 * The "press Shift three times" rule, as a small state machine with no DOM of its own.
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

// A key event, or a pointer or wheel event (no key or code: another key, with or without Shift).
type Keys = Pick<KeyboardEvent, 'shiftKey'> & Partial<Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>>;
const chord = (e: Keys) => e.altKey || e.ctrlKey || e.metaKey;
// A Shift key by its name, or by where it is: a Chinese, Japanese or Korean input method on Windows
// takes Shift (it switches the input mode), and the browser then names the key "Process".
const shift = (e: Keys) => e.key === 'Shift' || /^Shift/.test(e.code!);

export interface ShiftCounter {
  keydown(event: Keys): void;
  keyup(event: Keys): void;
  reset(): void;
}

/**
 * `onProgress` is called with the number of presses still needed (2, 1) after each counted press, 0
 * when the count resets, -1 when it expires; `onComplete` on the third press. (Two parameters rather
 * than an options object: smaller.)
 */
export function createShiftCounter(onProgress: (remaining: number) => void, onComplete: () => void): ShiftCounter {
  // Presses still needed (3 - the presses counted, 3 when none is; counted down: smaller).
  let left = 3;
  let modified = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The timer is only ever cleared: clearing one that has fired, or was cleared, does nothing.
  const reset = () => {
    clearTimeout(timer);
    if (left < 3) {
      left = 3;
      onProgress(0);
    }
  };

  return {
    reset() {
      modified = false;
      reset();
    },
    keydown(event) {
      if (shift(event)) {
        if (chord(event)) modified = true;
        return;
      }
      // Any other key resets; with Shift held it also marks that Shift as a modifier.
      if (event.shiftKey) modified = true;
      reset();
    },
    keyup(event) {
      // Both Shift keys held together are one press: count when the last one is released.
      if (!shift(event) || event.shiftKey) return;
      if (chord(event) || modified) {
        modified = false;
        return;
      }
      clearTimeout(timer);
      if (!--left) {
        left = 3;
        onComplete();
        return;
      }
      onProgress(left);
      timer = setTimeout(() => {
        left = 3;
        onProgress(-1);
      }, 5000);
    },
  };
}
