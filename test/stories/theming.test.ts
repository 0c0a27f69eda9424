import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import banner from '../../stories/campaign-banner.stories.js';
import card from '../../stories/hotline-card.stories.js';
import ticker from '../../stories/news-ticker.stories.js';
import exit from '../../stories/quick-exit.stories.js';
import quiz from '../../stories/red-flag-quiz.stories.js';
import {theme} from '../../stories/theming.js';
import {rgbOf, until} from '../helpers/util.js';

/** The parts of a story's default export that these tests use. */
interface StoryMeta {
  component?: unknown;
  args?: object;
  argTypes?: Record<string, {control?: unknown; description?: string; table?: {category?: string; disable?: boolean}} | undefined>;
  render?: (args: never, context: never) => unknown;
}
interface Doc {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: (Doc & {type?: {text: string}})[];
  members?: (Doc & {kind: string})[];
  cssProperties?: Doc[];
  cssParts?: Doc[];
  slots?: Doc[];
}

// Read on its own (not through the stories' import), so the stories are compared with the manifest.
const declarations: Promise<Declaration[]> = fetch('/custom-elements.json')
  .then((r) => r.json())
  .then((m: {modules: {declarations?: Declaration[]}[]}) => m.modules.flatMap((d) => d.declarations ?? []));

/** Per story: a custom property and the part whose colour (text, background or border) shows it. */
const stories: [StoryMeta, string, string][] = [
  [card, '--signpost-accent', 'call-link'],
  [exit, '--signpost-quick-exit-background', 'button'],
  [quiz, '--signpost-accent', 'button'],
  [banner, '--signpost-accent', 'cta'],
  [ticker, '--signpost-accent', 'pause-button'],
];

/** Story args that show the parts a default story does not render. */
const MORE: Record<string, Record<string, unknown>[]> = {
  'signpost-campaign-banner': [
    {variant: 'card', image: '/test-server/pixel.gif', 'image-alt': 'A path', 'content-note': 'a court case'},
    {variant: 'card', image: '/test-server/pixel.gif', 'image-alt': ''},
  ],
  'signpost-hotline-card': [{country: 'IE', 'country-picker': true, 'quick-exit': true}, {country: 'CA'}],
  'signpost-quick-exit': [{explain: true}],
};
/** The parts that need a reader's action (a copy, answering the quiz), which "every part arg reaches its part" cannot check. */
const UNCHECKED: Record<string, string[]> = {
  'signpost-campaign-banner': [],
  'signpost-hotline-card': ['copy-status'],
  'signpost-news-ticker': [],
  'signpost-quick-exit': [],
  'signpost-red-flag-quiz': ['progress', 'question', 'option', 'feedback', 'result', 'hotline', 'heading', 'scope', 'subheading', 'notice', 'hours', 'channels', 'call-link', 'copy-button', 'copy-status', 'sms-link', 'chat-link', 'report-link', 'website-link', 'email-link', 'tty', 'languages', 'scam-warning', 'emergency', 'source', 'more', 'picker'],
};

/** As rgb(): a colour mixed with 0% of another (the quick exit's fill) is written `color(srgb …)` in some engines. */
const colours = (el: Element) => {
  const s = getComputedStyle(el);
  return [s.color, s.backgroundColor, s.borderTopColor].map((c) => `rgb(${rgbOf(c).join(', ')})`);
};

