import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import type {SignpostRedFlagQuiz} from '../../src/components/red-flag-quiz/red-flag-quiz.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';
import {countRenders, until, withFakeWaits} from '../helpers/util.js';
import {restorePage} from '../../src/quick-exit/exit-page.js';

/** Long-lived pages and single-page apps: mount, move, unmount many times. */
const TAGS = ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-news-ticker', 'signpost-campaign-banner'];
const ATTRS: Record<string, Record<string, string>> = {
  'signpost-hotline-card': {country: 'GB', 'quick-exit': ''},
  'signpost-quick-exit': {placement: 'sticky', explain: ''},
  'signpost-red-flag-quiz': {},
  'signpost-news-ticker': {mode: 'rotate', 'date-style': 'relative', interval: '5'},
  'signpost-campaign-banner': {campaign: 'learn-the-signs', dismissible: ''},
};
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function make(tag: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(ATTRS[tag])) el.setAttribute(k, v);
  if (tag === 'signpost-news-ticker') {
    (el as SignpostNewsTicker).items = [1, 2, 3].map((i) => ({id: `${i}`, title: `Story ${i}`, url: `https://news.example/${i}`, date_published: '2026-01-01T00:00:00Z'}));
  }
  return el;
}

/** Live timers (set, not yet run or cleared), by delay, and live window/document listeners. */
function track() {
  const live = new Map<number, string>();
  const {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci} = window;
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id: number = st(() => (live.delete(id), fn()), ms, ...rest);
    live.set(id, `timeout ${ms}`);
    return id;
  }) as never;
  window.setInterval = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id: number = si(fn, ms, ...rest);
    live.set(id, `interval ${ms}`);
    return id;
  }) as never;
  window.clearTimeout = ((id: number) => (live.delete(id), ct(id))) as never;
  window.clearInterval = ((id: number) => (live.delete(id), ci(id))) as never;
  return {
    timers: () => [...live.values()].filter((t) => !/ (0|undefined|100)$/.test(t)).sort(),
    restore() {
      Object.assign(window, {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci});
    },
  };
}

