import {expect} from '@open-wc/testing';
import {upgradeSnippets} from '../helpers/upgrade.js';

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
    const seen = await upgradeSnippets(WIDGETS, 'width: 360px', (markup) => markup.replace(/<(signpost-[a-z-]+)/, '<$1 hidden'));
    const shown = seen.filter(({heightBefore}) => heightBefore > 0).map(({tag, heightBefore}) => `${tag}: ${Math.round(heightBefore)} px`);
    const moved = seen.filter(({moved}) => Math.abs(moved) > 0.5).map(({tag, moved}) => `${tag}: ${Math.round(moved)} px`);
    expect(`shown while hidden, before upgrade: ${shown.join('; ')}; page below moved at upgrade: ${moved.join('; ')}`).to.equal('shown while hidden, before upgrade: ; page below moved at upgrade: ');
  });
});
