import {expect} from '@open-wc/testing';
import {until} from '../helpers/util.js';

/**
 * A framework that keeps its own data on the elements it renders: Preact 10 stores an element's event
 * listeners in its `l` property (`(el.l ||= {})[type] = handler`, read back at each event). The CDN
 * files shorten the widgets' own state to one letter (scripts/mangle-props.mjs); one of them was `l`
 * until 2026-12-07, so a Preact app that gave a widget an event handler overwrote that state (the quick
 * exit's status read "[object Object]"), and the widget's next render gave Preact a string where its
 * listeners had been (its handlers threw). Each CDN file in a frame of its own.
 */
const WIDGETS = `<signpost-hotline-card country="GB" quick-exit></signpost-hotline-card>
  <signpost-quick-exit href="https://www.bbc.co.uk/weather" explain></signpost-quick-exit>
  <signpost-campaign-banner heading="Partner heading" message="Partner message"></signpost-campaign-banner>
  <signpost-red-flag-quiz count="3" seed="x"></signpost-red-flag-quiz>
  <signpost-news-ticker mode="list"><ul><li><a href="https://news.example/1">First story</a></li></ul></signpost-news-ticker>`;

const FILES: Record<string, string[]> = {
  signpost: ['hotline-card', 'quick-exit', 'campaign-banner', 'red-flag-quiz', 'news-ticker'],
  'hotline-card': ['hotline-card'],
  'quick-exit': ['quick-exit'],
  'campaign-banner': ['campaign-banner'],
  'red-flag-quiz': ['red-flag-quiz'],
  'news-ticker': ['news-ticker'],
};

describe('the CDN files under a framework that keeps data on its elements (Preact’s `l`)', () => {
  for (const [file, tags] of Object.entries(FILES)) {
    it(`${file}.js: each widget renders the same with the framework’s \`l\` set, and leaves it as the framework set it`, async function () {
      this.timeout(30000);
      const markup = WIDGETS.split('\n').filter((line) => tags.some((tag) => line.includes(`<signpost-${tag} `))).join('\n');
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body><script>window.__errors = [];
        addEventListener('error', (e) => __errors.push(String(e.message)));</script>
        <script type="module" src="${new URL(`/dist/cdn/${file}.js`, location.href).href}"></script>${markup}</body></html>`;
      document.body.append(frame);
      try {
        const doc = () => frame.contentDocument!;
        await until(() => tags.every((tag) => (doc().querySelector(`signpost-${tag}`)?.shadowRoot?.textContent ?? '').trim() !== ''), 8000);
        const widgets = [...doc().querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void}>('body > *')].filter((el) => el.localName.startsWith('signpost-'));
        expect(widgets, 'its widgets').to.have.length(tags.length);
        await Promise.all(widgets.map((el) => el.updateComplete));
        const seen = () => widgets.map((el) => `${el.localName}: ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()}`);
        const before = seen();
        // None of the widget's own state (nor Lit's, on the element) has the name the framework writes.
        expect(widgets.map((el) => 'l' in el), 'an `l` of the widget’s own').to.deep.equal(widgets.map(() => false));
        // What Preact does as it gives each element a click handler; then a render of each, and focus in
        // and out of each (state that focus writes).
        const listeners = widgets.map((el) => {
          const own = {click: () => {}};
          (el as unknown as {l: unknown}).l = own;
          return own;
        });
        widgets.forEach((el) => el.requestUpdate());
        await Promise.all(widgets.map((el) => el.updateComplete));
        for (const el of widgets) {
          el.shadowRoot!.querySelector<HTMLElement>('button, a')?.focus();
          (doc().activeElement as HTMLElement | null)?.blur();
        }
        await Promise.all(widgets.map((el) => el.updateComplete));
        expect(seen(), 'what the reader sees').to.deep.equal(before);
        expect(
          widgets.map((el, i) => (el as unknown as {l: unknown}).l === listeners[i]),
          'the framework’s listeners, as it left them',
        ).to.deep.equal(widgets.map(() => true));
        expect((frame.contentWindow as unknown as {__errors: string[]}).__errors, 'errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
