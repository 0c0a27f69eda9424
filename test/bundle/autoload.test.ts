import {expect, fixture, html} from '@open-wc/testing';

type Card = HTMLElement & {updateComplete: Promise<unknown>};
const copyLabel = (el: Element) => el.shadowRoot!.querySelector('[part="copy-button"]')!.textContent!.trim();

// Runs against the built CDN files (npm test builds them first).
describe('dist/cdn/signpost.js loads a language file when a widget needs it', () => {
  it('fetches locales/fr.js from beside the bundle, once, and re-renders in French', async () => {
    await import(new URL('/dist/cdn/signpost.js', location.href).href);
    const en = await fixture<Card>(html`<signpost-hotline-card country="FR"></signpost-hotline-card>`);
    expect(copyLabel(en)).to.equal('Copy number');
    const wrap = await fixture(html`<div lang="fr-FR"><signpost-hotline-card country="FR"></signpost-hotline-card><signpost-hotline-card country="FR"></signpost-hotline-card></div>`);
    const cards = [...wrap.querySelectorAll<Card>('signpost-hotline-card')];
    for (let i = 0; i < 40 && copyLabel(cards[0]) === 'Copy number'; i++) await new Promise((r) => setTimeout(r, 50));
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
    await new Promise((r) => setTimeout(r, 800));
    const win = frame.contentWindow as Window & typeof globalThis;
    expect(win.customElements.get('signpost-hotline-card'), 'the pinned bundle ran').to.be.a('function');
    const card = frame.contentDocument!.querySelector('signpost-hotline-card')!;
    expect(copyLabel(card)).to.equal('Copy number');
    expect(win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'))).to.have.length(0);
    frame.remove();
  });
});
