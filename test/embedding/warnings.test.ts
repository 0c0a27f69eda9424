// The console warnings as a partner debugging a page reads them (a review on 2026-12-07): each said once
// for one mistake, and none for what the docs call valid (a framework's unset value, a partner's own line).
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import '../../src/components/news-ticker/define.js';
import '../../src/components/campaign-banner/define.js';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import {captureWarnings} from '../helpers/util.js';
import {answer, button, settle, toResult, type Quiz} from '../quiz/helpers.js';

const oneQuestionBank = (prompt: string) => JSON.stringify({questions: [{id: 'a', topic: 'labour', prompt, options: ['Yes', 'No'], correct: 0, explanation: 'Because.', source: {name: 'S', url: 'https://example.org/'}}]});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves `el` to a new parent twice (as a framework re-keys or a CMS reorders blocks). */
async function moveTwice(el: HTMLElement & {updateComplete: Promise<unknown>}): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await el.updateComplete;
    await wait(50);
  }
}

describe('console warnings: once, and none for valid input', () => {
  it('quiz: "no quiz questions match topics" is said once, not again at Start and at each Try again', async () => {
    const warned = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz topics="myths" seed="t"><script type="application/json">${oneQuestionBank('Only labour?')}</script></signpost-red-flag-quiz>`);
      await toResult(el);
      button(el, 'Try again').click();
      await settle(el);
    });
    const same = warned.filter((w) => w.includes('no quiz questions match'));
    expect(same, same.join(' | ')).to.have.length(1);
  });

  it('quiz: a bad country is said once, not again at each result', async () => {
    const warned = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz country="XX" count="1" seed="t"></signpost-red-flag-quiz>`);
      await toResult(el);
      button(el, 'Try again').click();
      await settle(el);
      // The second result (Try again starts the quiz: one question, then the result).
      await answer(el, 0);
      button(el, 'See your result').click();
      await settle(el);
    });
    const same = warned.filter((w) => w.includes('country="XX"'));
    expect(same.length, warned.join(' | ')).to.equal(1);
  });

  it('quiz: a src that is not http(s) warns once, not again each time the element is moved in the page', async () => {
    const warned = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src="javascript:alert(1)"></signpost-red-flag-quiz>`);
      await settle(el);
      await moveTwice(el);
    });
    const same = warned.filter((w) => w.includes('is not an http(s) URL'));
    expect(same, same.join(' | ')).to.have.length(1);
  });

  it('ticker: a src that is not http(s) warns once (and fires one error), not again each time the element is moved', async () => {
    let errors = 0;
    const warned = await captureWarnings(async () => {
      const el = document.createElement('signpost-news-ticker') as HTMLElement & {updateComplete: Promise<unknown>};
      el.setAttribute('src', 'javascript:alert(1)');
      el.setAttribute('mode', 'list');
      el.addEventListener('signpost-ticker-error', () => errors++);
      document.body.append(el);
      await el.updateComplete;
      await moveTwice(el);
      el.remove();
    });
    const same = warned.filter((w) => w.includes('is not an http(s) URL'));
    expect(same, same.join(' | ')).to.have.length(1);
    expect(errors, 'signpost-ticker-error events').to.equal(1);
  });

  it('once: bad attributes warn at mount, and not again across moves, an unrelated attribute, a lang change and re-renders', async () => {
    let wrap!: HTMLElement;
    const atMount = await captureWarnings(async () => {
      wrap = await fixture<HTMLElement>(html`<div>
        <signpost-hotline-card country="XX" heading-level="9" line-name="Partner" line-phone="+44 20 7946 0000" line-hours="Mo-Fr 9-5"><script type="application/json">{"timezone": "Europe/London"}</script></signpost-hotline-card>
        <signpost-campaign-banner heading="H" variant="wide" from="2026-12-31" until="2026-01-01" remember-dismissal="forever" heading-level="1" cta-href="javascript:x" cta-label="Go" image="javascript:x" image-alt="x"></signpost-campaign-banner>
        <signpost-quick-exit href="#" placement="floating" safety-href="javascript:x"></signpost-quick-exit>
        <signpost-news-ticker mode="carousel" interval="1" refresh="5" date-style="short" timeout="8s" max-items="all"></signpost-news-ticker>
        <signpost-red-flag-quiz topics="cooking" count="0" heading-level="7" timeout="soon"></signpost-red-flag-quiz>
      </div>`);
      await Promise.all([...wrap.children].map((e) => (e as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
      await wait(50);
    });
    expect(atMount.length, 'warned at mount').to.be.greaterThan(15);
    const warned = await captureWarnings(async () => {
      const els = [...wrap.children] as Array<HTMLElement & {updateComplete: Promise<unknown>; requestUpdate: () => void}>;
      await Promise.all(els.map((e) => e.updateComplete));
      await wait(50);
      for (const el of els) {
        const other = document.createElement('section');
        document.body.append(other);
        other.append(el);
        el.setAttribute('data-x', '1');
        el.setAttribute('aria-label', 'x');
        el.requestUpdate();
        await el.updateComplete;
      }
      document.documentElement.lang = 'es';
      await wait(100);
      document.documentElement.lang = 'en';
      await wait(100);
    });
    // (The "no "es" text loaded" warning is the test page's: it loads no Spanish.)
    const again = warned.filter((w) => !w.includes('text loaded'));
    expect(again, again.join(' | ')).to.deep.equal([]);
  });

  it('a framework\'s unset value on an enum property (Vue sets \'\' for undefined, React 19 sets undefined or null) is the default, unwarned', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['signpost-campaign-banner', 'variant', '', 'inline'],
      ['signpost-quick-exit', 'placement', undefined, 'inline'],
      ['signpost-news-ticker', 'mode', null, 'rotate'],
      ['signpost-news-ticker', 'dateStyle', '', 'absolute'],
    ];
    for (const [tag, prop, value, expected] of cases) {
      const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>};
      if (tag == 'signpost-campaign-banner') el.setAttribute('heading', 'H');
      document.body.append(el);
      await el.updateComplete;
      const warned = await captureWarnings(async () => {
        (el as unknown as Record<string, unknown>)[prop] = value;
        await el.updateComplete;
      });
      expect(warned, `${tag}.${prop} = ${JSON.stringify(value)}`).to.deep.equal([]);
      expect(String((el as unknown as Record<string, unknown>)[prop])).to.equal(expected);
      el.remove();
    }
  });

  it('a partner line for a country the directory lacks (NZ, as docs/hotline-card.md shows) gives no warning of that country; a country alone does', async () => {
    const withLine = await captureWarnings(async () => {
      await fixture(html`<signpost-hotline-card country="NZ" line-name="Aotearoa Helpline" line-phone="+64 9 555 0100"></signpost-hotline-card>`);
    });
    const alone = await captureWarnings(async () => {
      await fixture(html`<signpost-hotline-card country="ZZ"></signpost-hotline-card>`);
    });
    expect([withLine, alone]).to.deep.equal([[], ['Signpost: country="ZZ" is not in the hotline directory; no country is assumed.']]);
  });
});
