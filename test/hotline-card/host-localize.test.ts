import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/es.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {textOf} from '../helpers/util.js';

// A host app that uses @lit/localize itself, in French, with its own catalog.
describe('a host app that configures @lit/localize', () => {
  it('keeps its own locale, and Signpost keeps each widget’s', async () => {
    const {setLocale, getLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({templates: {'host-hello': 'Bonjour'}}),
    });
    await setLocale('fr');
    expect(msg('Hello', {id: 'host-hello'})).to.equal('Bonjour');
    const wrap = await fixture(html`<div>
      <signpost-hotline-card lang="en" country="US"></signpost-hotline-card>
      <signpost-hotline-card lang="es" country="US"></signpost-hotline-card>
    </div>`);
    const [en, es] = [...wrap.querySelectorAll<SignpostHotlineCard>('signpost-hotline-card')];
    await Promise.all([en.updateComplete, es.updateComplete]);
    expect(textOf(en)).to.contain('In immediate danger, call 911.');
    expect(textOf(es)).to.contain('Si corre peligro inmediato, llame al 911.');
    // Signpost never reconfigured or switched the host's locale.
    expect(getLocale()).to.equal('fr');
    expect(msg('Hello', {id: 'host-hello'})).to.equal('Bonjour');
  });
});
