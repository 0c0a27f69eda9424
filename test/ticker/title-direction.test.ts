import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/news-ticker/define.js';
import '../../src/i18n/locales/ar.js';
import type {SignpostNewsTicker} from '../../src/components/news-ticker/news-ticker.js';
import {$} from '../helpers/util.js';

/** Left edge of the glyph at `index` of the first text node of `el`, as drawn. */
function leftOf(el: Element, index: number): number {
  const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect().left;
}

async function drawn(title: string) {
  const el = await fixture(html`<div lang="ar" dir="rtl"><signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">${title}</a></li></ul></signpost-news-ticker></div>`);
  const ticker = el.querySelector<SignpostNewsTicker>('signpost-news-ticker')!;
  await ticker.updateComplete;
  const a = $(ticker, '[part="item"] a');
  const at = (s: string) => leftOf(a, title.indexOf(s));
  return {a, at};
}

describe('ticker: a story title’s direction (docs/news-ticker.md, Display)', () => {
  it('an English headline in an Arabic ticker keeps its full stop at its end, on the right', async () => {
    const {at} = await drawn('Helpline (UK) opens a new line.');
    expect(at('.') > at('Helpline')).to.equal(true);
  });

  it('an Arabic headline that starts with a Latin name is laid out right to left: the name rightmost, the full stop leftmost', async () => {
    // dir=auto took the first letter's direction: "ILO" was drawn leftmost and the full stop at the far right.
    const title = 'ILO: 28 مليون شخص في العمل الجبري.';
    const {a, at} = await drawn(title);
    expect(a.getAttribute('lang')).to.equal('ar');
    expect(at('ILO') > at('م')).to.equal(true);
    expect(leftOf(a, title.length - 1) < at('م')).to.equal(true);
  });
});
