import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, $$, captureWarnings, textOf, until} from '../helpers/util.js';

/** What partners and frameworks change after the card is on the page. */
type Card = SignpostHotlineCard;
const mount = (tpl: ReturnType<typeof html>) => fixture<Card>(tpl);
const status = (el: Card) => $(el, '[role="status"]').textContent!.trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<signpost-hotline-card> changed at run time', () => {
  it('follows its JSON child when a framework writes, changes or removes it', async () => {
    const el = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({name: 'Safe Harbour Helpline', phone: '+442079460000'});
    el.append(script);
    const href = () => $$(el, '[part="call-link"]')[0]?.getAttribute('href');
    await until(() => href() === 'tel:+442079460000');
    expect(href(), 'written').to.equal('tel:+442079460000');
    script.textContent = JSON.stringify({name: 'Safe Harbour Helpline', phone: '+442079460001'});
    await until(() => href() === 'tel:+442079460001');
    expect(href(), 'changed').to.equal('tel:+442079460001');
    script.remove();
    await until(() => !textOf(el).includes('Safe Harbour'));
    expect(textOf(el)).not.to.contain('Safe Harbour');
    expect($(el, '[part="call-link"]').getAttribute('href')).to.not.contain('+44207946');
  });

  it('bad JSON warns once, not at every change of the fallback', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount(html`<signpost-hotline-card country="GB"><script type="application/json">{"name": </script><p>Fallback</p></signpost-hotline-card>`);
      for (const text of ['Fallback, updated', 'Fallback, again']) {
        el.querySelector('p')!.textContent = text;
        await wait(30);
        await el.updateComplete;
      }
    });
    expect(warnings.filter((w) => w.includes('is not an object; it is ignored'))).to.have.length(1);
  });

  it('a clock that is not a function (a framework passed undefined) keeps the card working', async () => {
    const el = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    el.clock = undefined as never;
    await el.updateComplete;
    expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:+18883737888');
  });

  it('removed during an update sets no minute timer: nothing keeps it alive', async () => {
    // FR has hours; half a minute from the next boundary, so the minute timer would be about 30 s.
    const el = await mount(html`<signpost-hotline-card country="FR" .clock=${() => Date.parse('2026-11-30T10:00:30Z')}></signpost-hotline-card>`);
    const set = window.setTimeout;
    let timers = 0;
    window.setTimeout = ((fn: TimerHandler, ms?: number) => {
      if (ms && ms > 1000) timers++;
      return set(fn, ms);
    }) as typeof window.setTimeout;
    try {
      el.requestUpdate();
      el.remove(); // the update lands after the removal
      await el.updateComplete;
    } finally {
      window.setTimeout = set;
    }
    expect(timers).to.equal(0);
  });

  it('a removed heading-level is the default 2, without a warning', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" heading-level="4"></signpost-hotline-card>`);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('heading-level');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
  });

  // (A new country clearing an old "copied": hotline-card.test.ts, "keeps a copy result with its line".)
  it('choosing a country keeps focus on the picker and says what the card shows now; a country the page sets later clears that announcement', async () => {
    const el = await mount(html`<signpost-hotline-card lang="en" country-picker></signpost-hotline-card>`);
    const select = $<HTMLSelectElement>(el, 'select');
    select.focus();
    select.value = 'US';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await until(() => status(el) !== '');
    expect(status(el)).to.equal('United States: National Human Trafficking Hotline');
    // The picker is below the card: focus stays on it (the same control), so a wrong choice can be undone.
    const focused = el.shadowRoot!.activeElement;
    expect(focused === select && $(el, 'select') === select, `focus on the picker, not ${focused?.localName ?? 'nothing'}`).to.equal(true);
    el.country = 'GB';
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });
});
