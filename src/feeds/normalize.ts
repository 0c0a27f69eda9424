/**
 * One feed normaliser for the browser and for the `signpost-feed` command: JSON Feed 1.0/1.1,
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, detected by content. Text only: every field is reduced to
 * plain text; links are kept only when they resolve to http(s); dates are parsed; relative links are
 * resolved against the feed (and `xml:base`). No feed markup is ever inserted anywhere.
 */
import {safeUrl} from '../internal/safe-url.js';
import {safe} from '../internal/safe.js';
import {cut, toPlainText} from './text.js';
import {own} from '../internal/input.js';
import {readXml, type XmlNode} from './xml.js';
import {FeedError} from './error.js';

export interface FeedItem {
  id: string;
  title: string;
  summary?: string;
  /** A safe http(s) URL, or absent (then the title is shown as text). */
  url?: string;
  /** Milliseconds since the epoch. */
  date?: number;
  /** The feed's (or item author's) name. */
  source?: string;
  /** A short content note for distressing items (JSON Feed extension `_signpost.content_note`). */
  contentNote?: string;
}

/**
 * One item as a JSON Feed writes it (https://jsonfeed.org/version/1.1): what the ticker's `items`
 * property and inline JSON take. Every field is optional here and checked when read.
 */
export interface JsonFeedItem {
  id?: string | number;
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  content_html?: string;
  /** RFC 3339, or a date alone (`2026-11-29`: that day where the reader is). */
  date_published?: string;
  date_modified?: string;
  authors?: {name?: string}[];
  author?: {name?: string};
  /** Signpost's extension: a short content note for distressing items. */
  _signpost?: {content_note?: string};
}

export interface Feed {
  title?: string;
  items: FeedItem[];
}

export type {XmlNode} from './xml.js';
export type XmlParser = (text: string) => {documentElement: XmlNode | null};

// Declared in its own module, which the fetch helper imports too (error.ts says why).
export {FeedError};

const MAX_ITEMS = 200;

/** Newest first, undated last; with Array#sort, which is stable, stories of one date (and undated ones) keep the feed's order. */
export const newestFirst = (a: FeedItem, b: FeedItem) => (b.date ?? 0) - (a.date ?? 0);

/** The child elements of that local name (only elements have one: text nodes have none, in readXml as in the DOM). */
const children = (node: XmlNode, name: string): XmlNode[] => Array.from(node.childNodes).filter((n) => n.localName == name);
/**
 * The story's page only: a link with an `href` and no `rel` or `rel="alternate"` (a self, edit, enclosure, related or
 * via link, such as the API entry or an mp3, is no story to open; an RSS item's own `<link>`, empty or not, has no href).
 */
const alternate = (node: XmlNode) => children(node, 'link').find((l) => l.getAttribute!('href') && (l.getAttribute!('rel') || 'alternate') == 'alternate');
/** The first child element of that name, preferring one without a prefix: an RSS item's own <link>
 * or <title>, not an <atom:link> or <media:title> written before it. */
const child = (node: XmlNode, name: string) => {
  const found = children(node, name);
  return found.find((n) => !n.prefix) ?? found[0];
};
/** An Atom title, summary or content: text unless its `type` says HTML (`html`, `xhtml`, Atom 0.3's
 * `text/html`), as RFC 4287 has it ("Raid on &lt;Hotel&gt;" in a text summary keeps "<Hotel>").
 * (A regular expression reads a missing value as the text "null" or "undefined": no HTML, no link.) */
const atomText = (node: XmlNode, name: string, max?: number) => {
  const text = child(node, name);
  return toPlainText(text?.textContent, max, !/html/i.test(text?.getAttribute!('type') as string));
};
// (atomText, then childText: the order that gzips smallest.)
/** The text of that child element; none (an empty text) without the node. */
const childText = (node: XmlNode | undefined, name: string, max?: number) => toPlainText(node && child(node, name)?.textContent, max);
/** The first of these child elements that holds a date: one that is blank or unreadable gives way to the next. */
const dateOf = (node: XmlNode, ...names: string[]) => names.map((name) => parseDate(child(node, name)?.textContent)).find((date) => date);

