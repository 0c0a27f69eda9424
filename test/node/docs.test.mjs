// Each widget's page in docs/ names every public attribute, property, method, event, slot, part and
// custom property that the manifest (custom-elements.json, from the source's JSDoc) gives it, so a
// partner or designer reading docs/<widget>.md misses none. Run after `npm run build` (it writes the manifest).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('the manifest has the five widgets', () => {
  assert.deepEqual(widgets.map((d) => d.tagName).sort(), ['signpost-campaign-banner', 'signpost-hotline-card', 'signpost-news-ticker', 'signpost-quick-exit', 'signpost-red-flag-quiz']);
});

for (const widget of widgets) {
  test(`docs/${widget.tagName.replace('signpost-', '')}.md names every public name of <${widget.tagName}>`, async () => {
    const page = await readFile(`${root}docs/${widget.tagName.replace('signpost-', '')}.md`, 'utf8');
    const names = [
      ...(widget.attributes ?? []).map((a) => a.name),
      ...(widget.members ?? []).filter((m) => !m.static && !m.attribute).map((m) => m.name),
      ...(widget.events ?? []).map((e) => e.name),
      ...(widget.slots ?? []).map((s) => s.name).filter(Boolean),
      ...(widget.cssParts ?? []).map((p) => p.name),
      ...(widget.cssProperties ?? []).map((p) => p.name),
    ];
    assert.ok(names.length > 10, 'the manifest lists the widget\'s names');
    // Written as code: `name`, or inside a code span such as `exit('shortcut')` or `::part(name)`.
    const missing = names.filter((name) => !new RegExp(`\`[^\`\\n]*(?<![\\w-])${name}(?![\\w-])[^\`\\n]*\``).test(page));
    assert.deepEqual(missing, [], `not named in docs/${widget.tagName.replace('signpost-', '')}.md`);
  });
}

// Storybook's ArgsTable, Get the code and the editors' data read each attribute's row: its type and default
// must be the property's, not a converter's argument (the quick exit's href once read "DEFAULT_EXIT_URL",
// with no type, until 2026-12-07).
for (const widget of widgets) {
  test(`<${widget.tagName}>: every attribute in the manifest has a type and its property's default`, () => {
    for (const attribute of widget.attributes ?? []) {
      const field = (widget.members ?? []).find((m) => m.kind === 'field' && m.name === attribute.fieldName);
      assert.equal(typeof attribute.type?.text, 'string', `${attribute.name}: type`);
      if (field) assert.equal(attribute.default, field.default, `${attribute.name}: default`);
    }
  });
}

// A page translator would rewrite a fallback's "Text HELP to 233733" as "Envía AYUDA al 233733", a
// keyword the service does not answer: every copy partners paste marks the keyword (docs/hotline-card.md).
test('every fallback that names an SMS keyword keeps it from page translation', async () => {
  const files = ['README.md', 'docs/frameworks.md', 'docs/hotline-card.md', 'demo/index.html'];
  const texts = await Promise.all(files.map((file) => readFile(`${root}${file}`, 'utf8')));
  // Markup lines only (a fallback's paragraphs), not prose that quotes the card.
  const markup = (text) => text.split('\n').filter((line) => line.includes('</p>')).join('\n');
  const all = texts.flatMap((text, i) => [...markup(text).matchAll(/Text (.{1,40}?) to 233733/g)].map((m) => `${files[i]}: ${m[1]}`));
  assert.ok(all.length >= 3, `the snippets name the keyword: ${all.join('; ')}`);
  assert.deepEqual(all.filter((found) => !found.endsWith(': <span translate="no">HELP</span>')), []);
});
