import {expect} from '@open-wc/testing';
import {$, $$, contrast, textUnder, until} from '../helpers/util.js';
import {HOTLINES} from '../../src/data/hotlines.js';
import {BANK_INDEX} from '../../src/data/quiz-bank.js';

interface Probe {
  violations: string[];
  policies: string[];
  warnings: string[];
  errors: string[];
  added?: string[];
  before?: string[];
  storage: string;
  databases: string[];
  writes: string[];
  ready?: boolean;
}
type FrameWindow = Window & {__probe: Probe; customElements: CustomElementRegistry; CSSStyleSheet: typeof CSSStyleSheet};

/**
 * Proves the frame's policies are in force, so that "no violation" means something: the CSP refuses
 * eval, Trusted Types refuse a string for innerHTML, and both are reported to the probe's listener.
 * (Chromium, Firefox ESR 153 and WebKitGTK here all enforce Trusted Types.) The violations caused here
 * are taken back out of the probe.
 */
async function expectPoliciesEnforced(win: FrameWindow): Promise<void> {
  expect('trustedTypes' in win, 'the engine enforces Trusted Types').to.equal(true);
  const before = win.__probe.violations.length;
  expect(() => (win as unknown as {eval: (code: string) => unknown}).eval('1'), 'the CSP refuses eval').to.throw();
  expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>'), 'Trusted Types refuse a string').to.throw();
  await until(() => win.__probe.violations.length >= before + 2, 2000);
  win.__probe.violations.splice(before);
}