export function parseDate(value: unknown): number | undefined {
  // A blank text needs no check of its own: it parses to NaN, which is no date (below).
  if (typeof value !== 'string') return undefined;
  const text = value
    .trim()
    // Europe's zone names, which feeds write (PHP's `T`) and Date.parse does not know (it knows GMT, UT
    // and the American ones): BST (British summer), WET, WEST, CET, CEST, EET, EEST, as UTC offsets; and
    // RFC 822's "Z" for UTC, which WebKit does not know. Other names still give no date rather than a
    // guessed one (IST is India, Ireland or Israel).
    .replace(/ (Z|BST|([WCE])E(S?)T)$/, (_m, name, zone, summer) => ` +0${zone ? 'WCE'.indexOf(zone) + summer.length : +(name != 'Z')}00`)
    // Then a day and time as databases write them ("2026-11-30 10:00:00 +0000", "… 10:00:00 CEST", "…T10:00:00 +00:00",
    // PostgreSQL's "2026-11-30 10:00:00+00", an offset of hours only), written the ISO way: WebKit reads no
    // date from the first, and no engine from the third; only V8 read the last.
    .replace(/^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d(?:\.\d+)?)?) ?(Z|[+-]\d\d(:?\d\d)?)?$/, (_m, day, time, zone = '', minutes) => `${day}T${time}${zone}${zone[1] && !minutes ? ':00' : ''}`);
  // A day alone ("2025-03-01") starts where the reader is, not at midnight UTC (the day before, west of it).
  const time = Date.parse(/^\d{4}-\d\d-\d\d$/.test(text) ? `${text}T00:00` : text);
  const day = /^\d{4}-\d\d-\d\d/.exec(text);
  // No date rather than a made-up one: a text without its year (V8 reads "5 Nov" and "Nov 30 10:00" as 2001;
  // a zone's four digits, "+0000", are no year: a year is 19xx or 20xx, a zone at most ±1400;
  // RFC 822's two-digit year comes after the month, before the time: "30 Nov 26 10:00"), a day that is not one (V8 reads 2026-02-31 as 3 March;
  // other engines read nothing), a placeholder (0001-01-01, 1970-01-01) or far-off year (1995–2099 only),
  // or a day and month in numbers ("05.03.2024", "05/03/2024": day or month first, engines read either),
  // or HTML's month ("2025-03") or year ("2025") alone, whose first day was shown as the story's until
  // 2026-12-07: a date of fewer than 8 characters.
  return time > 788e9 && time < 41e11 && text[7] && /(19|20)\d\d|\d [a-z]{3} \d\d \d\d:/i.test(text) && !/^\d\d?\D\d/.test(text) && (!day || new Date(Date.parse(day[0]) || 0).toISOString().startsWith(day[0])) ? time : undefined;
}

/** The base URL of an element: its own and its ancestors' xml:base, resolved against the feed URL. */
function baseOf(node: XmlNode | null, feedUrl: string | undefined): string | undefined {
  if (node?.nodeType != 1) return feedUrl;
  // The outermost xml:base first: each resolves against the one around it.
  const base = baseOf(node.parentNode, feedUrl);
  const attr = node.getAttribute!('xml:base');
  // A broken xml:base is ignored.
  return attr ? safe(() => new URL(attr, base).href, base) : base;
}

/** A safe http(s) URL, or undefined; without a base (undefined), against the page's, as safeUrl's default. */
export const link = (raw: unknown, base?: string) => safeUrl(raw, base) ?? undefined;

function finish(title: string | undefined, raw: FeedItem[]): Feed {
  // (In the order that gzips smallest.)
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    // By id and link together: a story listed twice goes (each format's id falls back to the link),
    // while two stories with their own ids that link one index page, or one id (a constant <guid>)
    // with two links, both stay. (An index id given to an item without id or link can still meet a
    // real id on another linkless item: left as it is.) An item with neither title nor summary goes.
    // (A key not seen before grows the set. Made only for an item with words: the same, and shorter.)
    if ((item.title || item.summary) && seen.size < seen.add(`${item.id}\n${item.url}`).size) {
      items.push({...item, title: item.title || cut(item.summary!, 120)}); // untitled: it has a summary (above), plain text already
    }
  }
  // A longer feed keeps its 200 newest (an archive lists its oldest first), newest first.
  return {title: title || undefined, items: items[MAX_ITEMS] ? items.sort(newestFirst).slice(0, MAX_ITEMS) : items};
}

/** A JSON value usable as an id: a number or a string (an object could throw when made a string). (Number first: gzips smaller.) */
const key = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);

