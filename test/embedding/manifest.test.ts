// custom-elements.json is what editors, Storybook, the framework types and Get the code offer
// partners: its attribute names must be the ones the elements really observe.
import {expect} from '@open-wc/testing';
import '../../src/define.js';

interface Declaration {
  tagName?: string;
  attributes?: {name: string; fieldName?: string}[];
}

describe('custom-elements.json', () => {
  it('names exactly the attributes each element observes (each written out in `static properties`)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: Declaration[]}[]};
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('signpost-'));
    expect(elements).to.have.length(5);
    for (const el of elements) {
      const observed = (customElements.get(el.tagName!) as unknown as {observedAttributes: string[]}).observedAttributes;
      expect((el.attributes ?? []).map((a) => a.name).sort(), el.tagName).to.deep.equal([...observed].sort());
    }
  });
});
