// Framework and editor data generated from custom-elements.json, checked by small consumer fixtures:
// a React 19 TSX app type-checks against the generated JSX types and builds with Vite; a Vue 3 SFC
// type-checks with vue-tsc and builds with Vite; an Angular component compiles ahead of time with
// ngc (strict templates) and builds with Vite. Each has a "wrong" case that must fail. The bundles land in dist/react-fixture/,
// dist/vue-fixture/ and dist/angular-fixture/, where test/bundle/{react,vue,angular}.test.ts render
// them in Chromium, Firefox and WebKit. The editor data (VS Code, JetBrains) lists every widget.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {readFile, rm} from 'node:fs/promises';
import {bundle, consumer, root} from '../helpers/consumer-build.mjs';

const run = promisify(execFile);
const bin = {
  tsc: `${root}node_modules/typescript/bin/tsc`,
  vueTsc: `${root}node_modules/vue-tsc/bin/vue-tsc.js`,
  ngc: `${root}node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js`,
};

/** Runs a Node script and resolves to its exit code and output (no throw on a non-zero exit). */
const outcome = (args, cwd) =>
  run(process.execPath, args, {cwd}).then(
    ({stdout, stderr}) => ({code: 0, output: stdout + stderr}),
    (e) => ({code: e.code, output: `${e.stdout}${e.stderr}`}),
  );

/**
 * Angular's npm packages ship partially compiled (`ɵɵngDeclare…`); an app build links them ahead of
 * time, as the Angular CLI does, with the linker's Babel plugin.
 */
