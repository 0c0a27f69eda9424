import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/hotline-card/define.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, deepActive, tabToPart, until} from '../helpers/util.js';


describe('<signpost-hotline-card> keyboard and theme', () => {
  it('Tab walks through every control in reading order, and Enter on the copy button copies', async () => {
    const wrap = await fixture(html`<div>
      <button id="before">before</button>
      <signpost-hotline-card country="GB" country-picker></signpost-hotline-card>
      <button id="after">after</button>
    </div>`);
    const card = wrap.querySelector('signpost-hotline-card') as SignpostHotlineCard;
    await card.updateComplete;
    (wrap.querySelector('#before') as HTMLButtonElement).focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({press: 'Tab'});
      const active = deepActive();
      if (!active || active.id === 'after') break;
      seen.push(active.getAttribute('part') ?? active.localName);
    }
    // Links may be skipped by Tab in WebKit (a user preference); buttons, summary and select never are.
    const controls = seen.filter((p) => ['copy-button', 'summary', 'select'].includes(p));
    expect(controls).to.deep.equal(['copy-button', 'summary', 'select']);
    const links = seen.filter((p) => !controls.includes(p));
    if (links.length) expect(links.slice(0, 2)).to.deep.equal(['call-link', 'report-link']);

    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (s: string) => void written.push(s)}});
    $(card, '[part="copy-button"]').focus();
    await sendKeys({press: 'Enter'});
    await until(() => written.length > 0 && $(card, '[role="status"]').textContent!.includes('Number copied'));
    expect(written).to.deep.equal(['08000 121 700']);
    expect($(card, '[role="status"]').textContent).to.contain('Number copied');
    delete (navigator as {clipboard?: unknown}).clipboard;
  });

  it('"Other services" is a target of at least 24 px (WCAG 2.5.8) on a page of small text too', async () => {
    // The widgets' text never goes below 14 px, where 1.5em was 21 px.
    for (const size of ['16px', '10px']) {
      const wrap = await fixture(html`<div style="font-size: ${size}"><signpost-hotline-card country="US"></signpost-hotline-card></div>`);
      const card = wrap.firstElementChild as SignpostHotlineCard;
      await card.updateComplete;
      expect($(card, 'summary').getBoundingClientRect().height, `page text ${size}`).to.be.at.least(24 - 0.01);
    }
  });

  it('an accent the browser cannot read (a typo) still leaves a keyboard focus ring, in the text’s colour', async () => {
    const wrap = await fixture(html`<div>
      <button id="before">before</button>
      <signpost-hotline-card country="GB" style="--signpost-accent: #0b57a"></signpost-hotline-card>
    </div>`);
    await (wrap.querySelector('signpost-hotline-card') as SignpostHotlineCard).updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = await tabToPart('copy-button');
    expect(active?.getAttribute('part')).to.equal('copy-button');
    const ring = getComputedStyle(active!);
    // Until 2026-12-07 the whole outline shorthand went with the colour: none, 0px.
    expect(`${ring.outlineStyle} ${ring.outlineWidth}`).to.equal('solid 3px');
    expect(ring.outlineColor, 'a colour, not transparent').to.not.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  });

  it('follows the host’s dark colour scheme and the public custom properties', async () => {
    const wrap = await fixture(html`<div style="color-scheme: dark">
      <signpost-hotline-card country="US"></signpost-hotline-card>
    </div>`);
    const card = wrap.querySelector('signpost-hotline-card') as SignpostHotlineCard;
    await card.updateComplete;
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const sum = (c: string) => rgb(c).reduce((a, b) => a + b, 0);
    expect(sum(getComputedStyle($(card, '[part="base"]')).backgroundColor)).to.be.lessThan(200);
    expect(sum(getComputedStyle($(card, '[part="base"]')).color)).to.be.greaterThan(500);
    card.style.setProperty('--signpost-accent', 'rgb(107, 44, 145)');
    card.style.setProperty('--signpost-radius', '0px');
    expect(rgb(getComputedStyle($(card, '[part="call-link"]')).backgroundColor)).to.deep.equal([107, 44, 145]);
    expect(getComputedStyle($(card, '[part="call-link"]')).borderTopLeftRadius).to.equal('0px');
  });

  it('inherits the host’s font and exposes parts for styling', async () => {
    const wrap = await fixture(html`<div style="font-family: serif; font-size: 20px">
      <signpost-hotline-card country="US"></signpost-hotline-card>
    </div>`);
    const card = wrap.querySelector('signpost-hotline-card') as SignpostHotlineCard;
    await card.updateComplete;
    const base = $(card, '[part="base"]');
    expect(getComputedStyle(base).fontFamily).to.equal(getComputedStyle(wrap).fontFamily);
    expect(getComputedStyle(base).fontSize).to.equal('20px');
    for (const part of ['base', 'heading', 'hours', 'call-link', 'copy-button', 'sms-link', 'emergency', 'source', 'more']) {
      expect(card.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
  });
});
