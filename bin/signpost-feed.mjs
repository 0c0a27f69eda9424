#!/usr/bin/env node
// signpost-feed: snapshot feeds that lack CORS headers into one JSON Feed 1.1 file that a partner
// serves from its own origin (for example from a scheduled job), for <signpost-news-ticker src>.
//
//   npx -p @signpost/widgets signpost-feed <url…> [--out feed.json] [--title "…"] [--max-items 30] [--timeout 8000] [--max-bytes 524288]
//
// It uses the SAME normaliser, XML reader and rules as the widget (text only, http(s) links only,
// dates parsed); then merges, de-duplicates and sorts by date, newest first. --timeout is in
// milliseconds, 100 to 60000 as the ticker's `timeout` (a larger value is taken as 60000).
import {realpathSync} from 'node:fs';
import {rename, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {newestFirst, normalizeFeed, readXml} from '../dist/npm/feeds/normalize.js';
import {decodeEntities, decodeFeed} from '../dist/npm/feeds/text.js';

const USAGE = 'usage: signpost-feed <url…> [--out file] [--title text] [--max-items n] [--timeout ms (100 to 60000)] [--max-bytes n]';

export function parseArgs(argv) {
  const options = {urls: [], out: '', title: 'Signpost news', maxItems: 30, timeout: 8000, maxBytes: 512 * 1024};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--out' || arg === '-o') options.out = value();
    else if (arg === '--title') options.title = value();
    else if (arg === '--max-items') options.maxItems = Math.max(1, Math.min(200, Number(value()) || 30));
    // At most the ticker's 60 s (src/components/news-ticker: clamp(timeout, 100, 60000)); beyond 2^32-1 ms
    // AbortSignal.timeout throws, and every feed was reported skipped.
    else if (arg === '--timeout') options.timeout = Math.max(100, Math.min(60000, Number(value()) || 8000));
    else if (arg === '--max-bytes') options.maxBytes = Math.max(1024, Number(value()) || 512 * 1024);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else options.urls.push(arg);
  }
  if (!options.urls.length) throw new Error(USAGE);
  for (const url of options.urls) {
    const protocol = new URL(url).protocol;
    if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`not an http(s) URL: ${url}`);
  }
  return options;
}

/**
 * Whether `host` (a URL's hostname) names this machine or a private, loopback or link-local network
 * by itself: localhost, or a literal IPv4/IPv6 address in those ranges. (A public name that resolves
 * to such an address is not seen: the check is for redirects, below.)
 */
export function privateHost(host) {
  // (A trailing dot names the same host: localhost.)
  let h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  // An IPv4-mapped IPv6 address as the URL parser writes it (::ffff:7f00:1): the IPv4 address it maps.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    h = [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  // IPv6: unspecified, loopback, unique local (fc00::/7), link-local (fe80::/10).
  return h === '::' || h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
}

/**
 * Follows at most five redirects, each to an http(s) URL; a feed on a public host may not send the
 * job to this machine or a private network (it would publish what it finds there: an intranet's
 * build feed). A feed the operator names on a private host may redirect to any private one.
 * A redirect's own body is dropped unread.
 */
export async function fetchFollowing(url, signal, fetcher = fetch) {
  let current = url;
  for (let hops = 0; ; hops++) {
    const response = await fetcher(current, {signal, redirect: 'manual', headers: {'user-agent': 'signpost-feed'}});
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location == null) return {response, url: current};
    await response.body?.cancel();
    if (hops === 5) throw new Error('more than 5 redirects');
    const next = new URL(location, current);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new Error(`redirected to a URL that is not http(s): ${next.protocol}`);
    if (privateHost(next.hostname) && !privateHost(new URL(url).hostname)) throw new Error(`redirected to a private address (${next.hostname}): refused`);
    current = next.href;
  }
}

async function fetchText(url, {timeout, maxBytes}) {
  const {response, url: final} = await fetchFollowing(url, AbortSignal.timeout(timeout));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  let size = 0;
  const chunks = [];
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  // Node (20.18.3+, 22.13+, 24) decodes windows-1252 and ISO-8859-1's bytes 0x80–0x9F as control
  // characters, which the normaliser then drops (’ “ ” – — € …); browsers read them as Windows-1252,
  // as HTML does, and so does this (no feed means a control character there).
  const text = decodeFeed(new Uint8Array(Buffer.concat(chunks)), response.headers.get('content-type') ?? '').replace(/[\x80-\x9f]/g, (c) => decodeEntities(`&#${c.charCodeAt(0)};`));
  // Relative links resolve against the URL the feed came from, after any redirect (RFC 3986, 5.1.3).
  return {text, base: final};
}

