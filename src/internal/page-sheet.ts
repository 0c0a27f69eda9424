import {adoptStyles, supportsAdoptingStyleSheets, type CSSResult} from 'lit';

/**
 * Adds `styles` to the page itself (the quick exit's cover, the sticky bar's scroll padding) and
 * returns what takes them away. The page is this script's `document`, the only one either caller
 * styles (read here rather than passed in: smaller). A constructed sheet adopted by the document,
 * which `style-src 'self'` allows. An engine without constructed sheets gets a `<style>` element instead, carrying
 * `window.litNonce` as Lit's own fallback does, so a page's CSP nonce covers it (docs/embedding.md).
 */
export function addPageSheet(styles: CSSResult): () => void {
  if (supportsAdoptingStyleSheets) {
    const sheet = styles.styleSheet!;
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // (Sheets are objects: != is !==, and gzips smaller.)
    return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s != sheet));
  }
  const head = document.head ?? document.documentElement;
  adoptStyles(head as unknown as ShadowRoot, [styles]);
  const style = head.lastChild as Element;
  return () => style.remove();
}