async function angularLinker() {
  const {transformAsync} = await import('@babel/core');
  const {createEs2015LinkerPlugin} = await import('@angular/compiler-cli/linker/babel');
  const {ConsoleLogger, LogLevel, NodeJSFileSystem} = await import('@angular/compiler-cli');
  const linker = createEs2015LinkerPlugin({fileSystem: new NodeJSFileSystem(), logger: new ConsoleLogger(LogLevel.warn), linkerJitMode: false});
  return {
    name: 'angular-linker',
    async transform(code, id) {
      if (!/[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
      const result = await transformAsync(code, {filename: id, plugins: [linker], compact: false, configFile: false, babelrc: false, sourceMaps: false});
      return {code: result.code, map: null};
    },
  };
}

test('React 19: the TSX app type-checks against the generated JSX types (a wrong value does not) and Vite builds it', async () => {
  // Type-checked as installed: `/// <reference types="@signpost/widgets/react" />` and the imports
  // resolve through node_modules and the package's exports map, as in docs/frameworks.md.
  const dir = await consumer('react', ['react', 'react-dom', 'scheduler', '@types']);
  try {
    const {code, output} = await outcome([bin.tsc, '-p', 'tsconfig.json'], dir);
    assert.equal(code, 0, output);
    const bundled = await bundle(dir, 'main.tsx', 'react-fixture', {define: {'process.env.NODE_ENV': '"production"'}});
    assert.match(bundled, /signpost-hotline-card/);
    assert.equal((bundled.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('Vue 3: the SFC type-checks against the generated GlobalComponents, a wrong value does not, and Vite builds it', async () => {
  const dir = await consumer('vue', ['vue', '@vue']);
  try {
    // As installed: '@signpost/widgets/vue' resolves through node_modules and the exports map.
    const ok = await outcome([bin.vueTsc, '-p', 'tsconfig.json'], dir);
    assert.equal(ok.code, 0, ok.output);
    const wrong = await outcome([bin.vueTsc, '-p', 'tsconfig.wrong.json'], dir);
    assert.notEqual(wrong.code, 0, 'placement="floating" must be a type error');
    assert.match(wrong.output, /Wrong\.vue.*"floating"/s);

    const {default: vue} = await import('@vitejs/plugin-vue');
    const code = await bundle(dir, 'main.ts', 'vue-fixture', {
      plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('signpost-')}}})],
      define: {'process.env.NODE_ENV': '"production"'},
    });
    assert.match(code, /signpost-hotline-card/);
    assert.doesNotMatch(code, /resolveComponent\("signpost-/, 'Vue treats the tags as custom elements, not components');
    assert.equal((code.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('Angular: ngc compiles the component with CUSTOM_ELEMENTS_SCHEMA (strict templates), rejects it without, and Vite builds it', async () => {
  const dir = await consumer('angular', ['@angular', 'rxjs', 'tslib', 'typescript']);
  try {
    const ok = await outcome([bin.ngc, '-p', 'tsconfig.json'], dir);
    assert.equal(ok.code, 0, ok.output);
    const wrong = await outcome([bin.ngc, '-p', 'tsconfig.wrong.json'], dir);
    assert.notEqual(wrong.code, 0, 'an unknown element without the schema must not compile');
    assert.match(wrong.output, /NG8001.*signpost-quick-exit/s);
    const code = await bundle(dir, 'out/main.js', 'angular-fixture', {
      plugins: [await angularLinker()],
      define: {ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false'},
    });
    assert.match(code, /signpost-hotline-card/);
    assert.equal((code.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('VS Code custom data covers every widget and its attributes', async () => {
  const html = JSON.parse(await readFile(`${root}dist/editor/vscode.html-custom-data.json`, 'utf8'));
  const tags = html.tags.map((t) => t.name).sort();
  assert.deepEqual(tags, ['signpost-campaign-banner', 'signpost-hotline-card', 'signpost-news-ticker', 'signpost-quick-exit', 'signpost-red-flag-quiz']);
  const exit = html.tags.find((t) => t.name === 'signpost-quick-exit');
  assert.deepEqual(exit.attributes.find((a) => a.name === 'placement').values.map((v) => v.name), ['inline', 'sticky']);
  const ticker = html.tags.find((t) => t.name === 'signpost-news-ticker');
  assert.deepEqual(ticker.attributes.find((a) => a.name === 'mode').values.map((v) => v.name), ['rotate', 'scroll', 'list']);
  // The banner's campaign ids are the built-in campaigns (src/banner/campaigns.ts), offered as values.
  const banner = html.tags.find((t) => t.name === 'signpost-campaign-banner');
  const campaigns = (await readFile(`${root}src/banner/campaigns.ts`, 'utf8')).match(/export type CampaignId = ([^;]+);/)[1].match(/[\w-]+/g);
  assert.deepEqual(banner.attributes.find((a) => a.name === 'campaign').values.map((v) => v.name), campaigns);
  assert.deepEqual(banner.attributes.find((a) => a.name === 'remember-dismissal').values.map((v) => v.name), ['session', 'local']);
  const css = JSON.parse(await readFile(`${root}dist/editor/vscode.css-custom-data.json`, 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--signpost-accent'));
});

test('JetBrains web-types cover every widget: attributes with their values, events, CSS parts and properties', async () => {
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
  assert.equal(pkg['web-types'], './dist/editor/web-types.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/editor/web-types.json');
  const types = JSON.parse(await readFile(`${root}dist/editor/web-types.json`, 'utf8'));
  assert.match(types.$schema, /web-types/);
  assert.deepEqual([types.name, types.version, types['description-markup']], [pkg.name, pkg.version, 'markdown']);
  const elements = types.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), ['signpost-campaign-banner', 'signpost-hotline-card', 'signpost-news-ticker', 'signpost-quick-exit', 'signpost-red-flag-quiz']);
  const placement = elements.find((e) => e.name === 'signpost-quick-exit').attributes.find((a) => a.name === 'placement');
  assert.equal(placement.value.type, 'enum');
  assert.deepEqual(placement.values.map((v) => v.name), ['inline', 'sticky']);
  assert.deepEqual(elements.find((e) => e.name === 'signpost-quick-exit').attributes.find((a) => a.name === 'explain').value, {type: 'boolean', required: false});

  const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const names = (list = []) => list.map((x) => x.name);
  for (const d of declarations.filter((d) => d.events?.length)) {
    const events = elements.find((e) => e.name === d.tagName).js.events;
    assert.ok(events.length > 0, `${d.tagName} has events`);
    assert.deepEqual(names(events), names(d.events), d.tagName);
    assert.ok(events.every((e) => e.description), `${d.tagName}: events are described`);
  }
  const described = (list = []) => list.map(({name, description}) => ({name, description}));
  for (const d of declarations) {
    const element = elements.find((e) => e.name === d.tagName);
    assert.deepEqual(names(element.attributes).sort(), names(d.attributes).sort(), `${d.tagName}: attributes`);
    assert.deepEqual(element.css?.parts ?? [], described(d.cssParts), `${d.tagName}: parts`);
    assert.deepEqual(element.css?.properties ?? [], described(d.cssProperties), `${d.tagName}: custom properties`);
  }
  assert.ok(elements.find((e) => e.name === 'signpost-hotline-card').css.parts.some((p) => p.name === 'call-link'));
  // Properties with no attribute are completed in scripts too: the ticker's items, the quick exit's navigate
  // (and its own inert, which says that setting it does nothing).
  const properties = (tag) => names(elements.find((e) => e.name === tag).js.properties);
  assert.deepEqual(properties('signpost-news-ticker').sort(), ['clock', 'items']);
  assert.deepEqual(properties('signpost-quick-exit'), ['navigate', 'inert']);
  assert.match(elements.find((e) => e.name === 'signpost-quick-exit').js.properties[1].description, /does nothing/);
});

test("VS Code's custom properties, shared by several widgets, say what each widget does with them", async () => {
  const css = JSON.parse(await readFile(`${root}dist/editor/vscode.css-custom-data.json`, 'utf8'));
  const open = css.properties.find((p) => p.name === '--signpost-open').description;
  assert.match(open, /<signpost-hotline-card>: Colour of the "open now" dot/);
  assert.match(open, /<signpost-red-flag-quiz>: Colour of the correct answer's border/);
  // Where every widget says the same, once.
  assert.equal(css.properties.find((p) => p.name === '--signpost-radius').description, 'Corner radius.');
  assert.equal(new Set(css.properties.map((p) => p.name)).size, css.properties.length);
});
