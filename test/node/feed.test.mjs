// Node tests for the feed normaliser (with the same XML reader as the browser) and the signpost-feed command, against the
// same fixture corpus and expectations as the browser tests. Run after `npm run build` (needs dist/npm).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFile, mkdtemp, rm, mkdir, copyFile, symlink} from 'node:fs/promises';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {normalizeFeed, readXml} from '../../dist/npm/feeds/normalize.js';
import {parseArgs, snapshot, isMain} from '../../bin/signpost-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/feeds');
const expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8'));

test('every fixture normalises in Node exactly as in the browser', async () => {
  for (const [name, want] of Object.entries(expected)) {
    const text = await readFile(join(fixtures, name), 'utf8');
    if (want.error) {
      assert.throws(() => normalizeFeed(text, readXml, `https://feeds.test/${name}`), (e) => e.reason === want.error, name);
      continue;
    }
    const feed = normalizeFeed(text, readXml, `https://feeds.test/${name}`);
    assert.equal(feed.title, want.title, `${name} title`);
    assert.deepEqual(feed.items.map((i) => i.title), want.items.map((i) => i.title), `${name} titles`);
    feed.items.forEach((item, n) => {
      const w = want.items[n];
      assert.equal(item.url, w.url, `${name} #${n} url`);
      for (const key of ['summary', 'source', 'contentNote']) if (key in w) assert.equal(item[key], w[key], `${name} #${n} ${key}`);
      if (w.date) assert.equal(new Date(item.date).toISOString(), w.date, `${name} #${n} date`);
    });
  }
});

