// node bench/import-search.mjs [--minutes 55] [--only src/a.ts,src/b.ts] [--log file]: run after `npm run build`.
// Greedy hill-climb over the order of import statements inside source modules, for the gzip size of
// the six widget CDN files (dist/cdn/<name>.js, vite.config.ts's own terser settings, gzip -9).
//
// For one module at a time, every import statement is moved to every other position; a move is kept
// (written to src/ at once) when the six files' summed gzip goes down and no single file grows. Passes
// over all modules repeat until one changes nothing, or the time runs out.
//
// Speed: a bundle's bytes depend on the import order only through the order rollup lays its modules
// out in (the ESM execution order, a DFS post-order over the import graph). The script records each
// bundle's graph once, predicts the layout of a candidate order without building, skips files whose
// layout does not change, and caches the gzip of every layout it has built. Candidate sources are fed
// to vite by a `load` plugin (no file is written until a move is kept); builds are in memory
// (write: false), with the source map the real build makes (its void-name step edits the map too, and
// fails without one); the map stays in memory.
//
// Rules: only whole `import` lines move (with the `//` comment lines right above them); type-only
// imports stay where they are; side-effect-only imports and imports of modules with side effects
// (the define.ts files, and whatever imports them) keep their order relative to each other.
import {build} from 'vite';
import {readFileSync, writeFileSync, readdirSync, statSync} from 'node:fs';
import {resolve, dirname, relative, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fork} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {tmpdir} from 'node:os';

const ROOT = process.cwd();
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const DEADLINE = Date.now() + Number(arg('--minutes', 55)) * 60_000;
const MODES = ['hotline-card', 'quick-exit', 'red-flag-quiz', 'campaign-banner', 'news-ticker', 'signpost']; // build order: signpost (slowest) last
const LOG = arg('--log', join(tmpdir(), 'signpost-import-search.log'));
const t0 = Date.now();
const log = (...a) => {
  const line = `[${((Date.now() - t0) / 1000).toFixed(0).padStart(5)}s] ${a.join(' ')}`;
  console.log(line);
  writeFileSync(LOG, `${line}\n`, {flag: 'a'});
};
const rel = (id) => relative(ROOT, id.replace('\0', ''));

// ---------- building ----------
// Builds run in a child process (this same file with --worker), replaced every RECYCLE builds: vite
// keeps memory from build to build, and a single process runs out of heap after some 600 builds.
const RECYCLE = 120;
if (process.argv.includes('--worker')) {
  let override = null; // {id, code} fed to vite instead of the file on disk
  let graph = null;
  const overridePlugin = {name: 'search-override', enforce: 'pre', load: (id) => (override && id === override.id ? override.code : null)};
  const recorder = {
    name: 'search-recorder',
    generateBundle() {
      graph = [];
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        graph.push([id, {imports: [...info.importedIds], entry: info.isEntry}]);
      }
    },
  };
  process.on('message', async ({mode, over, wantGraph}) => {
    override = over;
    const out = await build({mode, logLevel: 'silent', plugins: [overridePlugin, recorder], build: {write: false, sourcemap: true}});
    const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.fileName === `${mode}.js`);
    // The code as written to dist/cdn, sourceMappingURL line and all.
    const code = chunk.code;
    process.send({gzip: gzipSync(Buffer.from(code), {level: 9}).length, moduleIds: chunk.moduleIds, graph: wantGraph ? graph : undefined});
  });
  await new Promise(() => {});
}
let worker = null;
let workerBuilds = 0;
let builds = 0;
let buildMs = 0;
let override = null;
async function buildSize(mode, wantGraph = false) {
  const t = Date.now();
  if (!worker || workerBuilds >= RECYCLE) {
    worker?.kill();
    worker = fork(fileURLToPath(import.meta.url), ['--worker'], {stdio: 'inherit'});
    workerBuilds = 0;
  }
  workerBuilds++;
  const r = await new Promise((done, fail) => {
    worker.once('message', done);
    worker.once('exit', (code) => fail(new Error(`build worker exited (${code})`)));
    worker.send({mode, over: override, wantGraph});
  });
  worker.removeAllListeners('exit');
  builds++;
  buildMs += Date.now() - t;
  if (wantGraph) r.graph = new Map(r.graph);
  return r;
}
process.on('exit', () => worker?.kill());

