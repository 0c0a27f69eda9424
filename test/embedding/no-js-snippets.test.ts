import {expect} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

/**
 * The README's snippets with JavaScript off: the fallback alone, with no reserved blank space below it
 * (`@media (scripting: none)`). A frame sandboxed without allow-scripts runs no script, and every engine
 * then matches `scripting: none`; with scripting on, the reserve stays.
 */
const WIDGETS = ['hotline-card', 'quick-exit', 'red-flag-quiz', 'campaign-banner', 'news-ticker'];

async function framed(html: string, scripts: boolean): Promise<Document> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 360px; height: 2000px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The element's height as the snippet lays it out, and with no min-height at all (its content alone). */
function heights(el: HTMLElement): [number, number] {
  const given = el.getBoundingClientRect().height;
  el.style.minHeight = '0';
  const content = el.getBoundingClientRect().height;
  el.style.minHeight = '';
  return [given, content];
}

describe('README snippets with JavaScript off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const name of WIDGETS) {
    it(`${name}: the fallback shows with no reserved blank space; with scripting on, the reserve stays`, async () => {
      const snippet = await readmeSnippet(name);
      const off = await framed(snippet, false);
      expect(off.defaultView!.matchMedia('(scripting: none)').matches, 'no scripting in the sandboxed frame').to.equal(true);
      const el = off.querySelector<HTMLElement>(`signpost-${name}`)!;
      expect(off.defaultView!.customElements.get(`signpost-${name}`)).to.equal(undefined);
      const [given, content] = heights(el);
      expect(given, 'no space beyond the fallback').to.be.closeTo(content, 0.5);
      // The banner's built-in campaign has no fallback (its element is empty); every other shows one.
      if (name !== 'campaign-banner') expect(content, 'the fallback is in view').to.be.greaterThan(10);
      // Scripting on (the script itself left out): the reserved height holds the widget's place.
      const on = await framed(snippet.replace(/<script[\s\S]*?<\/script>/g, ''), true);
      const [reserved] = heights(on.querySelector<HTMLElement>(`signpost-${name}`)!);
      expect(reserved, 'the reserve, with scripting on').to.be.greaterThan(content + 20);
    });
  }
});
