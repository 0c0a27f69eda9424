// Each widget's docs page shows its embed snippet, cut from the README (`<!-- snippet:<name> -->`),
// so the page and the README never disagree.
import readme from '../README.md?raw';

/** Storybook `parameters.docs` whose description is the README's embed snippet for `tag`. */
export function embedDocs(tag: string) {
  const name = tag.replace(/^signpost-/, '');
  const block = new RegExp(`<!-- snippet:${name} -->\\s*(\`\`\`html\\n[\\s\\S]*?\`\`\`)`).exec(readme);
  if (!block) throw new Error(`README.md has no ${name} snippet`);
  return {
    description: {
      component: `**Embed it** (the snippet from the README; add \`<script type="module" src=".../signpost.js"></script>\` once per page):\n\n${block[1]}`,
    },
  };
}
