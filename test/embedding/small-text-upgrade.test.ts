import {expect} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

// A page whose text is 12 px (a sidebar, html { font-size: 75% }): the README's snippets pasted as-is, the
// script slow to arrive. The reserve is in em: before upgrade that is the page's 12 px, after it the
// host's own `font-size: max(1em, 14px)` (src/styles/shared.ts). Does the page below move at upgrade?
const WIDGETS: [string, string][] = [
  ['hotline-card', 'signpost-hotline-card'],
  ['red-flag-quiz', 'signpost-red-flag-quiz'],
  ['news-ticker', 'signpost-news-ticker'],
  ['quick-exit', 'signpost-quick-exit'],
];

describe('upgrade on a page whose text is 12 px', () => {
  it('nothing below a README snippet moves when the script arrives', async () => {
    const hosts: HTMLElement[] = [];
    for (const [snippet] of WIDGETS) {
      const host = document.createElement('div');
      host.style.cssText = 'width: 360px; font-size: 12px';
      host.innerHTML = `${(await readmeSnippet(snippet)).replace(/<script[\s\S]*?<\/script>/g, '')}<p class="below">After.</p>`;
      document.body.append(host);
      hosts.push(host);
    }
    try {
      const before = hosts.map((h) => h.querySelector('.below')!.getBoundingClientRect().top - h.getBoundingClientRect().top);
      const heightsBefore = WIDGETS.map(([, tag], i) => hosts[i].querySelector(tag)!.getBoundingClientRect().height);
      await import('../../src/define.js');
      for (const [, tag] of WIDGETS) await customElements.whenDefined(tag);
      for (const [i, [, tag]] of WIDGETS.entries()) await (hosts[i].querySelector(tag) as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const moved = WIDGETS.map(([, tag], i) => {
        const el = hosts[i].querySelector(tag)!;
        const after = hosts[i].querySelector('.below')!.getBoundingClientRect().top - hosts[i].getBoundingClientRect().top;
        return Math.abs(after - before[i]) > 0.5 ? `${tag}: ${Math.round(heightsBefore[i])} px -> ${Math.round(el.getBoundingClientRect().height)} px (text below moved ${Math.round(after - before[i])} px)` : '';
      }).filter(Boolean);
      expect(moved.join('; ')).to.equal('');
    } finally {
      hosts.forEach((h) => h.remove());
    }
  });
});
