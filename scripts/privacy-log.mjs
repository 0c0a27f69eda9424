// The privacy log: what each widget sends and keeps, seen from the network, as a partner's page runs it.
//
// For each widget on its built-in defaults (and all five together), a fresh browser profile opens a
// page that loads dist/cdn/signpost.js with one script tag, under the strict CSP of the demo server and
// with NO referrer policy of its own (so any referrer protection shown here is the widget's). The reader
// then uses the widget with real clicks: every button, every link (new tabs included), the quiz to the
// end, the quick exit. Debian's Chromium through playwright-core logs every request the page and its
// popups make (subresource or navigation, any origin; requests to other origins are answered with an
// empty 204 here, so nothing leaves this machine) and reads cookies, localStorage, sessionStorage,
// IndexedDB and service workers afterwards.
//
// It prints the log and fails unless, for every case:
//   - the only requests before any click are the page and its one script (the browser's own favicon
//     request is shown, not counted);
//   - every request to another origin is a navigation the reader asked for (a link or the quick exit),
//     and carries no Referer header (headers that cannot be read count as a problem). Cookies on
//     these navigations are not checked: a site the reader opens gets its own cookies, as with any
//     link, and never the host's; the cookie-free feed and bank requests are checked in the browser
//     tests against a server that echoes the Cookie and Referer headers;
//   - cookies and storage are as they were (one first-party cookie the "host" set stays; nothing added);
//   - no service worker, no <link> added to the document.
// The in-browser tests (test/privacy-all.test.ts and the widgets' privacy tests) check the same in
// Chromium, Firefox and WebKit from inside the page; this log is the outside view.
import {startDemo, CSP} from './demo.mjs';
import {launchChromium} from './chromium.mjs';

