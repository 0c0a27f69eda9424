/**
 * Items a partner writes in light DOM (the no-JavaScript fallback), read as data: each link becomes
 * an item (its text, a safe http(s) href, the `<time datetime>` beside it, `data-content-note`).
 */
import {link, parseDate, type FeedItem} from './normalize.js';
import {toPlainText} from './text.js';

export function itemsFromLightDom(host: Element): FeedItem[] {
  // (The selectors in the order that gzips smallest: the rows come in the page's order whatever it is.)
  const rows = host.querySelectorAll(':scope>a,:scope>ul>li,:scope>ol>li,:scope>p');
  return [...rows].flatMap((row) => {
    const anchor = row.localName == 'a' ? row : row.querySelector('a');
    const time = row.querySelector('time');
    // Text already: a "<" in it is one. A story without a link is the row's text, without its date's (shown as the date).
    const title = toPlainText(anchor ? anchor.textContent : [...row.childNodes].map((n) => (n == time ? '' : n.textContent)).join(''), 300, true);
    if (!title) return [];
    return {
      // Known by its title (the ticker's key adds its link): a story added above it (a framework's) leaves
      // the one in view in view, and two stories linking one page stay two.
      id: `light-${title}`,
      title,
      url: link(anchor?.getAttribute('href')),
      date: parseDate(time?.getAttribute('datetime') ?? time?.textContent),
      contentNote: toPlainText(row.getAttribute('data-content-note'), 160, true) || undefined,
    };
  });
}
