import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/components/news-ticker/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import {captureWarnings, hangHeld, hangRequest, storageSnapshot, textOf, until, withReducedMotion} from '../helpers/util.js';

type Ticker = SignpostNewsTicker;
const $ = <T extends Element = HTMLElement>(el: Ticker, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Ticker, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIGHT = html`<ul>
  <li><a href="https://news.example/a">Partner story A</a> <time datetime="2026-11-20">20 Nov</time></li>
  <li data-content-note="mentions violence"><a href="/b">Partner story B</a></li>
  <li><a href="javascript:alert(1)">Unsafe link stays text</a></li>
</ul>`;

/** Runs `body` with the refresh timers (60 s and more) firing after 30 ms, so a test need not wait a minute, and the fetches counted. */
async function fastRefreshes(body: (asked: () => number) => Promise<void>): Promise<void> {
  const set = window.setTimeout;
  // A period, and the check again after the reader's hold (5 s), pass at once. (So does a rotation's 5 s.)
  window.setTimeout = ((fn: TimerHandler, ms?: number) => set(fn, ms && (ms >= 60000 || ms === 5000) ? 30 : ms)) as typeof window.setTimeout;
  const realFetch = window.fetch;
  let asked = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked++, realFetch(input, init));
  try {
    await body(() => asked);
  } finally {
    window.setTimeout = set;
    window.fetch = realFetch;
  }
}

/** Waits until a feed fetched from src has replaced the (empty) fallback. */
async function loaded(el: Ticker): Promise<void> {
  await until(() => el.items.length > 0);
  await el.updateComplete;
}

