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

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
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
 * `import x from './x.json' with {type: 'json'}` (stories/theming.ts reads custom-elements.json so):
 * esbuild's es2022 output drops the attribute, and a browser will not run a file served as JSON as a
 * script. Such imports are served as JS modules instead; fetch() of a .json file is unchanged.
 * @type {import('@web/dev-server-core').Plugin}
 */
const jsonModules = {
  name: 'json-modules',
  transformImport({source}) {
    if (source.endsWith('.json')) return `${source}?json-module`;
  },
  async serve(context) {
    if (!context.path.endsWith('.json') || !context.URL.searchParams.has('json-module')) return;
    const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
    return {body: `export default ${await readFile(file, 'utf8')};`, type: 'js'};
  },
};

const wanted = (process.env.BROWSERS ?? 'chrome').split(',').map((s) => s.trim()).filter(Boolean);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer],
  concurrency: 1,
  browsers: wanted.map((name) => {
    const make = launchers[/** @type {keyof typeof launchers} */ (name)];
    if (!make) throw new Error(`unknown browser ${name}; known: ${Object.keys(launchers)}`);
    return make();
  }),
  plugins: [
    jsonModules,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
