import {expect} from '@open-wc/testing';
import '../../src/components/news-ticker/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
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
  // The reserves documented in docs/news-ticker.md: 10em from 360 px; 13em in narrower columns
  // (312 px: a 360 px phone with the page's margins), where longer labels wrap to a third row.
  for (const [width, reserve] of [[312, 13], [360, 10], [768, 10]]) {
    it(`rotate at ${width} px: nothing is cut off, and it fits the documented ${reserve}em reserve (en, es, ar)`, async () => {
      const problems: string[] = [];
      for (const lang of ['en', 'es', 'ar']) {
        const {el, host} = await mount(width, lang);
        const box = el.getBoundingClientRect();
        if (box.height > reserve * 16) problems.push(`${lang}: ${Math.round(box.height)} px tall, over ${reserve}em`);
        const viewport = $(el, '[part="viewport"]');
        if (viewport.scrollWidth > viewport.clientWidth + 1) problems.push(`${lang}: the story is cut off (${viewport.scrollWidth} > ${viewport.clientWidth})`);
        if (viewport.clientWidth < 150) problems.push(`${lang}: the story is squeezed into ${viewport.clientWidth} px`);
        for (const part of ['pause-button', 'previous-button', 'next-button']) {
          if (!inside($(el, `[part="${part}"]`).getBoundingClientRect(), box)) problems.push(`${lang}: ${part} sticks out`);
        }
        host.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('a focused link’s ring is not cut off by the viewport’s clip (list and rotate)', async () => {
    for (const mode of ['list', 'rotate']) {
      const el = document.createElement('signpost-news-ticker') as Ticker;
      el.setAttribute('mode', mode);
      el.setAttribute('paused', '');
      el.innerHTML = `<script type="application/json">${FEED}</script>`;
      document.body.append(el);
      await el.updateComplete;
      const link = $(el, '[part="item"] a');
      link.focus();
      const ring = link.getBoundingClientRect();
      const clip = $(el, '[part="viewport"]').getBoundingClientRect();
      // 3px outline + 2px offset on every side.
      expect(ring.left - 5, `${mode} start`).to.be.at.least(clip.left - 0.5);
      expect(ring.top - 5, `${mode} top`).to.be.at.least(clip.top - 0.5);
      el.remove();
    }
  });

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
});
