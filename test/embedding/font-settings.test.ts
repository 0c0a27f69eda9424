import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {phoneFrame, readmeReserve} from '../helpers/util.js';

// A low-vision reader who sets a larger default font size rather than zooming: Chrome's Settings →
// Appearance → Font size "Very large" (24 px), Firefox's default size (20–32 px). In Chromium that
// setting itself is applied (the wtr command `font-sizes`: CDP's Page.setFontSizes, which media
// queries' em follow too). Firefox's and WebKit's default size cannot be set while their tests run (a
// launch preference), so there it is EMULATED with `:root { font-size: 150% }` on the page: the same
// text and em, but media queries keep 16 px em (the widths below are all narrower than the quick
// exit's 40em either way). A minimum font size (and Firefox's "Zoom text only") cannot be applied or
// emulated here: docs/embedding.md, "Readers' font settings", has what it does.

const CHROMIUM = /Chrome\//.test(navigator.userAgent);
const TEXT = 24;

/** A frame `width` px wide at the reader's text size (real in Chromium, emulated elsewhere), every widget and language defined. */
async function readerFrame(width: number, height = 700) {
  const frame = await phoneFrame(width, {height, style: `body { margin: 0 } ${CHROMIUM ? '' : ':root { font-size: 150% }'}`});
  expect(frame.win.getComputedStyle(frame.doc.documentElement).fontSize, 'the reader’s text size').to.equal(`${TEXT}px`);
  return frame;
}

type Widget = HTMLElement & {updateComplete: Promise<unknown>};
const settle = () => new Promise((r) => setTimeout(r, 60));

async function mount(doc: Document, markup: string, lang: string): Promise<Widget> {
  doc.body.innerHTML = markup;
  const el = doc.body.firstElementChild as Widget;
  el.lang = lang;
  await el.updateComplete;
  await settle();
  expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang'), `${el.localName} rendered in ${lang}`).to.equal(lang);
  return el;
}

/** Every element of a widget, through the shadow roots inside it (the card's quick exit, the quiz's card). */
function inside(root: ShadowRoot, out: Element[] = []): Element[] {
  for (const e of root.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) inside(e.shadowRoot, out);
  }
  return out;
}

const label = (e: Element) => `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;

/**
 * What a reader would see go wrong: the page scrolling sideways, a box running past the widget's side,
 * text cut by a box that hides its overflow, or a focus ring (3 px, 2 px out) cut by a clipping ancestor.
 * The ticker's moving strip runs past its window by design, and is left out.
 */
function faults(win: Window, el: Widget): string[] {
  const out: string[] = [];
  const page = win.document.documentElement;
  if (page.scrollWidth > win.innerWidth + 1) out.push(`the page scrolls sideways (${page.scrollWidth} px in ${win.innerWidth})`);
  const host = el.getBoundingClientRect();
  for (const e of inside(el.shadowRoot!)) {
    if (e.closest('.track, .visually-hidden, [hidden]')) continue;
    const style = win.getComputedStyle(e);
    const box = e.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || !(box.width || box.height)) continue;
    if (box.left < host.left - 1 || box.right > host.right + 1) out.push(`${label(e)} runs past the widget's side (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(host.left)}–${Math.round(host.right)})`);
    if (/hidden|clip/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1) out.push(`${label(e)} cuts its text (${e.scrollHeight} px in ${e.clientHeight})`);
    if (/hidden|clip/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1 && !e.classList.contains('viewport')) out.push(`${label(e)} cuts its text sideways (${e.scrollWidth} px in ${e.clientWidth})`);
    if (/^(a|button|summary|select)$/.test(e.localName)) {
      for (let up: Element | null = e; up; ) {
        up = up.parentElement ?? ((up.parentNode as ShadowRoot | null)?.host ?? null);
        if (!up || up === page || up === win.document.body) break;
        if (win.getComputedStyle(up).overflowY === 'visible') continue;
        const clip = up.getBoundingClientRect();
        if (box.left - 5 < clip.left - 0.5 || box.right + 5 > clip.right + 0.5 || box.top - 5 < clip.top - 0.5 || box.bottom + 5 > clip.bottom + 0.5) out.push(`${label(e)}'s focus ring is cut by ${label(up)}`);
      }
    }
  }
  return out;
}

/** The widget's height over a reserve of `em` (the partner's min-height), in px, or 0 when it holds. */
function overReserve(win: Window, el: Widget, em: number): number {
  el.style.minHeight = `${em}em`;
  const reserved = parseFloat(win.getComputedStyle(el).minHeight);
  el.style.minHeight = '0';
  const over = el.getBoundingClientRect().height - reserved;
  el.style.minHeight = '';
  return over > 0.5 ? Math.round(over) : 0;
}

