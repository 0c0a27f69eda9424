// Lit is inside every CDN file, with its @license comments minified away: the folder partners copy
// must carry Lit's notice (BSD-3-Clause) and Signpost's own licence must ship with the package.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';

const notice = readFileSync('dist/cdn/THIRD-PARTY-LICENSES.txt', 'utf8');

test('every package whose code is in a CDN file has its notice in dist/cdn', () => {
  const packages = new Set();
  for (const file of readdirSync('dist/cdn', {recursive: true}).filter((f) => String(f).endsWith('.map'))) {
    for (const source of JSON.parse(readFileSync(`dist/cdn/${file}`, 'utf8')).sources) {
      const name = source.split('node_modules/')[1]?.match(/^(@[^/]+\/)?[^/]+/)?.[0];
      if (name) packages.add(name);
    }
  }
  assert.ok(packages.has('lit-html'), 'the CDN files bundle Lit');
  for (const name of packages) {
    const {version} = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    assert.ok(notice.includes(`${name}@${version} `), `${name}@${version} is named`);
    assert.ok(notice.includes(readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()), `${name}'s LICENSE is reproduced`);
  }
});

test("Signpost's own licence is the one package.json declares", () => {
  const {license} = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} Signpost contributors\n/);
});
