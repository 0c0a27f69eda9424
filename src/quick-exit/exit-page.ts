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

// The three attribute names (data-signpost-exit-overlay, data-signpost-exiting and
// data-signpost-exit-referrer) are written out where they are used, as the style sheet below must:
// smaller than constants.
/** The page's own title while it is hidden, to give back on a restore. */
let title: string | undefined;

// (css`` takes no strings. The first rule's two `:not(#\\0)` before the overlay's `:not()`: the order of
// a compound selector's parts changes nothing, and this one gzips smallest.)
const HIDE = css`
  html[data-signpost-exiting] > :not(#\\0):not(#\\0):not([data-signpost-exit-overlay]) { display: none !important; }
  [data-signpost-exit-overlay] {
    /* (No two declarations set the same property: in the order that gzips smallest.) */
    position: fixed !important; padding: 1em !important; z-index: 2147483647 !important;
    display: block !important; margin: 0 !important;
    /* The whole viewport also where a page's transform or contain: paint on <html> makes <html>, its
       height gone with the body's, the box that inset: 0 fills (the page's background showed around it). */
    min-block-size: 100vh !important; inset: 0 !important;
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
  let overlay = document.querySelector<HTMLElement>('[data-signpost-exit-overlay]');
  addPageSheet(HIDE);
  document.documentElement.setAttribute('data-signpost-exiting', '');
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.setAttribute('data-signpost-exit-overlay', '');
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
  document.documentElement.removeAttribute('data-signpost-exiting');
  // Only after an exit: a restore without one leaves the page's <title> as it is.
  if (title != null) document.title = title;
  title = undefined;
  // The overlay and the referrer meta by their own attributes, which only they have (without the meta's
  // tag name, as the overlay's: smaller; the two in the order that gzips smallest).
  document.querySelectorAll('[data-signpost-exit-referrer],[data-signpost-exit-overlay]').forEach((el) => el.remove());
}

/** Whether the page is currently hidden for an exit. */
export function isPageHidden(): boolean {
  return document.documentElement.hasAttribute('data-signpost-exiting');
}

/**
 * Navigates to `url` without a referrer: a `<meta name="referrer" content="no-referrer">` updates the
 * document's referrer policy before the navigation starts. `replace` keeps this page out of Back.
 * (An arrow: it reads no `this`; smaller than a declaration, which the build leaves as it is here,
 * the widget's default `navigate`.)
 */
export const navigate = (url: string, replace: boolean, doc: Document = document): void => {
  // A page's script broke a DOM method: the reader leaves all the same (`Location` cannot be patched).
  safe(() => {
    const meta = doc.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    meta.setAttribute('data-signpost-exit-referrer', '');
    (doc.head ?? doc.documentElement).append(meta);
  });
  const win = doc.defaultView;
  // A "Leave site?" handler the page set before any quick exit connected (in Chromium it runs first).
  // (One test of the window for both: it gzips smaller than two.)
  if (win) {
    win.onbeforeunload = null;
    win.location[replace ? 'replace' : 'assign'](url);
  }
};
