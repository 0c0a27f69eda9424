import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';

const TAGS = ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-campaign-banner', 'signpost-news-ticker'];

describe('every widget, hidden by its partner', () => {
  it('the hidden attribute hides it, even where the page sets its display or unsets every style', async () => {
    const wrap = await fixture(html`<div>
      <style>
        .styled > * { display: block }
        .unset * { all: unset }
      </style>
      ${['plain', 'styled', 'unset'].map(
        (page) => html`<div class=${page}>
          <signpost-hotline-card country="US"></signpost-hotline-card>
          <signpost-quick-exit></signpost-quick-exit>
          <signpost-quick-exit placement="sticky"></signpost-quick-exit>
          <signpost-red-flag-quiz seed="h"></signpost-red-flag-quiz>
          <signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner>
          <signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">One</a></li></ul></signpost-news-ticker>
        </div>`,
      )}
    </div>`);
    const widgets = [...wrap.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>(TAGS.join())];
    await Promise.all(widgets.map((el) => el.updateComplete));
    const where = (el: Element) => `${el.parentElement!.className} ${el.localName}${el.getAttribute('placement') ? ' sticky' : ''}`;
    for (const el of widgets) expect(el.getBoundingClientRect().height, `${where(el)}: shown`).to.be.greaterThan(0);
    widgets.forEach((el) => (el.hidden = true));
    for (const el of widgets) {
      expect(getComputedStyle(el).display, `${where(el)}: hidden`).to.equal('none');
      expect(el.getBoundingClientRect().height, `${where(el)}: no box`).to.equal(0);
    }
    widgets.forEach((el) => (el.hidden = false));
    for (const el of widgets) expect(el.getBoundingClientRect().height, `${where(el)}: shown again`).to.be.greaterThan(0);
  });
});
