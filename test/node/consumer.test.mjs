// A production bundler build of an npm consumer that imports one widget through the package's
// exports map: registration must survive tree-shaking (the sideEffects allowlist), and Lit must be
// the consumer's single copy. The bundle lands in dist/consumer-fixture/ for a browser test to run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rm} from 'node:fs/promises';
import {bundle, consumer} from '../helpers/consumer-build.mjs';

test('a production Vite build of a consumer importing @signpost/widgets/hotline-card.js keeps the registration', async () => {
  const dir = await consumer('consumer');
  try {
    const code = await bundle(dir, 'main.js', 'consumer-fixture');
    assert.match(code, /signpost-hotline-card/, 'the tag name is in the bundle');
    assert.equal((code.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
    assert.equal((code.match(/reactiveElementVersions/g) ?? []).length, 1, 'one copy of ReactiveElement');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
