import {expect, fixture, html} from '@open-wc/testing';
import {readmeSnippet, until} from '../helpers/util.js';

type Card = HTMLElement & {updateComplete: Promise<unknown>};
const copyLabel = (el: Element) => el.shadowRoot?.querySelector('[part="copy-button"]')?.textContent?.trim() ?? '';
const sha384 = async (path: string) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(path)).arrayBuffer()))));

/** A classic script for a test page: its console warnings, in `window.__warnings`. */
const WATCH_WARNINGS = `<script>window.__warnings = []; const warn = console.warn.bind(console); console.warn = (...a) => (__warnings.push(a.join(' ')), warn(...a));</script>`;

/** Every copy-button label a card shows, frame by frame, until it shows `last` (or time runs out). */
async function labelsUntil(card: () => Element | null | undefined, last: string, ms: number): Promise<string[]> {
  const seen = new Set<string>();
  for (const end = performance.now() + ms; performance.now() < end && !seen.has(last); ) {
    const el = card();
    if (el && copyLabel(el)) seen.add(copyLabel(el));
    await new Promise((r) => requestAnimationFrame(r));
  }
  return [...seen];
}

/**
 * A page that pins signpost.js and its Spanish file (`spanish`: that file's URL after the base), served
 * slowly; `extra` is markup put after the two scripts (`BASE` in it: where they come from).
 */
async function pinnedSpanishPage(spanish: string, extra = ''): Promise<HTMLIFrameElement> {
  const [bundle, es] = await Promise.all([sha384('/dist/cdn/signpost.js'), sha384('/dist/cdn/locales/es.js')]);
  const frame = document.createElement('iframe');
  const base = new URL('/test-server/slow-cdn/700/', location.href).href; // language files held 700 ms
  frame.srcdoc = `<!doctype html><html lang="es"><body>
    <script type="module" src="${base}signpost.js" integrity="sha384-${bundle}" crossorigin="anonymous"></script>
    <script type="module" src="${base}${spanish}" integrity="sha384-${es}" crossorigin="anonymous"></script>
    ${extra.replaceAll('BASE', base)}
    <signpost-hotline-card country="ES"></signpost-hotline-card></body></html>`;
  document.body.append(frame);
  return frame;
}

