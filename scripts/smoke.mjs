// Smoke check of what a partner sees: the demo page, served with a strict CSP and Trusted Types,
// loads the CDN files through <script type="module"> in Debian's Chromium. Fails on any page error,
// console error, CSP violation, or a request to another origin. Writes a screenshot.
import {chromium} from 'playwright-core';
import {startDemo} from './demo.mjs';

const server = await startDemo(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('request', (r) => !r.url().startsWith(origin) && problems.push(`foreign request: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => customElements.get('signpost-hotline-card') !== undefined);
  const cards = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('signpost-hotline-card')];
    await Promise.all(els.map((e) => e.updateComplete));
    return els.map((e) => e.shadowRoot?.querySelector('[part="heading"]')?.textContent ?? '');
  });
  if (cards.some((c) => !c)) problems.push(`a card did not render: ${JSON.stringify(cards)}`);
  await page.screenshot({path: process.env.SMOKE_SCREENSHOT ?? '.smoke.png', fullPage: true});
  console.log(`smoke: ${cards.length} cards rendered: ${cards.join(' | ')}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