describe('<signpost-news-ticker>', () => {
  it('reads light-DOM items: safe links, dates, content notes; unsafe links become text', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list">${LIGHT}</signpost-news-ticker>`);
    const items = $$(el, '[part="item"]');
    expect(items.map((i) => i.querySelector('a, .title')!.textContent)).to.deep.equal(['Partner story A', 'Partner story B', 'Unsafe link stays text']);
    const links = $$<HTMLAnchorElement>(el, '[part="item"] a');
    expect(links.map((a) => a.href)).to.deep.equal(['https://news.example/a', new URL('/b', location.href).href]);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.getAttribute('referrerpolicy')).to.equal('no-referrer');
    }
    expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20T00:00:00.000Z');
    expect(items[1].querySelector('[part="content-note"]')!.textContent).to.equal('Content note: mentions violence');
    await expect(el).to.be.accessible();
  });

  it('reads empty mode and date-style (a template writing unset values) as their defaults, and spaces around a value as nothing, with nothing to warn of', async () => {
    let el!: Ticker;
    const warnings = await captureWarnings(async () => {
      el = await fixture<Ticker>(html`<signpost-news-ticker mode="" date-style="">${LIGHT}</signpost-news-ticker>`);
    });
    expect(warnings).to.deep.equal([]);
    expect([el.mode, el.dateStyle]).to.deep.equal(['rotate', 'absolute']);
    // Rotating: one story at a time, with a Pause button; its date written out.
    expect($(el, '[part="pause-button"]')?.textContent?.trim()).to.equal('Pause the news');
    expect($(el, 'time')!.textContent).to.match(/Nov.*2026/);
    // Spaces around a value do not count (until 2026-12-06 " list" warned and rotated).
    let spaced!: Ticker;
    const spacedWarnings = await captureWarnings(async () => {
      spaced = await fixture<Ticker>(html`<signpost-news-ticker mode=" list " date-style=" none">${LIGHT}</signpost-news-ticker>`);
    });
    expect(spacedWarnings).to.deep.equal([]);
    expect([spaced.mode, $$(spaced, '[part="pause-button"]').length, $$(spaced, 'time').length]).to.deep.equal(['list', 0, 0]);
  });

  it('reads a light-DOM story without a link as its text, the date shown once (as its date)', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list"><ul><li>Volunteers trained in 2026 <time datetime="2026-11-25">25 Nov 2026</time></li></ul></signpost-news-ticker>`);
    expect($(el, '[part="item"] .title')!.textContent).to.equal('Volunteers trained in 2026');
    expect($$(el, '[part="item"] time').map((t) => t.getAttribute('datetime'))).to.deep.equal([new Date(2026, 10, 25).toISOString()]);
  });

  it('marks a content note’s words, the partner’s, with the page’s language, and its label with the widget’s', async () => {
    const wrap = await fixture(html`<div lang="es-MX"><signpost-news-ticker mode="list"><ul><li data-content-note="menciona violencia"><a href="/b">Una noticia</a></li></ul></signpost-news-ticker></div>`);
    const el = wrap.querySelector<Ticker>('signpost-news-ticker')!;
    await el.updateComplete;
    const note = $(el, '[part="content-note"]')!;
    expect(note.closest('[lang]')!.getAttribute('lang'), 'the label: the widget’s catalog').to.equal('es');
    expect(note.textContent).to.equal('Aviso sobre el contenido: menciona violencia');
    const words = note.querySelector('[lang]')!;
    expect([words.getAttribute('lang'), words.textContent]).to.deep.equal(['es-MX', 'menciona violencia']);
    // A page in a right-to-left language Signpost does not ship: the label in English, the words right to left.
    const he = await fixture(html`<div lang="he"><signpost-news-ticker mode="list"><ul><li data-content-note="מזכיר אלימות"><a href="/b">ידיעה</a></li></ul></signpost-news-ticker></div>`);
    const heEl = he.querySelector<Ticker>('signpost-news-ticker')!;
    await heEl.updateComplete;
    const heNote = $(heEl, '[part="content-note"]')!;
    expect([getComputedStyle(heNote).direction, getComputedStyle(heNote.querySelector('[lang]')!).direction]).to.deep.equal(['ltr', 'rtl']);
  });

  it('on a page that states no language, marks the partner’s stories lang="" (unknown: the reader’s own voice), not the widget’s English', async () => {
    // The test runner's page states none (no lang on <html>); a blank lang on an ancestor would not count.
    expect(document.documentElement.hasAttribute('lang'), 'the page states no language').to.equal(false);
    const wrap = await fixture(html`<div><signpost-news-ticker mode="list"><ul><li data-content-note="mentionne des violences"><a href="/b">Une nouvelle</a></li><li>Sans lien</li></ul></signpost-news-ticker></div>`);
    const el = wrap.querySelector<Ticker>('signpost-news-ticker')!;
    await el.updateComplete;
    expect($(el, '[part="base"]')!.closest('[lang]')!.getAttribute('lang'), 'Signpost’s own words').to.equal('en');
    const words = [$(el, '[part="content-note"] [lang]')!, $(el, '[part="item"] a')!, $(el, '[part="item"] .title')!];
    expect(words.map((w) => [w.textContent, w.getAttribute('lang')])).to.deep.equal([
      ['mentionne des violences', ''],
      ['Une nouvelle', ''],
      ['Sans lien', ''],
    ]);
  });

  it('shows a fetched feed newest first (an archive lists its oldest first), while the partner\'s own items keep their order and their "<" characters', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" max-items="3" src="/test/fixtures/feeds/rss2-oldest-first.xml"></signpost-news-ticker>`);
    await loaded(el);
    expect($$(el, '[part="item"] a').map((a) => a.textContent)).to.deep.equal(["2026: this year's report", '2022: the second report', '2019: the first report']);
    const own = await fixture<Ticker>(html`<signpost-news-ticker mode="list"><ul>
      <li><a href="https://news.example/old">Older story</a> <time datetime="2025-01-01">1 Jan 2025</time></li>
      <li><a href="https://news.example/dialog">Why the &lt;dialog&gt; element helps</a> <time datetime="2026-01-01">1 Jan 2026</time></li>
    </ul></signpost-news-ticker>`);
    expect($$(own, '[part="item"] a').map((a) => a.textContent)).to.deep.equal(['Older story', 'Why the <dialog> element helps']);
  });

  it('reads an inline JSON Feed child; a title is text, as JSON Feed defines it: its "<" shown, never an element', async () => {
    const feed = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: '<b>Inline</b> item', url: 'https://inline.example/1'}]});
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list"><script type="application/json">${feed}</script></signpost-news-ticker>`);
    expect($(el, '[part="item"] a')!.textContent).to.equal('<b>Inline</b> item');
    expect($$(el, '[part="item"] b')).to.have.length(0);
  });

  it('names each story’s source after it (here its author); a story with none has nothing there', async () => {
    const feed = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [
      {id: '1', title: 'Annual report out', url: 'https://inline.example/1', authors: [{name: 'UNODC'}]},
      {id: '2', title: 'Hotline hours change', url: 'https://inline.example/2'},
    ]});
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list"><script type="application/json">${feed}</script></signpost-news-ticker>`);
    expect($$(el, '[part="item"]').map(textOf)).to.deep.equal(['Annual report out UNODC', 'Hotline hours change']);
  });

  for (const name of ['rss2-basic.xml', 'rss1-rdf.xml', 'atom.xml', 'jsonfeed-1.1.json']) {
    it(`loads ${name} from src`, async () => {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${`/test/fixtures/feeds/${name}`}></signpost-news-ticker>`);
      await loaded(el);
      expect($$(el, '[part="item"]').length).to.be.greaterThan(1);
    });
  }

  it('resolves a redirected feed\'s relative links against where the feed came from, not the URL it was asked for', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src="/test-server/moved-feed"></signpost-news-ticker>`);
    await loaded(el);
    expect($$<HTMLAnchorElement>(el, '[part="item"] a').map((a) => a.href)).to.deep.equal([
      new URL('/test/fixtures/feeds/moved/2026/story.html', location.href).href,
      new URL('/test/fixtures/feeds/about.html', location.href).href,
    ]);
  });

  it('says "No news right now" only once a feed has been asked for and none came, not while it loads', async () => {
    const el = document.createElement('signpost-news-ticker') as Ticker;
    Object.assign(el, {mode: 'list', timeout: 500});
    el.setAttribute('src', hangRequest().url);
    const failed = oneEvent(el, 'signpost-ticker-error');
    await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, 'while loading').not.to.contain('No news right now');
      await failed;
      await el.updateComplete;
    });
    expect(el.shadowRoot!.textContent, 'after the request failed').to.contain('No news right now.');
    el.remove();
  });

  it('a src taken away, or changed to one that is not http(s), while its feed loads says "No news right now" at once', async () => {
    for (const next of ['', 'javascript:alert(1)']) {
      const hang = hangRequest();
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${hang.url}></signpost-news-ticker>`);
      await hangHeld(hang);
      expect(el.shadowRoot!.textContent, 'while loading').not.to.contain('No news right now');
      await captureWarnings(async () => {
        el.setAttribute('src', next);
        await el.updateComplete;
        await el.updateComplete;
      });
      expect(el.shadowRoot!.textContent, `src="${next}"`).to.contain('No news right now.');
      el.remove();
    }
  });

  it('a feed with no stories (yet) leaves the fallback stories, not "No news right now"', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src="/test/fixtures/feeds/rss2-empty.xml"><ul><li><a href="https://fallback.example/">Fallback story</a></li></ul></signpost-news-ticker>`);
    // Until the empty feed has been read (the ticker holds what it fetched).
    await until(() => (el as unknown as {fetched: unknown}).fetched !== null);
    await el.updateComplete;
    expect($$(el, '[part="item"] a').map((a) => a.textContent)).to.deep.equal(['Fallback story']);
    expect(el.shadowRoot!.textContent).not.to.contain('No news right now');
  });

  it('renders attack feeds as text only: no element from feed text, no unsafe link, the flag never set', async () => {
    const w = window as unknown as {__pwned?: number};
    for (const name of ['attack-rss.xml', 'attack-atom.xml', 'attack-jsonfeed.json']) {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${`/test/fixtures/feeds/${name}`}></signpost-news-ticker>`);
      await loaded(el);
      expect($$(el, '[part="item"]').length, name).to.be.greaterThan(1);
      expect($$(el, 'img, script, svg, iframe, object, embed, b, div[xmlns]'), name).to.have.length(0);
      for (const a of $$<HTMLAnchorElement>(el, 'a')) expect(['http:', 'https:'], name).to.include(new URL(a.href).protocol);
    }
    await wait(200);
    expect(w.__pwned).to.equal(undefined);
    const entity = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src="/test/fixtures/feeds/attack-rss.xml"></signpost-news-ticker>`);
    await loaded(entity);
    // Encoded markup is shown as the literal text it is.
    expect(entity.shadowRoot!.textContent).to.contain('Entity trick <script>window.__pwned=1</script>');
  });

  it('on failure keeps the fallback and fires signpost-ticker-error (timeout, too large as declared or as streamed, malformed, bad URL)', async () => {
    for (const [src, reason] of [
      ['/test-server/hang', 'timeout'],
      ['/test-server/big?declared=1', 'too-large'],
      ['/test-server/big', 'too-large'], // streamed, no Content-Length: counted as it arrives
      ['/test/fixtures/feeds/malformed.xml', 'parse'],
      ['/test/fixtures/feeds/not-a-feed.xml', 'format'],
      ['/test/fixtures/feeds/missing.xml', 'http'],
      ['javascript:alert(1)', 'invalid-url'],
    ]) {
      const wrap = document.createElement('div');
      document.body.append(wrap);
      const el = document.createElement('signpost-news-ticker') as Ticker;
      // A short timeout for the hanging request only: a busy machine may take longer than that to serve a file.
      Object.assign(el, {mode: 'list', timeout: reason === 'timeout' ? 300 : 5000, maxBytes: 65536});
      el.innerHTML = '<ul><li><a href="https://fallback.example/">Fallback story</a></li></ul>';
      el.setAttribute('src', src);
      let detail: unknown;
      const warnings = await captureWarnings(async () => {
        const event = oneEvent(el, 'signpost-ticker-error');
        wrap.append(el);
        detail = (await event).detail;
        await el.updateComplete;
      });
      expect(detail, src).to.deep.equal({reason});
      expect(warnings.join(), src).to.contain('the fallback stays');
      expect($(el, '[part="item"] a')!.textContent, src).to.equal('Fallback story');
      wrap.remove();
    }
  });

  it('keeps the last good items when a refresh fails, and refreshes no more often than every 60 s', async () => {
    const key = Math.random().toString(36).slice(2);
    const set = window.setTimeout;
    const delays: number[] = [];
    // The refresh timer runs at once, so the test need not wait a minute.
    window.setTimeout = ((fn: TimerHandler, ms?: number) => {
      if (ms && ms >= 60000) delays.push(ms);
      return set(fn, ms && ms >= 60000 ? 10 : ms);
    }) as typeof window.setTimeout;
    try {
      let el!: Ticker;
      const warnings = await captureWarnings(async () => {
        const failed = oneEvent(document, 'signpost-ticker-error'); // the refresh: the server fails it
        el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" refresh="10" src=${`/test-server/flaky?key=${key}`}></signpost-news-ticker>`);
        await loaded(el);
        expect($(el, '[part="item"] a')!.textContent).to.equal('First load');
        expect((await failed).detail).to.deep.equal({reason: 'http'});
        el.remove();
      });
      expect(warnings.join()).to.contain('refresh must be 60 to 2000000 seconds; using 60');
      expect(delays[0]).to.equal(60000);
      await el.updateComplete;
      expect($(el, '[part="item"] a')!.textContent).to.equal('First load');
    } finally {
      window.setTimeout = set;
    }
  });

  it('a src changed to one that is not http(s) ends the old feed’s refreshes: one warning, no more requests', () =>
    fastRefreshes(async (asked) => {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" refresh="60" src=${`/test/fixtures/feeds/jsonfeed-1.1.json?refresh=${Math.random()}`}></signpost-news-ticker>`);
      await loaded(el);
      const warnings = await captureWarnings(async () => {
        el.src = 'javascript:alert(1)';
        await el.updateComplete;
        await wait(300); // ten of the old refresh's periods
      });
      expect(warnings.filter((w) => w.includes('is not an http(s) URL')), 'warned once').to.have.length(1);
      expect(asked(), 'no request after the first').to.equal(1);
      el.remove();
    }));

  it('refreshes only while the reader lets it move: not while paused or with focus inside (the story would change under them)', () =>
    fastRefreshes(async (asked) => {
      const src = `/test/fixtures/feeds/jsonfeed-1.1.json?refresh=${Math.random()}`;
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="rotate" paused refresh="60" src=${src}></signpost-news-ticker>`);
      await loaded(el);
      await wait(300);
      expect(asked(), 'paused: no refresh').to.equal(1);
      el.paused = false;
      await until(() => asked() > 1);
      // Focus inside holds it too.
      $<HTMLButtonElement>(el, '[part="next-button"]')!.focus();
      await el.updateComplete;
      await wait(100); // a refresh already on its way may land
      const before = asked();
      await wait(300);
      expect(asked(), 'focus inside: no refresh').to.equal(before);
      $<HTMLButtonElement>(el, '[part="next-button"]')!.blur();
      el.paused = false; // as Play would (keyboard focus on Next pauses it until Play)
      await until(() => asked() > before);
      el.remove();
    }));

  it('a refresh that falls due while paused comes soon after Play, not a whole period later', async () => {
    const set = window.setTimeout;
    const realFetch = window.fetch;
    let asked = 0;
    let periods = 0;
    // The first period passes at once (while paused); any later one would take 10 s; the check again after a hold, 50 ms.
    window.setTimeout = ((fn: TimerHandler, ms?: number) => set(fn, ms === 3600000 ? (periods++ ? 10000 : 100) : ms === 5000 ? 50 : ms)) as typeof window.setTimeout;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked++, realFetch(input, init));
    try {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" paused refresh="3600" src=${`/test/fixtures/feeds/jsonfeed-1.1.json?due=${Math.random()}`}></signpost-news-ticker>`);
      await loaded(el);
      await wait(400); // the period has passed, while paused
      expect(asked, 'paused: no refresh').to.equal(1);
      el.paused = false;
      await until(() => asked > 1, 2000);
      el.remove();
    } finally {
      window.setTimeout = set;
      window.fetch = realFetch;
    }
  });

  it('a list that refreshes has a Pause button, and Pause holds its refreshes (WCAG 2.2.2: updates the reader can stop)', () =>
    fastRefreshes(async (asked) => {
      const src = `/test/fixtures/feeds/jsonfeed-1.1.json?list=${Math.random()}`;
      // Without a refresh, nothing in a list moves or changes: no button.
      const still = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${src}></signpost-news-ticker>`);
      await loaded(still);
      expect($(still, '[part="pause-button"]') === null, 'no Pause button on a list that never changes').to.equal(true);
      still.remove();
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" refresh="60" src=${src}></signpost-news-ticker>`);
      await loaded(el);
      await until(() => asked() > 2); // it refreshes
      const pause = $<HTMLButtonElement>(el, '[part="pause-button"]')!;
      expect(pause?.textContent?.trim(), 'a Pause button').to.equal('Pause the news');
      pause.click();
      await el.updateComplete;
      expect(el.paused, 'paused').to.equal(true);
      pause.blur();
      await wait(100); // a refresh already on its way may land
      const before = asked();
      await wait(300);
      expect(asked(), 'paused: no refresh').to.equal(before);
      expect(pause.textContent?.trim()).to.equal('Play the news');
      pause.click();
      await until(() => asked() > before);
      el.remove();
    }));

  it('under reduced motion, a rotating ticker that refreshes keeps its Pause button (its stories still change); one that does not refresh has none', () =>
    withReducedMotion(async () => {
      const src = `/test/fixtures/feeds/jsonfeed-1.1.json?still=${Math.random()}`;
      const refreshing = await fixture<Ticker>(html`<signpost-news-ticker mode="rotate" refresh="60" src=${src}></signpost-news-ticker>`);
      await loaded(refreshing);
      expect(refreshing.moving, 'nothing moves').to.equal(false);
      expect($(refreshing, '[part="pause-button"]')?.textContent?.trim(), 'a Pause button').to.equal('Pause the news');
      const still = await fixture<Ticker>(html`<signpost-news-ticker mode="rotate" src=${src}></signpost-news-ticker>`);
      await loaded(still);
      expect($(still, '[part="pause-button"]') === null, 'no Pause button without a refresh').to.equal(true);
    }));

  it('offline at a refresh (the connection cut): the stories stay, a network error is reported, nothing is stored', async () => {
    const key = Math.random().toString(36).slice(2);
    const set = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number) => set(fn, ms && ms >= 60000 ? 10 : ms)) as typeof window.setTimeout;
    const before = await storageSnapshot();
    try {
      let el!: Ticker;
      const warnings = await captureWarnings(async () => {
        const failed = oneEvent(document, 'signpost-ticker-error');
        el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" refresh="60" src=${`/test-server/flaky?key=${key}&offline`}></signpost-news-ticker>`);
        await loaded(el);
        expect((await failed).detail).to.deep.equal({reason: 'network'});
        el.remove();
      });
      // The browser's own words for a failed connection (Chromium, Firefox, WebKit), not one of ours.
      expect(warnings.join()).to.match(/could not be shown \((Failed to fetch|NetworkError when attempting to fetch resource\.|Load failed)\); the last items stay/);
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('[part="item"] a')].map((a) => a.textContent)).to.deep.equal(['First load']);
      expect(await storageSnapshot()).to.equal(before);
    } finally {
      window.setTimeout = set;
    }
  });

  it('fetches the feed without credentials or referrer', async () => {
    document.cookie = 'signpost-test=1; path=/';
    try {
      // The control: a plain fetch from this page sends both, so "none" below is the widget's doing.
      const control = await (await fetch('/test-server/echo-feed')).json();
      expect(control.items[0].title).to.match(/^referer=http\S+ cookie=.*signpost-test=1/);
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src="/test-server/echo-feed"></signpost-news-ticker>`);
      await loaded(el);
      expect($(el, '[part="item"]')!.textContent!.trim()).to.equal('referer=none cookie=none');
    } finally {
      document.cookie = 'signpost-test=; path=/; max-age=0';
    }
  });

  it('aborts the request when removed', async () => {
    const hang = hangRequest();
    const warnings = await captureWarnings(async () => {
      const el = await fixture<Ticker>(html`<signpost-news-ticker src=${hang.url} timeout="10000"></signpost-news-ticker>`);
      await hangHeld(hang);
      el.remove();
      await wait(300);
    });
    expect(await hang.closed()).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('reads items written after it is in the page, as frameworks do, and changes to them', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list"></signpost-news-ticker>`);
    el.innerHTML = '<ul><li><a href="https://news.example/late">A late story</a></li></ul>';
    await until(() => $$(el, '[part="item"]').length === 1);
    expect($(el, '[part="item"] a')!.textContent).to.equal('A late story');
    el.querySelector('a')!.textContent = 'A corrected story';
    await until(() => $(el, '[part="item"] a')?.textContent === 'A corrected story');
    expect($(el, '[part="item"] a')!.textContent).to.equal('A corrected story');
    // Attributes only (a keyed framework patches just these): the link, the date and the content note follow.
    const li = el.querySelector('li')!;
    el.querySelector('a')!.href = 'https://news.example/corrected';
    li.insertAdjacentHTML('beforeend', '<time datetime="2026-11-20">20 Nov</time>');
    await until(() => !!$(el, '[part="item"] time'));
    el.querySelector('time')!.setAttribute('datetime', '2026-11-21');
    li.dataset.contentNote = 'mentions violence';
    await until(() => !!$(el, '[part="content-note"]'));
    expect($<HTMLAnchorElement>(el, '[part="item"] a')!.href).to.equal('https://news.example/corrected');
    expect($(el, '[part="item"] time')!.getAttribute('datetime')).to.equal(new Date(2026, 10, 21).toISOString());
    expect($(el, '[part="content-note"]')!.textContent).to.equal('Content note: mentions violence');
  });

  it('a feed on another origin that does not allow CORS: the fallback stays, a network error, asked once', async () => {
    const key = Math.random().toString(36).slice(2);
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = `${location.protocol}//${other}:${location.port}/test-server/cors-feed?key=${key}`;
    const errors: string[] = [];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${src} @signpost-ticker-error=${(e: CustomEvent<{reason: string}>) => errors.push(e.detail.reason)}>${LIGHT}</signpost-news-ticker>`);
      await until(() => errors.length > 0);
      await el.updateComplete;
      expect($$(el, '[part="item"]').map((i) => i.textContent!.trim())).to.not.include('Read across origins');
      expect($$(el, '[part="item"] a')[0].textContent).to.equal('Partner story A');
    });
    expect(errors).to.deep.equal(['network']);
    expect(warnings.join()).to.contain('could not be shown');
    // The browser did ask (so it was CORS, not an unreachable host, that stopped the feed), once.
    expect(((await (await fetch(`/test-server/cors-hits?key=${key}`)).json()) as {hits: number}).hits).to.equal(1);
  });

  it('a new src drops the old feed’s stories; an invalid one brings back the fallback', async () => {
    let el!: Ticker;
    await captureWarnings(async () => {
      el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src="/test/fixtures/feeds/jsonfeed-1.1.json">${LIGHT}</signpost-news-ticker>`);
      await until(() => $$(el, '[part="item"] a').length > 0 && $(el, '[part="item"] a')!.textContent !== 'Partner story A');
      const fromFeed = $(el, '[part="item"] a')!.textContent;
      el.src = 'javascript:alert(1)';
      await el.updateComplete;
      expect($(el, '[part="item"] a')!.textContent).to.not.equal(fromFeed);
    });
    expect($(el, '[part="item"] a')!.textContent).to.equal('Partner story A');
  });

  it('caps interval and refresh below what browsers run at once (a huge interval would flash stories)', async () => {
    let el!: Ticker;
    const warnings = await captureWarnings(async () => {
      el = await fixture<Ticker>(html`<signpost-news-ticker interval="10000000" refresh="2592000">${LIGHT}</signpost-news-ticker>`);
    });
    expect(el.interval).to.equal(86400);
    expect(el.refresh).to.equal(2e6);
    expect(warnings.join('\n')).to.contain('interval must be 5 to 86400 seconds').and.to.contain('refresh must be 60 to 2000000 seconds');
    // Written with a unit ("5m", "300s"): no number, so it says so and refreshes every minute (it had silently never refreshed).
    let unit!: Ticker;
    const said = await captureWarnings(async () => {
      unit = await fixture<Ticker>(html`<signpost-news-ticker refresh="5m">${LIGHT}</signpost-news-ticker>`);
    });
    expect(unit.refresh).to.equal(60);
    expect(said.join('\n')).to.contain('refresh must be 60 to 2000000 seconds; using 60');
    // No refresh asked for (absent, or unset by a framework): none, and nothing said.
    const none = await captureWarnings(async () => {
      await fixture<Ticker>(html`<signpost-news-ticker .refresh=${undefined}>${LIGHT}</signpost-news-ticker>`);
    });
    expect(none.join('\n')).to.not.contain('refresh');
  });

  it('warns of a number attribute that is not a number, quoting it, and uses its default', async () => {
    // (Until 2026-12-07 these four fell back without a word, where interval and refresh warned.)
    const cases = [['max-items', 'maxItems', 'all', 10], ['speed', 'speed', 'fast', 40], ['timeout', 'timeout', '8s', 8000], ['max-bytes', 'maxBytes', '1MB', 524288]] as const;
    for (const [name, property, bad, fallback] of cases) {
      let el!: Ticker;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Ticker>(html`<signpost-news-ticker mode="list">${LIGHT}</signpost-news-ticker>`);
        el.setAttribute(name, bad);
        await el.updateComplete;
      });
      expect(warnings, name).to.deep.equal([`Signpost: "${bad}" is not a number; using ${fallback}.`]);
      expect(el[property], name).to.equal(fallback);
      // A number (spaces around it too) says nothing, and is used.
      const quiet = await captureWarnings(async () => {
        el.setAttribute(name, ' 20 ');
        await el.updateComplete;
      });
      expect(quiet, name).to.deep.equal([]);
      expect(el[property], name).to.equal(20);
    }
  });

  it('marks each title dir="auto", so an English headline in an Arabic ticker keeps its punctuation in place', async () => {
    const el = await fixture<Ticker>(html`<signpost-news-ticker lang="ar" mode="list"><ul><li><a href="https://news.example/1">Helpline (UK).</a></li><li>Text only.</li></ul></signpost-news-ticker>`);
    for (const title of $$(el, '[part="item"] a, [part="item"] .title')) {
      expect(title.getAttribute('dir')).to.equal('auto');
      // As drawn: the full stop ends the English sentence on the right, not on the left of "H"/"T".
      const text = title.firstChild!.nodeType === Node.TEXT_NODE ? title.firstChild! : [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, from + 1);
        return range.getBoundingClientRect();
      };
      const chars = text.textContent!;
      const first = chars.search(/\S/);
      expect(box(chars.lastIndexOf('.')).left, chars).to.be.above(box(first).left);
    }
  });

  it('rotating, it is a carousel of slides to a screen reader, in the reader’s language (APG); a list is not', async () => {
    const en = await fixture<Ticker>(html`<signpost-news-ticker mode="rotate">${LIGHT}</signpost-news-ticker>`);
    expect($(en, '[part="base"]')!.getAttribute('aria-roledescription')).to.equal('carousel');
    expect($(en, '[part="item"]')!.getAttribute('aria-roledescription')).to.equal('slide');
    const es = await fixture<Ticker>(html`<signpost-news-ticker lang="es" mode="rotate">${LIGHT}</signpost-news-ticker>`);
    expect($(es, '[part="base"]')!.getAttribute('aria-roledescription')).to.equal('carrusel');
    expect($(es, '[part="item"]')!.getAttribute('aria-roledescription')).to.equal('diapositiva');
    const list = await fixture<Ticker>(html`<signpost-news-ticker mode="list">${LIGHT}</signpost-news-ticker>`);
    expect($(list, '[part="base"]')!.hasAttribute('aria-roledescription')).to.equal(false);
    await expect(es).to.be.accessible();
  });

  it('reads a feed in the charset it states, in the header or in its XML declaration (ISO-8859-1), unless it starts with UTF-8\'s byte order mark', async () => {
    for (const where of ['header', 'declaration', 'bom']) {
      const el = await fixture<Ticker>(html`<signpost-news-ticker mode="list" src=${`/test-server/latin1-feed?in=${where}`}></signpost-news-ticker>`);
      await until(() => $$(el, '[part="item"] a').length > 0);
      expect($(el, '[part="item"] a')!.textContent, where).to.equal('Opération contre la traite à Séville');
    }
  });
});