describe('long-lived pages: mount, move and unmount many times', () => {
  afterEach(() => restorePage());

  for (const tag of TAGS) {
    it(`${tag}: 100 mounts and unmounts leave no timer, and removed ones do not render on a lang change`, async () => {
      const t = track();
      try {
        const removed: Array<() => number> = [];
        for (let i = 0; i < 100; i++) {
          const el = make(tag);
          document.body.append(el);
          if (i % 10 == 0) await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
          el.remove();
          if (i % 10 == 0) removed.push(countRenders(el as never));
        }
        await frame();
        await wait(150);
        expect(t.timers().join(', '), 'no timer left for a removed widget').to.equal('');
        const counted = removed.map((r) => r());
        document.documentElement.lang = 'es';
        await wait(50);
        document.documentElement.lang = 'en';
        await wait(50);
        expect(removed.map((r, i) => r() - counted[i]).reduce((a, b) => a + b, 0), 'removed widgets not rendered again').to.equal(0);
      } finally {
        t.restore();
      }
    });

    it(`${tag}: moved 100 times (disconnect and connect in one task) keeps one set of timers`, async () => {
      const t = track();
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      try {
        const el = make(tag);
        a.append(el);
        await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
        await frame();
        const before = t.timers();
        for (let i = 0; i < 100; i++) (i % 2 ? a : b).append(el);
        await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
        await frame();
        await wait(150);
        // The same timers: a timer until a time of day (the banner's next midnight) set again on a move is
        // shorter by the time the moves took, so delays match within a second.
        const after = t.timers();
        const close = after.length === before.length && after.every((timer, i) => {
          const [kind, ms] = timer.split(' ');
          const [kindBefore, msBefore] = before[i].split(' ');
          return kind === kindBefore && Math.abs(Number(ms) - Number(msBefore)) <= 1000;
        });
        expect(close, `${after.join(', ')} (before: ${before.join(', ')})`).to.equal(true);
      } finally {
        t.restore();
        a.remove();
        b.remove();
      }
    });
  }

  // A quiz with a src moved in the page (a list re-ordered, a layout change) has its bank: one request,
  // however many moves. (A ticker asks for its feed again at each connection: docs/news-ticker.md.)
  it('a quiz with a src, moved in the page 5 times, does not fetch its bank again', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), realFetch(input, init))) as typeof window.fetch;
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    try {
      const el = document.createElement('signpost-red-flag-quiz') as SignpostRedFlagQuiz;
      el.src = '/test/fixtures/quiz-bank.json';
      a.append(el);
      await until(() => !(el as unknown as {busy: boolean}).busy && !!el.shadowRoot?.querySelector('button'));
      for (let i = 0; i < 5; i++) (i % 2 ? a : b).append(el);
      await wait(300);
      expect(asked, 'one request').to.have.length(1);
    } finally {
      window.fetch = realFetch;
      a.remove();
      b.remove();
    }
  });

  it('state survives a move: quiz progress, ticker story, card country, banner dismissal', async () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    try {
      const quiz = document.createElement('signpost-red-flag-quiz') as SignpostRedFlagQuiz;
      quiz.seed = 'x';
      const ticker = make('signpost-news-ticker') as SignpostNewsTicker;
      ticker.paused = true;
      const card = document.createElement('signpost-hotline-card') as SignpostHotlineCard;
      card.country = 'GB';
      card.countryPicker = true;
      const banner = make('signpost-campaign-banner') as SignpostCampaignBanner;
      a.append(quiz, ticker, card, banner);
      await Promise.all([quiz, ticker, card, banner].map((e) => e.updateComplete));
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
      await quiz.updateComplete;
      ticker.shadowRoot!.querySelector<HTMLButtonElement>('[part=next-button]')!.click();
      await ticker.updateComplete;
      const select = card.shadowRoot!.querySelector('select')!;
      select.value = 'US';
      select.dispatchEvent(new Event('change'));
      await card.updateComplete;
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
      await banner.updateComplete;
      const snap = () =>
        JSON.stringify({
          quiz: quiz.shadowRoot!.querySelector('[part=progress]')?.textContent,
          ticker: [...ticker.shadowRoot!.querySelectorAll<HTMLElement>('[part=item]')].findIndex((i) => !i.hidden),
          card: card.resolvedCountry,
          banner: banner.showing,
        });
      const before = snap();
      b.append(quiz, ticker, card, banner);
      await Promise.all([quiz, ticker, card, banner].map((e) => e.updateComplete));
      await wait(50);
      expect(snap()).to.equal(before);
      expect(before).to.contain('"ticker":1').and.contain('"card":"US"').and.contain('"banner":false');
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('a ticker refreshing every minute for 24 hours: timers, DOM and items stay the same, and relative dates advance', async function () {
    this.timeout(120000);
    const realFetch = window.fetch;
    let fetches = 0;
    let clockNow = Date.parse('2026-03-01T00:00:00Z');
    window.fetch = (async () => {
      fetches++;
      const body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'f',
        items: [1, 2, 3].map((i) => ({id: `${i}`, title: `Story ${i}`, url: `https://news.example/${i}`, date_published: '2026-03-01T00:00:00Z'})),
      });
      return new Response(body, {headers: {'content-type': 'application/feed+json'}});
    }) as typeof window.fetch;
    try {
      await withFakeWaits(6e4, async (clock) => {
        const el = document.createElement('signpost-news-ticker') as SignpostNewsTicker;
        Object.assign(el, {mode: 'list', refresh: 60, dateStyle: 'relative', clock: () => clockNow});
        el.src = 'https://feeds.example/f.json';
        document.body.append(el);
        await until(() => el.items.length === 3);
        await el.updateComplete;
        const size = el.shadowRoot!.querySelectorAll('*').length;
        const pending = clock.pending();
        for (let m = 1; m <= 24 * 60; m++) {
          clockNow += 6e4;
          clock.advance(6e4);
          // The refresh's fetch answers, and the next one is set.
          for (let n = 0; !(fetches > m && !(el as unknown as {busy: boolean}).busy); n++) {
            if (n > 200) throw new Error(`no refresh at minute ${m}`);
            await new Promise((r) => setTimeout(r, 0));
          }
          await el.updateComplete;
        }
        await el.updateComplete;
        await frame();
        expect(el.shadowRoot!.querySelectorAll('*').length, 'DOM size').to.equal(size);
        expect(el.items.map((i) => i.title).join(), 'no duplicates').to.equal('Story 1,Story 2,Story 3');
        expect(clock.pending(), 'timers').to.equal(pending);
        expect(el.shadowRoot!.querySelector('time')!.textContent, 'relative date advanced').to.equal('1 day ago');
        el.remove();
      });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a quick exit moved in the page (a framework re-parenting it) still stops a “Leave site?” listener the page added meanwhile', async function () {
    this.timeout(15000);
    const frameEl = document.createElement('iframe');
    const target = new URL('/test/fixtures/quiz-bank.json?left=moved', location.href).href;
    frameEl.srcdoc = `<!doctype html><body><div id="a"><signpost-quick-exit href="${target}"></signpost-quick-exit></div><div id="b"></div>
      <script type="module">import '/src/components/quick-exit/define.ts';</script></body>`;
    const asked: string[] = [];
    document.body.append(frameEl);
    try {
      const el = () => frameEl.contentDocument?.querySelector<HTMLElement & {exit(): void}>('signpost-quick-exit');
      await until(() => !!el()?.shadowRoot?.querySelector('[part="button"]'), 8000);
      // The reader types in a form: the page asks before leaving, as the test beside robust.test.ts's does.
      frameEl.contentWindow!.addEventListener('beforeunload', (e) => {
        asked.push('listener');
        e.preventDefault();
      });
      // A framework moves the page's one quick exit (a layout change, a keyed list re-ordered).
      frameEl.contentDocument!.getElementById('b')!.append(el()!);
      await new Promise((r) => setTimeout(r, 50));
      el()!.exit();
      await until(() => frameEl.contentWindow?.location.href === target, 5000);
      expect(asked, 'the page’s handler never ran, as before the move').to.deep.equal([]);
    } finally {
      frameEl.remove();
    }
  });
});