const server = await startDemo(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const TICKER_ITEMS = '<ul><li><a href="https://news.example/one">Campaign news one</a></li><li><a href="https://news.example/two">Campaign news two</a></li></ul>';
/** Markup on built-in defaults (the banner needs a campaign to show, the ticker its items). */
const CASES = {
  'hotline card': '<signpost-hotline-card></signpost-hotline-card>',
  'quick exit': '<signpost-quick-exit></signpost-quick-exit>',
  'red-flag quiz': '<signpost-red-flag-quiz count="3" seed="log"></signpost-red-flag-quiz>',
  'campaign banner': '<signpost-campaign-banner campaign="learn-the-signs" cta-href="https://partner.example/learn" cta-label="Learn more" dismissible></signpost-campaign-banner>',
  'news ticker': `<signpost-news-ticker>${TICKER_ITEMS}</signpost-news-ticker>`,
};
CASES['all five'] = Object.values(CASES).join('\n');

const problems = [];
const lines = [];
for (const [name, markup] of Object.entries(CASES)) {
  const log = await run(name, markup);
  lines.push(`\n${name}`);
  for (const r of log.requests) {
    lines.push(`  ${r.phase.padEnd(6)} ${r.type.padEnd(10)} ${r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url}${r.foreign ? `  referer=${r.referer ?? 'none'}` : ''}`);
  }
  lines.push(`  after: cookies ${log.cookies}; localStorage ${log.local}; sessionStorage ${log.session}; IndexedDB ${log.idb}; service workers ${log.workers}; <link> elements ${log.links}`);
}
await browser.close();
server.close();

console.log(`privacy log (Chromium; the page loads ${origin}/dist/cdn/signpost.js)`);
console.log(lines.join('\n'));
if (problems.length) {
  console.error(`\nprivacy log: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\nprivacy log: each widget asked for nothing but its own script, sent no referrer anywhere, and left no trace');

/** One case in a fresh browser profile; returns what was requested and kept. */
async function run(name, markup) {
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  await context.addCookies([{name: 'host-session', value: '1', url: origin}]);
  const requests = [];
  const headersRead = [];
  let phase = 'load';
  const record = (request, foreign) => {
    const entry = {phase, url: request.url(), type: request.resourceType(), navigation: request.isNavigationRequest(), foreign};
    requests.push(entry);
    // All headers, as sent (`headers()` may leave some out).
    headersRead.push(
      request.allHeaders().then(
        (h) => Object.assign(entry, {referer: h.referer, headersRead: true}),
        (e) => Object.assign(entry, {headersError: String(e?.message ?? e)}),
      ),
    );
  };
  // Other origins: logged with their headers, answered empty, never reached.
  await context.route((url) => url.origin !== origin, async (route) => {
    record(route.request(), true);
    await route.fulfill({status: 204});
  });
  const page = await context.newPage();
  context.on('request', (request) => request.url().startsWith(origin) && record(request, false));
  page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
  await page.route(`${origin}/privacy-log.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: {'content-security-policy': CSP},
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner article</title><script type="module" src="/dist/cdn/signpost.js"></script></head><body><main><h1>Partner article</h1>${markup}</main></body></html>`,
    }),
  );
  await page.goto(`${origin}/privacy-log.html`);
  await page.waitForFunction(() => customElements.get('signpost-news-ticker') && [...document.querySelectorAll('main > *')].every((el) => !el.localName.startsWith('signpost-') || el.shadowRoot));
  await page.waitForTimeout(300);

  phase = 'use';
  await use(page, context);
  await page.waitForTimeout(300);

  const after = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases?.())?.length ?? 0,
    links: document.querySelectorAll('link').length,
  }));
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`);
  const workers = context.serviceWorkers().length;
  await Promise.all(headersRead);
  await context.close();

  // The verdicts.
  const allowed = new Set(['/privacy-log.html', '/dist/cdn/signpost.js', '/favicon.ico']);
  for (const r of requests) {
    const path = r.url.startsWith(origin) ? new URL(r.url).pathname : null;
    if (r.phase === 'load' && (r.foreign || !allowed.has(path))) problems.push(`${name}: requested ${r.url} (${r.type}) while loading`);
    if (r.phase === 'use' && r.foreign && !r.navigation) problems.push(`${name}: requested ${r.url} (${r.type}) without a navigation`);
    if (r.phase === 'use' && !r.foreign && !allowed.has(path)) problems.push(`${name}: requested ${r.url} (${r.type}) on its own`);
    if (r.foreign && !r.headersRead) problems.push(`${name}: the headers of ${r.url} could not be read (${r.headersError ?? 'no answer'}): its Referer is unchecked`);
    if (r.foreign && r.referer) problems.push(`${name}: ${r.url} got referer=${r.referer}`);
  }
  if (cookies.join() !== 'host-session=1') problems.push(`${name}: cookies are now ${cookies.join('; ')}`);
  if (after.local || after.session || after.idb) problems.push(`${name}: storage written: ${JSON.stringify(after)}`);
  if (workers) problems.push(`${name}: ${workers} service worker(s)`);
  // The served page has no <link> of its own: any is a widget's.
  if (after.links) problems.push(`${name}: ${after.links} <link> element(s) in the document`);
  if (!requests.some((r) => r.phase === 'use' && r.foreign)) problems.push(`${name}: no link was followed and no exit taken (the log would prove nothing)`);
  return {requests, cookies: cookies.join('; '), local: after.local, session: after.session, idb: after.idb, workers, links: after.links};
}

/** The reader uses every widget on the page: real clicks, the quiz to its end, then the quick exit. */
async function use(page, context) {
  const card = page.locator('main > signpost-hotline-card');
  if (await card.count()) {
    await card.locator('select').selectOption('US');
    for (const button of await card.locator('button').all()) await button.click();
  }
  const quiz = page.locator('main > signpost-red-flag-quiz');
  if (await quiz.count()) {
    for (let step = 0; step < 20 && !(await quiz.locator('[part="result"]').count()); step++) {
      const option = quiz.locator('label.option').first();
      if ((await option.count()) && (await option.isEnabled())) await option.click();
      await quiz.locator('button[part="button"]').first().click();
      // After each answer, the explanation's source.
      for (const source of await quiz.locator('[part="feedback"] a[href^="http"]').all()) await follow(source, context);
    }
    if (!(await quiz.locator('[part="result"]').count())) problems.push('the quiz did not reach its result');
  }
  const ticker = page.locator('main > signpost-news-ticker');
  if (await ticker.count()) for (const button of await ticker.locator('button').all()) await button.click();
  // Every link that leads to a web page, in every widget but the quick exit (new tabs are closed).
  for (const link of await page.locator('main > :not(signpost-quick-exit) a[href^="http"]').all()) await follow(link, context);
  for (const button of await page.locator('main > signpost-campaign-banner button').all()) await button.click();
  const exit = page.locator('main > signpost-quick-exit [part="button"]');
  if (await exit.count()) {
    await exit.click();
    await page.waitForTimeout(300);
  }
}

/** Clicks a visible link as a reader would; a new tab it opens is closed once its request is logged. */
async function follow(link, context) {
  if (!(await link.isVisible())) return;
  const popup = context.waitForEvent('page', {timeout: 1500}).catch(() => null);
  await link.click();
  const tab = await popup;
  if (tab) {
    await tab.waitForLoadState().catch(() => {});
    await tab.close();
  }
}