function fromJsonFeed(data: Record<string, unknown>, feedUrl: string | undefined): Feed {
  const title = toPlainText(own(data, 'title'), 200, true);
  const list = own(data, 'items');
  if (!Array.isArray(list)) throw new FeedError('format', 'a JSON Feed needs an "items" array');
  const items = list.map((item, i): FeedItem => {
    const named = own(item, 'authors');
    return {
      id: toPlainText(String(key(own(item, 'id')) ?? key(own(item, 'url')) ?? i)),
      title: toPlainText(own(item, 'title'), 300, true),
      // JSON Feed's title, summary and content_text are text; content_html is HTML.
      summary: toPlainText(own(item, 'summary') || own(item, 'content_text'), 300, true) || toPlainText(own(item, 'content_html')) || undefined,
      // The first that is a safe link, as for RSS: an unsafe url (javascript:, ftp:) leaves the external_url.
      url: link(own(item, 'url'), feedUrl) || link(own(item, 'external_url'), feedUrl),
      date: parseDate(own(item, 'date_published') || own(item, 'date_modified')), // an empty "" too
      // JSON Feed 1.1's `authors`, else 1.0's `author` (a feed may write both, and `authors` empty).
      source: toPlainText(own(Array.isArray(named) && named.length ? named[0] : own(item, 'author'), 'name'), 100) || title || undefined,
      contentNote: toPlainText(own(own(item, '_signpost'), 'content_note'), 160) || undefined,
    };
  });
  return finish(title, items);
}

function fromXml(root: XmlNode, feedUrl: string | undefined): Feed {
  const name = root.localName;
  if (name == 'feed') {
    const title = atomText(root, 'title', 200);
    const items = children(root, 'entry').map((entry, i): FeedItem => {
      const page = alternate(entry);
      return {
        id: childText(entry, 'id') || `${i}`,
        title: atomText(entry, 'title'),
        summary: atomText(entry, 'summary') || atomText(entry, 'content') || undefined,
        url: link(page?.getAttribute!('href'), baseOf(page ?? entry, feedUrl)),
        // Atom 0.3 (2003) named them issued and modified.
        date: dateOf(entry, 'published', 'updated', 'issued', 'modified'),
        // The feed's name first (the outlet a reader knows), its author's only without one: blogs and
        // news sites name a login ("admin") or a staff member there.
        source: title || childText(child(entry, 'author'), 'name', 100) || undefined,
      };
    });
    return finish(title, items);
  }
  if (name == 'RDF' || name == 'rss') {
    const channel = child(root, 'channel');
    // (The holder before the title: the order that gzips smallest.)
    const holder = name == 'rss' ? channel : root;
    const title = childText(channel, 'title', 200);
    if (!holder) throw new FeedError('format', 'an RSS feed needs a channel');
    const items = children(holder, 'item').map((item, i): FeedItem => {
      const guid = child(item, 'guid');
      const base = baseOf(item, feedUrl);
      return {
        id: childText(item, 'guid') || item.getAttribute!('rdf:about') || childText(item, 'link') || `${i}`,
        title: childText(item, 'title'),
        summary: childText(item, 'description') || undefined,
        // .NET's SyndicationFeed writes an RSS item's link and date the Atom way (<a10:link href>, <a10:updated>).
        // RSS 2.0: a <guid> is the item's permalink unless isPermaLink="false". The first that is a
        // safe link: a blank or unsafe <link> leaves the story the permalink its <guid> gives.
        url:
          link(child(item, 'link')?.textContent, base) ||
          link(alternate(item)?.getAttribute!('href'), base) ||
          (guid?.getAttribute!('isPermaLink') != 'false' && /^\s*https?:\/\//i.test(guid?.textContent as string) ? link(guid!.textContent, base) : undefined),
        date: dateOf(item, 'pubDate', 'date', 'updated'),
        // The channel's name first, as for Atom: WordPress writes a dc:creator on every item, often "admin".
        source: title || childText(item, 'creator', 100) || undefined,
      };
    });
    return finish(title, items);
  }
  throw new FeedError('format', `not a feed: <${name ?? '?'}>`);
}

/**
 * Normalises a feed document (JSON Feed, RSS 2.0, RSS 1.0 or Atom). Throws a FeedError when the text
 * is not a feed; never returns markup.
 */
export function normalizeFeed(text: string, parseXml: XmlParser, feedUrl?: string): Feed {
  // trim() also takes off a byte order mark (U+FEFF is white space to it).
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    // JSON text that starts with { is an object, if it parses at all: null only when it does not.
    // (Through safe, not a try of its own: smaller.)
    const data = safe(() => JSON.parse(trimmed) as Record<string, unknown>, null);
    if (!data) throw new FeedError('parse', 'the JSON is not valid');
    return fromJsonFeed(data, feedUrl);
  }
  if (!trimmed.startsWith('<')) throw new FeedError('format', 'not a JSON Feed, RSS or Atom document');
  let root: XmlNode | null;
  try {
    root = parseXml(trimmed).documentElement;
  } catch (error) {
    throw new FeedError('parse', `the XML is not well formed (${(error as Error).message})`);
  }
  if (!root) throw new FeedError('parse', 'the XML is not well formed');
  return fromXml(root, feedUrl);
}

/** The XML parser for the browser (and Node): Signpost's own reader, which needs no DOMParser. */
export const browserXml: XmlParser = readXml;
export {readXml};