// ---------- module layout prediction ----------
const bundles = {}; // mode -> {graph: Map id -> {imports, entry}, entry, included: Set, sig, gzip}
function layout(b, changedId, changedImports) {
  const seen = new Set();
  const order = [];
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = b.graph.get(id);
    for (const dep of id === changedId ? changedImports : node ? node.imports : []) visit(dep);
    if (b.included.has(id)) order.push(id);
  };
  visit(b.entry);
  return order.join('\n');
}

// ---------- parsing a module's import block ----------
function parse(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('import '));
  if (first < 0) return null;
  let last = first;
  for (let i = first; i < lines.length; i++) {
    if (lines[i].startsWith('import ')) last = i;
    else if (!lines[i].startsWith('//')) break;
  }
  // leading // comments directly above the first import belong to it
  let start = first;
  while (start > 0 && lines[start - 1].startsWith('//')) start--;
  const items = [];
  let pending = [];
  for (let i = start; i <= last; i++) {
    const l = lines[i];
    if (l.startsWith('//')) pending.push(l);
    else if (l.startsWith('import ')) {
      if (!/;$/.test(l)) throw new Error(`${file}:${i + 1}: multi-line import`);
      const spec = /from '([^']+)';$/.exec(l)?.[1] ?? /^import '([^']+)';$/.exec(l)?.[1];
      if (!spec) throw new Error(`${file}:${i + 1}: cannot read ${l}`);
      items.push({lines: [...pending, l], spec, type: l.startsWith('import type '), bare: /^import '/.test(l)});
      pending = [];
    } else throw new Error(`${file}:${i + 1}: unexpected line in the import block`);
  }
  if (pending.length) throw new Error(`${file}: dangling comment in the import block`);
  return {file, id: resolve(file), head: lines.slice(0, start), tail: lines.slice(last + 1), items};
}
const render = (m, order) => {
  // type-only items keep their slots; the others fill the remaining slots in `order`
  const queue = [...order];
  const body = m.items.map((item) => (item.type ? item : m.items[queue.shift()]));
  return [...m.head, ...body.flatMap((item) => item.lines), ...m.tail].join('\n');
};
function resolveSpec(m, spec, importedIds) {
  if (spec.startsWith('.')) return resolve(dirname(m.id), spec.replace(/\.js$/, '.ts'));
  return importedIds.find((id) => id.endsWith(`/node_modules/${spec}`) || id.endsWith(`/node_modules/${spec}/index.js`));
}

// ---------- main ----------
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts')) files.push(path);
  }
};
walk('src');
const SKIP = new Set(['src/define.ts', 'src/index.ts']);
const PRIORITY = [
  'src/components/hotline-card/define.ts',
  'src/components/red-flag-quiz/define.ts',
  'src/components/hotline-card/hotline-card.ts',
  'src/components/hotline-card/line-view.ts',
  'src/components/red-flag-quiz/red-flag-quiz.ts',
  'src/components/quick-exit/quick-exit.ts',
  'src/internal/signpost-element.ts',
  'src/hotline/custom-line.ts',
  'src/hotline/format.ts',
  'src/hotline/schedule.ts',
  'src/components/hotline-card/styles.ts',
  'src/components/red-flag-quiz/styles.ts',
  'src/components/quick-exit/styles.ts',
];
const only = arg('--only', null)?.split(',');
const modules = files
  .filter((f) => !SKIP.has(f) && !f.includes('/generated/') && !f.includes('/i18n/locales/'))
  .map(parse)
  .filter((m) => m && m.items.filter((i) => !i.type).length >= 2)
  .filter((m) => !only || only.includes(m.file))
  .sort((a, b) => (PRIORITY.indexOf(a.file) + 1 || 99) - (PRIORITY.indexOf(b.file) + 1 || 99) || a.file.localeCompare(b.file));