const rss = (items) => `<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
const atom = (entries, title = '<title>t</title>') => `<feed xmlns="http://www.w3.org/2005/Atom">${title}${entries}</feed>`;
const read = (text) => normalizeFeed(text, readXml, 'https://feeds.test/');

test('titles that their format defines as text keep every character; HTML ones lose their markup', () => {
  // Atom: a title without a type is text (YouTube, GitHub releases); type="html" (WordPress) or Atom 0.3's text/html is markup.
  const feed = read(
    atom(
      `<entry><id>1</id><title>&lt;The Glory&gt; Official Trailer | Netflix</title></entry>
       <entry><id>2</id><title type="text">the &lt;script type=module&gt; gotcha, explained</title></entry>
       <entry><id>3</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title></entry>
       <entry><id>4</id><title type="text/html">&lt;i&gt;Old&lt;/i&gt; Atom</title></entry>`,
      '<title>Videos &lt;from&gt; us</title>',
    ),
  );
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ['<The Glory> Official Trailer | Netflix', 'the <script type=module> gotcha, explained', 'Bold move', 'Old Atom'],
  );
  assert.equal(feed.title, 'Videos <from> us');
  // JSON Feed: title, summary and content_text are text; content_html is HTML.
  const json = read(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Notes <dev>',
      items: [
        {id: 'a', title: 'Using <dialog> for modals', summary: 'Why <dialog> helps'},
        {id: 'b', title: 'Styles', content_html: '<p>Only <b>HTML</b></p><style>p{}</style>'},
      ],
    }),
  );
  assert.deepEqual(
    json.items.map((i) => [i.title, i.summary]),
    [
      ['Using <dialog> for modals', 'Why <dialog> helps'],
      ['Styles', 'Only HTML'],
    ],
  );
  assert.equal(json.title, 'Notes <dev>');
  // RSS descriptions are HTML: a custom element named like a dropped one is a tag, not the start of a script.
  assert.equal(read(rss('<item><title>x</title><description><![CDATA[Meet <svg-icon></svg-icon> and <script-x>friends]]></description></item>')).items[0].summary, 'Meet and friends');
});

test('a date that is blank or unreadable gives way to the next date element; day-and-month numbers give no date', () => {
  const [numeric, fallback, blank, atom03] = [
    rss('<item><title>a</title><pubDate>05.03.2024</pubDate></item>'),
    rss('<item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>b</title><pubDate>05/03/2024</pubDate><dc:date>2024-03-07T10:00:00Z</dc:date></item>'),
    atom('<entry><id>c</id><title>c</title><published> </published><updated>2024-03-08T10:00:00Z</updated></entry>'),
    `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry><id>d</id><title>d</title><issued>2004-03-09T10:00:00Z</issued><modified>2004-03-10T10:00:00Z</modified></entry></feed>`,
  ].map((text) => read(text).items[0].date);
  assert.equal(numeric, undefined, '05.03.2024: 5 March or 3 May');
  assert.equal(new Date(fallback).toISOString(), '2024-03-07T10:00:00.000Z');
  assert.equal(new Date(blank).toISOString(), '2024-03-08T10:00:00.000Z');
  assert.equal(new Date(atom03).toISOString(), '2004-03-09T10:00:00.000Z');
  for (const text of ['5 Mar 2024 10:00:00 GMT', 'Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05']) assert.ok(read(rss(`<item><title>e</title><pubDate>${text}</pubDate></item>`)).items[0].date, text);
});

test('a day alone starts where the reader is, also west of UTC, and HTML\'s month or year alone gives no date (run in New York time)', async () => {
  const script = `import {normalizeFeed, readXml} from ${JSON.stringify(new URL('../../dist/npm/feeds/normalize.js', import.meta.url).href)};
    const days = ['2025-03-01', '2025-03', '2025'].map((published) => {
      const date = normalizeFeed(JSON.stringify({items: [{id: '1', title: 'T', date_published: published}]}), readXml).items[0].date;
      const d = new Date(date);
      return date === undefined ? 'none' : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()].join('-');
    });
    process.stdout.write(days.join(' '));`;
  const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {env: {...process.env, TZ: 'America/New_York'}});
  // (Until 2026-12-07 the month and the year read as their first day: '2025-3-1-0 2025-1-1-0'.)
  assert.equal(stdout, '2025-3-1-0 none none');
});

test('the command reads a feed in the charset it states (ISO-8859-1 in the header or the XML declaration), unless it starts with UTF-8\'s byte order mark', async () => {
  const {decodeFeed} = await import('../../dist/npm/feeds/text.js');
  const text = 'Opération contre la traite à Séville';
  const declared = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>${text}</t></rss>`, 'latin1');
  assert.match(decodeFeed(new Uint8Array(declared)), new RegExp(text));
  // XML allows spaces around the declaration's "=".
  assert.match(decodeFeed(new Uint8Array(Buffer.from(`<?xml version = "1.0" encoding = 'ISO-8859-1' ?><rss><t>${text}</t></rss>`, 'latin1'))), new RegExp(text));
  assert.match(decodeFeed(new Uint8Array(Buffer.from(`<rss><t>${text}</t></rss>`, 'latin1')), 'application/rss+xml; charset=ISO-8859-1'), new RegExp(text));
  assert.match(decodeFeed(new Uint8Array(Buffer.from(`<rss><t>${text}</t></rss>`, 'utf8'))), new RegExp(text));
  // A UTF-8 file with its byte order mark that the server or the declaration calls ISO-8859-1 (a common
  // misconfiguration) is UTF-8, as browsers read it; the mark itself is not kept.
  const marked = new Uint8Array(Buffer.from(`\ufeff<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>${text}</t></rss>`, 'utf8'));
  assert.match(decodeFeed(marked, 'application/rss+xml; charset=ISO-8859-1'), new RegExp(`^<\\?xml[^]*${text}`));
  assert.match(decodeFeed(marked, ''), new RegExp(`^<\\?xml[^]*${text}`));
  // JSON is UTF-8 whatever the server states (RFC 8259; browsers' response.json() reads it so): a
  // signpost-feed file served as ISO-8859-1 keeps its accents.
  const json = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: text}]});
  assert.equal(decodeFeed(new Uint8Array(Buffer.from(json, 'utf8')), 'application/json; charset=ISO-8859-1'), json);
});

test('the command rejects bad arguments', () => {
  assert.throws(() => parseArgs([]), /usage/);
  assert.throws(() => parseArgs(['javascript:alert(1)']), /not an http\(s\) URL/);
  assert.throws(() => parseArgs(['https://a.example/', '--bogus']), /unknown option/);
  assert.deepEqual(parseArgs(['https://a.example/', '--out', 'x.json', '--max-items', '5']).maxItems, 5);
});