const SNIPPET_CSS = 'display: flow-root; font-size: max(1em, 14px)';
const CARDS = ['', ' quick-exit', ' country-picker', ' quick-exit country-picker'].map((o) => `<signpost-hotline-card country="US"${o} style="${SNIPPET_CSS}"></signpost-hotline-card>`);
const STORIES = '<ul><li><a href="https://partner.example/news/1">Volunteers trained to spot the signs of forced labour on farms</a> <time datetime="2026-11-25">25 Nov 2026</time></li><li><a href="https://partner.example/news/2">Hotline reports rise after the campaign</a> <time datetime="2026-11-20">20 Nov 2026</time></li></ul>';

describe("readers' font settings: a default text size of 24 px", function () {
  this.timeout(60000);
  before(async () => {
    if (CHROMIUM) await executeServerCommand('font-sizes', {standard: TEXT, fixed: 20});
  });
  after(async () => {
    if (CHROMIUM) await executeServerCommand('font-sizes', {standard: 16, fixed: 13});
  });

  it('in a 320 px column, every widget in every state fits: no sideways scrolling, no text cut, no focus ring cut (en, ru)', async () => {
    const frame = await readerFrame(320);
    const found: string[] = [];
    const check = (what: string, el: Widget) => found.push(...faults(frame.win, el).map((f) => `${what}: ${f}`));
    const openAll = async (el: Widget) => {
      for (const d of inside(el.shadowRoot!)) if (d instanceof frame.win.HTMLDetailsElement) d.open = true;
      await settle();
    };
    try {
      for (const lang of ['en', 'ru']) {
        for (const markup of CARDS) {
          const card = await mount(frame.doc, markup, lang);
          await openAll(card);
          check(`${lang} ${markup.slice(0, 60)}`, card);
        }
        for (const placement of ['inline', 'sticky']) {
          const exit = await mount(frame.doc, `<signpost-quick-exit placement="${placement}" explain style="${SNIPPET_CSS}"></signpost-quick-exit><div style="height: 3000px"></div>`, lang);
          await openAll(exit);
          check(`${lang} ${placement} quick exit, its explanation open`, exit);
          // The sticky bar never takes more than half the viewport: the explanation scrolls inside it.
          if (placement === 'sticky' && exit.getBoundingClientRect().height > frame.win.innerHeight / 2 + 0.5) found.push(`${lang}: the sticky bar is ${Math.round(exit.getBoundingClientRect().height)} px of a ${frame.win.innerHeight} px viewport`);
        }
        const quiz = await mount(frame.doc, `<signpost-red-flag-quiz topics="labour,myths" count="1" style="${SNIPPET_CSS}"></signpost-red-flag-quiz>`, lang);
        const press = async () => {
          ([...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')].pop())!.click();
          await quiz.updateComplete;
          await settle();
        };
        check(`${lang} quiz intro`, quiz);
        await press();
        check(`${lang} quiz question`, quiz);
        quiz.shadowRoot!.querySelector<HTMLElement>('label.option')!.click();
        await press();
        check(`${lang} quiz explanation`, quiz);
        await press();
        await (quiz.shadowRoot!.querySelector('signpost-hotline-card') as Widget | null)?.updateComplete;
        expect(quiz.shadowRoot!.querySelector('signpost-hotline-card'), 'the quiz reached its result').to.not.equal(null);
        check(`${lang} quiz result`, quiz);
        for (const variant of ['inline', 'bar', 'card']) {
          const banner = await mount(frame.doc, `<signpost-campaign-banner variant="${variant}" campaign="world-day" cta-href="/learn-the-signs" cta-label="Learn the signs" dismissible from="2000-01-01" style="${SNIPPET_CSS}"></signpost-campaign-banner>`, lang);
          check(`${lang} ${variant} banner`, banner);
        }
        for (const mode of ['rotate', 'scroll', 'list']) {
          const ticker = await mount(frame.doc, `<signpost-news-ticker mode="${mode}" label="Campaign news" style="${SNIPPET_CSS}">${STORIES}</signpost-news-ticker>`, lang);
          check(`${lang} ${mode} ticker`, ticker);
          if (mode !== 'scroll') continue;
          // The scrolling line is whole in its window, moving and paused.
          for (const state of ['scrolling', 'paused']) {
            if (state === 'paused') {
              ticker.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
              await ticker.updateComplete;
              await settle();
              expect(ticker.shadowRoot!.querySelector('.track.paused'), 'the ticker paused').to.not.equal(null);
            }
            const view = ticker.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
            for (const story of ticker.shadowRoot!.querySelectorAll('.track .item')) {
              const line = story.getBoundingClientRect();
              if (line.top < view.top - 0.5 || line.bottom > view.bottom + 0.5) found.push(`${lang} ${state} ticker: a story's line (${Math.round(line.top)}–${Math.round(line.bottom)}) is cut by its window (${Math.round(view.top)}–${Math.round(view.bottom)})`);
            }
          }
        }
      }
    } finally {
      frame.remove();
    }
    expect(found.join('\n')).to.equal('');
  });

  // The README's reserves hold in a column as narrow as 20em: 320 px at 16 px text, 480 px at 24 px.
  // (In a narrower column, in em, they may not: docs/embedding.md, "Readers' font settings".)
  it("the README's reserves hold in a column of 20em (480 px at 24 px text), in English and Russian", async () => {
    const frame = await readerFrame(20 * TEXT);
    const short: string[] = [];
    try {
      const card = await readmeReserve('hotline-card', 'signpost-hotline-card');
      const added = /`quick-exit` \+([\d.]+)em and `country-picker` \+([\d.]+)em/.exec(await (await fetch('/docs/hotline-card.md')).text())!.slice(1).map(Number);
      const cases: [string, number][] = [
        [CARDS[0], card],
        [CARDS[1], card + added[0]],
        [CARDS[2], card + added[1]],
        [CARDS[3], card + added[0] + added[1]],
        [`<signpost-red-flag-quiz topics="labour,myths" count="5" style="${SNIPPET_CSS}"></signpost-red-flag-quiz>`, await readmeReserve('red-flag-quiz', 'signpost-red-flag-quiz')],
        [`<signpost-quick-exit placement="sticky" explain style="${SNIPPET_CSS}"></signpost-quick-exit>`, await readmeReserve('quick-exit', 'signpost-quick-exit')],
        [`<signpost-campaign-banner campaign="world-day" cta-href="/learn-the-signs" cta-label="Learn the signs" dismissible from="2000-01-01" style="${SNIPPET_CSS}"></signpost-campaign-banner>`, await readmeReserve('campaign-banner', 'signpost-campaign-banner')],
        [`<signpost-news-ticker label="Campaign news" style="${SNIPPET_CSS}">${STORIES}</signpost-news-ticker>`, await readmeReserve('news-ticker', 'signpost-news-ticker')],
      ];
      for (const lang of ['en', 'ru']) {
        for (const [markup, em] of cases) {
          const over = overReserve(frame.win, await mount(frame.doc, markup, lang), em);
          if (over) short.push(`${lang} ${markup.slice(0, 60)}: ${over} px over ${em}em`);
        }
      }
    } finally {
      frame.remove();
    }
    expect(short.join('\n')).to.equal('');
  });
  // The sticky bar on a phone, its explanation open and scrolled inside (taller than half the window): the
  // button's strip is held at its top, and a link of the explanation that Shift+Tab brings back into view
  // must land below that strip. In Russian at 24 px text the button's words take two lines, a strip taller
  // than the bar's scroll padding allows for (3.2em + 24px: one line); the browsers bring a focused element
  // to the middle of what the padding leaves, which is below the strip here (checked 2026-12-07).
  it('a phone (320 by 480), the sticky bar open and scrolled, in Russian: a link of the explanation focused comes back below the two-line button, its ring whole', async () => {
    const frame = await readerFrame(320, 480);
    try {
      const exit = await mount(frame.doc, `<signpost-quick-exit placement="sticky" explain safety-href="/safety"><div slot="explanation" lang="ru"><p>Эта кнопка сразу открывает другой сайт.</p><p><a href="/help">Где получить помощь</a></p><p>Она не стирает историю браузера и не защищает от программ слежения. Если кто-то может проверять ваше устройство, пользуйтесь им осторожно.</p></div></signpost-quick-exit><div style="height: 3000px">Page</div>`, 'ru');
      const frames = () => new Promise((r) => frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(r)));
      exit.shadowRoot!.querySelector('details')!.open = true;
      await frames();
      const button = exit.shadowRoot!.querySelector('[part="button"]')!;
      expect(Math.round(button.getBoundingClientRect().height / parseFloat(frame.win.getComputedStyle(button).lineHeight)), "the button's lines (what this case tests)").to.be.at.least(2);
      expect(exit.scrollHeight > exit.clientHeight, 'the open bar scrolls inside').to.equal(true);
      exit.scrollTop = exit.scrollHeight;
      await frames();
      const link = exit.querySelector('a')!;
      link.focus();
      await new Promise((r) => setTimeout(r, 100));
      expect(exit.scrollTop, 'the bar scrolled back to the link').to.be.above(0);
      const box = link.getBoundingClientRect();
      const held = exit.shadowRoot!.querySelector('.actions')!.getBoundingClientRect();
      // Its ring: 3 px, 2 px out.
      expect(Math.round(box.top - 5 - held.bottom), `the link's ring top (${(box.top - 5).toFixed(1)}) below the button's strip (to ${held.bottom.toFixed(1)}): px between`).to.be.at.least(0);
      expect(box.bottom + 5 <= exit.getBoundingClientRect().bottom + 0.5, 'and inside the bar').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