log(`baseline builds (${MODES.join(', ')})`);
for (const mode of MODES) {
  const r = await buildSize(mode, true);
  const graph = r.graph;
  const entry = [...graph].find(([, v]) => v.entry)[0];
  bundles[mode] = {graph, entry, included: new Set(r.moduleIds), gzip: r.gzip, cache: new Map()};
  const b = bundles[mode];
  b.sig = layout(b);
  if (b.sig !== r.moduleIds.join('\n')) throw new Error(`${mode}: predicted layout differs from rollup's:\n${b.sig}\n---\n${r.moduleIds.join('\n')}`);
  b.cache.set(b.sig, r.gzip);
  log(`${mode}: ${r.gzip} B, ${r.moduleIds.length} modules`);
}
const baseline = Object.fromEntries(MODES.map((m) => [m, bundles[m].gzip]));
const total = () => MODES.reduce((s, m) => s + bundles[m].gzip, 0);
log(`baseline total ${total()} B`);

// modules with side effects: the define.ts files (they register elements) and whatever imports them
const anyGraph = new Map(MODES.flatMap((m) => [...bundles[m].graph]));
const effectful = new Set([...anyGraph.keys()].filter((id) => /\/src\/(components\/[a-z-]+\/)?define\.ts$/.test(id)));
for (let grew = true; grew; ) {
  grew = false;
  for (const [id, node] of anyGraph) {
    if (!effectful.has(id) && node.imports.some((d) => effectful.has(d))) {
      effectful.add(id);
      grew = true;
    }
  }
}
log(`modules with side effects: ${[...effectful].map(rel).join(', ')}`);

// attach resolved ids; check them against rollup's list
for (const m of modules) {
  const node = anyGraph.get(m.id);
  m.inModes = MODES.filter((mode) => bundles[mode].graph.has(m.id));
  if (!node) {
    m.skip = 'in no CDN file';
    continue;
  }
  for (const item of m.items) {
    if (item.type) continue;
    item.id = resolveSpec(m, item.spec, node.imports);
    if (!node.imports.includes(item.id)) throw new Error(`${m.file}: ${item.spec} not among rollup's imports`);
    item.fixed = item.bare || effectful.has(item.id);
  }
  m.order = m.items.map((item, i) => (item.type ? -1 : i)).filter((i) => i >= 0);
  const ids = m.order.map((i) => m.items[i].id);
  const prefix = node.imports.slice(0, ids.length);
  if (prefix.join() !== ids.join()) throw new Error(`${m.file}: import order differs from rollup's importedIds`);
}
const importsFor = (m, order) => {
  const ids = order.map((i) => m.items[i].id);
  const rest = anyGraph.get(m.id).imports.filter((id) => !ids.includes(id));
  return [...ids, ...rest];
};
const fixedOrderOk = (m, order) => order.filter((i) => m.items[i].fixed).join() === m.order.filter((i) => m.items[i].fixed).join();