/** Loads a fixture page (served with a strict CSP and Trusted Types) in an iframe and waits for Signpost. */
async function open(page: string, width = 900): Promise<{frame: HTMLIFrameElement; win: FrameWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '1200px';
  frame.src = `/test/fixtures/pages/${page}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, {once: true}));
  const win = frame.contentWindow as FrameWindow;
  await until(() => Boolean(win.__probe?.ready), 2500);
  await new Promise((r) => setTimeout(r, 200));
  return {frame, win, doc: frame.contentDocument!};
}

/** The card's call link dials the US hotline, and the quick exit's button leaves (navigation stopped here). */
function expectCardAndExit(doc: Document): void {
  expect($(doc.querySelector('signpost-hotline-card')!, '[part="call-link"]').getAttribute('href')).to.equal('tel:+18883737888');
  const exit = doc.querySelector('signpost-quick-exit') as unknown as HTMLElement & {navigate: (url: string) => void};
  let left = '';
  exit.navigate = (url) => (left = url);
  $(exit, '[part="button"]').click();
  expect(left, 'the quick exit works').to.equal('https://www.wikipedia.org/');
}

/**
 * Lit's own globals, documented in docs/embedding.md (not its dev-mode litIssuedWarnings: the CDN files
 * are production builds), and the fixture's probe; everything of Signpost's is under a Symbol.
 */
const ALLOWED_GLOBALS = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', '__probe'];

/**
 * What Signpost left on the page since before it loaded: no global but the documented ones, of its own
 * Symbols only globalThis[Symbol.for('signpost.i18n')]; no request but the fixture's scripts and `files`
 * (Resource Timing lists fetches, XHR, beacons, images, fonts, styles and preloads alike; less the test
 * server's own script, which it injects into every page it serves); the storage as it was, nothing written.
 */
function expectFootprint(win: FrameWindow, doc: Document, files: string[]): void {
  expect(Object.getOwnPropertyNames(win).filter((name) => !win.__probe.before!.includes(name) && !ALLOWED_GLOBALS.includes(name)), 'globals').to.deep.equal([]);
  expect(Object.getOwnPropertySymbols(win).map(String).filter((name) => name.includes('signpost')), 'Signpost’s symbols').to.deep.equal(['Symbol(signpost.i18n)']);
  const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path !== '/__web-dev-server__web-socket.js');
  expect([...new Set(requests)].sort(), 'requests').to.deep.equal([...files, '/test/fixtures/pages/probe-after.js', '/test/fixtures/pages/probe.js'].sort());
  expect(JSON.stringify({cookie: doc.cookie, local: {...win.localStorage}, session: {...win.sessionStorage}}), 'cookies and storage').to.equal(win.__probe.storage);
  expect(win.__probe.writes, 'storage and cookie writes').to.deep.equal([]);
  expect(win.__probe.databases, 'IndexedDB databases opened').to.deep.equal([]);
}

const TAGS = ['signpost-quick-exit', 'signpost-campaign-banner', 'signpost-news-ticker', 'signpost-red-flag-quiz', 'signpost-hotline-card'];

describe('embedding in partner pages', () => {
  it('renders every widget, styled, under a strict CSP with Trusted Types: no violation, only the lit-html policy', async () => {
    const {frame, win, doc} = await open('widgets.html');
    try {
      for (const tag of TAGS) {
        expect(win.customElements.get(tag), tag).to.be.a('function');
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot!.childElementCount, tag).to.be.greaterThan(0);
      }
      // Styles applied (adopted stylesheets are allowed by style-src 'self').
      const call = doc.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector('[part="call-link"]')!;
      expect(win.getComputedStyle(call).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      // Use a few widgets.
      const quiz = doc.querySelector('signpost-red-flag-quiz')!.shadowRoot!;
      quiz.querySelector<HTMLButtonElement>('button')!.click();
      await new Promise((r) => setTimeout(r, 50));
      quiz.querySelector<HTMLLabelElement>('label.option')!.click();
      quiz.querySelector<HTMLButtonElement>('button')!.click();
      doc.querySelector('signpost-news-ticker')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause-button"]')!.click();
      doc.querySelector('signpost-campaign-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      doc.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')?.click();
      await new Promise((r) => setTimeout(r, 100));
      // Last, the quick exit: it hides the page and puts its "Loading." screen over it (no navigation here).
      const exit = doc.querySelector('signpost-quick-exit') as unknown as HTMLElement & {navigate: (url: string) => void};
      let left = '';
      exit.navigate = (url) => (left = url);
      exit.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
      await new Promise((r) => setTimeout(r, 100));
      expect(left).to.equal('https://www.wikipedia.org/');
      expect(win.__probe.violations).to.deep.equal([]);
      expect([...new Set(win.__probe.policies)]).to.deep.equal(['lit-html']);
      expect(win.__probe.errors).to.deep.equal([]);
      await expectPoliciesEnforced(win);
    } finally {
      frame.remove();
    }
  });

  it('reads RSS and Atom feeds under Trusted Types: the stories show, no violation (DOMParser would be refused)', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=feeds');
    try {
      const titles = (id: string) => [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('[part="item"]')].map((n) => n.textContent!.trim());
      await until(() => titles('rss').length > 0 && titles('atom').length > 0, 4000);
      expect(titles('rss').length).to.be.at.least(2);
      expect(titles('atom').length).to.be.at.least(1);
      expect(win.__probe.violations).to.deep.equal([]);
      expect([...new Set(win.__probe.policies)]).to.deep.equal(['lit-html']);
      await expectPoliciesEnforced(win);
    } finally {
      frame.remove();
    }
  });

  it('signpost.js loaded twice (two URLs, two copies) under Trusted Types without allow-duplicates: no error, no warning, the first copy’s widgets work', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=twice');
    try {
      const entries = win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
      expect(entries.filter((url) => url.pathname === '/dist/cdn/signpost.js').map((url) => url.search).sort(), 'both copies loaded').to.deep.equal(['', '?copy=2']);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.warnings.filter((w) => w.includes('Signpost') || w.includes('trusted-types')), 'one version: nothing to warn about').to.deep.equal([]);
      // The second copy's lit-html policy is refused: the browser reports that, and nothing else.
      expect(win.__probe.policies, 'each copy asked for lit-html').to.deep.equal(['lit-html', 'lit-html']);
      expect(win.__probe.violations, 'only the refused duplicate policy').to.deep.equal(['trusted-types trusted-types-policy']);
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
      expectCardAndExit(doc);
      // The second copy's flag is taken by it and removed: nothing of it is left on window.
      expect(Object.getOwnPropertySymbols(win).map(String)).to.not.include('Symbol(signpost.tt)');
      await expectPoliciesEnforced(win);
    } finally {
      frame.remove();
    }
  });

  it('with an older Signpost release loaded first: no error, one warning, and the older widgets work', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=older');
    try {
      expect(win.__probe.errors).to.deep.equal([]);
      const mismatches = win.__probe.warnings.filter((w) => w.includes('Signpost'));
      expect(mismatches).to.have.length(1);
      expect(mismatches[0]).to.contain('already defined by Signpost 0.0.9');
      for (const tag of TAGS) expect((win.customElements.get(tag) as unknown as {version: string}).version, tag).to.equal('0.0.9');
      const card = doc.querySelector('signpost-hotline-card')!;
      expect(card.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href')).to.equal('tel:+18883737888');
    } finally {
      frame.remove();
    }
  });

  it('beside the page’s own Lit under Trusted Types (no allow-duplicates): no error, one warning saying what to add, fallback content in view', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=ownlit');
    try {
      await expectPoliciesEnforced(win);
      expect(win.__probe.errors).to.deep.equal([]);
      const ours = win.__probe.warnings.filter((w) => w.includes('Signpost'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain("trusted-types needs lit-html (and 'allow-duplicates' beside another Lit)");
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
      const fallback = doc.getElementById('fallback')!;
      expect(fallback.getClientRects().length, 'the card’s tel: link is shown').to.be.greaterThan(0);
      // The guard's flag was taken by this copy and removed: nothing of it is left on window.
      expect(Object.getOwnPropertySymbols(win).map(String)).to.not.include('Symbol(signpost.tt)');
    } finally {
      frame.remove();
    }
  });

  it("the five single-widget files in place of signpost.js (five copies of Lit) under the README's trusted-types lit-html 'allow-duplicates': each works, styled; no error, warning or violation; only documented globals; no request but their files, nothing stored", async () => {
    const {frame, win, doc} = await open('widgets.html?variant=singles');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 4000);
      // Each copy created its own lit-html policy, which 'allow-duplicates' lets through.
      expect(win.__probe.policies).to.deep.equal(TAGS.map(() => 'lit-html'));
      for (const tag of TAGS) {
        const el = doc.querySelector(tag) as unknown as HTMLElement & {updateComplete: Promise<unknown>};
        await el.updateComplete;
        expect(el.shadowRoot!.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
        // A custom element is inline until its styles say otherwise (`:host { display: block }`).
        expect(win.getComputedStyle(el).display, `${tag} styled`).to.equal('block');
      }
      // Each used: the quiz answered, the ticker paused, the banner closed, the card's number, the exit.
      const quiz = doc.querySelector('signpost-red-flag-quiz') as unknown as HTMLElement & {updateComplete: Promise<unknown>};
      $(quiz, 'button').click();
      await quiz.updateComplete;
      $(quiz, 'label.option').click();
      $(quiz, 'button.primary').click();
      await quiz.updateComplete;
      expect($$(quiz, '#explanation').length, 'the quiz explains its answer').to.equal(1);
      const ticker = doc.querySelector('signpost-news-ticker')!;
      $(ticker, '[part="pause-button"]').click();
      await until(() => $(ticker, '[part="pause-button"]').textContent!.trim() === 'Play the news', 1000);
      expect(ticker.hasAttribute('paused'), 'the ticker paused').to.equal(true);
      const banner = doc.querySelector('signpost-campaign-banner')!;
      $(banner, '[part="close-button"]').click();
      await until(() => !banner.hasAttribute('showing'), 1000);
      expectCardAndExit(doc);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.warnings.filter((w) => w.includes('Signpost')), 'one version: nothing to warn about').to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      // The same globals and one shared catalog Symbol, whatever the number of copies.
      expectFootprint(win, doc, TAGS.map((tag) => `/dist/cdn/${tag.slice(9)}.js`));
      await expectPoliciesEnforced(win);
    } finally {
      frame.remove();
    }
  });

  it('in an engine without constructed style sheets, under a CSP style nonce (window.litNonce): every widget styled, the sticky bar’s scroll padding and the exit’s cover work, no violation', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=nonce');
    try {
      expect(() => new win.CSSStyleSheet(), 'the old engine is in place').to.throw();
      expect('adoptedStyleSheets' in doc, 'no adoptedStyleSheets').to.equal(false);
      for (const tag of TAGS) {
        expect(win.customElements.get(tag), tag).to.be.a('function');
        const root = doc.querySelector(tag)!.shadowRoot!;
        const styles = [...root.querySelectorAll('style')];
        expect(styles.length, `${tag}: Lit wrote <style> elements`).to.be.greaterThan(0);
        for (const style of styles) expect(style.nonce, tag).to.equal('signpost-test');
      }
      const call = doc.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector('[part="call-link"]')!;
      expect(win.getComputedStyle(call).backgroundColor, 'styled').not.to.equal('rgba(0, 0, 0, 0)');
      // The sticky quick exit: the page's scroll padding keeps focused elements out from under it.
      const exit = doc.querySelector('signpost-quick-exit') as unknown as HTMLElement & {navigate: (url: string) => void};
      expect(win.getComputedStyle(exit).position).to.equal('sticky');
      const padding = parseFloat(win.getComputedStyle(doc.documentElement).scrollPaddingBlockStart);
      expect(padding, 'scroll padding below the bar').to.be.greaterThan(exit.getBoundingClientRect().height);
      // Made inline, the bar gives the padding back: its <style> goes.
      exit.setAttribute('placement', 'inline');
      await (exit as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect(win.getComputedStyle(doc.documentElement).scrollPaddingBlockStart, 'no padding for an inline bar').to.equal('auto');
      // Leaving: the page goes under the cover, and the reader is sent away.
      let left = '';
      exit.navigate = (url) => (left = url);
      exit.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
      expect(left).to.equal('https://www.wikipedia.org/');
      expect(doc.querySelector('signpost-hotline-card')!.getClientRects().length, 'the page is hidden').to.equal(0);
      expect(win.getComputedStyle(doc.querySelector('[data-signpost-exit-overlay]')!).position, 'the cover').to.equal('fixed');
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('adds only documented globals to window, on load and after every widget is used (and a language loaded); and, so used, requests nothing but its files, stores nothing, violates no policy', async () => {
    const {frame, win, doc} = await open('widgets.html');
    try {
      expect(win.__probe.added!.filter((name) => !ALLOWED_GLOBALS.includes(name)), 'globals on load').to.deep.equal([]);
      const symbols = () => Object.getOwnPropertySymbols(win).map(String);
      const symbolsOnLoad = symbols();
      // Another language, loaded on demand: its catalog joins the shared one under the Symbol.
      doc.documentElement.lang = 'fr';
      const exit = doc.querySelector('signpost-quick-exit') as unknown as HTMLElement & {navigate: (url: string) => void};
      await until(() => $(exit, '[part="button"]').textContent!.includes('Quitter cette page'), 4000);
      // The quiz, played to its end.
      const quiz = doc.querySelector('signpost-red-flag-quiz') as unknown as HTMLElement & {updateComplete: Promise<unknown>};
      $(quiz, 'button').click();
      await quiz.updateComplete;
      let asked = 0;
      while ($$(quiz, '[part="question"]').length && asked < 5) {
        asked += 1;
        $(quiz, 'label.option').click();
        $(quiz, 'button.primary').click();
        await quiz.updateComplete;
        $(quiz, 'button.primary').click();
        await quiz.updateComplete;
      }
      expect(asked, 'the quiz was played').to.equal(2);
      // The ticker paused and played again; the banner closed; the card's copy and call.
      const ticker = doc.querySelector('signpost-news-ticker')!;
      $(ticker, '[part="pause-button"]').click();
      $(ticker, '[part="pause-button"]').click();
      $(doc.querySelector('signpost-campaign-banner')!, '[part="close-button"]').click();
      const card = doc.querySelector('signpost-hotline-card')!;
      card.addEventListener('click', (e) => e.preventDefault());
      $(card, '[part="call-link"]').click();
      $(card, '[part="copy-button"]').click();
      await until(() => $(card, '[role="status"]').textContent!.trim() !== '', 3000); // copied, or the number read out
      // Last, the quick exit: the page hidden under its "Loading." screen (no navigation here).
      let left = '';
      exit.navigate = (url) => (left = url);
      $(exit, '[part="button"]').click();
      await new Promise((r) => setTimeout(r, 100));
      expect(left, 'the exit ran').to.equal('https://www.wikipedia.org/');
      expect(doc.querySelector('[data-signpost-exit-overlay]'), 'the exit ran').to.not.equal(null);
      expect(symbols().filter((name) => !symbolsOnLoad.includes(name)), 'symbols added on use').to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
      // After use, in every engine: the built file and the language file it asked for, nothing else.
      expectFootprint(win, doc, ['/dist/cdn/locales/fr.js', '/dist/cdn/signpost.js']);
      // The strict CSP and Trusted Types, through all of that.
      expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
      expect([...new Set(win.__probe.policies)], 'Trusted Types policies').to.deep.equal(['lit-html']);
      await expectPoliciesEnforced(win);
    } finally {
      frame.remove();
    }
  });

  it('on a 360 px phone: no widget is wider than the screen; the banner’s close button sits in its top corner, clear of the text', async () => {
    const {frame, win, doc} = await open('widgets.html', 360);
    try {
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(win.innerWidth);
      for (const tag of TAGS) expect(doc.querySelector(tag)!.getBoundingClientRect().right, tag).to.be.at.most(win.innerWidth);
      const banner = doc.querySelector('signpost-campaign-banner')!.shadowRoot!;
      const base = banner.querySelector('[part="base"]')!.getBoundingClientRect();
      const close = banner.querySelector('[part="close-button"]')!.getBoundingClientRect();
      expect(close.top - base.top, 'at the top').to.be.below(base.height / 4);
      expect(base.right - close.right, 'at the end').to.be.below(24);
      expect(textUnder(banner.querySelector('[part="heading"]')!, close), 'the heading runs under the close button').to.equal(false);
    } finally {
      frame.remove();
    }
  });

  // Android's largest text setting doubles the text; a 320 px screen is WCAG's reflow width.
  for (const [lang, pause] of [['en', 'Pause the news'], ['ru', 'Приостановить ленту новостей'], ['ar', 'إيقاف الأخبار مؤقتًا']]) {
    it(`at 320 px with 200% text (${lang}): no sideways scrolling, no widget or word wider than the screen`, async () => {
      const {frame, doc} = await open('widgets.html', 320);
      try {
        doc.documentElement.style.fontSize = '200%';
        doc.documentElement.lang = lang;
        doc.querySelector('signpost-quick-exit')!.setAttribute('explain', '');
        doc.querySelector('signpost-hotline-card')!.setAttribute('country-picker', ''); // long country names
        const ticker = doc.querySelector('signpost-news-ticker')!;
        await until(() => ticker.shadowRoot!.querySelector('[part="pause-button"]')?.textContent?.trim() === pause, 3000);
        // Every text open: the card's other services, the quick exit's explanation.
        for (const tag of TAGS) $$<HTMLDetailsElement>(doc.querySelector(tag)!, 'details').forEach((d) => (d.open = true));
        await new Promise((r) => setTimeout(r, 100));
        const fits = (label: string) => {
          const width = doc.documentElement.clientWidth; // without a scrollbar, as it is now
          expect(doc.documentElement.scrollWidth, `${label}: no sideways scrolling`).to.be.at.most(width);
          for (const tag of TAGS) {
            // Nothing runs past a widget's own box either: in RTL it would run off the left edge, out of
            // reach, and a page's overflow: hidden would clip it.
            const base = $(doc.querySelector(tag)!, '[part~="base"]');
            expect(base.getBoundingClientRect().right, `${label}: ${tag}`).to.be.at.most(width);
            expect(base.scrollWidth, `${label}: ${tag}'s content`).to.be.at.most(base.clientWidth + 1);
          }
        };
        fits('US');
        // Every country's card, its other services open: long numbers, e-mail addresses, names.
        const card = doc.querySelector('signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
        for (const {country} of HOTLINES) {
          card.setAttribute('country', country);
          await card.updateComplete;
          expect((card as unknown as {resolvedCountry: string}).resolvedCountry, 'the bundle has the country').to.equal(country);
          $$<HTMLDetailsElement>(card, 'details').forEach((d) => (d.open = true));
          fits(country);
        }
        // Every question of the quiz's bank, and each answer with its explanation and source.
        const quiz = doc.querySelector('signpost-red-flag-quiz') as HTMLElement & {updateComplete: Promise<unknown>};
        quiz.setAttribute('count', '100');
        await quiz.updateComplete;
        $(quiz, 'button').click();
        await quiz.updateComplete;
        let asked = 0;
        // Words of the answers cut in two across lines: the spacing around them shrinks with the
        // screen, so that at 200% text an answer keeps room for its words (long ones may still break).
        const split = new Set<string>();
        const splitWords = () => {
          for (const label of $$(quiz, 'label.option')) {
            const walker = doc.createTreeWalker(label, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              for (const word of node.data.matchAll(/\p{L}+/gu)) {
                const range = doc.createRange();
                range.setStart(node, word.index!);
                range.setEnd(node, word.index! + word[0].length);
                if (new Set([...range.getClientRects()].filter((r) => r.width).map((r) => Math.round(r.top))).size > 1) split.add(word[0]);
              }
            }
          }
        };
        while ($$(quiz, '[part="question"]').length) {
          asked += 1;
          fits(`quiz question ${asked}`);
          splitWords();
          $(quiz, 'label.option').click();
          $(quiz, 'button.primary').click();
          await quiz.updateComplete;
          expect($$(quiz, '[part="feedback"]'), 'the answer is shown').to.have.length(1);
          fits(`quiz answer ${asked}`);
          $(quiz, 'button.primary').click();
          await quiz.updateComplete;
        }
        expect(asked, 'the whole bank').to.equal(BANK_INDEX.length);
        if (lang === 'en') expect([...split].filter((word) => word.length <= 9), 'answers’ words of up to 9 letters cut in two').to.deep.equal([]);
        fits('quiz result');
      } finally {
        frame.remove();
      }
    });
  }

  it('stays legible and operable on a hostile page (all: unset, 62.5% root, inherited link colour, huge z-index, overflow hidden): every widget’s controls pressed where drawn', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=hostile', 400);
    try {
      expect(win.getComputedStyle(doc.documentElement).fontSize, 'the hostile CSS is in force').to.equal('10px');
      for (const tag of TAGS) {
        const root = doc.querySelector(tag)?.shadowRoot;
        expect(root, `${tag} upgraded`).to.exist;
        const texts = [...root!.querySelectorAll<HTMLElement>('p, a, button, legend, [part="heading"], li')];
        expect(texts.length, tag).to.be.greaterThan(0);
        // The base text keeps its 14 px floor; secondary text (0.85–0.9em of it) about 12 px.
        expect(parseFloat(win.getComputedStyle(root!.querySelector('[part~="base"]')!).fontSize), `${tag} base`).to.be.at.least(14);
        for (const node of texts) expect(parseFloat(win.getComputedStyle(node).fontSize), `${tag} ${node.localName}`).to.be.at.least(11.9);
        // The dark page's light text must not land on the widget's own light surface.
        const base = root!.querySelector<HTMLElement>('[part~="base"]')!;
        // The quick exit has no surface of its own (it takes the page's colours); every other widget has one.
        if (tag !== 'signpost-quick-exit') {
          const surface = win.getComputedStyle(base).backgroundColor;
          expect(surface, `${tag}: its surface`).to.not.equal('rgba(0, 0, 0, 0)');
          const text = root!.querySelector<HTMLElement>('[part="heading"], p, li')!;
          expect(contrast(win.getComputedStyle(text).color, surface), `${tag}: text on its surface`).to.be.at.least(4.5);
        }
      }
      // The scrolling ticker runs its own keyframes, not the page's of the same name (hostile.css: l and r
      // move down the page), halfway through its loop half a copy to the left.
      const track = doc.querySelector('signpost-news-ticker')!.shadowRoot!.querySelector<HTMLElement>('.track')!;
      const [loop] = track.getAnimations();
      expect(loop, 'the ticker scrolls').to.exist;
      loop.pause();
      loop.currentTime = (loop.effect!.getComputedTiming().duration as number) / 2;
      const moved = new DOMMatrix(win.getComputedStyle(track).transform);
      expect(moved.m42, 'no move down the page').to.equal(0);
      expect(moved.m41, 'a quarter of the track (half a copy) to the left').to.be.closeTo(-track.offsetWidth / 4, 2);
      loop.play();
      // A sticky quick exit stays sticky and opaque: * { all: unset } beats any :host rule.
      const sticky = doc.querySelector('signpost-quick-exit')!;
      sticky.setAttribute('placement', 'sticky');
      await (sticky as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(win.getComputedStyle(sticky).position).to.equal('sticky');
      expect(win.getComputedStyle(sticky).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      // …and its background lies under everything it shows (an inline host paints only behind its
      // line: page text showed through the explanation).
      sticky.setAttribute('explain', '');
      await (sticky as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(win.getComputedStyle(sticky).display).to.equal('block');
      const bar = sticky.getBoundingClientRect();
      const shown = sticky.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
      expect(bar.top, 'the bar starts above its content').to.be.at.most(shown.top + 0.5);
      expect(bar.bottom, 'the bar ends below its content').to.be.at.least(shown.bottom - 0.5);
      // A partner can still hide it.
      sticky.hidden = true;
      expect(win.getComputedStyle(sticky).display).to.equal('none');
      sticky.hidden = false;
      sticky.removeAttribute('explain');
      sticky.removeAttribute('placement');
      // Every widget's controls: a target of at least 24 px, on top where it is drawn (a tap lands on it),
      // and doing what it says when pressed.
      const press = async (host: Element, selector: string) => {
        const control = host.shadowRoot!.querySelector<HTMLElement>(selector);
        expect(control, `${host.localName} ${selector}`).to.not.equal(null);
        control!.scrollIntoView({block: 'center'});
        const r = control!.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${host.localName} ${selector}: a 24 px target`).to.be.at.least(24);
        const hit = host.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(hit?.closest(selector) === control, `${host.localName} ${selector}: on top where it is drawn`).to.equal(true);
        control!.click();
        await (host as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      };
      const quiz = doc.querySelector('signpost-red-flag-quiz')!;
      await press(quiz, '[part="button"]'); // Start
      await press(quiz, '[part="option"]');
      await press(quiz, '[part="button"]'); // Check
      expect(quiz.shadowRoot!.querySelector('[part="feedback"]')?.textContent?.trim(), 'the quiz answers').to.be.a('string').and.not.equal('');
      const ticker = doc.querySelector('signpost-news-ticker') as Element & {paused: boolean};
      await press(ticker, '[part="pause-button"]');
      expect(ticker.paused, 'the ticker paused').to.equal(true);
      await press(ticker, '[part="pause-button"]');
      expect(ticker.paused, 'and plays again').to.equal(false);
      const banner = doc.querySelector('signpost-campaign-banner')!;
      // The call to action's link: followed (its click reaches the page), but no navigation here.
      let followed = '';
      banner.addEventListener('click', (e) => {
        followed = (e.composedPath()[0] as Element).closest?.('a')?.getAttribute('href') ?? '';
        e.preventDefault();
      });
      await press(banner, '[part="cta"]');
      expect(followed && new URL(followed).pathname, 'the call to action is followed').to.equal('/x');
      await press(banner, '[part="close-button"]');
      expect(banner.hasAttribute('showing'), 'the banner closed').to.equal(false);
      const card = doc.querySelector('signpost-hotline-card')!;
      const call = card.shadowRoot!.querySelector<HTMLElement>('[part="call-link"]')!;
      call.scrollIntoView({block: 'center'});
      const box = call.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      // Nothing of the page lies over it (the huge z-index, the overflow-hidden parents): a tap lands on it.
      const hit = card.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('[part="call-link"]'), 'the call link is on top where it is drawn').to.equal(call);
      let contacted = false;
      card.addEventListener('signpost-hotline-contact', (e) => {
        e.stopPropagation();
        contacted = true;
      });
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      expect(contacted).to.equal(true);
      const exit = doc.querySelector('signpost-quick-exit') as HTMLElement & {navigate: (u: string, r: boolean) => void};
      let left = '';
      exit.navigate = (url) => (left = url);
      const button = exit.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
      button.scrollIntoView({block: 'center'});
      const at = button.getBoundingClientRect();
      expect(exit.shadowRoot!.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2)?.closest('[part="button"]'), 'the exit button is on top').to.equal(button);
      // Legible: its own colours, not the page's light text on its red.
      const look = win.getComputedStyle(button);
      expect(look.backgroundColor, 'the exit button’s own background').to.not.equal('rgba(0, 0, 0, 0)');
      expect(contrast(look.color, look.backgroundColor), 'the exit button’s text on its background').to.be.at.least(4.5);
      button.click();
      expect(left).to.equal('https://www.wikipedia.org/');
      // And the page is gone under the hostile CSS too: only the overlay is drawn.
      for (const tag of TAGS) expect(doc.querySelector(tag)!.getClientRects().length, `${tag} hidden`).to.equal(0);
      const overlay = doc.querySelector('[data-signpost-exit-overlay]')!;
      expect(doc.elementFromPoint(200, 300), 'the overlay covers the page').to.equal(overlay);
    } finally {
      frame.remove();
    }
  });
  // Last: a refused script can stay in the browser's memory cache for this test run.
  it('with a wrong integrity, the script is refused and the light-DOM fallback stays usable', async () => {
    const {frame, win, doc} = await open('widgets.html?variant=integrity');
    try {
      expect(doc.querySelector('script[src^="/dist/cdn/signpost.js"]')!.getAttribute('integrity'), 'the page pins a wrong hash').to.match(/^sha384-A+$/);
      expect(win.customElements.get('signpost-hotline-card')).to.equal(undefined);
      const fallback = doc.querySelector<HTMLAnchorElement>('#fallback')!;
      expect(fallback.getAttribute('href')).to.equal('tel:+18883737888');
      const box = fallback.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(fallback);
      expect(doc.querySelector('signpost-quick-exit a')!.getClientRects().length).to.be.greaterThan(0);
      // The quiz's, from the README: its link in view and the first thing under a tap on it.
      const learn = doc.querySelector<HTMLAnchorElement>('signpost-red-flag-quiz a')!;
      expect(learn.href).to.match(/^https:\/\/www\.unicefusa\.org\//);
      const at = learn.getBoundingClientRect();
      expect(doc.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2), 'the quiz’s fallback link').to.equal(learn);
      // The ticker's fallback is its own list of links.
      const news = [...doc.querySelectorAll<HTMLAnchorElement>('signpost-news-ticker a')];
      expect(news.map((a) => a.href)).to.deep.equal(['https://news.example/1', 'https://news.example/2']);
      for (const a of news) expect(a.getClientRects().length, a.href).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});
