import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import '../../src/components/red-flag-quiz/define.js';
import '../../src/components/news-ticker/define.js';
import '../../src/components/campaign-banner/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import {captureWarnings, until} from '../helpers/util.js';
import {cleanUp, press, recordNavigation} from '../quick-exit/helpers.js';
import {answer, button, q, qa, settle, start, type Quiz} from '../quiz/helpers.js';

/** Several widgets, and several copies of one, on one partner page (a theme's and a plugin's). */
const settleAll = async (...els: Array<{updateComplete: Promise<unknown>}>) => {
  for (const el of els) await el.updateComplete;
};

describe('several widgets and several copies on one page', () => {
  afterEach(() => {
    cleanUp();
    press('Escape');
  });

  describe('quick exits', () => {
    it('two page quick exits with different hrefs: Shift ×3 leaves once; each button goes to its own; removing one keeps the other’s shortcut', async () => {
      const wrap = await fixture(html`<div>
        <signpost-quick-exit id="a" href="https://example.org/a"></signpost-quick-exit>
        <signpost-quick-exit id="b" href="https://example.org/b"></signpost-quick-exit>
      </div>`);
      const a = wrap.querySelector<SignpostQuickExit>('#a')!;
      const b = wrap.querySelector<SignpostQuickExit>('#b')!;
      await settleAll(a, b);
      const ca = recordNavigation(a);
      const cb = recordNavigation(b);
      press('Shift');
      press('Shift');
      press('Shift');
      expect([...ca, ...cb].map((c) => c.url)).to.deep.equal(['https://example.org/a']);
      cleanUp();
      b.shadowRoot!.querySelector<HTMLElement>('.exit')!.click();
      expect(cb.map((c) => c.url)).to.deep.equal(['https://example.org/b']);
      cleanUp();
      a.remove();
      await b.updateComplete;
      press('Shift');
      press('Shift');
      press('Shift');
      expect(cb.map((c) => c.url)).to.deep.equal(['https://example.org/b', 'https://example.org/b']);
    });

    it('typing with real keys in a form field beside two quick exits is no exit', async () => {
      const wrap = await fixture(html`<div><input id="field" /><signpost-quick-exit></signpost-quick-exit><signpost-hotline-card country="US" quick-exit></signpost-hotline-card></div>`);
      const el = wrap.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
      await el.updateComplete;
      const calls = recordNavigation(el);
      wrap.querySelector<HTMLInputElement>('#field')!.focus();
      await sendKeys({type: 'Anna SMITH, 12 High St. OK?'});
      expect(calls.length).to.equal(0);
    });
  });

  describe('other widgets side by side', () => {
    it('two quizzes: their radio groups (both name="answer") are separate', async () => {
      const wrap = await fixture(html`<div><signpost-red-flag-quiz seed="1"></signpost-red-flag-quiz><signpost-red-flag-quiz seed="1"></signpost-red-flag-quiz></div>`);
      const [x, y] = [...wrap.querySelectorAll<Quiz>('signpost-red-flag-quiz')];
      await settle(x);
      await settle(y);
      button(x, 'Start the quiz').click();
      button(y, 'Start the quiz').click();
      await settle(x);
      await settle(y);
      qa<HTMLLabelElement>(x, 'label.option')[0].click();
      qa<HTMLLabelElement>(y, 'label.option')[1].click();
      await settle(x);
      expect(qa<HTMLInputElement>(x, 'input')[0].checked).to.equal(true);
      expect(qa<HTMLInputElement>(y, 'input')[1].checked).to.equal(true);
    });

    it('two cards: a pick in one changes nothing in the other; the event’s target is the card picked in', async () => {
      const wrap = await fixture(html`<div><signpost-hotline-card id="h" country="US" country-picker></signpost-hotline-card><signpost-hotline-card id="f" country="GB" country-picker></signpost-hotline-card></div>`);
      const h = wrap.querySelector<SignpostHotlineCard>('#h')!;
      const f = wrap.querySelector<SignpostHotlineCard>('#f')!;
      await settleAll(h, f);
      const seen: string[] = [];
      const listen = (e: Event) => seen.push(`${(e.target as Element).id}:${(e as CustomEvent).detail.country}`);
      document.addEventListener('signpost-hotline-country-change', listen);
      try {
        const sel = h.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
        sel.value = 'DE';
        sel.dispatchEvent(new Event('change'));
        await until(() => seen.length > 0, 3000);
        await h.updateComplete;
      } finally {
        document.removeEventListener('signpost-hotline-country-change', listen);
      }
      expect([h.resolvedCountry, f.resolvedCountry]).to.deep.equal(['DE', 'GB']);
      expect(seen).to.deep.equal(['h:DE']);
    });

    it('the quiz’s result card: its contact event reaches the page with the quiz as target', async () => {
      const quiz = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" country="US"></signpost-red-flag-quiz>`);
      await settle(quiz);
      await start(quiz);
      await answer(quiz, 0);
      button(quiz, /Finish|See/).click();
      await settle(quiz);
      const card = q<SignpostHotlineCard>(quiz, 'signpost-hotline-card')!;
      await card.updateComplete;
      const got: string[] = [];
      document.addEventListener('signpost-hotline-contact', (e) => got.push((e.target as Element).tagName.toLowerCase()), {once: true});
      const call = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part=call-link]')!;
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      expect(got).to.deep.equal(['signpost-red-flag-quiz']);
    });

    it('two tickers: pausing one does not pause the other', async () => {
      const wrap = await fixture(html`<div>
        <signpost-news-ticker><a href="https://example.org/1">One</a><a href="https://example.org/2">Two</a></signpost-news-ticker>
        <signpost-news-ticker><a href="https://example.org/3">Three</a><a href="https://example.org/4">Four</a></signpost-news-ticker>
      </div>`);
      const [t1, t2] = [...wrap.querySelectorAll<SignpostNewsTicker>('signpost-news-ticker')];
      await settleAll(t1, t2);
      t1.shadowRoot!.querySelector<HTMLElement>('[part=pause-button]')!.click();
      await settleAll(t1, t2);
      expect([t1.paused, t2.paused]).to.deep.equal([true, false]);
    });

    it('a warning given once per text still names each different bad value', async () => {
      const warnings = await captureWarnings(async () => {
        const wrap = await fixture(html`<div><signpost-hotline-card country="ZZ"></signpost-hotline-card><signpost-hotline-card country="QQ"></signpost-hotline-card></div>`);
        for (const el of wrap.children) await (el as SignpostHotlineCard).updateComplete;
      });
      expect(warnings.filter((w) => /not in the hotline directory/.test(w)).length).to.equal(2);
    });
  });
});
