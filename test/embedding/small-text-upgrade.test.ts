import {expect} from '@open-wc/testing';
import {upgradeSnippets} from '../helpers/upgrade.js';

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
    const moved = (await upgradeSnippets(WIDGETS, 'width: 360px; font-size: 12px'))
      .filter(({moved}) => Math.abs(moved) > 0.5)
      .map(({tag, heightBefore, heightAfter, moved}) => `${tag}: ${Math.round(heightBefore)} px -> ${Math.round(heightAfter)} px (text below moved ${Math.round(moved)} px)`);
    expect(moved.join('; ')).to.equal('');
  });
});
