import {expect} from '@open-wc/testing';
import {templates as es} from '../../src/generated/locales/es.js';
import {templates as ar} from '../../src/generated/locales/ar.js';
import {t} from '../../src/components/hotline-card/messages.js';
import {t as exit} from '../../src/components/quick-exit/messages.js';
import {registerLocale, availableLocales, lookup} from '../../src/i18n/registry.js';
import {inLocale} from '../../src/i18n/msg.js';
import {canonical, dirOf, formatLocaleOf, languageTagOf, localeCandidates, matchLocale, regionOf} from '../../src/i18n/resolve.js';
import '../../src/components/quick-exit/define.js';
import {captureWarnings, until} from '../helpers/util.js';

async function xliffUnits(locale: string): Promise<Array<{id: string; target: boolean}>> {
  const text = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')].map((u) => ({id: u.getAttribute('id')!, target: u.getElementsByTagName('target').length === 1 && u.getElementsByTagName('target')[0].textContent!.trim() !== ''}));
}

describe('i18n', () => {
  // First in the file: a warning is said once per page, so a widget mounted earlier could have said it already.
  it('an English page, or one in a language whose text is loaded, says nothing about languages; a lang set as a property reaches the attribute', async () => {
    registerLocale('es', es);
    const page = document.createElement('div');
    page.innerHTML = '<signpost-quick-exit></signpost-quick-exit><signpost-quick-exit lang="en-GB"></signpost-quick-exit><signpost-quick-exit lang="es-MX"></signpost-quick-exit>';
    const set = document.createElement('signpost-quick-exit') as HTMLElement & {updateComplete: Promise<unknown>};
    set.lang = 'es'; // as a framework sets it
    page.append(set);
    const warnings = await captureWarnings(async () => {
      document.body.append(page);
      for (const el of page.children) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    });
    try {
      expect(warnings).to.deep.equal([]);
      const labels = [...page.children].map((el) => el.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim());
      const [english, spanish] = [exit.exit(), inLocale('es', exit.exit)];
      expect(labels.map((label) => (label.endsWith(spanish) ? 'es' : label.endsWith(english) ? 'en' : label))).to.deep.equal(['en', 'en', 'es', 'es']);
      // The host says it too: the partner's words inside it, and the page's CSS, are in that language.
      expect([set.getAttribute('lang'), set.matches(':lang(es)')]).to.deep.equal(['es', true]);
    } finally {
      page.remove();
    }
  });

  it('every extracted message is translated in every shipped language', async () => {
    const {targetLocales} = (await (await fetch('/lit-localize.json')).json()) as {targetLocales: string[]};
    expect(targetLocales).to.include.members(['es', 'ar', 'fr', 'pt', 'zh-Hans', 'ru', 'uk', 'th', 'tl', 'vi', 'ro']);
    const reference = (await xliffUnits('es')).map((u) => u.id).sort();
    for (const locale of targetLocales) {
      const units = await xliffUnits(locale);
      expect(units.map((u) => u.id).sort(), `${locale} units`).to.deep.equal(reference);
      expect(units.filter((u) => !u.target).map((u) => u.id), `${locale} untranslated`).to.deep.equal([]);
    }
    for (const [locale, catalog] of [['es', es], ['ar', ar]] as const) expect(Object.keys(catalog).sort(), locale).to.deep.equal(reference);
  });

  it('answers in the widget’s language, placing arguments where each translation puts them', () => {
    registerLocale('es', es);
    registerLocale('ar', ar);
    expect(t.textKeyword('HELP', '233733')).to.equal('Text HELP to 233733');
    expect(inLocale('es', () => t.textKeyword('HELP', '233733'))).to.equal('Enviar HELP por SMS al 233733');
    expect(inLocale('es', () => t.opensOn('lunes', '9:00'))).to.equal('Cerrado, abre el lunes a las 9:00');
    expect(inLocale('ar', () => t.emergency('999'))).to.equal('إذا كنت في خطر داهم، فاتصل بالرقم 999.');
    expect(inLocale('ar', () => exit.exit())).to.equal('الخروج من هذه الصفحة');
    // Nested: the inner locale applies inside, the outer one again after.
    expect(inLocale('es', () => [t.copy(), inLocale('ar', t.copy), t.copy()])).to.deep.equal(['Copiar número', 'نسخ الرقم', 'Copiar número']);
    expect(t.copy()).to.equal('Copy number');
    expect(availableLocales()).to.include.members(['en', 'es', 'ar']);
  });

  it('falls back to English for a missing entry or locale', () => {
    expect(lookup('xx', 'h-copy')).to.equal(undefined);
    expect(inLocale('de', t.copy)).to.equal('Copy number');
  });

  it('a page’s catalog with broken entries (null, a number, an object that is not a str template) shows English for them, never throws', async () => {
    registerLocale('nl', {'x-label': null, 'x-emergency': 5, 'h-copy': {}, 'h-emergency': {strTag: true}} as never);
    expect(inLocale('nl', () => [exit.exit(), t.copy(), t.emergency('112')])).to.deep.equal(['Exit this page', 'Copy number', 'In immediate danger, call 112.']);
    const el = document.createElement('signpost-quick-exit');
    el.lang = 'nl';
    document.body.append(el);
    try {
      await until(() => !!el.shadowRoot?.querySelector('[part="button"]'));
      expect(el.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain('Exit this page');
    } finally {
      el.remove();
    }
  });

  it('a page’s catalog registered as pt_BR or PL (as sites write them) is found by a pt-BR or pl page', () => {
    registerLocale('pt_BR', {'h-copy': 'Copiar o número (Brasil)'});
    registerLocale('PL', {'h-copy': 'Kopiuj numer'});
    expect(availableLocales()).to.include.members(['pt-BR', 'pl']);
    expect(matchLocale('pt-BR', availableLocales())).to.equal('pt-BR');
    expect(inLocale(matchLocale('pl-PL', availableLocales()), t.copy)).to.equal('Kopiuj numer');
  });

  it('English words can be changed under a regional tag (en-NZ), not under en itself', () => {
    registerLocale('en', {'h-copy': 'ignored', 'h-get-help': 'ignored'});
    registerLocale('en-NZ', {'h-copy': 'Copy this number'});
    expect(inLocale(matchLocale('en-NZ', availableLocales()), () => [t.copy(), t.getHelp()])).to.deep.equal(['Copy this number', 'Get help']);
    expect(inLocale(matchLocale('en', availableLocales()), t.copy)).to.equal('Copy number');
  });

  it('a regional catalog (es-MX) falls back to its language’s (es) message by message, then to English', () => {
    registerLocale('es', es);
    registerLocale('es-MX', {'h-copy': 'Copiar el número'});
    expect(inLocale('es-MX', () => [t.copy(), t.getHelp()])).to.deep.equal(['Copiar el número', inLocale('es', t.getHelp)]);
    expect(inLocale('es', t.getHelp)).to.not.equal('Get help');
    registerLocale('xx-YY', {'h-copy': 'xx'});
    expect(inLocale('xx-YY', () => [t.copy(), t.getHelp()])).to.deep.equal(['xx', 'Get help']);
    // A locale that names its script never borrows from another script's catalog.
    registerLocale('sr', {'h-get-help': 'Потражите помоћ'});
    registerLocale('sr-Latn', {'h-copy': 'Kopiraj broj'});
    expect(inLocale('sr-Latn', () => [t.copy(), t.getHelp()])).to.deep.equal(['Kopiraj broj', 'Get help']);
  });

  it('a page’s own words for a shipped language join its catalog, even where the tag’s canonical form is another code (tl, not fil)', async () => {
    const {templates: tl} = await import('../../src/generated/locales/tl.js');
    registerLocale('tl', tl);
    registerLocale('tl', {'h-copy': 'Kopyahin ang numerong ito'});
    const locale = matchLocale('tl', availableLocales());
    expect(locale).to.equal('tl');
    expect(inLocale(locale, () => [t.copy(), t.getHelp()])).to.deep.equal(['Kopyahin ang numerong ito', tl['h-get-help']]);
  });

  it('a Filipino page (tl-PH or fil-PH) finds the wording registered for the Philippines under either code, and the shipped tl for the rest', async () => {
    const {templates: tl} = await import('../../src/generated/locales/tl.js');
    registerLocale('tl', tl);
    registerLocale('tl-PH', {'h-copy': 'Kopyahin (PH)'});
    registerLocale('fil-PH', {'h-get-help': 'Humingi ng tulong (PH)'});
    registerLocale('fil', {'h-chat': 'Mag-chat (fil)'});
    for (const page of ['tl-PH', 'fil-PH', 'fil_PH']) {
      const locale = matchLocale(page, availableLocales());
      expect(inLocale(locale, () => [t.copy(), t.getHelp(), t.emergency('911')]), page).to.deep.equal(['Kopyahin (PH)', 'Humingi ng tulong (PH)', inLocale('tl', () => t.emergency('911'))]);
    }
    // Registered as fil, the words join the shipped tl, as with tl itself.
    expect(inLocale(matchLocale('fil', availableLocales()), () => [t.copy(), t.chat()])).to.deep.equal([tl['h-copy'], 'Mag-chat (fil)']);
  });

  it('a broken str template (no strings, or strings that are not text) shows English', () => {
    registerLocale('nl', {'h-copy': {strTag: true, strings: [], values: []}, 'h-get-help': {strTag: true, strings: [1, 2], values: [0]}} as never);
    expect(inLocale('nl', () => [t.copy(), t.getHelp()])).to.deep.equal(['Copy number', 'Get help']);
    // A value it names that the message has not (the emergency message has one, 0) is left out, never "undefined".
    registerLocale('nl', {'h-emergency': {strTag: true, strings: ['Bel ', ' of ', '.'], values: [0, 3]}});
    expect(inLocale('nl', () => t.emergency('112'))).to.equal('Bel 112 of .');
    // One string and no value is a template too: the translator left the number out.
    registerLocale('nl', {'h-emergency': {strTag: true, strings: ['Bel de noodlijn.'], values: []}});
    expect(inLocale('nl', () => t.emergency('112'))).to.equal('Bel de noodlijn.');
  });

  it('resolves language tags, regions and direction', () => {
    expect(canonical(' EN-gb ')).to.equal('en-GB');
    expect(canonical('not a tag!')).to.equal('');
    // No tag at all is none too: not "null" or "undefined" read as text, and no throw.
    expect([null, undefined, '', '  ', 'null', '_'].map(canonical)).to.deep.equal(['', '', '', '', '', '']);
    expect(canonical('es_MX')).to.equal('es-MX'); // as many sites write it
    // The extended language subtag many Chinese sites write (zh-cmn-Hans; Intl refuses it) goes.
    expect(['zh-cmn-Hans', 'zh-cmn-Hant-TW', 'ZH-CMN', 'zh_cmn_Hans'].map(canonical)).to.deep.equal(['zh-Hans', 'zh-Hant-TW', 'zh', 'zh-Hans']);
    expect(matchLocale('zh-cmn-Hans', ['en', 'zh-Hans'])).to.equal('zh-Hans');
    expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(matchLocale('es-MX', ['en', 'es-MX', 'es'])).to.equal('es-MX');
    expect(matchLocale('fr', ['en', 'es'])).to.equal('en');
    expect(matchLocale('', ['en'])).to.equal('en');
    expect(matchLocale('zh-CN', ['en', 'zh-Hans'])).to.equal('zh-Hans');
    expect(matchLocale('zh-TW', ['en', 'zh-Hans'])).to.equal('zh-Hans');
    expect(matchLocale('fil-PH', ['en', 'tl'])).to.equal('tl');
    expect(matchLocale('pt-BR', ['en', 'pt'])).to.equal('pt');
    // A country code where the language belongs (a common slip): Ukrainian, Vietnamese and Chinese all the same.
    expect(['ua', 'UA', 'vn', 'vn-VN', 'cn'].map((tag) => matchLocale(tag, ['en', 'uk', 'vi', 'zh-Hans']))).to.deep.equal(['uk', 'uk', 'vi', 'vi', 'zh-Hans']);
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('es-419')).to.equal('419');
    expect(regionOf('ar')).to.equal(undefined);
    expect(regionOf('')).to.equal(undefined);
    expect(dirOf('ar-EG')).to.equal('rtl');
    expect(dirOf('he')).to.equal('rtl');
    expect(dirOf('es')).to.equal('ltr');
  });

  it('writes dates and names with the page’s tag in the catalog’s language and script, else with the catalog’s', () => {
    const pairs: Array<[string, string]> = [['en-GB', 'en'], ['en-US', 'en'], ['de-DE', 'en'], ['', 'en'], ['es-MX', 'es'], ['es-MX', 'es-MX'], ['zh-TW', 'zh-Hans'], ['zh-Hant-HK', 'zh-Hans'], ['zh', 'zh-Hans'], ['sr-ME', 'sr-Latn'], ['pt-BR', 'es']];
    expect(pairs.map(([tag, locale]) => formatLocaleOf(tag, locale))).to.deep.equal(['en-GB', 'en', 'en', 'en', 'es-MX', 'es-MX', 'zh-Hans-TW', 'zh-Hans-HK', 'zh-Hans', 'sr-Latn-ME', 'es']);
  });

  it('knows the right-to-left languages: ckb (Sorani) is, ku (Kurmanji, Latin script) is not', () => {
    const dirs = Object.fromEntries(['ckb', 'fa', 'ur', 'dv', 'yi', 'iw', 'ku', 'pa', 'az', 'tr', 'zh-Hans', '', 'not a tag'].map((tag) => [tag, dirOf(tag)]));
    expect(dirs).to.deep.equal({
      ckb: 'rtl', fa: 'rtl', ur: 'rtl', dv: 'rtl', yi: 'rtl', iw: 'rtl',
      ku: 'ltr', pa: 'ltr', az: 'ltr', tr: 'ltr', 'zh-Hans': 'ltr', '': 'ltr', 'not a tag': 'ltr',
    });
  });

  it('finds a script catalog a page registered itself (sr-ME → sr-Latn)', () => {
    expect(matchLocale('sr-ME', ['en', 'sr-Latn'])).to.equal('sr-Latn');
    expect(matchLocale('sr-RS', ['en', 'sr-Latn'])).to.equal('en');
    expect(localeCandidates('zh-HK')).to.deep.equal(['zh-HK', 'zh-Hant', 'zh', 'zh-Hans']);
  });

  it('without the likely script (an engine whose Intl.Locale throws), a Chinese page still finds the Chinese catalog', () => {
    const real = Intl.Locale.prototype.maximize;
    Intl.Locale.prototype.maximize = () => {
      throw new RangeError('no likely-subtags data');
    };
    try {
      expect(['zh-CN', 'zh-SG', 'zh'].map((tag) => matchLocale(tag, ['en', 'zh-Hans']))).to.deep.equal(['zh-Hans', 'zh-Hans', 'zh-Hans']);
      expect(matchLocale('sr-ME', ['en', 'sr-Latn']), 'no script: no script catalog').to.equal('en');
    } finally {
      Intl.Locale.prototype.maximize = real;
    }
  });

  it('skips the likely-script lookup (≈5 ms of data on a first use) for languages without a script catalog', () => {
    const real = Intl.Locale.prototype.maximize;
    let calls = 0;
    Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
      calls++;
      return real.call(this);
    };
    try {
      expect(localeCandidates('en-US')).to.deep.equal(['en-US', 'en']);
      expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
      expect(calls).to.equal(0);
      expect(matchLocale('zh-SG', ['en', 'zh-Hans'])).to.equal('zh-Hans');
      expect(calls).to.equal(1);
    } finally {
      Intl.Locale.prototype.maximize = real;
    }
  });

  it('the nearest lang decides, even one that is not a language tag (English then, not a farther ancestor’s)', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const inner = document.createElement('span');
    inner.setAttribute('lang', 'not a tag!');
    outer.append(inner);
    document.body.append(outer);
    expect(languageTagOf(inner)).to.equal('');
    inner.setAttribute('lang', 'pt_BR');
    expect(languageTagOf(inner)).to.equal('pt-BR');
    outer.remove();
  });

  it('a lang that is not a language tag says so, once; a POSIX locale (es_ES.UTF-8) is read as its tag, without a word', async () => {
    const el = document.createElement('span');
    document.body.append(el);
    const tags: string[] = [];
    const warnings = await captureWarnings(() => {
      el.setAttribute('lang', 'español');
      languageTagOf(el);
      languageTagOf(el);
      // Tags that are read: no warning for them.
      for (const lang of ['es_ES.UTF-8', 'pt-BR', 'zh-cmn-Hans']) {
        el.setAttribute('lang', lang);
        tags.push(languageTagOf(el));
      }
    });
    expect(warnings).to.deep.equal(['Signpost: lang="español" is not a language tag; showing English.']);
    expect(tags).to.deep.equal(['es-ES', 'pt-BR', 'zh-Hans']);
    expect(canonical('de_DE@euro')).to.equal('de-DE');
    el.remove();
  });

  it('on a page in a language Signpost has no text for, the partner’s own words carry the page’s language, its own words English (WCAG 3.1.2)', async () => {
    await Promise.all([import('../../src/components/news-ticker/define.js'), import('../../src/components/campaign-banner/define.js'), import('../../src/components/red-flag-quiz/define.js')]);
    const page = document.createElement('div');
    page.lang = 'de';
    const bank = JSON.stringify({questions: [{id: 'p1', topic: 'labour', prompt: 'Behält ein Arbeitgeber die Pässe ein?', options: ['Ja, ein Warnzeichen', 'Nein'], correct: 0, explanation: 'Das ist ein Warnzeichen.', source: {name: 'Partner', url: 'https://partner.example/'}}]});
    page.innerHTML = `<signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">Neue Beratungsstelle eröffnet</a></li><li>Ohne Link</li></ul></signpost-news-ticker>
      <signpost-campaign-banner heading="Warnzeichen erkennen" message="Hinweise ernst nehmen." cta-href="/hilfe" cta-label="Mehr erfahren"></signpost-campaign-banner>
      <signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner>
      <signpost-red-flag-quiz count="1"><script type="application/json">${bank}</script></signpost-red-flag-quiz>
      <signpost-red-flag-quiz count="1" seed="x"></signpost-red-flag-quiz>`;
    const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang');
    await captureWarnings(async () => {
      document.body.append(page);
      for (const el of page.children) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    });
    try {
      const [ticker, banner, builtIn, quiz, ownQuiz] = [...page.children].map((el) => el.shadowRoot!);
      expect(langOf(ticker.querySelector('[part="base"]')), 'the ticker’s own words').to.equal('en');
      expect([langOf(ticker.querySelector('[part="item"] a')), langOf(ticker.querySelector('[part="item"] .title'))], 'stories').to.deep.equal(['de', 'de']);
      expect([langOf(banner.querySelector('[part="heading"]')), langOf(banner.querySelector('[part="message"]')), langOf(banner.querySelector('[part="cta"]'))], 'the partner’s banner').to.deep.equal(['de', 'de', 'de']);
      expect(langOf(builtIn.querySelector('[part="heading"]')), 'a built-in campaign').to.equal('en');
      quiz.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await (page.children[3] as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect([langOf(quiz.querySelector('legend')), langOf(quiz.querySelector('[part="option"] span span')), langOf(quiz.querySelector('[part="progress"]'))], 'a partner’s bank').to.deep.equal(['de', 'de', 'en']);
      ownQuiz.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await (page.children[4] as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(langOf(ownQuiz.querySelector('legend')), 'the built-in bank').to.equal('en');
    } finally {
      page.remove();
    }
  });

  it('a dir set on a widget later is followed at once', async () => {
    const el = document.createElement('signpost-quick-exit') as HTMLElement & {updateComplete: Promise<unknown>};
    document.body.append(el);
    await el.updateComplete;
    el.setAttribute('dir', 'rtl');
    await until(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 2000);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    el.remove();
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
