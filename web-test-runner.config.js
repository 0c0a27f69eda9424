// @ts-check
// Tests run in real browsers from Debian's packages: Chromium and Firefox through puppeteer-core
// (CDP / WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver (under xvfb-run).
// Nothing is downloaded. BROWSERS=chrome,firefox,webkit picks them (scripts/test.sh sets it).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {testServer} from './test/server.js';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';

import {CHROMIUM, CHROMIUM_ARGS} from './scripts/chromium.mjs';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const launchers = {
  chrome: () => chromeLauncher({launchOptions: {executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS}}),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: FIREFOX, headless: true},
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for BiDi by default; WebKitWebDriver rejects it.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

/**
 * Module imports the stories make, served as Vite serves them to Storybook:
 * - `import x from './x.json' with {type: 'json'}` (stories/theming.ts reads custom-elements.json):
 *   esbuild's es2022 output drops the attribute, and a browser will not run a file served as JSON as
 *   a script;
 * - `import text from './x.md?raw'` (stories/embed.ts cuts the embed snippets from the README).
 * Both are served as JS modules; fetch() of such a file is unchanged.
 * @type {import('@web/dev-server-core').Plugin}
 */
const moduleImports = {
  name: 'module-imports',
  transformImport({source}) {
    if (source.endsWith('.json')) return `${source}?json-module`;
  },
  async serve(context) {
    const json = context.path.endsWith('.json') && context.URL.searchParams.has('json-module');
    const raw = context.URL.searchParams.has('raw');
    if (!json && !raw) return;
    const text = await readFile(fileURLToPath(new URL(`.${context.path}`, import.meta.url)), 'utf8');
    return {body: `export default ${json ? text : JSON.stringify(text)};`, type: 'js'};
  },
};

/**
 * A DevTools protocol session on a Chromium test page (one per page, kept on it), for the commands below;
 * any other browser is refused with the command's name.
 * @param {any} session
 * @param {string} command
 */
async function chromiumCdp(session, command) {
  if (session.browser.type !== 'puppeteer' || session.browserName?.toLowerCase?.().includes('firefox')) throw new Error(`${command}: Chromium only`);
  const page = session.browser.getPage(session.id);
  return (page.__signpostCdp ??= await page.createCDPSession());
}

/**
 * `send-touch` (Chromium only): real touch input through CDP's Input.dispatchTouchEvent, so that the
 * browser's own gesture detection decides between a tap (click), a pan (pointercancel) and a long press.
 * Payload: {steps: [{type: 'touchStart'|'touchMove'|'touchEnd'|'touchCancel', points: [{x, y}], wait?: ms}]}.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const touchPlugin = {
  name: 'send-touch',
  async executeCommand({command, payload, session}) {
    if (command !== 'send-touch') return undefined;
    const cdp = await chromiumCdp(session, command);
    if (!cdp.__touchOn) {
      await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 5});
      cdp.__touchOn = true;
    }
    for (const step of /** @type {any} */ (payload).steps) {
      await cdp.send('Input.dispatchTouchEvent', {type: step.type, touchPoints: step.points ?? []});
      if (step.wait) await new Promise((r) => setTimeout(r, step.wait));
    }
    return true;
  },
};

/**
 * `forced-colors` (Chromium only): {active: boolean}. Windows High Contrast's forced colours, through CDP's
 * Emulation.setEmulatedMedia (wtr's emulateMedia passes forcedColors to Playwright only; puppeteer's
 * emulateMediaFeatures does not know the feature). Chromium then forces the colours as a contrast theme does.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    const cdp = await chromiumCdp(session, command);
    const active = /** @type {any} */ (payload)?.active;
    await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: active ? 'active' : 'none'}]});
    return true;
  },
};

/**
 * `font-sizes` (Chromium only): {standard, fixed} in px, the browser's default font sizes as a reader sets them
 * (Chrome's Settings → Appearance → Font size: "Very large" is 24), through CDP's Page.setFontSizes; every
 * frame of the page follows, media queries' em too. {standard: 16, fixed: 13} puts Chromium's defaults back.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const fontSizesPlugin = {
  name: 'font-sizes',
  async executeCommand({command, payload, session}) {
    if (command !== 'font-sizes') return undefined;
    const cdp = await chromiumCdp(session, command);
    await cdp.send('Page.setFontSizes', {fontSizes: /** @type {any} */ (payload)});
    return true;
  },
};

const wanted = (process.env.BROWSERS ?? 'chrome').split(',').map((s) => s.trim()).filter(Boolean);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer],
  concurrency: 1,
  // Two browsers at once, wtr's default, written out: WebKit starts when Chromium has finished. All
  // three at once (2026-12-06) took the step from 373 s to 254–312 s in five runs, but in a sixth wtr
  // ended without a word with two files left (no error, no summary): on two CPUs we keep the default.
  concurrentBrowsers: 2,
  browsers: wanted.map((name) => {
    const make = launchers[/** @type {keyof typeof launchers} */ (name)];
    if (!make) throw new Error(`unknown browser ${name}; known: ${Object.keys(launchers)}`);
    return make();
  }),
  plugins: [
    // a11ySnapshot (test/sr): Chromium's accessibility tree, through puppeteer.
    a11ySnapshotPlugin(),
    moduleImports,
    touchPlugin,
    forcedColorsPlugin,
    fontSizesPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  // wtr's own page, with an icon of its own: without one, WebKit fetches /favicon.ico at a moment of its
  // choosing, which a privacy test (no request while a widget is used) then sees.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 300000,
};
