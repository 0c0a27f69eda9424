import {adoptStyles, supportsAdoptingStyleSheets, type CSSResult} from 'lit';

/**
 * Adds `styles` to the page itself (the quick exit's cover, the sticky bar's scroll padding) and
 * returns what takes them away. A constructed sheet adopted by the document, which `style-src 'self'`
 * allows. An engine without constructed sheets gets a `<style>` element instead, carrying
 * `window.litNonce` as Lit's own fallback does, so a page's CSP nonce covers it (docs/embedding.md).
 */
export function addPageSheet(doc: Document, styles: CSSResult): () => void {
  if (supportsAdoptingStyleSheets) {
    const sheet = styles.styleSheet!;
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet));
  }
  const head = doc.head ?? doc.documentElement;
  adoptStyles(head as unknown as ShadowRoot, [styles]);
  const style = head.lastChild as Element;
  return () => style.remove();
}
