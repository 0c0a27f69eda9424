import {expect} from '@open-wc/testing';
import {phoneFrame, readmeReserve as reserveOf, readmeSnippet, SHIPPED} from '../helpers/util.js';

// The heights partners reserve are the ones the README's snippets write (what they copy), and each
// widget fits them in every shipped language: otherwise the page shifts when the widget upgrades.
// (The card's and the banner's reserves are measured in their own folders, from the same documents.)

/**
 * Puts `markup` (one widget) alone in the frame's body, in `lang`, and waits until it has rendered in that
 * language: a widget that did not render would fit any reserve, and one whose language file did not load
 * would be measured in English.
 */
async function mountIn(doc: Document, markup: string, lang: string): Promise<HTMLElement> {
  doc.body.innerHTML = markup;
  const el = doc.body.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  el.lang = lang;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang'), `${el.localName}: rendered in ${lang}`).to.equal(lang);
  return el;
}

/**
 * Mounts `markup` (the snippet's element, without its fallback) on a screen `width` px wide (a frame of
 * its own, so that phone layouts apply), per language.
 */
async function heights(markup: string, width: number): Promise<Record<string, number>> {
  const frame = await phoneFrame(width);
  const out: Record<string, number> = {};
  try {
    for (const lang of SHIPPED) out[lang] = Math.round((await mountIn(frame.doc, markup, lang)).getBoundingClientRect().height);
  } finally {
    frame.remove();
  }
  return out;
}

/** The languages whose height is over `reserve` em (16 px), with their heights. */
const over = (measured: Record<string, number>, reserve: number) => Object.entries(measured).filter(([, h]) => h > reserve * 16).map(([lang, h]) => `${lang}: ${h} px (${(h / 16).toFixed(1)}em)`).join('; ');

describe('reserved sizes in the README snippets', () => {
  for (const width of [320, 360, 768]) {
    it(`the quiz's start screen fits the README's reserve at ${width} px, in every language`, async () => {
      const reserve = await reserveOf('red-flag-quiz', 'signpost-red-flag-quiz');
      expect(over(await heights('<signpost-red-flag-quiz topics="labour,myths" count="5"></signpost-red-flag-quiz>', width), reserve), `over ${reserve}em`).to.equal('');
    });

    it(`the sticky quick exit with its explanation fits the README's reserve at ${width} px, in every language`, async () => {
      const reserve = await reserveOf('quick-exit', 'signpost-quick-exit');
      expect(over(await heights('<signpost-quick-exit placement="sticky" href="https://www.wikipedia.org/" explain></signpost-quick-exit>', width), reserve), `over ${reserve}em`).to.equal('');
    });
  }

  it('the docs state the same reserves as the README', async () => {
    const docs = async (name: string) => (await fetch(`/docs/${name}.md`)).text();
    expect(await docs('red-flag-quiz')).to.contain(`min-height: ${await reserveOf('red-flag-quiz', 'signpost-red-flag-quiz')}em`);
    expect(await docs('hotline-card')).to.contain(`min-height: ${await reserveOf('hotline-card', 'signpost-hotline-card')}em`);
    expect(await docs('news-ticker')).to.contain(`min-height: ${await reserveOf('news-ticker', 'signpost-news-ticker')}em`);
    // The banner's README rule is the inline variant's phone reserve in docs/campaign-banner.md's table.
    expect(await docs('campaign-banner')).to.contain(`| \`inline\` | ${await reserveOf('campaign-banner', 'signpost-campaign-banner')}em |`);
    // And the demo page reserves what the README says (it is the page the smoke test measures).
    const demo = await (await fetch('/demo/demo.css')).text();
    for (const [snippet, tag] of [['hotline-card', 'signpost-hotline-card'], ['red-flag-quiz', 'signpost-red-flag-quiz'], ['news-ticker', 'signpost-news-ticker'], ['quick-exit', 'signpost-quick-exit']]) {
      expect(new RegExp(`\\n${tag} \\{[^}]*min-height: ${await reserveOf(snippet, tag)}em`).test(demo), `demo.css reserves the README's height for ${tag}`).to.equal(true);
    }
    // The ticker's reserve for wide columns: the docs' figure, in the README's words and the demo's rule.
    const wide = /in\s+columns of 640 px or more, ([\d.]+)em is enough/.exec(await docs('news-ticker'))![1];
    const readme = await (await fetch('/README.md')).text();
    expect(new RegExp(`in\\s+columns of 640 px or more ${wide}em`).test(readme), `the README says ${wide}em for wide columns`).to.equal(true);
    expect(new RegExp(`@media \\(min-width: 48em\\) \\{\\s*signpost-news-ticker \\{\\s*min-height: ${wide}em`).test(demo), `demo.css reserves ${wide}em for wide columns`).to.equal(true);
  });
});

