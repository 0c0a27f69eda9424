import {expect} from '@open-wc/testing';
import banner from '../../stories/campaign-banner.stories.js';
import card from '../../stories/hotline-card.stories.js';
import ticker from '../../stories/news-ticker.stories.js';
import exit from '../../stories/quick-exit.stories.js';
import quiz from '../../stories/red-flag-quiz.stories.js';
import {readmeSnippet} from '../helpers/util.js';
import manifest from '../../custom-elements.json' with {type: 'json'};

// Every widget's docs page shows the embed snippet the README documents for it, word for word.
describe('Storybook docs pages: the embed snippet', () => {
  for (const meta of [card, exit, quiz, banner, ticker] as {component?: string; parameters?: {docs?: {description?: {component?: string}}}}[]) {
    it(`${meta.component} shows the README's snippet`, async () => {
      const snippet = await readmeSnippet(meta.component!.replace('signpost-', ''));
      expect(snippet).to.include(`<${meta.component}`);
      expect(meta.parameters?.docs?.description?.component).to.include(snippet);
    });
    it(`${meta.component}'s page links to Get the code, open on this widget, in a tab of its own`, () => {
      const page = meta.parameters?.docs?.description?.component ?? '';
      const link = /<a href="(demo\/get-the-code\.html\?widget=([a-z-]+))" target="_blank" rel="noopener noreferrer">/.exec(page);
      expect(link?.[1], 'a link to Get the code that names a widget').to.be.a('string');
      // Get the code reads the name with or without the prefix (smoke-tested); the pages write it without.
      expect(`signpost-${link![2]}`).to.equal(meta.component);
    });
    it(`${meta.component}'s page says first what the widget is: its class's description from the manifest`, async () => {
      const declared = (manifest as {modules: {declarations?: {tagName?: string; description?: string}[]}[]}).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === meta.component);
      const description = declared?.description ?? '';
      expect(description, 'the manifest describes the widget').to.have.length.greaterThan(40);
      expect(meta.parameters?.docs?.description?.component?.startsWith(description), 'the description comes first').to.equal(true);
    });
  }
});
