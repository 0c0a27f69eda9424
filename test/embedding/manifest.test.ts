// custom-elements.json is what editors, Storybook, the framework types and Get the code offer
// partners: its attribute names must be the ones the elements really observe, in the source (npm)
// and in every CDN file (whose build leaves kebab-case names to the base class:
// scripts/derive-attributes.mjs).
import {expect} from '@open-wc/testing';
import '../../src/define.js';

interface Declaration {
  tagName?: string;
  attributes?: {name: string; fieldName?: string}[];
}

const manifest = fetch('/custom-elements.json')
  .then((r) => r.json())
  .then((m: {modules: {declarations?: Declaration[]}[]}) => m.modules.flatMap((d) => d.declarations ?? []).filter((d) => d.tagName?.startsWith('signpost-')));
const expected = async (tag: string) => ((await manifest).find((d) => d.tagName === tag)!.attributes ?? []).map((a) => a.name).sort();
const observed = (registry: CustomElementRegistry, tag: string) => [...(registry.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes].sort();

/** The custom-element registry of a fresh page that loaded one CDN file, once it defined `tag`. */
async function cdnRegistry(file: string, tag: string): Promise<{registry: CustomElementRegistry; done: () => void}> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${new URL(`/dist/cdn/${file}`, location.href).href}"></script></body></html>`;
  document.body.append(frame);
  const end = performance.now() + 5000;
  while (performance.now() < end && !frame.contentWindow?.customElements?.get(tag)) await new Promise((r) => setTimeout(r, 20));
  return {registry: frame.contentWindow!.customElements, done: () => frame.remove()};
}

describe('custom-elements.json', () => {
  it('names exactly the attributes each element observes (each written out in `static properties`)', async () => {
    const elements = await manifest;
    expect(elements).to.have.length(5);
    for (const el of elements) expect(observed(customElements, el.tagName!), el.tagName).to.deep.equal(await expected(el.tagName!));
  });

  for (const [file, tags] of [
    ['signpost.js', ['signpost-hotline-card', 'signpost-quick-exit', 'signpost-red-flag-quiz', 'signpost-news-ticker', 'signpost-campaign-banner']],
    ['hotline-card.js', ['signpost-hotline-card', 'signpost-quick-exit']],
    ['quick-exit.js', ['signpost-quick-exit']],
    ['red-flag-quiz.js', ['signpost-red-flag-quiz', 'signpost-hotline-card', 'signpost-quick-exit']],
    ['news-ticker.js', ['signpost-news-ticker']],
    ['campaign-banner.js', ['signpost-campaign-banner']],
  ] as const) {
    it(`names exactly the attributes the elements of dist/cdn/${file} observe`, async function () {
      this.timeout(10000);
      const {registry, done} = await cdnRegistry(file, tags[0]);
      try {
        for (const tag of tags) expect(observed(registry, tag), `${file}: ${tag}`).to.deep.equal(await expected(tag));
      } finally {
        done();
      }
    });
  }
});
