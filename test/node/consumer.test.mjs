// A production bundler build of an npm consumer that imports one widget through the package's
// exports map, for each of the five: registration must survive tree-shaking (the sideEffects
// allowlist), and Lit must be the consumer's single copy. The bundles land in
// dist/consumer-fixture/<widget>/ for a browser test (test/bundle/consumer.test.ts) to run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rm} from 'node:fs/promises';
import {bundle, consumer} from '../helpers/consumer-build.mjs';

/** Each entry, and a string of its own template that only its code holds. */
const ENTRIES = {'hotline-card': 'call-link', 'quick-exit': 'button exit', 'red-flag-quiz': 'verdict', 'campaign-banner': 'close-button', 'news-ticker': 'pause-button'};

test('a production Vite build of a consumer importing one widget (each of the five) keeps its registration', async () => {
  const dir = await consumer('consumer');
  try {
    for (const [name, marker] of Object.entries(ENTRIES)) {
      const code = await bundle(dir, `${name}.js`, `consumer-fixture/${name}`);
      // The fixture names the tag itself (whenDefined), so the tag alone proves nothing: the widget's
      // own code and its registration must have survived tree-shaking.
      assert.ok(code.includes(marker), `${name}: its template is in the bundle`);
      // A call given the tag and a class (the define; the bundler may write the class in place), not
      // only whenDefined(tag) or a warning naming it.
      assert.match(code, new RegExp(`\\(\\s*["'\`]signpost-${name}["'\`]\\s*,\\s*(?:[\\w$]+\\s*\\)|class\\b)`), `${name}: the tag is registered, not only awaited`);
      assert.equal((code.match(/litHtmlVersions/g) ?? []).length, 1, `${name}: one copy of lit-html`);
      assert.equal((code.match(/reactiveElementVersions/g) ?? []).length, 1, `${name}: one copy of ReactiveElement`);
    }
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('the published type files import only the package itself and its dependencies (strict, unhoisted installs resolve them)', async () => {
  const {readFile, readdir} = await import('node:fs/promises');
  const root = new URL('../../', import.meta.url);
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  // The framework types (dist/types) import React's and Vue's: optional peer dependencies.
  const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}).map((name) => name.replace(/^@types\//, ''))]);
  const files = [];
  for (const folder of ['dist/npm/', 'dist/types/']) files.push(...(await readdir(new URL(folder, root), {recursive: true})).filter((f) => f.endsWith('.d.ts')).map((f) => folder + f));
  assert.ok(files.length > 20, 'the npm build has type files');
  assert.ok(files.includes('dist/types/vue.d.ts') && files.includes('dist/types/react.d.ts'), 'the framework types are checked too');
  const outside = [];
  for (const file of files) {
    const text = await readFile(new URL(file, root), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!allowed.has(name)) outside.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(outside, []);
});

test('TypeScript on the older "node" resolution (no exports map) finds the types of every entry', async () => {
  const {execFile} = await import('node:child_process');
  const {promisify} = await import('node:util');
  const dir = await consumer('node10', ['lit', 'lit-html', 'lit-element', '@lit', '@types', 'vue', '@vue', 'csstype']);
  try {
    const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: dir}).then(
      () => '',
      (e) => `${e.stdout}${e.stderr}`,
    );
    assert.equal(result, '');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('esbuild (Angular CLI, tsup, Vite pre-bundling) bundles the package without a warning', async () => {
  const {writeFile} = await import('node:fs/promises');
  const {createRequire} = await import('node:module');
  const {join} = await import('node:path');
  // Vite's copy of esbuild (not a direct dependency of ours), the bundler such toolchains run.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('vite'))('esbuild');
  const dir = await consumer('consumer', ['lit', 'lit-html', 'lit-element', '@lit']);
  try {
    // The widgets whose classes render another widget (card → quick exit, quiz → card), and the class
    // exports: a bare import of a side-effect-free file made esbuild warn "ignored-bare-import".
    await writeFile(join(dir, 'esbuild.js'), "import '@signpost/widgets/red-flag-quiz.js';\nimport {SignpostQuickExit, SignpostHotlineCard} from '@signpost/widgets';\nexport const classes = [SignpostQuickExit, SignpostHotlineCard];\n");
    const result = await esbuild.build({entryPoints: [join(dir, 'esbuild.js')], absWorkingDir: dir, bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent'});
    assert.deepEqual(result.warnings.map((w) => `${w.id}: ${w.text}`), []);
    assert.match(result.outputFiles[0].text, /signpost-red-flag-quiz/, 'the quiz is in the bundle');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
