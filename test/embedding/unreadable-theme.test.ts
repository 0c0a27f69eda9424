import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/define.js';
import {$, contrast, drawnOn} from '../helpers/util.js';

/**
 * Theme values the browser cannot use, other than the accent (test/embedding/unreadable-accent.test.ts).
 * A custom property's fallback applies only when it is unset: a typo makes the declarations that read it
 * invalid, and they fall back to `unset`.
 */

describe('a quick exit text colour the browser cannot read', () => {
  // Until 2026-12-07 the words took the page's (or the bar's) text colour on the red fill: black on
  // #b3261e, 3.2:1, or a page's #111, 2.9:1. Now the fill goes with them, as with an unreadable fill.
  const pages = [
    ['a light page', 'background: #fff; color: #111'],
    ['a dark page', 'background: #111; color: #eee; color-scheme: dark'],
  ];
  for (const placement of ['inline', 'sticky']) {
    for (const [page, style] of pages) {
      it(`${placement}, on ${page}: the Exit button's words and border stay readable`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div style=${style}><signpost-quick-exit placement=${placement} style="--signpost-quick-exit-color: #fffff"></signpost-quick-exit></div>`);
        const exit = wrap.firstElementChild as LitElement;
        await exit.updateComplete;
        const button = $(exit, '[part~="button"]');
        const s = getComputedStyle(button);
        const on = drawnOn(button);
        expect(contrast(s.color, on), `the words (${s.color}) on ${on}`).to.be.at.least(4.5);
        expect(s.borderTopStyle, 'a border is drawn').to.not.equal('none');
        expect(contrast(s.borderTopColor, on), 'the border against what it is drawn on').to.be.at.least(3);
      });
    }
  }

  it('a readable text colour still sits on the fill', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><signpost-quick-exit style="--signpost-quick-exit-color: #ffd700"></signpost-quick-exit></div>`);
    const exit = wrap.firstElementChild as LitElement;
    await exit.updateComplete;
    const s = getComputedStyle($(exit, '[part~="button"]'));
    expect(contrast(s.color, '#ffd700'), 'the words are the colour set').to.be.closeTo(1, 0.01);
    expect(contrast(s.backgroundColor, '#b3261e'), 'the default red fill').to.be.closeTo(1, 0.01);
  });
});

// The offset is mended; the bar's background is a known limit (docs/quick-exit.md): what the reader sees
// today, so that a fix shows here and the docs follow.
describe('sticky quick exit offsets and bars the browser cannot use', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  async function scrolled(style: string): Promise<{top: number; bottom: number; background: string}> {
    const page = await fixture<HTMLElement>(html`<div><signpost-quick-exit placement="sticky" style=${style}></signpost-quick-exit><div style="height: 3000px">Long content</div></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    window.scrollTo(0, 1000);
    await frame();
    const box = exit.getBoundingClientRect();
    const seen = {top: Math.round(box.top), bottom: Math.round(box.bottom), background: getComputedStyle(exit).backgroundColor};
    window.scrollTo(0, 0);
    page.remove();
    return seen;
  }

  // Until 2026-12-07 the bar's top was then `auto`: it did not stick, and scrolled away with the page.
  it('--signpost-quick-exit-top without a unit (64): the bar still sticks, at the top of the window', async () => {
    expect((await scrolled('--signpost-quick-exit-top: 64px')).top, 'with the unit: 64 px down').to.equal(64);
    expect((await scrolled('--signpost-quick-exit-top: 64')).top, 'without: at the top, as with no offset').to.equal(0);
    expect((await scrolled('--signpost-quick-exit-top: auto')).top, 'auto: the same').to.equal(0);
  });

  it('--signpost-quick-exit-bar the browser cannot read: the bar has no background', async () => {
    expect((await scrolled('--signpost-quick-exit-bar: $bar')).background).to.equal('rgba(0, 0, 0, 0)');
  });
});
