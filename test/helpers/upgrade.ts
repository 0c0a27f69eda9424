import {expect, fixture, html} from '@open-wc/testing';
import {readmeSnippet} from './util.js';

export type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * What a partner copies from the README (`edit` changes it), not yet upgraded, with focus on a link of
 * its light DOM (`link`: the first, by default), the script still on its way; then the element is
 * defined. Each use needs a page where `tag` is not defined yet (a test file of its own).
 */
export async function focusThenUpgrade(snippet: string, tag: string, define: () => Promise<unknown>, edit = (markup: string) => markup, link = 'a') {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = edit((await readmeSnippet(snippet)).replace(/<script[^>]*><\/script>/, ''));
  const el = wrap.querySelector<Widget>(tag)!;
  expect(customElements.get(tag), `${tag} is not defined yet`).to.equal(undefined);
  const focused = el.querySelector<HTMLElement>(link)!;
  focused.focus();
  expect(document.activeElement === focused, 'the fallback link has focus').to.equal(true);
  await define();
  await el.updateComplete;
  // A frame later: where the browser has put focus once the fallback is no longer drawn.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return {el, link: focused};
}

/** The focused element inside `el`'s shadow root, by what a reader would hear (names, not elements: chai prints whole elements). */
export const focusedControl = (el: Widget) => {
  const control = el.shadowRoot!.activeElement;
  return control && `${control.localName}: ${control.textContent!.trim().replace(/\s+/g, ' ')}`;
};

/**
 * The README's snippets (`[snippet, tag]` each, its script left out; `edit` changes the markup) pasted into
 * boxes styled `css`, each with a paragraph below it, before any is defined; then every widget defined
 * (`src/define.js`) and rendered. For each: its height before and after, and how far the paragraph below
 * it moved. Each use needs a page where no widget is defined yet (a test file of its own).
 */
export async function upgradeSnippets(widgets: [string, string][], css: string, edit = (markup: string) => markup) {
  const hosts: HTMLElement[] = [];
  for (const [snippet] of widgets) {
    const host = document.createElement('div');
    host.style.cssText = css;
    host.innerHTML = `${edit((await readmeSnippet(snippet)).replace(/<script[\s\S]*?<\/script>/g, ''))}<p class="below">After.</p>`;
    document.body.append(host);
    hosts.push(host);
  }
  try {
    const below = (host: HTMLElement) => host.querySelector('.below')!.getBoundingClientRect().top - host.getBoundingClientRect().top;
    const height = (i: number) => hosts[i].querySelector(widgets[i][1])!.getBoundingClientRect().height;
    const before = hosts.map((host, i) => ({tag: widgets[i][1], height: height(i), below: below(host)}));
    await import('../../src/define.js');
    for (const [i, [, tag]] of widgets.entries()) {
      await customElements.whenDefined(tag);
      await hosts[i].querySelector<Widget>(tag)!.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return before.map(({tag, height: heightBefore, below: belowBefore}, i) => ({tag, heightBefore, heightAfter: height(i), moved: below(hosts[i]) - belowBefore}));
  } finally {
    hosts.forEach((host) => host.remove());
  }
}