describe('a ticker in a background tab (no animation frames) for hours', () => {
  it('queues at most one pair of frame callbacks, however many refreshes and minutes pass', async function () {
    this.timeout(60000);
    const realFetch = window.fetch;
    const realFrame = window.requestAnimationFrame;
    const queued: FrameRequestCallback[] = [];
    // A hidden tab runs no animation frames until it is shown again (HTML: "run the animation frame callbacks" is part of rendering, which a hidden document skips).
    window.requestAnimationFrame = ((cb: FrameRequestCallback) => queued.push(cb)) as typeof window.requestAnimationFrame;
    let fetches = 0;
    window.fetch = (async () => {
      fetches++;
      return new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'f', items: [{id: '1', title: 'Story 1', url: 'https://news.example/1', date_published: '2026-03-01T00:00:00Z'}]}), {headers: {'content-type': 'application/feed+json'}});
    }) as typeof window.fetch;
    try {
      await withFakeWaits(6e4, async (clock) => {
        const el = document.createElement('signpost-news-ticker') as SignpostNewsTicker;
        Object.assign(el, {mode: 'list', refresh: 60, dateStyle: 'relative'});
        el.src = 'https://feeds.example/f.json';
        document.body.append(el);
        await until(() => el.items.length === 1);
        for (let m = 1; m <= 6 * 60; m++) {
          clock.advance(6e4);
          for (let n = 0; !(fetches > m && !(el as unknown as {busy: boolean}).busy); n++) {
            if (n > 200) throw new Error(`no refresh at minute ${m}`);
            await new Promise((r) => setTimeout(r, 0));
          }
          await el.updateComplete;
        }
        el.remove();
      });
      expect(queued.length, 'frame callbacks waiting for the tab to be shown').to.be.at.most(2);
    } finally {
      window.requestAnimationFrame = realFrame;
      window.fetch = realFetch;
    }
  });
});
