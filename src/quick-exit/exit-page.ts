/**
 * Leaving the page: hide it, cover it, then navigate — and undo all of it when the browser
 * restores the page from the back/forward cache.
 *
 * Everything is done through a style sheet for the page (`addPageSheet`) and DOM attributes, so it
 * works under a strict Content-Security-Policy (no inline styles or scripts). All of it acts on this
 * script's document (written out rather than passed: smaller); only `navigate` takes another, for tests.
 */
import {safe} from '../internal/safe.js';
import {css} from 'lit';
import {addPageSheet} from '../internal/page-sheet.js';

// (In the order that gzips smallest.)
const OVERLAY = 'data-signpost-exit-overlay';
const HIDING = 'data-signpost-exiting';
const REFERRER = 'data-signpost-exit-referrer';
/** The page's own title while it is hidden, to give back on a restore. */
let title: string | undefined;

// The attribute names are written out: css`` takes no strings (HIDING, OVERLAY above).
const HIDE = css`
  html[data-signpost-exiting] > :not([data-signpost-exit-overlay]):not(#\\0):not(#\\0) { display: none !important; }
  [data-signpost-exit-overlay] {
    position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
    display: block !important; margin: 0 !important; padding: 1em !important;
    color: CanvasText !important; background: Canvas !important; font: inherit;
  }
  @media print { [data-signpost-exit-overlay] { display: none !important; } }
`;

/**
 * Hides the page from sight and from assistive technology, pauses its audio and video, and shows a blank overlay that says
 * `loading` in the widget's language and direction; the tab's title says it too. The whole `<body>` goes, and whatever else a
 * script put in `<html>`: a child of the body cannot show itself again (not even with an inline `display: … !important`,
 * which beats any style sheet), nor can its text. So the overlay sits beside the body, in `<html>`. (The two `:not(#\\0)`
 * outweigh a page's own `#id { display: … !important }` on the body or beside it.)
 */
export function hidePage(loading: string, lang: string, dir: string): HTMLElement {
  // (The overlay looked for first: a read, and the order that gzips smaller.)
  let overlay = document.querySelector<HTMLElement>(`[${OVERLAY}]`);
  addPageSheet(HIDE);
  document.documentElement.setAttribute(HIDING, '');
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.setAttribute(OVERLAY, '');
    overlay.setAttribute('role', 'alert');
    document.documentElement.append(overlay);
  }
  overlay.lang = lang;
  overlay.dir = dir;
  // Text after insertion: screen readers announce an alert more reliably that way.
  overlay.textContent = loading;
  // The tab strip shows the title until the next page has one of its own.
  title ??= document.title;
  document.title = loading;
  // Hidden is not silent: the page's sound and video stop too (last: if a page's script broke pause,
  // the page is hidden already and the caller leaves all the same). A player in a frame is out of reach.
  document.querySelectorAll<HTMLMediaElement>('audio,video').forEach((media) => media.pause());
  return overlay;
}

/** Undoes `hidePage` (after a restore from the back/forward cache). */
export function restorePage(): void {
  // (The page shown first: the same, in the order that gzips smaller.)
  document.documentElement.removeAttribute(HIDING);
  // Only after an exit: a restore without one leaves the page's <title> as it is.
  if (title != null) document.title = title;
  title = undefined;
  document.querySelectorAll(`[${OVERLAY}],meta[${REFERRER}]`).forEach((el) => el.remove());
}

/** Whether the page is currently hidden for an exit. */
export function isPageHidden(): boolean {
  return document.documentElement.hasAttribute(HIDING);
}

/**
 * Navigates to `url` without a referrer: a `<meta name="referrer" content="no-referrer">` updates the
 * document's referrer policy before the navigation starts. `replace` keeps this page out of Back.
 */
export function navigate(url: string, replace: boolean, doc: Document = document): void {
  // A page's script broke a DOM method: the reader leaves all the same (`Location` cannot be patched).
  safe(() => {
    const meta = doc.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    meta.setAttribute(REFERRER, '');
    (doc.head ?? doc.documentElement).append(meta);
  });
  const win = doc.defaultView;
  // A "Leave site?" handler the page set before any quick exit connected (in Chromium it runs first).
  // (One test of the window for both: it gzips smaller than two.)
  if (win) {
    win.onbeforeunload = null;
    win.location[replace ? 'replace' : 'assign'](url);
  }
}
