import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {normalizeFeed, browserXml, FeedError, type Feed} from '../../src/feeds/normalize.js';
import {decodeEntities, toPlainText} from '../../src/feeds/text.js';

interface Expected {
  title?: string;
  error?: string;
  items?: Array<{title: string; url?: string; summary?: string; date?: string; source?: string; contentNote?: string}>;
}

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
const expectations: Promise<Record<string, Expected>> = fetch('/test/fixtures/feeds/expected.json').then((r) => r.json());

/** Compares a normalised feed with the corpus expectation (url is always compared: absent must stay absent). */
export function matches(feed: Feed, expected: Expected, name: string): void {
  expect(feed.title, `${name} title`).to.equal(expected.title);
  expect(feed.items.map((i) => i.title), `${name} titles`).to.deep.equal(expected.items!.map((i) => i.title));
  feed.items.forEach((item, n) => {
    const want = expected.items![n];
    expect(item.url, `${name} #${n} url`).to.equal(want.url);
    for (const key of ['summary', 'source', 'contentNote'] as const) if (key in want) expect(item[key], `${name} #${n} ${key}`).to.equal(want[key]);
    if (want.date) expect(new Date(item.date!).toISOString(), `${name} #${n} date`).to.equal(want.date);
  });
}

describe('feed normaliser (browser DOMParser)', () => {
  it('reads every fixture of the corpus as expected', async () => {
    const all = await expectations;
    for (const [name, expected] of Object.entries(all)) {
      const text = await fixture(name);
      if (expected.error) {
        let error: unknown;
        try {
          normalizeFeed(text, browserXml, `https://feeds.test/${name}`);
        } catch (e) {
          error = e;
        }
        expect(error, name).to.be.instanceOf(FeedError);
        expect((error as FeedError).reason, name).to.equal(expected.error);
      } else {
        matches(normalizeFeed(text, browserXml, `https://feeds.test/${name}`), expected, name);
      }
    }
  });

  it('never returns an unsafe link or markup from any attack fixture', async () => {
    for (const name of ['attack-rss.xml', 'attack-atom.xml', 'attack-jsonfeed.json']) {
      const feed = normalizeFeed(await fixture(name), browserXml, 'https://feeds.test/');
      for (const item of feed.items) {
        if (item.url) expect(['http:', 'https:']).to.include(new URL(item.url).protocol);
        for (const text of [item.title, item.summary ?? '', item.source ?? '']) expect(text).not.to.match(/<(img|svg|iframe|div)\b/i);
      }
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reduces HTML to text and decodes entities', () => {
    expect(toPlainText('<p>A &amp; B</p><script>x()</script> &#x1F600; &unknown; &lt;b&gt;')).to.equal('A & B 😀 &unknown; <b>');
    expect(decodeEntities('&#0; &#xD800; &#65;')).to.equal('  A');
    expect(toPlainText('x'.repeat(600), 100)).to.have.length(100);
  });

  it('property: any text never throws anything but a FeedError, and never yields an unsafe link (1,000 runs)', () => {
    const xmlish = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.tuple(fc.string(), fc.string(), fc.string()).map(([a, b, c]) => `<rss><channel><title>${a}</title><item><title>${b}</title><link>${c}</link></item></channel></rss>`),
      fc.tuple(fc.string(), fc.string()).map(([a, b]) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: a, title: b, url: a}]})),
    );
    fc.assert(
      fc.property(xmlish, (text) => {
        try {
          const feed = normalizeFeed(text, browserXml, 'https://feeds.test/');
          for (const item of feed.items) if (item.url) expect(['http:', 'https:']).to.include(new URL(item.url).protocol);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
        }
      }),
      {numRuns: 1000},
    );
  });
});
