// A production bundler build of an npm consumer that imports one widget through the package's
// exports map: registration must survive tree-shaking (the sideEffects allowlist), and Lit must be
// the consumer's single copy. The bundle lands in dist/consumer-fixture/ for a browser test to run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, mkdir, symlink, cp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('a production Vite build of a consumer importing @signpost/widgets/hotline-card.js keeps the registration', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'signpost-consumer-'));
  try {
    await mkdir(join(dir, 'node_modules/@signpost'), {recursive: true});
    await symlink(root, join(dir, 'node_modules/@signpost/widgets'), 'dir');
    await cp(join(root, 'test/fixtures/consumer/main.js'), join(dir, 'main.js'));
    const outDir = join(root, 'dist/consumer-fixture');
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      build: {outDir, emptyOutDir: true, minify: true, lib: {entry: join(dir, 'main.js'), formats: ['es'], fileName: () => 'main.js'}},
    });
    const code = await readFile(join(outDir, 'main.js'), 'utf8');
    assert.match(code, /signpost-hotline-card/, 'the tag name is in the bundle');
    assert.equal((code.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
    assert.equal((code.match(/reactiveElementVersions/g) ?? []).length, 1, 'one copy of ReactiveElement');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