test('--timeout is clamped to the ticker\'s 100 to 60000 ms, so a huge value still fetches', async () => {
  const timeout = (value) => parseArgs(['https://a.example/', '--timeout', value]).timeout;
  assert.equal(timeout('5000'), 5000);
  assert.equal(timeout('4294967296'), 60000); // past AbortSignal.timeout's 2^32-1 ms, which threw
  assert.equal(timeout('1e30'), 60000);
  assert.equal(timeout('Infinity'), 60000);
  assert.equal(timeout('10'), 100);
  assert.equal(timeout('soon'), 8000);
  const server = createServer((req, res) => res.writeHead(200, {'content-type': 'application/feed+json'}).end(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{id: '1', url: 'https://a.example/1', title: 'One'}]})));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const options = parseArgs([`http://127.0.0.1:${server.address().port}/feed.json`, '--timeout', '99999999999']);
    const {feed, failures} = await snapshot(options);
    assert.deepEqual(failures, []);
    assert.deepEqual(feed.items.map((item) => item.title), ['One']);
  } finally {
    server.close();
  }
});

test('signpost-feed fetches, merges, de-duplicates, sorts and writes a JSON Feed 1.1 file', async () => {
  const server = createServer(async (req, res) => {
    if (req.url === '/hang') return; // never answers
    if (req.url === '/old-feed') return void res.writeHead(302, {location: '/moved/relative.xml'}).end(); // it moved
    if (req.url === '/big') {
      res.writeHead(200, {'content-type': 'application/xml'});
      res.end(`<rss>${'x'.repeat(600 * 1024)}</rss>`);
      return;
    }
    try {
      const body = await readFile(join(fixtures, req.url.slice(1)));
      res.writeHead(200);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const dir = await mkdtemp(join(tmpdir(), 'signpost-feed-'));
  try {
    const out = join(dir, 'feed.json');
    const run = promisify(execFile);
    const {stderr} = await run(process.execPath, [join(root, 'bin/signpost-feed.mjs'), `${base}/rss2-basic.xml`, `${base}/atom.xml`, `${base}/jsonfeed-1.1.json`, `${base}/rss2-basic.xml`, `${base}/attack-rss.xml`, `${base}/missing.xml`, `${base}/hang`, `${base}/big`, '--out', out, '--timeout', '3000', '--title', 'Merged']);
    assert.match(stderr, /missing\.xml: skipped \(HTTP 404\)/);
    assert.match(stderr, /hang: skipped/);
    assert.match(stderr, /big: skipped \(larger than 524288 bytes\)/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Merged');
    // Exactly the items of the four good feeds (rss2-basic given twice counts once), from every one
    // of them, each with its own link, date and author, newest first and the undated ones after.
    const good = ['rss2-basic.xml', 'atom.xml', 'jsonfeed-1.1.json', 'attack-rss.xml'];
    const wanted = good.flatMap((name) => expected[name].items.map((w) => ({...w, feed: name, author: w.source ?? expected[name].title})));
    assert.equal(new Set(wanted.map((w) => w.title)).size, wanted.length, 'the fixtures\' titles are unique (the checks below rely on it)');
    const titles = feed.items.map((i) => i.title);
    for (const name of good) {
      const missing = expected[name].items.map((w) => w.title).filter((t) => !titles.includes(t));
      assert.deepEqual(missing, [], `items of ${name} missing from the merged feed`);
    }
    assert.equal(feed.items.length, wanted.length, `${wanted.length} items: the union of the good feeds, the repeated feed once`);
    const dated = wanted.filter((w) => w.date).sort((a, b) => b.date.localeCompare(a.date));
    assert.deepEqual(titles.slice(0, dated.length), dated.map((w) => w.title), 'dated items first, newest first');
    assert.deepEqual(titles.slice(dated.length).sort(), wanted.filter((w) => !w.date).map((w) => w.title).sort(), 'then the undated items');
    for (const item of feed.items) {
      const w = wanted.find((x) => x.title === item.title);
      // The fixtures' relative links resolve against the URL they were fetched from (here the test server).
      assert.equal(item.url, w.url?.replace('https://feeds.test/', `${base}/`), `${w.feed}: "${w.title}" url`);
      assert.equal(item.date_published, w.date, `${w.feed}: "${w.title}" date`);
      assert.deepEqual(item.authors, [{name: w.author}], `${w.feed}: "${w.title}" author`);
      if (w.summary) assert.equal(item.content_text, w.summary, `${w.feed}: "${w.title}" text`);
      if (w.contentNote) assert.equal(item._signpost?.content_note, w.contentNote, `${w.feed}: "${w.title}" content note`);
    }
    const urls = feed.items.map((i) => i.url).filter(Boolean);
    assert.equal(new Set(urls).size, urls.length, 'no duplicates');
    assert.ok(urls.every((u) => /^https?:/.test(u)), 'only http(s) links');
    const dates = feed.items.map((i) => i.date_published).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.ok(!feed.items.some((i) => /onerror|onload|<img|<svg/i.test(i.title + (i.content_text ?? ''))), 'no markup from feed HTML');
    // The output is itself a feed the widget reads with the same normaliser.
    const again = normalizeFeed(JSON.stringify(feed), readXml, 'https://partner.example/feed.json');
    assert.equal(again.items.length, feed.items.length);
    // A feed that moved: its relative links resolve against where it is now (RFC 3986, 5.1.3).
    const moved = await snapshot({urls: [`${base}/old-feed`], timeout: 3000, maxBytes: 1024 * 1024, maxItems: 5, title: 't'});
    assert.deepEqual(moved.feed.items.map((i) => i.url).sort(), [`${base}/about.html`, `${base}/moved/2026/story.html`]);
    const {failures} = await snapshot({urls: [`${base}/missing.xml`], timeout: 500, maxBytes: 1024, maxItems: 5, title: 't'});
    assert.equal(failures.length, 1);
    // Every feed failing: exit 1 and the last good file stays as it was (an empty feed would empty the tickers).
    const before = await readFile(out, 'utf8');
    const failed = await run(process.execPath, [join(root, 'bin/signpost-feed.mjs'), `${base}/missing.xml`, '--out', out]).then(() => 0, (e) => e.code);
    assert.equal(failed, 1);
    assert.equal(await readFile(out, 'utf8'), before);
  } finally {
    server.closeAllConnections?.();
    server.close();
    await rm(dir, {recursive: true, force: true});
  }
});

test('signpost-feed reads Windows-1252 punctuation (’ “ ” – €) in feeds that state windows-1252 or ISO-8859-1, and keeps stories that share one link or one title', async () => {
  // Bytes as an older CMS writes them: 0x93 “, 0x92 ’, 0x94 ”, 0x96 –, 0x80 € (Node's own decoder
  // turns them into control characters, which would then be dropped).
  const cp1252 = (text) => Buffer.from([...text].map((c) => ({'“': 0x93, '’': 0x92, '”': 0x94, '–': 0x96, '€': 0x80})[c] ?? c.charCodeAt(0)));
  const title = '“Don’t look away”: campaign 2024–2025 gets €5m';
  const feeds = {
    '/1252.xml': [cp1252(`<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Old CMS</title><item><title>${title}</title><link>https://old.example/a</link></item></channel></rss>`), 'application/rss+xml'],
    '/latin1.xml': [cp1252(`<rss version="2.0"><channel><title>Old CMS 2</title><item><title>${title} (2)</title><link>https://old.example/b</link></item></channel></rss>`), 'application/rss+xml; charset=ISO-8859-1'],
    // Three releases with their own guids, all linking one landing page.
    '/press.xml': [Buffer.from(`<rss version="2.0"><channel><title>Press office</title>${[1, 2, 3].map((n) => `<item><title>Release ${n}</title><guid isPermaLink="false">release-${n}</guid><link>https://press.example/</link></item>`).join('')}</channel></rss>`), 'application/rss+xml'],
    // Two statements with their own guids, one title and no link: two stories, as the widget shows them.
    '/statements.xml': [Buffer.from(`<rss version="2.0"><channel><title>Ministry</title>${[1, 2].map((n) => `<item><title>Statement</title><guid isPermaLink="false">statement-${n}</guid></item>`).join('')}</channel></rss>`), 'application/rss+xml'],
  };
  const server = createServer((req, res) => {
    const [body, type] = feeds[req.url] ?? [];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {'content-type': type});
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const {feed} = await snapshot({urls: [`${base}/1252.xml`, `${base}/latin1.xml`, `${base}/press.xml`, `${base}/press.xml`, `${base}/statements.xml`, `${base}/statements.xml`], timeout: 3000, maxBytes: 65536, maxItems: 30, title: 't'});
    const titles = feed.items.map((i) => i.title).sort();
    assert.deepEqual(titles, [title, `${title} (2)`, 'Release 1', 'Release 2', 'Release 3', 'Statement', 'Statement'].sort(), 'the punctuation kept; each release and statement once (those feeds were given twice)');
    assert.equal(new Set(feed.items.map((i) => i.id)).size, 7, 'each story its own id');
    const widget = normalizeFeed(feeds['/statements.xml'][0].toString(), readXml);
    assert.equal(widget.items.length, 2, 'the widget shows both statements too');
    // The widget reading the file keeps the three releases apart too.
    const again = normalizeFeed(JSON.stringify(feed), readXml, 'https://partner.example/feed.json');
    assert.deepEqual(again.items.map((i) => i.title).filter((t) => t.startsWith('Release')).sort(), ['Release 1', 'Release 2', 'Release 3']);
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
});

test('signpost-feed gives a story without a link the same id in the next snapshot, when newer stories come above it', async () => {
  // A press office's feed: no links, and guids that are only numbers, or none.
  // Two statements called the same on two days: each keeps its own id too, when a third comes above them.
  let stories = [['Story A', 20], ['Same', 19], ['Story B', 18], ['Same', 17]];
  const server = createServer((req, res) => {
    res.writeHead(200, {'content-type': 'application/rss+xml'});
    res.end(`<rss version="2.0"><channel><title>Press</title>${stories.map(([t, day]) => `<item><title>${t}</title><pubDate>${day} Nov 2026 10:00:00 GMT</pubDate></item>`).join('')}</channel></rss>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/press.xml`;
  try {
    // Each id with the story it names: its title and its date.
    const ids = async () => Object.fromEntries((await snapshot({urls: [url], timeout: 3000, maxBytes: 65536, maxItems: 30, title: 't'})).feed.items.map((i) => [i.id, `${i.title} ${i.date_published}`]));
    const first = await ids();
    stories = [['Same', 21], ['Story C', 21], ...stories];
    const second = await ids();
    assert.equal(Object.keys(first).length, 4, 'each story its own id, the two called "Same" too');
    // Each id names the same story in both snapshots.
    for (const [id, story] of Object.entries(first)) assert.equal(second[id], story, `${story} keeps its id`);
    assert.equal(Object.keys(second).length, 6);
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
});

test('signpost-feed shows a story once when two feeds give it with different ids (a site\'s RSS and Atom), and keeps one feed\'s stories that share a link and title', async () => {
  const feeds = {
    // One site's two feeds: the same story, different ids (RSS guid, Atom urn).
    '/rss.xml': `<rss version="2.0"><channel><title>Ministry</title><item><title>Operation closes three sites</title><guid isPermaLink="false">n-1</guid><link>https://ministry.example/n/1</link></item>
      <item><title>Weekly update</title><guid isPermaLink="false">w-1</guid><link>https://ministry.example/updates</link></item><item><title>Weekly update</title><guid isPermaLink="false">w-2</guid><link>https://ministry.example/updates</link></item></channel></rss>`,
    '/atom.xml': `<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry</title><entry><title>Operation closes three sites</title><id>urn:x:1</id><link href="https://ministry.example/n/1"/></entry>
      <entry><title>Another story</title><id>urn:x:2</id><link href="https://ministry.example/n/2"/></entry></feed>`,
  };
  const server = createServer((req, res) => {
    const body = feeds[req.url];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {'content-type': req.url.endsWith('rss.xml') ? 'application/rss+xml' : 'application/atom+xml'});
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const {feed} = await snapshot({urls: [`${base}/rss.xml`, `${base}/atom.xml`], timeout: 3000, maxBytes: 65536, maxItems: 30, title: 't'});
    assert.deepEqual(
      feed.items.map((i) => i.title).sort(),
      ['Another story', 'Operation closes three sites', 'Weekly update', 'Weekly update'],
      'the story both feeds give, once; the two weekly updates of one feed (their own ids) both',
    );
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
});

test('signpost-feed keeps the 30 newest items by default (--max-items 30, docs/news-ticker.md)', async () => {
  // 45 dated items, served out of order over two feeds: the newest 30 come out, newest first.
  const day = (n) => new Date(Date.UTC(2026, 0, 1 + n, 12)).toISOString();
  const items = Array.from({length: 45}, (_, n) => ({id: `n${n}`, url: `https://many.example/${n}`, title: `Item ${n}`, date_published: day(n)}));
  const shuffled = items.map((item, n) => ({item, key: (n * 17) % 45})).sort((a, b) => a.key - b.key).map((x) => x.item);
  const feeds = {'/a.json': shuffled.slice(0, 20), '/b.json': shuffled.slice(20)};
  const server = createServer((req, res) => {
    if (!feeds[req.url]) return void res.writeHead(404).end();
    res.writeHead(200, {'content-type': 'application/feed+json'});
    res.end(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: `Feed ${req.url}`, items: feeds[req.url]}));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const dir = await mkdtemp(join(tmpdir(), 'signpost-feed-max-'));
  try {
    const out = join(dir, 'feed.json');
    const {stderr} = await promisify(execFile)(process.execPath, [join(root, 'bin/signpost-feed.mjs'), `${base}/a.json`, `${base}/b.json`, '--out', out]);
    assert.match(stderr, /a\.json: 20 items/);
    assert.match(stderr, /b\.json: 25 items/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.items.length, 30);
    assert.deepEqual(feed.items.map((i) => i.title), Array.from({length: 30}, (_, n) => `Item ${44 - n}`), 'the 30 newest, newest first');
  } finally {
    server.closeAllConnections?.();
    server.close();
    await rm(dir, {recursive: true, force: true});
  }
});

test('signpost-feed replaces the file in one step: a server reading it meanwhile sees the old file or the new one, never half', async () => {
  const {writeAtomically} = await import('../../bin/signpost-feed.mjs');
  const {stat, readdir, open} = await import('node:fs/promises');
  const dir = await mkdtemp(join(tmpdir(), 'signpost-feed-atomic-'));
  try {
    const out = join(dir, 'feed.json');
    await writeAtomically(out, '{"old":true}\n');
    // A reader that opened the old file (a web server sending it) keeps reading all of it...
    const reader = await open(out);
    const inode = (await stat(out)).ino;
    const next = `${JSON.stringify({items: Array.from({length: 2000}, (_, n) => ({id: `${n}`, title: `Story ${n}`}))})}\n`;
    await writeAtomically(out, next);
    assert.equal(await reader.readFile('utf8'), '{"old":true}\n', 'an open reader still has the whole old file');
    await reader.close();
    // ...and the path now names the whole new file, a new one rather than the old one rewritten in place.
    assert.notEqual((await stat(out)).ino, inode);
    assert.equal(await readFile(out, 'utf8'), next);
    assert.deepEqual(await readdir(dir), ['feed.json'], 'no temporary file left behind');
    // A write that fails (here: the destination is a folder) leaves nothing behind and says why.
    await mkdir(join(dir, 'folder'));
    await assert.rejects(writeAtomically(join(dir, 'folder'), 'x'));
    assert.deepEqual((await readdir(dir)).sort(), ['feed.json', 'folder']);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

// The command must run however it is started: npm links node_modules/.bin/signpost-feed to the file,
// npm's Windows shim passes the .mjs path (file:///C:/…), and a project may live under a path with a
// space. Before, a URL string comparison missed these and the command printed nothing and exited 0,
// so a scheduled job "succeeded" without writing the feed.
const runCli = (file, args) =>
  promisify(execFile)(process.execPath, [file, ...args]).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (e) => ({code: e.code, stdout: e.stdout, stderr: e.stderr}),
  );

test('signpost-feed runs from a path with a space in it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'signpost feed '));
  try {
    const home = join(dir, 'my project');
    await mkdir(join(home, 'bin'), {recursive: true});
    await copyFile(join(root, 'bin/signpost-feed.mjs'), join(home, 'bin/signpost-feed.mjs'));
    await symlink(join(root, 'dist'), join(home, 'dist'), 'dir'); // what the copy imports
    const cli = join(home, 'bin/signpost-feed.mjs');
    const help = await runCli(cli, ['--help']);
    assert.equal(help.code, 2, 'usage is exit 2');
    assert.match(help.stderr, /usage: signpost-feed/);
    // Every feed failing is exit 1 (what the scheduled job relies on), not a silent 0.
    const failed = await runCli(cli, ['http://127.0.0.1:9/none.xml', '--timeout', '500', '--out', join(dir, 'feed.json')]);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /none\.xml: skipped/);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('signpost-feed runs through a symlink with another name (npm\'s node_modules/.bin link)', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'signpost-feed-link-'));
  try {
    const bin = join(dir, 'node_modules/.bin');
    await mkdir(bin, {recursive: true});
    const link = join(bin, 'feed-cli');
    try {
      await symlink(join(root, 'bin/signpost-feed.mjs'), link, 'file');
    } catch (error) {
      if (error.code === 'EPERM') return t.skip('no permission to create symlinks here');
      throw error;
    }
    const help = await runCli(link, ['--help']);
    assert.equal(help.code, 2, 'usage is exit 2');
    assert.match(help.stderr, /usage: signpost-feed/);
    const bad = await runCli(link, ['javascript:alert(1)']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not an http\(s\) URL/);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('signpost-feed knows when it is the program and when it is imported', () => {
  const self = new URL('../../bin/signpost-feed.mjs', import.meta.url).href;
  const file = join(root, 'bin/signpost-feed.mjs');
  assert.equal(isMain(file, self), true);
  assert.equal(isMain(undefined, self), false, 'no argv[1] (node -e, the REPL)');
  assert.equal(isMain(join(root, 'test/node/feed.test.mjs'), self), false, 'imported by another program');
  assert.equal(isMain(join(root, 'no/such/file.mjs'), self), false);
  assert.equal(isMain(), false, 'this test imported it: it did not run');
});

test('signpost-feed follows at most five redirects, only to http(s), and never from a public host to this machine or a private network', async () => {
  const {privateHost, fetchFollowing} = await import('../../bin/signpost-feed.mjs');
  for (const host of ['localhost', 'feeds.localhost', '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:127.0.0.1]', '[::ffff:10.0.0.1]', '[::ffff:0.0.0.0]', '[::ffff:100.64.0.1]', '[::ffff:172.16.0.1]', 'localhost.', '2130706433']) {
    assert.equal(privateHost(new URL(`http://${host}/`).hostname), true, host);
  }
  for (const host of ['example.org', '8.8.8.8', '172.32.0.1', '[2001:db8::1]', '[::ffff:8.8.8.8]', 'localhost.example', '[fc::1]', '[fe8::1]']) {
    assert.equal(privateHost(new URL(`http://${host}/`).hostname), false, host);
  }
  // A fake network: each URL answers a redirect to the next, or the feed.
  const network = (routes) => async (url) => (routes[url] ? new Response(null, {status: 302, headers: {location: routes[url]}}) : new Response('<rss/>', {status: 200}));
  const signal = AbortSignal.timeout(1000);
  // A public feed that sends the job to an intranet host: refused.
  await assert.rejects(fetchFollowing('https://feeds.example/rss', signal, network({'https://feeds.example/rss': 'http://127.0.0.1:8080/rssAll'})), /private address \(127\.0\.0\.1\)/);
  await assert.rejects(fetchFollowing('https://feeds.example/rss', signal, network({'https://feeds.example/rss': 'http://[::1]/x'})), /private address/);
  // Not http(s), or too many hops: refused.
  await assert.rejects(fetchFollowing('https://feeds.example/rss', signal, network({'https://feeds.example/rss': 'file:///etc/passwd'})), /not http\(s\)/);
  const loop = Object.fromEntries([...Array(6)].map((_, i) => [`https://feeds.example/${i}`, `https://feeds.example/${i + 1}`]));
  await assert.rejects(fetchFollowing('https://feeds.example/0', signal, network(loop)), /more than 5 redirects/);
  // Five public hops, relative ones included, arrive; the URL they arrive at is the base for relative links.
  const five = {...Object.fromEntries(Object.entries(loop).slice(0, 4)), 'https://feeds.example/4': '/moved/feed.xml'};
  assert.equal((await fetchFollowing('https://feeds.example/0', signal, network(five))).url, 'https://feeds.example/moved/feed.xml');
  // A feed the operator names on a private host may redirect within it.
  assert.equal((await fetchFollowing('http://10.0.0.5/feed', signal, network({'http://10.0.0.5/feed': 'http://10.0.0.5/new'}))).url, 'http://10.0.0.5/new');
});