/** Fetches, normalises, merges, de-duplicates and sorts; returns the JSON Feed 1.1 object and the failures. */
export async function snapshot(options, log = () => {}) {
  const items = [];
  const failures = [];
  for (const [from, url] of options.urls.entries()) {
    try {
      const {text, base} = await fetchText(url, options);
      const feed = normalizeFeed(text, readXml, base);
      log(`${url}: ${feed.items.length} items`);
      for (const item of feed.items) items.push({item: {...item, source: item.source ?? feed.title}, from});
    } catch (error) {
      failures.push({url, message: error.message});
      log(`${url}: skipped (${error.message})`);
    }
  }
  const seen = new Set();
  /** A story's link and title → the feed (its place in the list) that gave it first. */
  const firstFeed = new Map();
  const merged = items
    .filter(({item, from}) => {
      // Within a feed, as the widget does: by id and link together (a feed given twice counts once), so stories with
      // their own ids that share one link (a press office's landing page) all stay. A story without a
      // link: by its id, source and title (an id a feed did not give is the item's place in its feed,
      // which another feed's stories share).
      const key = `${item.id}\n${item.url ?? `${item.source}|${item.title}`}`;
      if (seen.has(key)) return false;
      // Across feeds (this command only: the widget reads one feed), one link with one title is one
      // story, whatever its ids: a site's RSS and Atom feeds, or one release in two offices' feeds.
      if (item.url) {
        const story = `${item.url}\n${item.title}`;
        if ((firstFeed.get(story) ?? from) !== from) return false;
        firstFeed.set(story, from);
      }
      seen.add(key);
      return true;
    })
    .map(({item}) => item)
    .sort(newestFirst)
    .slice(0, options.maxItems);
  const shared = new Set(merged.map((item) => item.url).filter((url, i, all) => url && all.indexOf(url) !== i));
  const used = new Set();
  /**
   * A story without a link: what stays the same from one snapshot to the next (its feed, its own id
   * unless that is only its place in its feed, its date, its title), not its place in this file, so that the
   * story a reader has in view stays in view when the next snapshot adds one above it. Kept apart
   * (`|2`, `|3`…) where two such stories would have the same.
   */
  const stable = (item) => {
    const base = `${item.source ?? ''}|${/^\d+$/.test(item.id) ? '' : item.id}|${item.date ?? ''}|${item.title}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}|${n}`;
    used.add(id);
    return id;
  };
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    items: merged.map((item) => ({
      // The link, unless stories share it: then the link and the story's own id, so that the widget
      // reading this file keeps them apart too.
      id: item.url ? (shared.has(item.url) ? `${item.url}#${item.id}` : item.url) : stable(item),
      ...(item.url ? {url: item.url} : {}),
      title: item.title,
      ...(item.summary ? {content_text: item.summary} : {content_text: item.title}),
      ...(item.date !== undefined ? {date_published: new Date(item.date).toISOString()} : {}),
      ...(item.source ? {authors: [{name: item.source}]} : {}),
      ...(item.contentNote ? {_signpost: {content_note: item.contentNote}} : {}),
    })),
  };
  return {feed, failures};
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const {feed, failures} = await snapshot(options, (line) => console.error(line));
  // Every feed failed: exit non-zero so a scheduled job notices, and leave the previous file alone
  // (writing an empty feed would empty every ticker that reads it).
  if (failures.length === options.urls.length) process.exit(1);
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (options.out) await writeAtomically(options.out, json);
  else process.stdout.write(json);
  if (options.out) console.error(`wrote ${feed.items.length} items to ${options.out}`);
}

/**
 * Writes the file beside its destination, then renames it into place: a web server reading the
 * snapshot while a scheduled job replaces it serves the old file or the new one, never half of one
 * (which every ticker reading it would reject), and a failed write leaves the old file as it was.
 */
export async function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}

/**
 * True when this file is the program Node was started with (`node bin/signpost-feed.mjs`, npm's
 * node_modules/.bin symlink, npm's Windows shim, a path with spaces or other percent-encoded
 * characters), false when it is imported (the tests import parseArgs and snapshot). Compares real
 * paths on disk rather than URL strings, so symlinks, encoding and drive letters don't matter.
 */
export function isMain(argv1 = process.argv[1], self = import.meta.url) {
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(self));
  } catch {
    return false; // argv[1] is not a file (node -e, the REPL): imported
  }
}

if (isMain()) await main();