let checkedSame = 0;
let evaluated = 0;
let skipped = 0;
async function tryOrder(m, order) {
  const imports = importsFor(m, order);
  const sigs = {};
  for (const mode of m.inModes) {
    const sig = layout(bundles[mode], m.id, imports);
    if (sig !== bundles[mode].sig) sigs[mode] = sig;
  }
  const changed = Object.keys(sigs);
  if (!changed.length) {
    skipped++;
    // spot-check the prediction a few times: an unchanged layout must build to the same bytes
    if (checkedSame < 3 && m.inModes.length) {
      checkedSame++;
      override = {id: m.id, code: render(m, order)};
      const r = await buildSize(m.inModes[0]);
      override = null;
      if (r.gzip !== bundles[m.inModes[0]].gzip) throw new Error(`prediction check failed for ${m.file} (${m.inModes[0]}): ${r.gzip} vs ${bundles[m.inModes[0]].gzip}`);
      log(`prediction check ok: ${m.file}, ${m.inModes[0]} unchanged`);
    }
    return null;
  }
  evaluated++;
  const sizes = {};
  override = {id: m.id, code: render(m, order)};
  try {
    for (const mode of MODES) {
      if (!(mode in sigs)) continue;
      const b = bundles[mode];
      let gzip = b.cache.get(sigs[mode]);
      if (gzip === undefined) {
        const r = await buildSize(mode);
        if (r.moduleIds.join('\n') !== sigs[mode]) throw new Error(`${mode}: predicted layout differs from rollup's for ${m.file}`);
        gzip = r.gzip;
        b.cache.set(sigs[mode], gzip);
      }
      sizes[mode] = gzip;
      if (gzip > b.gzip) return {sizes, ok: false};
    }
  } finally {
    override = null;
  }
  const delta = changed.reduce((s, mode) => s + sizes[mode] - bundles[mode].gzip, 0);
  return {sizes, sigs, delta, ok: delta < 0};
}

const describe = (m, order) => order.map((i) => m.items[i].spec.replace(/^.*\//, '')).join(' ');
let pass = 0;
let timeUp = false;
for (let improved = true; improved && !timeUp; ) {
  improved = false;
  pass++;
  log(`pass ${pass}`);
  for (const m of modules) {
    if (m.skip) continue;
    let moduleImproved = true;
    while (moduleImproved && !timeUp) {
      moduleImproved = false;
      const k = m.order.length;
      const tried = new Set([m.order.join()]);
      outer: for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          if (Date.now() > DEADLINE) {
            timeUp = true;
            break outer;
          }
          const order = m.order.toSpliced(i, 1).toSpliced(j, 0, m.order[i]);
          const key = order.join();
          if (tried.has(key) || !fixedOrderOk(m, order)) continue;
          tried.add(key);
          const r = await tryOrder(m, order);
          if (!r?.ok) continue;
          // keep it
          const before = Object.fromEntries(Object.keys(r.sizes).map((mode) => [mode, bundles[mode].gzip]));
          for (const [mode, sig] of Object.entries(r.sigs)) Object.assign(bundles[mode], {sig, gzip: r.sizes[mode]});
          m.order = order;
          const imports = importsFor(m, order);
          for (const mode of m.inModes) bundles[mode].graph.get(m.id).imports = imports;
          anyGraph.get(m.id).imports = imports;
          writeFileSync(m.file, render(m, order));
          log(`KEEP ${m.file}: ${r.delta} B (${Object.keys(r.sizes).map((mode) => `${mode} ${before[mode]}→${r.sizes[mode]}`).join(', ')}); total ${total()}; order: ${describe(m, order)}`);
          improved = moduleImproved = true;
          break outer;
        }
      }
    }
    log(`done ${m.file} (${m.order.length} imports); total ${total()} B; ${builds} builds (${(buildMs / Math.max(builds, 1) / 1000).toFixed(1)} s each), ${evaluated} layouts evaluated, ${skipped} moves without effect`);
  }
}
log(timeUp ? 'time limit reached' : 'converged: no move helps');
for (const mode of MODES) log(`${mode}: ${baseline[mode]} → ${bundles[mode].gzip} (${bundles[mode].gzip - baseline[mode]})`);
log(`total ${Object.values(baseline).reduce((a, b) => a + b)} → ${total()}; ${builds} builds in ${((Date.now() - t0) / 60000).toFixed(1)} min`);
worker?.kill(); // the build worker waits for work forever: without this, the search never exits
