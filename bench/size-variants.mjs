// node bench/size-variants.mjs: what signpost.js would weigh with less in it, for the 24 KB question
// (docs/performance.md). Builds variants of the CDN bundle as the CDN build does (vite.config.ts: same
// minifiers, the language loader; its usual terser setting only, where scripts/build-entry.mjs also tries
// a second and ships the smaller: "as shipped" may read some 30 B above dist/cdn/signpost.js) into
// dist/size-variants/ and prints their gzip (level 9) sizes:
// without the built-in data (quiz bank, hotline directory) and with fewer widgets. Nothing here ships.
import {build} from 'vite';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/size-variants`;
const WIDGETS = {
  card: 'hotline-card', // the card brings the quick exit it can show
  exit: 'quick-exit',
  quiz: 'red-flag-quiz',
  banner: 'campaign-banner',
  ticker: 'news-ticker',
};
const STUBS = {
  // The same exports, no content.
  '/src/data/quiz-bank.ts': 'export const BANK_INDEX = []; export function builtInBank() { return []; }',
  '/src/data/hotlines.ts': 'export const HOTLINES = []; export function findCountry() { return undefined; }',
};

const VARIANTS = [
  ['as shipped: five widgets, all data', Object.keys(WIDGETS), []],
  ['five widgets, no quiz bank', Object.keys(WIDGETS), ['/src/data/quiz-bank.ts']],
  ['five widgets, no hotline directory', Object.keys(WIDGETS), ['/src/data/hotlines.ts']],
  ['five widgets, neither', Object.keys(WIDGETS), Object.keys(STUBS)],
  ['card, quick exit, banner, ticker (no quiz)', ['card', 'exit', 'banner', 'ticker'], []],
  ['card, quick exit, banner', ['card', 'exit', 'banner'], []],
  ['card, quick exit', ['card', 'exit'], []],
];

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
console.log('signpost.js variants, gzip -9 (target 20 KB, gate 24 KB in issue 8):');
for (const [index, [label, widgets, stubbed]] of VARIANTS.entries()) {
  const name = `variant-${index}`;
  // The entry (src/define.ts for all five, as shipped: it also exports the helpers of src/index.ts;
  // else each widget's define file), wrapped by vite.config.ts as every CDN entry is (the loader).
  const modules = widgets.length === 5 ? [`${ROOT}src/define.ts`] : widgets.map((w) => `${ROOT}src/components/${WIDGETS[w]}/define.ts`);
  writeFileSync(`${OUT}/${name}.ts`, modules.map((m) => `export * from ${JSON.stringify(m)};`).join('\n'));
  await build({
    mode: 'signpost',
    logLevel: 'error',
    configFile: `${ROOT}vite.config.ts`,
    plugins: [
      {
        name: 'size-variant',
        enforce: 'pre',
        resolveId(source, importer) {
          // The variant's entry is not under package.json "sideEffects": say its imports matter.
          if (source.startsWith(OUT)) return {id: source, moduleSideEffects: true};
          const path = importer && source.startsWith('.') ? new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`).pathname : '';
          const stub = stubbed.find((s) => path === `${ROOT}${s.slice(1)}`);
          // The stub's id does not end in .ts: the build's own steps leave it alone (as a source file, the
          // quiz bank's step would read it).
          return stub ? `\0${stub}?size-variant-stub` : null;
        },
        // The build's data-last step (scripts/data-last.mjs) moves the directory's declaration, and fails
        // when it is not laid out on lines of its own as the real one is: write the empty one so too.
        renderChunk: {order: 'pre', handler: (code) => (stubbed.includes('/src/data/hotlines.ts') ? code.replace(/^var HOTLINES = \[\];$/m, 'var HOTLINES = [\n];') : null)},
        load(id) {
          if (id.endsWith('?size-variant-stub')) return STUBS[id.slice(1, -'?size-variant-stub'.length)];
          return null;
        },
      },
    ],
    build: {outDir: OUT, emptyOutDir: false, sourcemap: true, lib: {entry: `signpost-cdn:./dist/size-variants/${name}.ts`, formats: ['es'], fileName: () => `${name}.js`}},
  });
  const bytes = readFileSync(`${OUT}/${name}.js`);
  const gz = gzipSync(bytes, {level: 9}).length;
  console.log(`  ${label.padEnd(46)} ${String(gz).padStart(6)} B  ${(gz / 1024).toFixed(1).padStart(5)} KB  ${gz <= 24 * 1024 ? 'under 24 KB' : `${((gz - 24 * 1024) / 1024).toFixed(1)} KB over 24 KB`}`);
}