describe('reserved sizes on a page with small text', () => {
  // The widgets' text never goes below 14 px, so a reserve written in em of a page whose text is
  // smaller (a 12 px sidebar, html { font-size: 62.5% }) would be short, and the page would shift,
  // unless the host's own size has the same floor. The README's snippets, in English and in the
  // language whose words run longest here (ru), at 360 px.
  const CASES: [string, string, string][] = [
    ['hotline-card', 'signpost-hotline-card', '<signpost-hotline-card country="US"></signpost-hotline-card>'],
    ['red-flag-quiz', 'signpost-red-flag-quiz', '<signpost-red-flag-quiz topics="labour,myths" count="5"></signpost-red-flag-quiz>'],
    ['quick-exit', 'signpost-quick-exit', '<signpost-quick-exit placement="sticky" href="https://www.wikipedia.org/" explain></signpost-quick-exit>'],
    ['campaign-banner', 'signpost-campaign-banner', '<signpost-campaign-banner campaign="world-day" cta-href="/learn-the-signs" cta-label="Learn the signs" dismissible from="2000-01-01"></signpost-campaign-banner>'],
    ['news-ticker', 'signpost-news-ticker', '<signpost-news-ticker label="Campaign news"><ul><li><a href="https://partner.example/news/1">Volunteers trained to spot the signs</a> <time datetime="2026-11-25">25 Nov 2026</time></li></ul></signpost-news-ticker>'],
  ];
  for (const [snippet, tag, markup] of CASES) {
    it(`${tag}: the README's reserve holds it on a page whose text is 12 px`, async () => {
      const reserve = await reserveOf(snippet, tag);
      const frame = await phoneFrame(360);
      const short: string[] = [];
      try {
        frame.doc.body.style.fontSize = '12px';
        for (const lang of ['en', 'ru']) {
          const el = await mountIn(frame.doc, markup, lang);
          // The snippet's rule, as the partner's stylesheet applies it.
          el.style.cssText = `display: flow-root; min-height: ${reserve}em`;
          const kept = parseFloat(frame.win.getComputedStyle(el).minHeight);
          const {height} = el.getBoundingClientRect();
          if (height > kept + 0.5) short.push(`${lang}: ${Math.round(height)} px in a reserve of ${Math.round(kept)} px`);
        }
      } finally {
        frame.remove();
      }
      expect(short.join('; '), `${reserve}em`).to.equal('');
    });
  }
});

describe("the sticky quick exit's reserve", () => {
  // The reserve stays on the bar after it renders (a min-height), and the bar paints its whole box: a
  // reserve much taller than the bar is an empty strip always on screen. The README's rules (a phone's
  // two rows, one row wider than 40em) against the bar alone, on pages of small, usual and large text.
  for (const width of [360, 1024]) {
    it(`at ${width} px, the README's rules hold the bar with no empty strip under it (12, 16 and 20 px text)`, async () => {
      const rules = /<style>([\s\S]*?)<\/style>/.exec(await readmeSnippet('quick-exit'))![1];
      const frame = await phoneFrame(width);
      const problems: string[] = [];
      try {
        frame.doc.head.insertAdjacentHTML('beforeend', `<style>${rules}</style>`);
        for (const px of [12, 16, 20]) {
          frame.doc.body.style.fontSize = `${px}px`;
          const el = await mountIn(frame.doc, '<signpost-quick-exit placement="sticky" href="https://www.wikipedia.org/" explain></signpost-quick-exit>', 'en');
          // The rules' reserve (the element's min-height, in px), and the bar's own height.
          const reserved = parseFloat(frame.win.getComputedStyle(el).minHeight);
          el.style.minHeight = '0';
          const bar = el.getBoundingClientRect().height;
          const em = parseFloat(frame.win.getComputedStyle(el).fontSize);
          if (bar > reserved + 0.5) problems.push(`${px} px text: the bar (${Math.round(bar)} px) outgrows the reserve (${Math.round(reserved)} px)`);
          else if (reserved - bar > 0.75 * em) problems.push(`${px} px text: ${Math.round(reserved - bar)} px of empty strip under the bar`);
        }
      } finally {
        frame.remove();
      }
      expect(problems.join('; ')).to.equal('');
    });
  }
});
