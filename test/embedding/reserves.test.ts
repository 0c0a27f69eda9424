import {expect} from '@open-wc/testing';
import {phoneFrame, readmeReserve as reserveOf, SHIPPED} from '../helpers/util.js';

// The heights partners reserve are the ones the README's snippets write (what they copy), and each
// widget fits them in every shipped language: otherwise the page shifts when the widget upgrades.
// (The card's and the banner's reserves are measured in their own folders, from the same documents.)

/**
 * Mounts `markup` (the snippet's element, without its fallback) on a screen `width` px wide (a frame of
 * its own, so that phone layouts apply), per language.
 */
async function heights(markup: string, width: number): Promise<Record<string, number>> {
  const frame = await phoneFrame(width);
  const host = frame.doc.body;
  const out: Record<string, number> = {};
  try {
    for (const lang of SHIPPED) {
      host.innerHTML = markup;
      const el = host.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
      el.lang = lang;
      await el.updateComplete;
      const {height} = el.getBoundingClientRect();
      // A widget that did not render would fit any reserve: that is a failure too.
      // Rendered, and in that language: a language whose file did not load would be measured in English.
      expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang'), `${lang}: rendered in ${lang}`).to.equal(lang);
      out[lang] = Math.round(height);
    }
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
