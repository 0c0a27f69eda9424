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
 * border take the page's text colour.
 */

async function filled(markup: ReturnType<typeof html>, part: string, scheme: string): Promise<{words: number; border: number; fill: string}> {
  const wrap = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText">${markup}</div>`);
  const el = wrap.firstElementChild as LitElement;
  await el.updateComplete;
  const button = $(el, `[part~="${part}"]`);
  expect(button, `the ${part}`).to.not.equal(null);
  const style = getComputedStyle(button!);
  const on = drawnOn(button!);
  // A border not drawn (its style none: the `border` shorthand lost with the accent) counts as no contrast.
  const drawn = style.borderTopStyle != 'none' && parseFloat(style.borderTopWidth) >= 1;
  return {words: contrast(style.color, on), border: drawn ? contrast(style.borderTopColor, on) : 0, fill: style.backgroundColor};
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
        const seen = await filled(markup, part, scheme);
        expect(seen.fill, 'no fill: the accent is lost (what this test is about)').to.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
        expect(seen.words, 'the words against what they are drawn on').to.be.at.least(4.5);
        expect(seen.border, 'the border against what it is drawn on').to.be.at.least(3);
      });
    }
  }

  it('a readable quick exit colour still fills the button, with white words', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><signpost-quick-exit style="--signpost-quick-exit-background: #1d4ed8"></signpost-quick-exit></div>`);
    const exit = wrap.firstElementChild as LitElement;
    await exit.updateComplete;
    const style = getComputedStyle($(exit, '[part~="button"]')!);
    // (Read through a canvas: the words' colour, mixed, is written `color(srgb 1 1 1)` in some engines.)
    expect([style.backgroundColor, style.color].map(rgbOf)).to.deep.equal([[29, 78, 216], [255, 255, 255]]);
  });

  it('a readable accent still fills the button, with its contrast colour for the words', async () => {
    const seen = await filled(html`<signpost-hotline-card country="US" style="--signpost-accent: #5a2d82; --signpost-accent-contrast: #fffbe6"></signpost-hotline-card>`, 'call-link', 'light');
    expect(seen.fill).to.equal('rgb(90, 45, 130)');
    expect(seen.words).to.be.closeTo(contrast('#fffbe6', '#5a2d82'), 0.01);
  });
});
