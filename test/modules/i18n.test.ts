import {expect} from '@open-wc/testing';
import {templates as es} from '../../src/generated/locales/es.js';
import {templates as ar} from '../../src/generated/locales/ar.js';
import {t} from '../../src/components/hotline-card/messages.js';
import {registerLocale, translate, availableLocales} from '../../src/i18n/registry.js';
import {canonical, dirOf, languageTagOf, matchLocale, regionOf} from '../../src/i18n/resolve.js';

describe('i18n', () => {
  it('every message id matches a catalog entry in every shipped language', () => {
    for (const [key, fn] of Object.entries(t)) {
      const id = (fn as unknown as {id: string}).id;
      expect(es, `es ${key}`).to.have.property(id);
      expect(ar, `ar ${key}`).to.have.property(id);
    }
    expect(Object.keys(es).length).to.equal(Object.keys(t).length);
    expect(Object.keys(ar).length).to.equal(Object.keys(t).length);
  });

  it('places arguments where each translation puts them', () => {
    registerLocale('es', es);
    registerLocale('ar', ar);
    expect(t.textKeyword('en', 'HELP', '233733')).to.equal('Text HELP to 233733');
    expect(t.textKeyword('es', 'HELP', '233733')).to.equal('Enviar HELP por SMS al 233733');
    expect(t.opensOn('es', 'lunes', '9:00')).to.equal('Cerrado, abre el lunes a las 9:00');
    expect(t.emergency('ar', '999')).to.equal('إذا كنت في خطر داهم، فاتصل بالرقم 999.');
    expect(availableLocales()).to.include.members(['en', 'es', 'ar']);
  });

  it('falls back to English for a missing entry or locale', () => {
    expect(translate('xx', 'signpost-hotline-copy', () => 'Copy number', [])).to.equal('Copy number');
    expect(t.copy('de')).to.equal('Copy number');
  });

  it('resolves language tags, regions and direction', () => {
    expect(canonical(' EN-gb ')).to.equal('en-GB');
    expect(canonical('not a tag!')).to.equal('');
    expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(matchLocale('es-MX', ['en', 'es-MX', 'es'])).to.equal('es-MX');
    expect(matchLocale('fr', ['en', 'es'])).to.equal('en');
    expect(matchLocale('', ['en'])).to.equal('en');
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('es-419')).to.equal(undefined);
    expect(regionOf('ar')).to.equal(undefined);
    expect(dirOf('ar-EG')).to.equal('rtl');
    expect(dirOf('he')).to.equal('rtl');
    expect(dirOf('es')).to.equal('ltr');
  });

  it('walks up through shadow roots to find a lang', () => {
    const outer = document.createElement('div');
    outer.lang = 'es-AR';
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(outer);
    expect(languageTagOf(inner)).to.equal('es-AR');
    outer.remove();
  });
});
