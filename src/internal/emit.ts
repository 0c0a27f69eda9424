/** Dispatches a bubbling, composed, typed custom event from `el`. */
export function emit<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  // Unset is false, as the event's own default.
  cancelable?: boolean,
): boolean {
  return el.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
}
