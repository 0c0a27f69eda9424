// node bench/import-order.mjs [--top N]: gzip size of dist/cdn/signpost.js for every order of the five
// widget imports in src/define.ts (120 builds, about 3 minutes), smallest first. Modules are laid out
// in import order, and gzip finds repeats only within 32 KB, so the order moves the size by up to
// about 0.3 KB. Rewrites src/define.ts while it runs and puts it back at the end (also on failure);
// builds with vite.config.ts's own terser settings. Run `npm run build` first (generated modules).
import {build} from 'vite';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const ENTRY = 'src/define.ts';
const IMPORTS = /(import '\.\/components\/[a-z-]+\/define\.js';\n)+/;
const original = readFileSync(ENTRY, 'utf8');
const widgets = [...IMPORTS.exec(original)[0].matchAll(/components\/([a-z-]+)\//g)].map((m) => m[1]);
const orders = (list) => (list.length < 2 ? [list] : list.flatMap((w, i) => orders(list.toSpliced(i, 1)).map((rest) => [w, ...rest])));
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 10;

const results = [];
try {
  for (const order of orders(widgets)) {
    writeFileSync(ENTRY, original.replace(IMPORTS, order.map((w) => `import './components/${w}/define.js';\n`).join('')));
    await build({mode: 'signpost', logLevel: 'silent'});
    results.push({gzip: gzipSync(readFileSync('dist/cdn/signpost.js'), {level: 9}).length, order: order.join(', ')});
  }
} finally {
  writeFileSync(ENTRY, original);
}
const current = results.find((r) => r.order === widgets.join(', '));
results.sort((a, b) => a.gzip - b.gzip);
console.log(`signpost.js gzip by import order (${results.length} orders; src/define.ts now: ${current.gzip} B)`);
for (const r of results.slice(0, top)) console.log(`${r.gzip} B  ${r.gzip - current.gzip >= 0 ? '+' : ''}${r.gzip - current.gzip}  ${r.order}`);
console.log(`largest: ${results.at(-1).gzip} B  ${results.at(-1).order}`);
console.log('dist/cdn/signpost.js was rebuilt by this run: run `node scripts/build-cdn.mjs` before tests.');