// Runs against the built CDN files (npm test builds them first).
describe('dist/cdn/signpost.js loads a language file when a widget needs it', () => {
  it('fetches locales/fr.js from beside the bundle, once, and re-renders in French', async () => {
    await import(new URL('/dist/cdn/signpost.js', location.href).href);
    const en = await fixture<Card>(html`<signpost-hotline-card country="FR"></signpost-hotline-card>`);
    expect(copyLabel(en)).to.equal('Copy number');
    const wrap = await fixture(html`<div lang="fr-FR"><signpost-hotline-card country="FR"></signpost-hotline-card><signpost-hotline-card country="FR"></signpost-hotline-card></div>`);
    const cards = [...wrap.querySelectorAll<Card>('signpost-hotline-card')];
    await until(() => !['', 'Copy number'].includes(copyLabel(cards[0])), 2000);
    await cards[1].updateComplete;
    expect(copyLabel(cards[0])).not.to.equal('Copy number');
    expect(copyLabel(cards[1])).to.equal(copyLabel(cards[0]));
    expect(cards[0].shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    const loads = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/cdn/locales/fr.js'));
    expect(loads).to.have.length(1);
    expect(copyLabel(en)).to.equal('Copy number');
  });

  it('does not load anything when the page pins the bundle with integrity', async () => {
    const code = await (await fetch('/dist/cdn/signpost.js')).arrayBuffer();
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', code))));
    const frame = document.createElement('iframe');
    const src = new URL('/dist/cdn/signpost.js', location.href).href;
    frame.srcdoc = `<!doctype html><html lang="ru"><body><script type="module" src="${src}" integrity="sha384-${digest}" crossorigin="anonymous"></script><signpost-hotline-card country="US"></signpost-hotline-card></body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, {once: true}));
    const win = frame.contentWindow as Window & typeof globalThis;
    await until(() => copyLabel(frame.contentDocument!.querySelector('signpost-hotline-card')!) !== '', 3000);
    await new Promise((r) => setTimeout(r, 300)); // time for a language request, were one made
    expect(win.customElements.get('signpost-hotline-card'), 'the pinned bundle ran').to.be.a('function');
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    expect(copyLabel(card)).to.equal('Copy number');
    expect(win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'))).to.have.length(0);
    frame.remove();
  });
});

describe('what counts as pinned, and which file is the language file', () => {
  /** A page loading signpost.js from `src` (with `attrs`), in `lang`, plus `extra` markup. */
  async function page(src: string, attrs: string, lang: string, extra = ''): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="${lang}"><body><script type="module" src="${new URL(src, location.href).href}" ${attrs}></script>${extra}
      <signpost-hotline-card country="US"></signpost-hotline-card></body></html>`;
    document.body.append(frame);
    await until(() => Boolean(frame.contentWindow?.customElements?.get('signpost-hotline-card')), 4000);
    return frame;
  }
  const localeLoads = (frame: HTMLIFrameElement) =>
    (frame.contentWindow as Window & typeof globalThis).performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/locales/'));

  it('a pinned bundle that a CDN redirects (a version range to an exact version) still loads nothing by itself', async () => {
    const frame = await page('/test-server/redirect/signpost.js', `integrity="sha384-${await sha384('/dist/cdn/signpost.js')}" crossorigin="anonymous"`, 'ru');
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    await until(() => copyLabel(card) !== '', 4000);
    await new Promise((r) => setTimeout(r, 300));
    expect(copyLabel(card)).to.equal('Copy number');
    expect(localeLoads(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('a language Signpost does not ship (Japanese) asks for no file and says once that it shows English', async () => {
    // The module runs after the classic script that watches warnings, though written before it.
    const frame = await page('/dist/cdn/signpost.js', '', 'ja', `${WATCH_WARNINGS}<signpost-hotline-card country="US"></signpost-hotline-card>`);
    const cards = [...frame.contentDocument!.querySelectorAll('signpost-hotline-card')];
    await until(() => cards.every((card) => copyLabel(card) !== ''), 4000);
    await new Promise((r) => setTimeout(r, 300));
    expect(cards.map(copyLabel)).to.deep.equal(['Copy number', 'Copy number']);
    expect(localeLoads(frame), 'no language file asked for').to.deep.equal([]);
    const warnings = (frame.contentWindow as Window & {__warnings: string[]}).__warnings;
    expect(warnings.filter((w) => w.includes('"ja"')), 'one warning for both cards').to.have.length(1);
    expect(warnings.join()).to.contain('no "ja" text loaded; showing English.');
    frame.remove();
  });

  it('a language file that cannot be loaded (a partner who copied only signpost.js) warns once and shows English, not nothing', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body>${WATCH_WARNINGS}<script type="module" src="${new URL('/test-server/no-locales/signpost.js', location.href).href}"></script>
      <signpost-hotline-card country="FR"></signpost-hotline-card><signpost-hotline-card country="FR"></signpost-hotline-card></body></html>`;
    document.body.append(frame);
    const cards = () => [...(frame.contentDocument?.querySelectorAll('signpost-hotline-card') ?? [])];
    await until(() => cards().length === 2 && cards().every((c) => copyLabel(c) === 'Copy number'), 5000); // English, in both cards
    const warnings = (frame.contentWindow as Window & {__warnings: string[]}).__warnings;
    expect(warnings.filter((w) => w.includes('could not load') && w.includes('/locales/fr.js') && w.includes('showing English'))).to.have.length(1);
    frame.remove();
  });

  it('integrity="" pins nothing (the browser checks nothing): the language loads', async () => {
    const frame = await page('/dist/cdn/signpost.js', 'integrity=""', 'fr');
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    expect(await labelsUntil(() => card, 'Copier le numéro', 4000)).to.include('Copier le numéro');
    frame.remove();
  });

  it('the language file carries the bundle’s query (?v=…), so a cache-busted bundle never pairs with an old file', async () => {
    const frame = await page('/dist/cdn/signpost.js?v=7', '', 'fr');
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    await labelsUntil(() => card, 'Copier le numéro', 4000);
    expect(localeLoads(frame).some((n) => n.endsWith('/dist/cdn/locales/fr.js?v=7'))).to.equal(true);
    frame.remove();
  });

  it('another library’s locales/es.js on a pinned page is not taken for ours (no 3 s wait for nothing)', async () => {
    const extra = '<script type="module" src="/test/fixtures/other-library/locales/es.js"></script>';
    const frame = await page('/dist/cdn/signpost.js', `integrity="sha384-${await sha384('/dist/cdn/signpost.js')}" crossorigin="anonymous"`, 'es', extra);
    // Timed from the card's definition, so that loading the page and hashing the bundle do not count.
    await frame.contentWindow!.customElements.whenDefined('signpost-hotline-card');
    const started = performance.now();
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    await until(() => copyLabel(card) !== '', 4000);
    expect(copyLabel(card)).to.equal('Copy number');
    expect(performance.now() - started, 'shown without the 3 s wait').to.be.below(1500);
    frame.remove();
  });
});

describe('a page that pins signpost.js and adds its language file itself', () => {
  it('renders straight in that language even when the file arrives later (no English first)', async () => {
    const frame = await pinnedSpanishPage('locales/es.js');
    expect(await labelsUntil(() => frame.contentDocument?.querySelector('signpost-hotline-card'), 'Copiar número', 4000)).to.deep.equal(['Copiar número']);
    frame.remove();
  });
});

describe('language changes and pinned files with a query', () => {
  it('a lang changed while a language file loads gets its own file, and the widget shows it first (no English between)', async () => {
    const frame = document.createElement('iframe');
    // Language files held 701 ms (a URL no other test used, so nothing comes from the cache).
    const base = new URL('/test-server/slow-cdn/701/', location.href).href;
    frame.srcdoc = `<!doctype html><html lang="es"><body><script type="module" src="${base}signpost.js"></script>
      <signpost-hotline-card country="GB"></signpost-hotline-card></body></html>`;
    document.body.append(frame);
    await until(() => Boolean(frame.contentWindow?.customElements?.get('signpost-hotline-card')), 4000);
    await new Promise((r) => setTimeout(r, 100)); // es.js is on its way
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    expect(copyLabel(card), 'still waiting for es.js').to.equal('');
    card.setAttribute('lang', 'ar');
    expect(await labelsUntil(() => card, 'نسخ الرقم', 6000)).to.deep.equal(['نسخ الرقم']);
    frame.remove();
  });

  it('shows the pinned page’s language as soon as its file arrives, even with another language registered meanwhile', async () => {
    // The page's own Polish words, registered while the card waits for the Spanish file (held 700 ms;
    // a query of its own, so that no earlier test's copy is in the cache): `async`, so as not to run
    // after that file, as module scripts otherwise do, and a moment after the card has asked for it.
    const polish = `<script type="module" async>import {registerLocale} from 'BASEsignpost.js'; setTimeout(() => registerLocale('pl', {'h-copy': 'Kopiuj numer'}), 200);</script>`;
    const started = performance.now();
    const frame = await pinnedSpanishPage(`locales/es.js?fresh=${Math.random()}`, polish);
    expect(await labelsUntil(() => frame.contentDocument?.querySelector('signpost-hotline-card'), 'Copiar número', 4000), 'no English first').to.deep.equal(['Copiar número']);
    expect(performance.now() - started, 'not after the 3 s wait').to.be.below(2900); // 0.8 s alone (the file is held 0.7 s); the 3 s wait would count from the card's request, after the page loaded
    frame.remove();
  });

  it('a pinned page’s language file with a query string (?ver=…) is found and waited for', async () => {
    const frame = await pinnedSpanishPage('locales/es.js?ver=0.1.0');
    expect(await labelsUntil(() => frame.contentDocument?.querySelector('signpost-hotline-card'), 'Copiar número', 4000)).to.deep.equal(['Copiar número']);
    frame.remove();
  });
});

describe('each single-widget CDN file loads a language file from beside itself too', () => {
  const FILES: Array<[string, string]> = [
    ['hotline-card.js', '<signpost-hotline-card country="BR"></signpost-hotline-card>'],
    ['quick-exit.js', '<signpost-quick-exit></signpost-quick-exit>'],
    ['red-flag-quiz.js', '<signpost-red-flag-quiz></signpost-red-flag-quiz>'],
    ['campaign-banner.js', '<signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner>'],
    ['news-ticker.js', '<signpost-news-ticker mode="list"><ul><li><a href="https://example.org/">Item</a></li></ul></signpost-news-ticker>'],
  ];
  for (const [file, markup] of FILES) {
    it(`${file} on a Portuguese page renders in Portuguese`, async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="pt-BR"><body><script type="module" src="${new URL(`/dist/cdn/${file}`, location.href).href}"></script>${markup}</body></html>`;
      document.body.append(frame);
      const base = () => frame.contentDocument?.body?.firstElementChild?.nextElementSibling?.shadowRoot?.querySelector('[part="base"]');
      await until(() => base()?.getAttribute('lang') === 'pt', 5000);
      expect(base()?.getAttribute('lang'), file).to.equal('pt');
      const loads = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loads.filter((p) => p.includes('/locales/')), file).to.deep.equal(['/dist/cdn/locales/pt.js']);
      frame.remove();
    });
  }
});

describe('a widget whose language file is still loading', () => {
  /**
   * Opens a page in `lang` with one card, its fallback inside, the CDN files served with slow
   * languages; `watch()` records what the card shows, from the first moment (not from the frame's
   * load event, which some browsers hold until dynamic imports finish).
   */
  function page(lang: string, delayMs: number) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 900px';
    const src = `/test-server/slow-cdn/${delayMs}/signpost.js`;
    frame.srcdoc = `<!doctype html><html lang="${lang}"><body><script type="module" src="${src}"></script><signpost-hotline-card country="US"><a id="fallback" href="tel:+18883737888">Call 1-888-373-7888</a></signpost-hotline-card></body></html>`;
    document.body.append(frame);
    const seen = new Set<string>();
    let fallbackShownWhileDefined = false;
    const watch = () => {
      const doc = frame.contentDocument;
      const card = doc?.querySelector('signpost-hotline-card');
      if (!doc || !card) return;
      const label = copyLabel(card);
      if (label) seen.add(label);
      else if (frame.contentWindow!.customElements.get('signpost-hotline-card') && doc.getElementById('fallback')!.getBoundingClientRect().height > 0) fallbackShownWhileDefined = true;
    };
    return {frame, seen, watch, fallback: () => fallbackShownWhileDefined};
  }

  it('keeps showing the fallback, then renders straight in that language (no English flash)', async () => {
    const {frame, seen, watch, fallback} = page('uk', 700);
    const end = performance.now() + 3000;
    while (performance.now() < end && seen.size === 0) {
      watch();
      await new Promise((r) => requestAnimationFrame(r));
    }
    for (let i = 0; i < 5; i++) {
      watch();
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(fallback(), 'the fallback link was on screen while the language loaded').to.equal(true);
    expect([...seen]).to.have.length(1);
    expect([...seen][0]).not.to.equal('Copy number');
    frame.remove();
  });

  it('a banner keeps its reserved height (the README rule) while its language loads: nothing closes and opens again', async () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(await readmeSnippet('campaign-banner'))![1];
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 900px';
    frame.srcdoc = `<!doctype html><html lang="es"><head><style>${css}</style></head><body><script type="module" src="/test-server/slow-cdn/750/signpost.js"></script><signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner></body></html>`;
    document.body.append(frame);
    const heights = new Set<number>();
    let rendered = false;
    const end = performance.now() + 4000;
    while (performance.now() < end && !rendered) {
      const banner = frame.contentDocument?.querySelector('signpost-campaign-banner');
      if (banner && frame.contentWindow!.customElements.get('signpost-campaign-banner')) {
        heights.add(Math.round(banner.getBoundingClientRect().height));
        rendered = !!banner.shadowRoot?.querySelector('[part="heading"]');
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(rendered, 'the Spanish banner rendered').to.equal(true);
    expect([...heights].filter((h) => h < 100), 'heights while defined').to.deep.equal([]);
    frame.remove();
  });

  it('gives up waiting after 3 s and shows English, then switches when the file arrives', async () => {
    const {frame, seen, watch} = page('vi', 6000);
    const start = performance.now();
    while (seen.size === 0 && performance.now() - start < 5500) {
      watch();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect([...seen]).to.deep.equal(['Copy number']);
    expect(performance.now() - start).to.be.within(2500, 5500);
    while (seen.size < 2 && performance.now() - start < 9000) {
      watch();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen.size, 'Vietnamese replaced English once it arrived').to.equal(2);
    frame.remove();
  });
});

describe('while a language file is on its way', () => {
  it('the quick exit’s fallback link already leaves as the button does (page hidden, replace, no plain navigation)', async () => {
    const frame = document.createElement('iframe');
    const base = new URL('/test-server/slow-cdn/4000/', location.href).href; // the Spanish file held 4 s
    frame.srcdoc = `<!doctype html><html lang="es"><body>
      <script type="module" src="${base}signpost.js"></script>
      <signpost-quick-exit href="https://weather.example/"><a href="https://weather.example/">Salir de esta página</a></signpost-quick-exit></body></html>`;
    document.body.append(frame);
    try {
      // Not the frame's load event: an engine may hold it until the language file arrives.
      const win = () => frame.contentWindow as Window & typeof globalThis;
      await until(() => !!win()?.customElements?.get('signpost-quick-exit') && !!frame.contentDocument?.querySelector('signpost-quick-exit'), 3000);
      const exit = frame.contentDocument!.querySelector('signpost-quick-exit') as HTMLElement & {hasUpdated: boolean; navigate: (url: string, replace: boolean) => void};
      expect(exit.hasUpdated, 'still waiting for Spanish').to.equal(false);
      const calls: Array<[string, boolean]> = [];
      exit.navigate = (url, replace) => calls.push([url, replace]);
      // The frame itself never navigates, whatever the widget does; the guard records its decision.
      const prevented: boolean[] = [];
      win().addEventListener('click', (e) => (prevented.push(e.defaultPrevented), e.preventDefault()));
      exit.querySelector('a')!.click();
      expect(prevented, 'the widget stopped the plain link').to.deep.equal([true]);
      expect(calls).to.deep.equal([['https://weather.example/', true]]);
      expect(frame.contentDocument!.documentElement.hasAttribute('data-signpost-exiting'), 'the page is hidden').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
