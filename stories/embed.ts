// Each widget's docs page shows what the widget is (its class's JSDoc, from custom-elements.json),
// then its embed snippet, cut from the README (`<!-- snippet:<name> -->`), so the page and the
// README never disagree. (A component description set here replaces the one Storybook would read
// from the manifest, so it is written first.)
import readme from '../README.md?raw';
import {declaration} from './theming.js';

/**
 * Storybook `parameters.docs` whose description is the widget's own, then the README's embed snippet for
 * `tag`, then a link to Get the code open on that widget.
 */
export function embedDocs(tag: string) {
  const name = tag.replace(/^signpost-/, '');
  const block = new RegExp(`<!-- snippet:${name} -->\\s*(\`\`\`html\\n[\\s\\S]*?\`\`\`)`).exec(readme);
  if (!block) throw new Error(`README.md has no ${name} snippet`);
  return {
    description: {
      component: `${declaration(tag).description ?? ''}\n\n**Embed it** (the snippet from the README, complete: its \`<script type="module">\` line is all the loading it needs. With several widgets on one page, that line may stay in each snippet or go once: a module script with the same URL runs once per page):\n\n${block[1]}\n\n**With your options:** <a href="demo/get-the-code.html?widget=${name}" target="_blank" rel="noopener noreferrer">Get the code for this widget</a> (a page of its own: the form, a live preview and a pinned snippet with its fallback and reserved size).`,
    },
  };
}
