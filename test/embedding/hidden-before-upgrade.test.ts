import {expect} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

// README: "The `hidden` attribute hides any widget, whatever your page's CSS says of its `display`."
// A partner's page (or a framework: `hidden={!open}`) that keeps a widget hidden until the reader asks,
// with the README's snippet as written, before the script has arrived (or if it never does).
const WIDGETS: [string, string][] = [
  ['hotline-card', 'signpost-hotline-card'],
  ['quick-exit', 'signpost-quick-exit'],
  ['red-flag-quiz', 'signpost-red-flag-quiz'],
  ['campaign-banner', 'signpost-campaign-banner'],
  ['news-ticker', 'signpost-news-ticker'],
];

describe('a hidden widget before upgrade', () => {
  it('the README snippets’ own display does not show a widget its partner hid, and nothing shifts at upgrade', async () => {
    const hosts: HTMLElement[] = [];
    for (const [snippet, tag] of WIDGETS) {
      const host = document.createElement('div');
      host.style.width = '360px';
      host.innerHTML = `${(await readmeSnippet(snippet)).replace(/<script[\s\S]*?<\/script>/g, '').replace(`<${tag}`, `<${tag} hidden`)}<p class="below">After.</p>`;
      document.body.append(host);
      hosts.push(host);
    }
    try {
      const shown = WIDGETS.map(([, tag], i) => {
        const h = hosts[i].querySelector(tag)!.getBoundingClientRect().height;
        return h > 0 ? `${tag}: ${Math.round(h)} px` : '';
      }).filter(Boolean);
      const before = hosts.map((h) => h.querySelector('.below')!.getBoundingClientRect().top - h.getBoundingClientRect().top);
      await import('../../src/define.js');
      for (const [i, [, tag]] of WIDGETS.entries()) await (hosts[i].querySelector(tag) as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const moved = WIDGETS.map(([, tag], i) => {
        const after = hosts[i].querySelector('.below')!.getBoundingClientRect().top - hosts[i].getBoundingClientRect().top;
        return Math.abs(after - before[i]) > 0.5 ? `${tag}: ${Math.round(after - before[i])} px` : '';
      }).filter(Boolean);
      expect(`shown while hidden, before upgrade: ${shown.join('; ')}; page below moved at upgrade: ${moved.join('; ')}`).to.equal('shown while hidden, before upgrade: ; page below moved at upgrade: ');
    } finally {
      hosts.forEach((h) => h.remove());
    }
  });
});
