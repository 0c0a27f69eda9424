import {expect} from '@open-wc/testing';
import '../../src/components/news-ticker/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/fr.js';
import '../../src/i18n/locales/pt.js';
import '../../src/i18n/locales/ro.js';
import '../../src/i18n/locales/ru.js';
import '../../src/i18n/locales/th.js';
import '../../src/i18n/locales/tl.js';
import '../../src/i18n/locales/uk.js';
import '../../src/i18n/locales/vi.js';
import '../../src/i18n/locales/zh-Hans.js';
import {docsReserve, readmeReserve, ringBox, SHIPPED} from '../helpers/util.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';

type Ticker = SignpostNewsTicker;
const $ = <T extends Element = HTMLElement>(el: Ticker, s: string) => el.shadowRoot!.querySelector<T>(s)!;

// Stories as partners write them: a long title, a short one, each with a date and a source.
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Campaign news',
  items: [
    {id: '1', title: 'Blue Heart: countries joining the campaign against human trafficking', url: 'https://news.example/1', date_published: '2026-11-20T10:00:00Z', authors: [{name: 'UNODC'}]},
    {id: '2', title: 'Hotline: how it works', url: 'https://news.example/2', date_published: '2026-11-21T10:00:00Z', authors: [{name: 'Polaris'}]},
    {id: '3', title: 'UK Modern Slavery & Exploitation Helpline: 24/7 support in many languages', url: 'https://news.example/3', date_published: '2026-11-22T10:00:00Z', authors: [{name: 'Unseen'}]},
  ],
});

async function mount(width: number, lang: string): Promise<{el: Ticker; host: HTMLElement}> {
  const host = document.createElement('div');
  host.style.cssText = `width: ${width}px; font-size: 16px`;
  const el = document.createElement('signpost-news-ticker') as Ticker;
  el.lang = lang;
  el.paused = true;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = FEED;
  el.append(script);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return {el, host};
}

const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

