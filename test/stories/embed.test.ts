import {expect} from '@open-wc/testing';
import banner from '../../stories/campaign-banner.stories.js';
import card from '../../stories/hotline-card.stories.js';
import ticker from '../../stories/news-ticker.stories.js';
import exit from '../../stories/quick-exit.stories.js';
import quiz from '../../stories/red-flag-quiz.stories.js';
import {readmeSnippet} from '../helpers/util.js';

// Every widget's docs page shows the embed snippet the README documents for it, word for word.
describe('Storybook docs pages: the embed snippet', () => {
  for (const meta of [card, exit, quiz, banner, ticker] as {component?: string; parameters?: {docs?: {description?: {component?: string}}}}[]) {
    it(`${meta.component} shows the README's snippet`, async () => {
      const snippet = await readmeSnippet(meta.component!.replace('signpost-', ''));
      expect(snippet).to.include(`<${meta.component}`);
      expect(meta.parameters?.docs?.description?.component).to.include(snippet);
    });
  }
});
