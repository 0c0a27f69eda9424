import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import '../../src/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, recordNavigation} from '../quick-exit/helpers.js';
import {$, centre} from '../helpers/util.js';

// Shadow DOM stops a page's selectors, not inheritance: every inherited property a page sets on an
// ancestor of a widget reaches the widget's text unless the widget sets it. These are the ones whose
// inheritance a reader would notice (text out of its box or invisible, a way out that cannot be clicked).

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** Every widget (the quick exit sticky and inline, the ticker listing and rotating) in a 360 px column styled `style`. */
async function widgetsIn(style: string): Promise<{wrap: HTMLElement; widgets: Widget[]}> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px; ${style}">
    <signpost-quick-exit placement="sticky" explain></signpost-quick-exit>
    <signpost-quick-exit explain></signpost-quick-exit>
    <signpost-hotline-card country="US"></signpost-hotline-card>
    <signpost-red-flag-quiz seed="h"></signpost-red-flag-quiz>
    <signpost-campaign-banner campaign="learn-the-signs" dismissible cta-href="https://partner.example/" cta-label="Learn the signs"></signpost-campaign-banner>
    <signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">Volunteers trained to spot the signs of labour exploitation</a></li></ul></signpost-news-ticker>
    <signpost-news-ticker mode="rotate"><ul><li><a href="https://news.example/1">Volunteers trained to spot the signs of labour exploitation</a></li><li><a href="https://news.example/2">Two</a></li></ul></signpost-news-ticker>
  </div>`);
  const widgets = [...wrap.children] as Widget[];
  await Promise.all(widgets.map((el) => el.updateComplete));
  // Every explanation and disclosure open: the most text.
  for (const el of widgets) el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  await new Promise((r) => requestAnimationFrame(r));
  return {wrap, widgets};
}

const nameOf = (el: Element) => `${el.localName}${el.getAttribute('placement') == 'sticky' ? ' (sticky)' : ''}${el.getAttribute('mode') ? ` (${el.getAttribute('mode')})` : ''}`;

/** Each widget's height, and whether any of its text runs past its box (or past the ticker's clip, which hides it). */
function layout(widgets: Widget[]): {heights: number[]; overflow: string[]} {
  const overflow: string[] = [];
  for (const el of widgets) {
    const root = el.shadowRoot!;
    for (const box of [root.querySelector('[part~="base"]')!, ...root.querySelectorAll('.viewport')]) {
      if (box.scrollWidth > box.clientWidth + 1) overflow.push(`${nameOf(el)}: ${box.className} ${box.scrollWidth} px of text in ${box.clientWidth} px`);
    }
  }
  return {heights: widgets.map((el) => Math.round(el.getBoundingClientRect().height)), overflow};
}

describe("a page's inherited CSS", () => {
  afterEach(cleanUp);

  // A nav bar or header (Bootstrap's .text-nowrap, Tailwind's whitespace-nowrap) keeps its items on one
  // line; a CMS or app shows its rich text with its own line breaks (pre-line, pre-wrap), or in a <pre>.
  for (const whiteSpace of ['nowrap', 'pre-line', 'pre-wrap', 'pre']) {
    it(`white-space: ${whiteSpace} around the widgets: their text wraps in their box, and no blank lines appear`, async () => {
      const plain = await widgetsIn('');
      const expected = layout(plain.widgets).heights;
      plain.wrap.remove();
      const {widgets} = await widgetsIn(`white-space: ${whiteSpace}`);
      const {heights, overflow} = layout(widgets);
      expect(overflow.join('; '), 'text past its box').to.equal('');
      const taller = widgets.map((el, i) => (Math.abs(heights[i] - expected[i]) > 2 ? `${nameOf(el)}: ${heights[i]} px, not ${expected[i]} px` : '')).filter(Boolean);
      expect(taller.join('; '), 'heights as on a plain page').to.equal('');
    });
  }

  // "Gradient text" themes: background-clip: text with -webkit-text-fill-color: transparent on a section.
  // The fill colour is inherited, the clipped background is not: the widgets' text is drawn in nothing.
  it('-webkit-text-fill-color: transparent around the widgets: their text is still drawn in its colour', async () => {
    const {widgets} = await widgetsIn('-webkit-text-fill-color: transparent');
    const unseen: string[] = [];
    for (const el of widgets) {
      for (const part of ['button', 'heading', 'call-link', 'cta', 'base']) {
        const node = el.shadowRoot!.querySelector(`[part~="${part}"]`);
        if (!node) continue;
        const style = getComputedStyle(node);
        if (style.webkitTextFillColor !== style.color) unseen.push(`${nameOf(el)} ${part}: filled ${style.webkitTextFillColor}, its colour ${style.color}`);
      }
    }
    expect(unseen.join('; ')).to.equal('');
  });

  // Radix UI (and so shadcn/ui) sets pointer-events: none on the <body> while a modal dialog or menu is
  // open ("users will need to click twice on outside elements"; an alert dialog never lets a click out).
  // The sticky quick exit is drawn above any modal (z-index), and a focus trap that stops clicks does not
  // stop it: a page's pointer-events must not either.
  it('pointer-events: none on the body (a modal open): the quick exit still leaves at the first click', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit placement="sticky"></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const button = $(el, '[part="button"]');
    document.body.style.pointerEvents = 'none';
    try {
      const [x, y] = centre(button);
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      expect(hit === button || button.contains(hit), 'the button is under the pointer').to.equal(true);
      await sendMouse({type: 'click', position: [x, y]});
      expect(calls.map((c) => c.url)).to.deep.equal(['https://www.wikipedia.org/']);
    } finally {
      document.body.style.pointerEvents = '';
    }
  });
});