describe('<signpost-news-ticker> layout', () => {
  // The reserves partners copy: the README snippet's for any column (312 px: a 360 px phone with the
  // page's margins, where longer labels wrap), and docs/news-ticker.md's for columns of 360 and of
  // 640 px or more.
  const documented = (width: number) =>
    width < 360
      ? readmeReserve('news-ticker', 'signpost-news-ticker')
      : docsReserve('news-ticker', new RegExp(`in\\s+columns of ${width < 640 ? 360 : 640} px or more, ([\\d.]+)em is enough`));
  for (const width of [312, 360, 600, 640, 768]) {
    it(`rotate at ${width} px: nothing is cut off, and it fits the documented reserve in every shipped language`, async () => {
      const reserve = await documented(width);
      const problems: string[] = [];
      for (const lang of SHIPPED) {
        const {el, host} = await mount(width, lang);
        const box = el.getBoundingClientRect();
        if ($(el, '[part~="base"]').getAttribute('lang') !== lang) problems.push(`${lang}: not shown in ${lang} (its language file is not imported above)`);
        if (box.height > reserve * 16) problems.push(`${lang}: ${Math.round(box.height)} px tall, over ${reserve}em`);
        const viewport = $(el, '[part="viewport"]');
        if (viewport.scrollWidth > viewport.clientWidth + 1) problems.push(`${lang}: the story is cut off (${viewport.scrollWidth} > ${viewport.clientWidth})`);
        if (viewport.clientWidth < 150) problems.push(`${lang}: the story is squeezed into ${viewport.clientWidth} px`);
        for (const part of ['pause-button', 'previous-button', 'next-button']) {
          if (!inside($(el, `[part="${part}"]`).getBoundingClientRect(), box)) problems.push(`${lang}: ${part} sticks out`);
        }
        host.remove();
      }
      expect(problems.join('; '), `reserve ${reserve}em`).to.equal('');
    });
  }

  it('in a column narrower than Previous and Next side by side (7em: 200 px at 200% text), they wrap rather than stick out (ltr and rtl)', async () => {
    const problems: string[] = [];
    for (const lang of ['en', 'ar']) {
      const {el, host} = await mount(200, lang);
      host.style.fontSize = '32px';
      await new Promise(requestAnimationFrame);
      const box = el.getBoundingClientRect();
      for (const part of ['pause-button', 'previous-button', 'next-button']) {
        if (!inside($(el, `[part="${part}"]`).getBoundingClientRect(), box)) problems.push(`${lang}: ${part} sticks out`);
      }
      host.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  // A narrow column (the titles wrap, so a link spans the story's whole width), and the tallest story
  // with no date or source (its link is the last line, also in rotate's one-cell stack): in each mode,
  // some link's ring meets each edge of the viewport's clip.
  const RING_FEEDS = {
    ltr: [
      {id: '1', title: 'Blue Heart: countries joining the campaign against human trafficking', url: 'https://news.example/1', date_published: '2026-11-20T10:00:00Z', authors: [{name: 'UNODC'}]},
      {id: '2', title: 'UK Modern Slavery & Exploitation Helpline: free, confidential support in many languages, every hour of every day', url: 'https://news.example/2'},
    ],
    rtl: [
      {id: '1', title: 'القلب الأزرق: دول تنضم إلى الحملة العالمية لمكافحة الاتجار بالبشر', url: 'https://news.example/1', date_published: '2026-11-20T10:00:00Z', authors: [{name: 'UNODC'}]},
      {id: '2', title: 'خط المساعدة لمكافحة العبودية الحديثة والاستغلال: دعم مجاني وسري بلغات كثيرة، في كل ساعة من كل يوم من أيام الأسبوع', url: 'https://news.example/2'},
    ],
  };
  for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
    it(`a focused link’s ring is not cut off by the viewport’s clip on any side (list and rotate, ${dir})`, async () => {
      const problems: string[] = [];
      for (const mode of ['list', 'rotate']) {
        // The smallest room left between a ring and each edge of the clip, over every link.
        const room = {start: Infinity, end: Infinity, top: Infinity, bottom: Infinity};
        const host = document.createElement('div');
        host.style.cssText = 'width: 312px; font-size: 16px';
        host.setAttribute('lang', lang);
        host.setAttribute('dir', dir);
        const el = document.createElement('signpost-news-ticker') as Ticker;
        el.setAttribute('lang', lang);
        el.setAttribute('dir', dir);
        el.setAttribute('mode', mode);
        el.setAttribute('paused', '');
        el.innerHTML = `<script type="application/json">${JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: '', items: RING_FEEDS[dir]})}</script>`;
        host.append(el);
        document.body.append(host);
        await el.updateComplete;
        for (let i = 0; i < RING_FEEDS[dir].length; i++) {
          const link = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].filter((n) => !n.hidden)[mode === 'list' ? i : 0].querySelector('a')!;
          link.focus();
          // The focus ring as drawn (3px outline + 2px offset today): how far it reaches past the link.
          const style = getComputedStyle(link);
          if (style.outlineStyle === 'none' || !parseFloat(style.outlineWidth)) problems.push(`${mode} ${i}: no focus ring`);
          const ring = ringBox(link);
          const clip = $(el, '[part="viewport"]').getBoundingClientRect();
          const left = ring.left - clip.left;
          const right = clip.right - ring.right;
          const gaps = {start: dir === 'ltr' ? left : right, end: dir === 'ltr' ? right : left, top: ring.top - clip.top, bottom: clip.bottom - ring.bottom};
          for (const [edge, gap] of Object.entries(gaps) as [keyof typeof room, number][]) {
            if (gap < -0.5) problems.push(`${mode} ${i}: the ring is cut off at the ${edge} by ${(-gap).toFixed(1)} px`);
            room[edge] = Math.min(room[edge], gap);
          }
          if (mode === 'rotate') {
            $<HTMLButtonElement>(el, '[part="next-button"]').click();
            await el.updateComplete;
          }
        }
        host.remove();
        // Else a clip at that edge would go unseen here.
        for (const [edge, gap] of Object.entries(room)) if (gap > 1.5) problems.push(`${mode}: no ring comes within ${gap.toFixed(1)} px of the ${edge} edge`);
      }
      expect(problems.join('; ')).to.equal('');
    });
  }

  it('rotate: going from story to story never changes the height (the page below does not jump)', async () => {
    const {el, host} = await mount(312, 'en');
    const heights: number[] = [];
    const shown: string[] = [];
    for (let i = 0; i < 3; i++) {
      heights.push(el.getBoundingClientRect().height);
      shown.push([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].find((n) => !n.hidden)!.querySelector('a')!.textContent!);
      $<HTMLButtonElement>(el, '[part="next-button"]').click();
      await el.updateComplete;
    }
    host.remove();
    expect(new Set(shown).size).to.equal(3);
    expect(heights[1]).to.equal(heights[0]);
    expect(heights[2]).to.equal(heights[0]);
  });

  it('rotate: the stories not shown are invisible to everyone (not focusable, not read)', async () => {
    const {el, host} = await mount(360, 'en');
    const others = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].filter((n) => n.hidden);
    expect(others.length).to.equal(2);
    for (const item of others) {
      const style = getComputedStyle(item);
      // Stacked in one cell, a story left visible would print over the shown one.
      expect(style.visibility === 'hidden' || style.display === 'none', 'hidden from view').to.equal(true);
      const link = item.querySelector('a')!;
      link.focus();
      expect(el.shadowRoot!.activeElement).to.not.equal(link);
    }
    host.remove();
  });

  // Old CMS pages lay out with tables, and many pages make body a grid or a centred flex column: there a
  // box may grow to its content's width, and a scrolling ticker's content is its whole strip, twice.
  const hosts: Record<string, (ticker: string) => string> = {
    'a grid item': (t) => `<div style="display: grid">${t}</div>`,
    'a table cell': (t) => `<table style="width: 100%"><tr><td>${t}</td></tr></table>`,
    'a centred flex column': (t) => `<div style="display: flex; flex-direction: column; align-items: center">${t}</div>`,
  };
  for (const [name, wrap] of Object.entries(hosts)) {
    it(`scroll, as ${name} in a 400 px column: as wide as the column at most, not as its strip (the page does not scroll sideways)`, async () => {
      const host = document.createElement('div');
      host.style.cssText = 'width: 400px; font-size: 16px';
      const stories = ['Blue Heart: countries joining the campaign against human trafficking', 'Hotline: how it works', 'UK helpline: 24/7 support in many languages'];
      host.innerHTML = wrap(`<signpost-news-ticker mode="scroll"><ul>${stories.map((s, i) => `<li><a href="https://news.example/${i}">${s}</a></li>`).join('')}</ul></signpost-news-ticker>`);
      document.body.append(host);
      const el = host.querySelector<Ticker>('signpost-news-ticker')!;
      await el.updateComplete;
      expect($(el, '.track').offsetWidth, 'the strip is wider than the column').to.be.above(800);
      // (Until 2026-12-07 it was 984 to 2,042 px wide, and so the table or grid, and the page.)
      // (A centred flex item is as wide as its content asks: its 12em share of stories and the pause button.)
      expect(el.getBoundingClientRect().width).to.be.within(name.includes('centred') ? 150 : 380, 400);
      expect(host.scrollWidth, 'nothing wider than the column').to.equal(400);
      host.remove();
    });
  }
});
