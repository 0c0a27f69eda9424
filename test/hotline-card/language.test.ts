import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/zh-Hans.js';
import {registerLocale} from '../../src/i18n/registry.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, captureWarnings, textOf} from '../helpers/util.js';

describe('<signpost-hotline-card> language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses its own lang first', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="es" country="MX"></signpost-hotline-card>`);
    expect(textOf(el)).to.contain('Si corre peligro inmediato, llame al 911.');
    expect($(el, '[part="call-link"]').textContent).to.contain('Llamar al 800 5533 000');
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('es');
  });

  it('a page’s own language registered after the card rendered re-renders it in that language (docs/i18n.md, “Order”)', async () => {
    let el!: SignpostHotlineCard;
    await captureWarnings(async () => {
      el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="pl" country="US"></signpost-hotline-card>`);
    });
    expect(textOf(el)).to.contain('In immediate danger, call 911.');
    registerLocale('pl', {'h-emergency': {strTag: true, strings: ['W nagłym niebezpieczeństwie dzwoń pod ', '.'], values: [0]}});
    await el.updateComplete;
    expect(textOf(el)).to.contain('W nagłym niebezpieczeństwie dzwoń pod 911.');
  });

  it('falls back to the nearest ancestor lang, then <html lang>, then English', async () => {
    const wrap = await fixture(html`<div lang="es"><section><signpost-hotline-card country="ES"></signpost-hotline-card></section></div>`);
    const el = wrap.querySelector('signpost-hotline-card')!;
    await el.updateComplete;
    expect(textOf(el)).to.contain('Abierto las 24 horas, todos los días');
    document.documentElement.setAttribute('lang', 'ar');
    const loose = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    expect(textOf(loose)).to.contain('هذه ليست خدمة طوارئ.');
    document.documentElement.removeAttribute('lang');
    await new Promise((r) => setTimeout(r, 0)); // MutationObserver callback
    await loose.updateComplete;
    expect(textOf(loose)).to.contain('This is not an emergency service.');
  });

  it('falls back from a region to its language (es-MX → es) and an unknown language to English', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="es-MX"></signpost-hotline-card>`);
    expect(textOf(el)).to.contain('Línea Nacional contra la Trata de Personas');
    expect(textOf(el)).to.contain('Llamar al');
    const warnings = await captureWarnings(async () => {
      const de = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="de-DE"></signpost-hotline-card>`);
      expect(textOf(de)).to.contain('Germany: no dedicated national trafficking hotline is listed.');
    });
    expect(warnings.join()).to.contain('no "de" text loaded; showing English');
  });

  it('on a Traditional Chinese page (zh-TW, zh-Hant-HK) shown in Simplified Chinese, writes the names Intl gives in Simplified too', async () => {
    for (const lang of ['zh-TW', 'zh-Hant-HK', 'zh-CN']) {
      const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang=${lang} country="DE"></signpost-hotline-card>`);
      expect($(el, '[part="base"]').getAttribute('lang'), lang).to.equal('zh-Hans');
      expect(textOf(el), lang).to.contain('德国');
      expect(textOf(el), lang).to.not.contain('德國');
    }
  });

  it('takes the country from the language region (en-GB → GB, es-MX → MX), never from a request', async () => {
    const gb = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-GB"></signpost-hotline-card>`);
    expect(gb.resolvedCountry).to.equal('GB');
    expect(textOf(gb)).to.contain('Modern Slavery & Exploitation Helpline');
    const wrap = await fixture(html`<div lang="en-AU"><signpost-hotline-card></signpost-hotline-card></div>`);
    const au = wrap.querySelector('signpost-hotline-card')!;
    await au.updateComplete;
    expect(au.resolvedCountry).to.equal('AU');
    expect(textOf(au)).to.contain('In immediate danger, call 000.');
  });

  it('offers the country picker when the country is only a guess from the language (en-US on a British site), not when the partner set it', async () => {
    // A CMS prints lang="en-US" by default: the card shows the US line, and the reader can say where they are.
    const guessed = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-US"></signpost-hotline-card>`);
    expect(guessed.resolvedCountry).to.equal('US');
    const select = $<HTMLSelectElement>(guessed, '[part="picker"] select');
    expect(select.value, 'the guess chosen in it').to.equal('US');
    select.value = 'GB';
    select.dispatchEvent(new Event('change'));
    await guessed.updateComplete;
    expect(textOf(guessed)).to.contain('In immediate danger, call 999.');
    // The partner's country (a line of their own is theirs too): no picker unless they ask for one.
    const set = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-US" country="US"></signpost-hotline-card>`);
    const own = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-US" line-name="City Helpline" line-phone="+12025550100"></signpost-hotline-card>`);
    expect([set, own].map((el) => el.shadowRoot!.querySelector('[part="picker"]')?.localName ?? 'none')).to.deep.equal(['none', 'none']);
  });

  it('re-renders when its own or an ancestor lang changes', async () => {
    const wrap = await fixture(html`<div lang="en"><signpost-hotline-card country="US"></signpost-hotline-card></div>`);
    const el = wrap.querySelector('signpost-hotline-card')!;
    await el.updateComplete;
    wrap.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r, 0)); // MutationObserver callback
    await el.updateComplete;
    expect(textOf(el)).to.contain('Este no es un servicio de emergencias.');
    el.lang = 'ar';
    await el.updateComplete;
    expect(textOf(el)).to.contain('هذه ليست خدمة طوارئ.');
    expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
  });

  it("marks a partner line's name (its heading) with the page's language, not the catalog's (lang=\"\" on a page that states none)", async () => {
    const wrap = await fixture(html`<div lang="de"><signpost-hotline-card line-name="Hilfetelefon Menschenhandel" line-phone="+4930123456"></signpost-hotline-card></div>`);
    const el = wrap.querySelector<SignpostHotlineCard>('signpost-hotline-card')!;
    await el.updateComplete;
    // Signpost has no German: its own words are English; the partner's name is read with a German voice.
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect($(el, '[part="heading"]').textContent?.trim()).to.equal('Hilfetelefon Menschenhandel');
    expect($(el, '[part="heading"]').getAttribute('lang')).to.equal('de');
    // A built-in line's name is the directory's, in the card's language: no lang of its own.
    const builtIn = await fixture(html`<div lang="de"><signpost-hotline-card country="DE"></signpost-hotline-card></div>`);
    const card = builtIn.querySelector<SignpostHotlineCard>('signpost-hotline-card')!;
    await card.updateComplete;
    expect(String($(card, '[part="heading"]').getAttribute('lang'))).to.equal('null');
    // No page language: unknown, not the catalog's English.
    document.documentElement.removeAttribute('lang');
    const bare = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="Hilfetelefon" line-phone="+4930123456"></signpost-hotline-card>`);
    expect($(bare, '[part="heading"]').getAttribute('lang')).to.equal('');
  });

  it('shows two languages on one page at once', async () => {
    const wrap = await fixture(html`<div>
      <signpost-hotline-card lang="es" country="US"></signpost-hotline-card>
      <signpost-hotline-card lang="ar" country="US"></signpost-hotline-card>
      <signpost-hotline-card lang="en" country="US"></signpost-hotline-card>
    </div>`);
    const [es, ar, en] = [...wrap.querySelectorAll('signpost-hotline-card')];
    await Promise.all([es.updateComplete, ar.updateComplete, en.updateComplete]);
    expect(textOf(es)).to.contain('Si corre peligro inmediato, llame al 911.');
    expect(textOf(ar)).to.contain('إذا كنت في خطر داهم، فاتصل بالرقم 911.');
    expect(textOf(en)).to.contain('In immediate danger, call 911.');
    expect($(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect($(es, '[part="base"]').getAttribute('dir')).to.equal('ltr');
  });

  it('localises country and language names, dates and times with Intl', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="es" country="US"></signpost-hotline-card>`);
    expect(textOf(el)).to.contain('Idiomas: inglés y español');
    expect($(el, '[part="source"]').textContent).to.contain('revisado el 29 de noviembre de 2026');
    const ie = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="es" country="IE"></signpost-hotline-card>`);
    expect(textOf(ie)).to.contain('Irlanda: no figura ninguna línea nacional específica contra la trata de personas.');
  });

  it('writes dates and times the page region’s way when it speaks the catalog’s language (en-GB; en-US as en)', async () => {
    const gb = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-GB" country="GB"></signpost-hotline-card>`);
    expect($(gb, '[part="source"]').textContent).to.contain('reviewed on 29 November 2026');
    const us = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-US" country="GB"></signpost-hotline-card>`);
    expect($(us, '[part="source"]').textContent).to.contain('reviewed on November 29, 2026');
    // Bavaria's line opens 09:00 Berlin time: an en-GB reader reads a 24-hour clock.
    const de = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en-GB" country="DE"></signpost-hotline-card>`);
    expect(textOf(de)).to.match(/09:00|9:00/).and.not.to.match(/\b9:00\s?AM\b/);
  });

  it('honours an explicit dir on the host over the language direction, in any case', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="ar" dir="ltr" country="US"></signpost-hotline-card>`);
    expect($(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
    const upper = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="en" dir="RTL" country="US"></signpost-hotline-card>`);
    expect($(upper, '[part="base"]').getAttribute('dir')).to.equal('rtl');
  });

  it('moved under another lang, it renders in that language', async () => {
    const wrap = await fixture(html`<div><div lang="es" id="es"></div><signpost-hotline-card country="US"></signpost-hotline-card></div>`);
    const card = wrap.querySelector<SignpostHotlineCard>('signpost-hotline-card')!;
    await card.updateComplete;
    expect($(card, '[part="base"]').getAttribute('lang')).to.equal('en');
    wrap.querySelector('#es')!.append(card);
    await card.updateComplete;
    expect($(card, '[part="base"]').getAttribute('lang')).to.equal('es');
  });
});
