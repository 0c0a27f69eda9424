import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {$, asPrinted, contrast} from '../helpers/util.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * What paper shows: the widgets' print rules in force (asPrinted: every engine here, none of whose
 * drivers prints), on white paper, as browsers print by default, without backgrounds ("Background
 * graphics" off): a fill is left out, so a filled button's white label printed pale grey (Chromium
 * darkens it only to about 2.1:1), and a dark page's light text printed faint (2.8:1).
 */
describe('printed (white paper, backgrounds left out)', () => {
  for (const scheme of ['light', 'dark']) {
    it(`on a ${scheme} page: the hotline number, the quiz's and the banner's buttons and every widget's text print dark on white; the banner's close button, the card's picker and Copy do not print`, async () => {
      const page = await fixture(html`<div style="color-scheme: ${scheme}; background: ${scheme == 'dark' ? '#121212' : '#fff'}">
        <signpost-hotline-card country="US" country-picker></signpost-hotline-card>
        <signpost-red-flag-quiz></signpost-red-flag-quiz>
        <signpost-campaign-banner heading="Know the signs" message="Report what you see." cta-href="/x" cta-label="Learn the signs" dismissible></signpost-campaign-banner>
        <signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">First story</a></li></ul></signpost-news-ticker>
      </div>`);
      const widgets = [...page.children] as Widget[];
      await Promise.all(widgets.map((w) => w.updateComplete));
      const [card, quiz, banner, ticker] = widgets;
      const problems: string[] = [];
      // Each label or text as printed: its own colour on white, with no fill of its own behind it.
      const check = async (widget: Widget, selector: string, what: string) => {
        const el = $(widget, selector);
        await asPrinted(widget.shadowRoot!, () => {
          const style = getComputedStyle(el);
          if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') problems.push(`${what}: a fill (${style.backgroundColor}), which paper leaves out`);
          const ratio = contrast(style.color, '#fff');
          if (ratio < 4.5) problems.push(`${what}: ${style.color} on white, ${ratio.toFixed(2)}:1`);
        });
      };
      await check(card, '.button.primary', 'the card’s Call button');
      await check(card, '[part="heading"]', 'the card’s heading');
      await check(quiz, '.button.primary', 'the quiz’s Start button');
      await check(banner, '[part="cta"]', 'the banner’s call to action');
      await check(banner, '[part="message"]', 'the banner’s message');
      await check(ticker, '[part="item"]', 'the ticker’s story');
      await asPrinted(banner.shadowRoot!, () => {
        if (getComputedStyle($(banner, '[part="close-button"]')).display !== 'none') problems.push('the banner’s close button prints');
      });
      // Nothing to pick or copy on paper.
      await asPrinted(card.shadowRoot!, () => {
        // (Copy shows only where the page may write to the clipboard.)
        for (const part of navigator.clipboard ? ['picker', 'copy-button'] : ['picker']) {
          const el = card.shadowRoot!.querySelector(`[part="${part}"]`);
          if (!el) problems.push(`the card has no ${part} to check`);
          else if (getComputedStyle(el).display !== 'none') problems.push(`the card’s ${part} prints`);
        }
      });
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('a printed ticker', () => {
  const story = (n: number) => `<li><a href="https://news.example/${n}">Story ${n}: a regional court convicts two people of forced labour on farms after a two-year inquiry</a></li>`;
  for (const mode of ['rotate', 'scroll', 'list']) {
    it(`in ${mode} mode prints every story once, whole, one under another, and no buttons`, async () => {
      const box = await fixture(`<div style="inline-size: 420px"><signpost-news-ticker mode="${mode}"><ul>${[1, 2, 3].map(story).join('')}</ul></signpost-news-ticker></div>`);
      const ticker = box.firstElementChild as Widget;
      await ticker.updateComplete;
      const root = ticker.shadowRoot!;
      const problems = await asPrinted(root, () => {
        const found: string[] = [];
        for (const button of root.querySelectorAll('button')) if (button.getClientRects().length) found.push(`${button.getAttribute('part')} prints`);
        const viewport = root.querySelector('.viewport')!.getBoundingClientRect();
        // Printed: drawn, visible, and inside the viewport's clip (which is the ticker's own box).
        const printed = [...root.querySelectorAll<HTMLElement>('[part="item"]')].filter((item) => item.getClientRects().length && getComputedStyle(item).visibility === 'visible');
        const titles = printed.map((item) => item.querySelector('a')!.textContent!.slice(0, 7));
        if (titles.join() !== 'Story 1,Story 2,Story 3') found.push(`prints ${titles.join(', ') || 'no story'}`);
        printed.forEach((item, i) => {
          const r = item.getBoundingClientRect();
          if (r.left < viewport.left - 1 || r.right > viewport.right + 1 || r.top < viewport.top - 1 || r.bottom > viewport.bottom + 1) found.push(`story ${i + 1} is cut by the ticker's edge`);
          if (i && r.top < printed[i - 1].getBoundingClientRect().bottom - 1) found.push(`story ${i + 1} is not under story ${i}`);
        });
        return found;
      });
      expect(problems).to.deep.equal([]);
    });
  }
});
