/** Dispatches a bubbling, composed, typed custom event from `el`. */
export function emit<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return el.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, cancelable, detail}));
}
