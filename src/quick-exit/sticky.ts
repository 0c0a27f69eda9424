/**
 * WCAG 2.4.11 Focus Not Obscured: while a sticky quick exit is on the page, the document's
 * scroll-padding keeps focused elements out from under it. Applied through a style sheet for the page
 * (`addPageSheet`) and a custom property set with CSSOM, so a strict CSP allows it.
 */
import {css} from 'lit';
import {addPageSheet} from '../internal/page-sheet.js';

const owners = new Map<HTMLElement, ResizeObserver>();
// The property is written out, here as css`` must (it takes no strings) and below (smaller than a constant).
const PADDING = css`html { scroll-padding-block-start: calc(var(--signpost-quick-exit-offset, 0px) + 0.5em); }`;
let removeSheet: (() => void) | undefined;

// The page is this script's document: a bar moved into another (a frame's) gets no padding there,
// since this script's sheets cannot be shared with it. (An arrow, though the ResizeObserver holds it:
// it reads no `this`, and is called only once the module has run; smaller than a declaration.)
const update = (): void => {
  let height = 0;
  // The bar's height, below its own offset from the top (--signpost-quick-exit-top).
  for (const [el] of owners) {
    const {top} = getComputedStyle(el);
    // An offset that is no length (`64`, without its unit) leaves the bar's top `auto`: it would not
    // stick at all, and scroll away with the page. The default offset instead.
    if (top == 'auto') el.style.setProperty('--signpost-quick-exit-top', '0px');
    height = Math.max(height, el.getBoundingClientRect().height + (parseFloat(top) || 0));
  }
  document.documentElement.style.setProperty('--signpost-quick-exit-offset', `${Math.ceil(height)}px`);
};

/**
 * Gives the page its scroll padding for `el` when its placement is sticky, and releases it when not
 * (which does nothing for a bar that holds none). One call for the widget's two places: smaller.
 */
export function followPlacement(el: HTMLElement & {placement: string}): void {
  if (el.placement !== 'sticky') return releaseStickyOffset(el);
  if (owners.has(el) || el.ownerDocument != document) return;
  removeSheet ??= addPageSheet(PADDING);
  const observer = new ResizeObserver(update);
  observer.observe(el);
  owners.set(el, observer);
  update();
}

export function releaseStickyOffset(el: HTMLElement): void {
  // Not a bar (never set, or released already): no observer, and delete answers false.
  owners.get(el)?.disconnect();
  if (!owners.delete(el)) return;
  if (owners.size) return update();
  // Set before the first bar was held (addPageSheet always gives a remover), so set while any is: no ?. needed.
  removeSheet!();
  removeSheet = undefined;
  document.documentElement.style.removeProperty('--signpost-quick-exit-offset');
}
