// node bench/profile.mjs [tag] [attributes] [--warm]: where a widget's first mount spends its time
// (--warm: its second mount on the page, after the one-time costs).
// Mounts the widget from dist/cdn/signpost.js in five fresh pages of Debian's Chromium under the CPU
// profiler (50 µs samples) and prints the mean mount time and the functions with the most self time,
// with their place in the minified file (read it with dist/cdn/signpost.js.map). Build first.
// Example: node bench/profile.mjs signpost-hotline-card 'country="US"'
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../scripts/chromium.mjs';
import {startStatic} from '../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const warm = process.argv.includes('--warm');
const [tag = 'signpost-hotline-card', attrs = 'country="US"'] = process.argv.slice(2).filter((a) => a !== '--warm');
const RUNS = 5;

const server = await startStatic(ROOT);
const {origin} = server;
const browser = await launchChromium();

const selfTime = new Map();
let total = 0;
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/pages/harness.html`);
  await page.addScriptTag({type: 'module', url: `${origin}/dist/cdn/signpost.js`});
  await page.waitForFunction((t) => customElements.get(t), tag);
  if (warm) {
    await page.evaluate(async (markup) => {
      const root = document.getElementById('root');
      root.innerHTML = markup;
      await root.firstElementChild.updateComplete;
      root.getBoundingClientRect();
    }, `<${tag} ${attrs}></${tag}>`);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 50});
  await cdp.send('Profiler.start');
  total += await page.evaluate(async (markup) => {
    const root = document.getElementById('root');
    const t0 = performance.now();
    root.innerHTML = markup;
    await root.firstElementChild.updateComplete;
    root.getBoundingClientRect();
    return performance.now() - t0;
  }, `<${tag} ${attrs}></${tag}>`);
  const {profile} = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => {
    const f = nodes.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000 / RUNS);
  });
  await context.close();
}
console.log(`${tag} ${attrs}: ${warm ? 'second' : 'first'} mount ${(total / RUNS).toFixed(1)} ms under the profiler (mean of ${RUNS})`);
console.log('self time per mount (ms), top 20:');
for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(2).padStart(8)}  ${key}`);
await browser.close();
server.close();
