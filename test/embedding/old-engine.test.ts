import {expect, fixture, html} from '@open-wc/testing';
import type {CSSResult, LitElement} from 'lit';
import '../../src/define.js';
import {$, tabToPart} from '../helpers/util.js';

/**
 * Styles a widget as an engine without light-dark() (Chrome before 123, Firefox before 120, Safari
 * before 17.5) reads them: every light-dark() is an unknown function there, so each colour that uses
 * one is invalid, and `@supports not (color: light-dark(…))` holds. The oldest of them (Chrome before
 * 111, Firefox before 113) have no color-mix() either: so here.
 */
async function asOldEngine<T extends LitElement>(el: T): Promise<T> {
  await el.updateComplete;
  const styles = (el.constructor as typeof LitElement).elementStyles as CSSResult[];
  el.shadowRoot!.adoptedStyleSheets = styles.map((s) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(s.cssText.replaceAll('light-dark(', 'no-light-dark(').replaceAll('color-mix(', 'no-color-mix('));
    return sheet;
  });
  return el;
}

const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const style = (el: Element) => getComputedStyle(el);

describe('in an engine without light-dark()', () => {
  it('the hotline card keeps its light colours: a filled call button, a white surface, dark text, borders', async () => {
    const card = await asOldEngine(await fixture<LitElement>(html`<signpost-hotline-card country="US"></signpost-hotline-card>`));
    const call = part(card, 'call-link');
    expect(style(call).backgroundColor).to.equal('rgb(11, 87, 164)');
    expect(style(call).color).to.equal('rgb(255, 255, 255)');
    const base = part(card, 'base');
    expect(style(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(base).borderTopColor).to.equal('rgb(140, 149, 159)');
    expect(style(part(card, 'heading')).color).to.equal('rgb(31, 35, 40)');
  });

  it('a keyboard focus ring still shows, and the partner’s theme still applies', async () => {
    const wrap = await fixture(html`<div>
      <button id="before">before</button>
      <signpost-hotline-card country="GB"></signpost-hotline-card>
    </div>`);
    const card = await asOldEngine(wrap.querySelector<LitElement>('signpost-hotline-card')!);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = await tabToPart('copy-button');
    expect(active?.getAttribute('part')).to.equal('copy-button');
    expect(style(active!).outlineStyle).to.equal('solid');
    expect(style(active!).outlineColor).to.equal('rgb(11, 87, 164)');
    // The fallback keeps the public hooks: a partner's accent still wins.
    card.style.setProperty('--signpost-accent', 'rgb(120, 20, 90)');
    expect(style(part(card, 'call-link')).backgroundColor, 'themed').to.equal('rgb(120, 20, 90)');
    expect(style(active!).outlineColor).to.equal('rgb(120, 20, 90)');
  });

  it('the quick exit stays a red button with white text', async () => {
    const exit = await asOldEngine(await fixture<LitElement>(html`<signpost-quick-exit></signpost-quick-exit>`));
    const button = part(exit, 'button');
    expect(style(button).backgroundColor).to.equal('rgb(179, 38, 30)');
    expect(style(button).color).to.equal('rgb(255, 255, 255)');
  });

  it('the banner keeps a surface under its dark text, on a dark page too', async () => {
    const wrap = await fixture(html`<div style="background: #000; color: #fff">
      <signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>
    </div>`);
    const banner = await asOldEngine(wrap.querySelector<LitElement>('signpost-campaign-banner')!);
    expect(style(part(banner, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(part(banner, 'heading')).color).to.equal('rgb(31, 35, 40)');
  });
});
