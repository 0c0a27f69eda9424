import {expect} from '@open-wc/testing';
import {until} from '../helpers/util.js';

/**
 * A page whose query parser took `?__proto__[state]=1` (or `attribute`, `hasChanged`, `noAccessor`…)
 * before the CDN bundle loaded: Lit reads these names from every property declaration, and until
 * 2026-12-07 Signpost's inherited them, so every widget ignored every attribute (a card without its
 * country or quick exit, a quick exit to the default page) or threw into the page at each attribute.
 * The CDN files' Lit now gives each declaration no prototype (vite.config.ts, KEBAB_CREATE_PROPERTY).
 * In a frame of its own, so that the pollution reaches nothing of the test page's.
 */
const POLLUTE = `<script>window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
  Object.assign(Object.prototype, {state: '1', attribute: 'lang', hasChanged: '1', noAccessor: '1', reflect: '1', useDefault: '1', wrapped: '1', converter: 'x', type: 'x'});
</script>`;

const WIDGETS = `<signpost-hotline-card country="GB" quick-exit></signpost-hotline-card>
  <signpost-quick-exit href="https://www.bbc.co.uk/weather" explain></signpost-quick-exit>
  <signpost-campaign-banner heading="Partner heading" message="Partner message"></signpost-campaign-banner>
  <signpost-red-flag-quiz count="3"></signpost-red-flag-quiz>
  <signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">First story</a></li></ul></signpost-news-ticker>`;

type Frame = Window & typeof globalThis & {__errors: string[]};

async function page(pollute: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${pollute ? POLLUTE : '<script>window.__errors = []</script>'}
    <script type="module" src="${new URL('/dist/cdn/signpost.js', location.href).href}"></script>${WIDGETS}</body></html>`;
  document.body.append(frame);
  await until(() => Boolean(frame.contentDocument?.querySelector('signpost-news-ticker')?.shadowRoot?.textContent?.includes('First story')), 8000);
  // Each widget's first update done (one that threw is caught here: what it failed to render shows below).
  await Promise.all([...frame.contentDocument!.body.children].map((el) => (el as Element & {updateComplete?: Promise<unknown>}).updateComplete?.catch(() => {})));
  return frame;
}

/** What a reader sees of each widget: its text, and where its links go. */
function seen(frame: HTMLIFrameElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of frame.contentDocument!.querySelectorAll('body > *')) {
    if (!el.localName.startsWith('signpost-')) continue;
    const root = el.shadowRoot!;
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // With its attributes: none reflected that the page did not write (a polluted `reflect`).
    out[el.localName] = `${root.textContent!.replace(/\s+/g, ' ').trim()} ${JSON.stringify(links)} ${el.getAttributeNames().sort()}`;
  }
  return out;
}

describe('dist/cdn/signpost.js on a page that polluted the names Lit reads from a property declaration', () => {
  it('renders every widget as on a clean page, with its attributes, and throws nothing into the page', async function () {
    this.timeout(30000);
    const clean = await page(false);
    const polluted = await page(true);
    const [before, after] = [seen(clean), seen(polluted)];
    // The attributes were read: the card's line and quick exit, the quick exit's page and explanation.
    expect(after['signpost-hotline-card']).to.contain('08000 121 700');
    expect(polluted.contentDocument!.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector('signpost-quick-exit'), 'the card’s quick exit').to.exist;
    expect(after['signpost-quick-exit']).to.contain('https://www.bbc.co.uk/weather');
    expect(Object.keys(after)).to.have.length(5);
    expect(after).to.deep.equal(before);
    expect((polluted.contentWindow as Frame).__errors).to.deep.equal([]);
    expect((clean.contentWindow as Frame).__errors).to.deep.equal([]);
    clean.remove();
    polluted.remove();
  });
});