describe('Storybook theming controls', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  /** Renders the story with its default args plus `extra`; resolves to the element once `part` is in its shadow root. */
  async function show(meta: StoryMeta, extra: Record<string, unknown>, part = 'base') {
    const tag = String(meta.component);
    render(meta.render!({...meta.args, ...extra} as never, {} as never) as TemplateResult, container);
    const el = container.querySelector(tag) as HTMLElement & {updateComplete: Promise<unknown>};
    await el.updateComplete;
    await until(() => Boolean(el.shadowRoot?.querySelector(`[part~="${part}"]`)));
    return el;
  }
  const partOf = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

  it("the banner's slot:default control places the message in the light DOM, where it replaces the campaign's", async () => {
    const el = await show(banner as StoryMeta, {'slot:default': 'Our own words.'});
    expect(el.querySelector('p')?.textContent).to.equal('Our own words.');
    expect(partOf(el, 'message').textContent!.trim(), 'no built-in message beside it').to.equal('');
    expect(el.querySelector('p')!.assignedSlot?.closest('[part="message"]')).to.not.equal(null);
    expect((banner as StoryMeta).argTypes?.['slot:default']?.control).to.equal('text');
  });

  for (const [meta, property, coloured] of stories) {
    const tag = String(meta.component);
    describe(tag, () => {
      it('has a control for every CSS custom property and part in custom-elements.json', async () => {
        const el = (await declarations).find((d) => d.tagName === tag)!;
        expect(el, tag).to.exist;
        expect(el.cssProperties ?? []).to.not.be.empty;
        expect(el.cssParts ?? []).to.not.be.empty;
        for (const p of el.cssProperties ?? []) {
          const type = meta.argTypes?.[p.name];
          expect(type?.table?.category, p.name).to.equal('CSS custom properties');
          expect(type?.description, p.name).to.equal(p.description);
          expect(type?.control, p.name).to.be.oneOf(['color', 'text']);
        }
        for (const p of el.cssParts ?? []) {
          const type = meta.argTypes?.[`part:${p.name}`];
          expect(type?.table?.category, p.name).to.equal('CSS parts');
          expect(type?.description, p.name).to.contain(p.description);
          expect(type?.control, p.name).to.equal('text');
        }
        expect(meta.argTypes?.['--signpost-radius']?.control).to.equal('text');
        expect(meta.argTypes?.[property]?.control).to.equal('color');
      });

      it('documents every slot, the default one (the light DOM) too, under slots', async () => {
        const el = (await declarations).find((d) => d.tagName === tag)!;
        const slots = el.slots ?? [];
        expect(slots.some((s) => !s.name), 'every widget documents its light DOM').to.equal(true);
        for (const slot of slots) {
          const type = meta.argTypes?.[`slot:${slot.name || 'default'}`];
          expect(type?.table?.category, slot.name || 'default').to.equal('slots');
          expect(type?.description, slot.name || 'default').to.contain(slot.description);
        }
      });

      it('styles one part from its part arg, and no other part', async () => {
        const before = await show(meta, {});
        const other = partOf(before, coloured);
        expect(getComputedStyle(partOf(before, 'base')).textTransform).to.equal('none');
        const el = await show(meta, {'part:base': 'text-transform: uppercase; outline: 3px dashed rgb(1, 2, 3)'});
        const base = getComputedStyle(partOf(el, 'base'));
        expect(base.textTransform).to.equal('uppercase');
        expect([base.outlineStyle, base.outlineColor]).to.deep.equal(['dashed', 'rgb(1, 2, 3)']);
        expect(getComputedStyle(other).outlineColor).to.not.equal('rgb(1, 2, 3)');
      });

      it('every part arg reaches its part', async () => {
        const names = ((await declarations).find((d) => d.tagName === tag)?.cssParts ?? []).map((p) => p.name);
        const styled = Object.fromEntries(names.map((name, i) => [`part:${name}`, `outline-color: rgb(${i + 1}, 0, 0)`]));
        const checked = new Set<string>();
        // The default story, then the args that show the parts it does not (each part is checked where it shows).
        for (const extra of [{}, ...(MORE[tag] ?? [])]) {
          const el = await show(meta, {...styled, ...extra});
          // A part a nested widget exports (the card's quick-exit-button: its quick exit's button), there.
          const inner = [...el.shadowRoot!.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('[exportparts]')];
          await Promise.all(inner.map((i) => i.updateComplete));
          const find = (name: string): Element | null =>
            partOf(el, name) ??
            inner
              .flatMap((i) => i.getAttribute('exportparts')!.split(',').map((pair) => [i, ...pair.trim().split(':')] as const))
              .filter(([, , outer]) => outer === name)
              .map(([i, from]) => i.shadowRoot?.querySelector(`[part~="${from}"]`) ?? null)[0] ??
            null;
          const shown = names.filter((name) => find(name));
          for (const name of shown) expect(getComputedStyle(find(name)!).outlineColor, `${name} with ${JSON.stringify(extra)}`).to.equal(`rgb(${names.indexOf(name) + 1}, 0, 0)`);
          shown.forEach((name) => checked.add(name));
          render(null, container);
        }
        // Every part checked, but those only an interaction shows: a part that stops rendering (or is renamed)
        // fails here instead of being skipped.
        expect(names.filter((name) => !checked.has(name)), 'parts not checked').to.deep.equal(UNCHECKED[tag]);
      });

      it(`passes ${property} to the element`, async () => {
        const before = await show(meta, {}, coloured);
        expect(colours(partOf(before, coloured))).to.not.include('rgb(4, 5, 6)');
        const el = await show(meta, {[property]: 'rgb(4, 5, 6)'}, coloured);
        expect(el.style.getPropertyValue(property).trim()).to.equal('rgb(4, 5, 6)');
        expect(colours(partOf(el, coloured))).to.include('rgb(4, 5, 6)');
      });
    });
  }

  for (const [meta] of stories) {
    const tag = String(meta.component);
    it(`${tag}: every attribute control reaches the element, in every language control`, async () => {
      const el = (await declarations).find((d) => d.tagName === tag)!;
      const args = meta.args as Record<string, unknown>;
      const unrendered: string[] = [];
      for (const a of el.attributes ?? []) {
        const boolean = a.type?.text === 'boolean';
        const numeric = /number/.test(a.type?.text ?? '');
        const value = boolean ? !args[a.name] : numeric ? 3 : `x-${a.name}`;
        render(meta.render!({...meta.args, image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', [a.name]: value} as never, {} as never) as TemplateResult, container);
        const node = container.querySelector(tag)!;
        const shown = boolean ? node.hasAttribute(a.name) === value : node.getAttribute(a.name) === String(value);
        if (!shown) unrendered.push(a.name);
        render(null, container);
      }
      expect(unrendered, tag).to.deep.equal([]);
      const lang = meta.argTypes?.lang as {options?: string[]} | undefined;
      expect(lang?.options).to.include.members(['', 'en', 'ar', 'es', 'fr', 'pt', 'zh-Hans', 'ru', 'uk', 'th', 'tl', 'vi', 'ro']);
    });

    it(`${tag}: a property that is not an attribute gets no control that would do nothing`, async () => {
      const el = (await declarations).find((d) => d.tagName === tag)!;
      const attributes = new Set((el.attributes ?? []).map((a) => a.name));
      for (const m of el.members ?? []) {
        if (m.kind === 'field' && !attributes.has(m.name)) expect(meta.argTypes?.[m.name]?.control, m.name).to.equal(false);
      }
    });
  }

  it('keeps a part value inside its rule', async () => {
    const {parts} = theme('signpost-hotline-card', {'part:base': 'color: red } :root { background: rgb(9, 9, 9) } </style><p>', 'part:heading': ''});
    render(parts, container);
    const style = container.querySelector('style')!;
    expect(style.sheet!.cssRules.length).to.equal(1);
    expect(style.textContent).to.not.match(/[<]|\}.*\}/s);
    expect(getComputedStyle(document.documentElement).backgroundColor).to.not.equal('rgb(9, 9, 9)');
    // String(): a failed assertion on a symbol (lit's `nothing`) cannot be reported by wtr and stops the browser.
    expect(String(theme('signpost-hotline-card', {'--signpost-accent': 'red; color: blue', clockIso: 'x'}).style)).to.equal('--signpost-accent: red color: blue');
  });
});
