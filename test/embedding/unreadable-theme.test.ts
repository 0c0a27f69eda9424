import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/define.js';
import {$, contrast, drawnOn, rgbOf} from '../helpers/util.js';

/**
 * A partner's accent the browser cannot read as a colour (a typo such as `#0b57a`, a Sass variable left
 * in: `$brand`) is not replaced by the default, as with any custom property: the filled buttons lose
 * their fill. Their words must not stay white on the white card (until 2026-12-07 they did: the call
 * button, the quiz's buttons and the banner's call to action unseen). They take the text's colour, on
 * the surface, inside the button's border, which takes it too (until 2026-12-07 the border was not drawn
 * at all: the `border` shorthand that named the accent was lost with it, so the call button was bare
 * words). The same holds for the quick exit's own `--signpost-quick-exit-background`: its words and
 * border take the page's text colour. So for the other theme values below: a custom property's fallback
 * applies only when it is unset, so a typo makes the declarations that read it invalid, and they fall
 * back to `unset`.
 */

/**
 * A widget on a page of `pageStyle`, and how its `part` reads there: the words' and the border's contrast
 * against what they are drawn on (a border not drawn, its style none, counts as none), its fill, and its
 * computed style.
 */
async function look(markup: ReturnType<typeof html>, part: string, pageStyle = ''): Promise<{words: number; border: number; fill: string; style: CSSStyleDeclaration}> {
  const wrap = await fixture<HTMLElement>(html`<div style=${pageStyle}>${markup}</div>`);
  const el = wrap.firstElementChild as LitElement;
  await el.updateComplete;
  const button = $(el, `[part~="${part}"]`);
  expect(button, `the ${part}`).to.not.equal(null);
  const style = getComputedStyle(button!);
  const on = drawnOn(button!);
  const drawn = style.borderTopStyle != 'none' && parseFloat(style.borderTopWidth) >= 1;
  return {words: contrast(style.color, on), border: drawn ? contrast(style.borderTopColor, on) : 0, fill: style.backgroundColor, style};
}

describe('a theme accent the browser cannot read', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['the card’s call button', html`<signpost-hotline-card country="US" style="--signpost-accent: #0b57a"></signpost-hotline-card>`, 'call-link'],
    ['the banner’s call to action', html`<signpost-campaign-banner campaign="learn-the-signs" cta-href="/learn" cta-label="Learn" style="--signpost-accent: $brand"></signpost-campaign-banner>`, 'cta'],
    ['the card’s Copy button (outlined)', html`<signpost-hotline-card country="US" style="--signpost-accent: #0b57a"></signpost-hotline-card>`, 'copy-button'],
    ['the quiz’s start button', html`<signpost-red-flag-quiz seed="1" style="--signpost-accent: #0b57a"></signpost-red-flag-quiz>`, 'button'],
    // The quick exit's own colour: its words take the page's, inside a border of that colour.
    ['the quick exit', html`<signpost-quick-exit style="--signpost-quick-exit-background: #b3261"></signpost-quick-exit>`, 'button'],
  ];
  for (const scheme of ['light', 'dark']) {
    for (const [what, markup, part] of cases) {
      it(`${what} keeps readable words and a visible border (${scheme} scheme)`, async () => {
        const seen = await look(markup, part, `color-scheme: ${scheme}; background: Canvas; color: CanvasText`);
        expect(seen.fill, 'no fill: the accent is lost (what this test is about)').to.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
        expect(seen.words, 'the words against what they are drawn on').to.be.at.least(4.5);
        expect(seen.border, 'the border against what it is drawn on').to.be.at.least(3);
      });
    }
  }

  it('a readable quick exit colour still fills the button, with white words', async () => {
    const {style} = await look(html`<signpost-quick-exit style="--signpost-quick-exit-background: #1d4ed8"></signpost-quick-exit>`, 'button');
    // (Read through a canvas: the words' colour, mixed, is written `color(srgb 1 1 1)` in some engines.)
    expect([style.backgroundColor, style.color].map(rgbOf)).to.deep.equal([[29, 78, 216], [255, 255, 255]]);
  });

  it('a readable accent still fills the button, with its contrast colour for the words', async () => {
    const seen = await look(html`<signpost-hotline-card country="US" style="--signpost-accent: #5a2d82; --signpost-accent-contrast: #fffbe6"></signpost-hotline-card>`, 'call-link');
    expect(seen.fill).to.equal('rgb(90, 45, 130)');
    expect(seen.words).to.be.closeTo(contrast('#fffbe6', '#5a2d82'), 0.01);
  });
});

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
        const seen = await look(html`<signpost-quick-exit placement=${placement} style="--signpost-quick-exit-color: #fffff"></signpost-quick-exit>`, 'button', style);
        expect(seen.words, 'the words against what they are drawn on').to.be.at.least(4.5);
        expect(seen.border, 'a border is drawn, against what it is drawn on').to.be.at.least(3);
      });
    }
  }

  it('a readable text colour still sits on the fill', async () => {
    const {style} = await look(html`<signpost-quick-exit style="--signpost-quick-exit-color: #ffd700"></signpost-quick-exit>`, 'button');
    expect(contrast(style.color, '#ffd700'), 'the words are the colour set').to.be.closeTo(1, 0.01);
    expect(contrast(style.backgroundColor, '#b3261e'), 'the default red fill').to.be.closeTo(1, 0.01);
  });
});

// The offset is mended; the bar's background is a known limit (docs/quick-exit.md): what the reader sees
// today, so that a fix shows here and the docs follow.
describe('sticky quick exit offsets and bars the browser cannot use', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  async function scrolled(style: string): Promise<{top: number; background: string}> {
    const page = await fixture<HTMLElement>(html`<div><signpost-quick-exit placement="sticky" style=${style}></signpost-quick-exit><div style="height: 3000px">Long content</div></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    window.scrollTo(0, 1000);
    await frame();
    const box = exit.getBoundingClientRect();
    const seen = {top: Math.round(box.top), background: getComputedStyle(exit).backgroundColor};
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
