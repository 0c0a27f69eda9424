/**
 * WCAG 2.4.11 Focus Not Obscured: while a sticky quick exit is on the page, the document's
 * scroll-padding keeps focused elements out from under it. Applied through an adopted stylesheet
 * and a custom property set with CSSOM, so a strict CSP allows it.
 */
const PROPERTY = '--signpost-quick-exit-offset';
const owners = new Map<Element, ResizeObserver | undefined>();
let sheet: CSSStyleSheet | undefined;

function update(doc: Document): void {
  let height = 0;
  // The bar's height, below its own offset from the top (--signpost-quick-exit-top).
  for (const el of owners.keys()) height = Math.max(height, el.getBoundingClientRect().height + (parseFloat(getComputedStyle(el).top) || 0));
  doc.documentElement.style.setProperty(PROPERTY, `${Math.ceil(height)}px`);
}

export function setStickyOffset(el: HTMLElement): void {
  const doc = el.ownerDocument;
  if (owners.has(el)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`html { scroll-padding-block-start: calc(var(${PROPERTY}, 0px) + 0.5em); }`);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => update(doc)) : undefined;
  observer?.observe(el);
  owners.set(el, observer);
  update(doc);
}

export function releaseStickyOffset(el: HTMLElement): void {
  if (!owners.has(el)) return;
  owners.get(el)?.disconnect();
  owners.delete(el);
  const doc = el.ownerDocument;
  if (owners.size) return update(doc);
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  doc.documentElement.style.removeProperty(PROPERTY);
}
