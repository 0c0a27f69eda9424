// Framework and editor data generated from custom-elements.json: the React 19 fixture type-checks
// against the generated JSX types (and a wrong value is an error); the VS Code data lists every tag.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

test('a React 19 TSX consumer type-checks against the generated JSX types', async () => {
  await run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}test/fixtures/react/tsconfig.json`]);
});

test('VS Code custom data covers every widget and its attributes', async () => {
  const html = JSON.parse(await readFile(`${root}dist/editor/vscode.html-custom-data.json`, 'utf8'));
  const tags = html.tags.map((t) => t.name).sort();
  assert.deepEqual(tags, ['signpost-campaign-banner', 'signpost-hotline-card', 'signpost-news-ticker', 'signpost-quick-exit', 'signpost-red-flag-quiz']);
  const exit = html.tags.find((t) => t.name === 'signpost-quick-exit');
  assert.deepEqual(exit.attributes.find((a) => a.name === 'placement').values.map((v) => v.name), ['inline', 'sticky']);
  const css = JSON.parse(await readFile(`${root}dist/editor/vscode.css-custom-data.json`, 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--signpost-accent'));
});
