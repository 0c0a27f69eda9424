// The quick exit with real input (Debian's Chromium): a mouse click, a touch tap and Shift pressed
// three times on the keyboard, on a partner page whose scripts work against it, as many do:
//   - a focus trap around a newsletter dialog, with focus-trap's defaults: every click outside the
//     dialog cancelled and stopped in the document's capture phase, mousedown and touchstart cancelled
//     (after which the browser sends no click for a tap at all);
//   - a shortcut manager that stops key events on the window, in the capture phase.
// And on a plain page, a tap leaves once (the click that follows it does not leave again), while a
// finger that starts on the button and scrolls or swipes does not leave (the browser cancels the
// pointer: no tap).
// Each case checks that the page left for the neutral site, out of the Back history (location.replace),
// and how many times `signpost-quick-exit` fired. The browser tests check the same logic with
// synthetic events in three engines; this is the browser's own input pipeline.
import {readFileSync} from 'node:fs';
import {launchChromium} from './chromium.mjs';

const PAGE = 'http://partner.test/';
const EXIT = 'http://weather.test/';
const bundle = readFileSync(new URL('../dist/cdn/signpost.js', import.meta.url));

const HOSTILE = `
const inDialog = (e) => document.getElementById('dialog').contains(e.target);
for (const type of ['click', 'auxclick']) document.addEventListener(type, (e) => { if (!inDialog(e)) { e.preventDefault(); e.stopImmediatePropagation(); } }, true);
for (const type of ['mousedown', 'touchstart']) document.addEventListener(type, (e) => { if (!inDialog(e)) e.preventDefault(); }, {capture: true, passive: false});
for (const type of ['keydown', 'keyup']) window.addEventListener(type, (e) => e.stopPropagation(), true);
`;
const page = (hostile) => `<!doctype html>
<html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner page</title>
<script>document.addEventListener('signpost-quick-exit', () => window.exited());</script>
${hostile ? '<script src="/hostile.js"></script>' : ''}
<script type="module" src="/signpost.js"></script>
<body>
<signpost-quick-exit placement="sticky" href="${EXIT}"><a href="${EXIT}">Exit this page</a></signpost-quick-exit>
<div id="dialog" role="dialog" aria-label="Newsletter"><p>Subscribe to our newsletter</p><input id="email" aria-label="Email"></div>
<p style="height: 2000px">Partner content</p>
</body></html>`;

/** A finger put on the quick exit's button, moved by (dx, dy) in steps, then lifted (Chromium's own touch input). */
async function drag(tab, dx, dy) {
  const box = await tab.locator('signpost-quick-exit [part="button"]').boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await tab.context().newCDPSession(tab);
  try {
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
    for (let step = 1; step <= 4; step++) {
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [{x: x + (dx * step) / 4, y: y + (dy * step) / 4}]});
      await tab.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  } catch {
    // The page left mid-gesture (its session went with it): the check below reports it.
  }
}

const browser = await launchChromium();
const problems = [];
const results = [];
try {
  for (const [name, hostile, act, stays] of [
    ['mouse click, focus trap', true, (p) => p.locator('signpost-quick-exit [part="button"]').click()],
    ['touch tap, focus trap (touchstart cancelled: no click follows)', true, (p) => p.locator('signpost-quick-exit [part="button"]').tap()],
    ['Shift ×3 typed in a field, key events stopped on the window', true, async (p) => {
      await p.focus('#email');
      for (let i = 0; i < 3; i++) await p.keyboard.press('Shift');
    }],
    ['touch tap, plain page (a click follows the tap)', false, (p) => p.locator('signpost-quick-exit [part="button"]').tap()],
    ['mouse click, plain page', false, (p) => p.locator('signpost-quick-exit [part="button"]').click()],
    ['a finger on the button scrolls the page (no tap)', false, (p) => drag(p, 0, -200), 'stays'],
    ['a finger on the button swipes sideways (no tap)', false, (p) => drag(p, 120, 0), 'stays'],
  ]) {
    const context = await browser.newContext({hasTouch: true, viewport: {width: 412, height: 800}});
    const tab = await context.newPage();
    let exits = 0;
    await tab.exposeFunction('exited', () => void exits++);
    await tab.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(EXIT).origin) return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather'});
      if (url.pathname === '/signpost.js') return route.fulfill({contentType: 'text/javascript', body: bundle});
      if (url.pathname === '/hostile.js') return route.fulfill({contentType: 'text/javascript', body: HOSTILE});
      if (url.pathname === '/') return route.fulfill({contentType: 'text/html', body: page(hostile)});
      return route.fulfill({status: 404});
    });
    await tab.goto(PAGE);
    await tab.waitForFunction(() => document.querySelector('signpost-quick-exit')?.hasUpdated);
    const before = await tab.evaluate(() => history.length);
    await Promise.all([tab.waitForURL(EXIT, {timeout: 5000}).catch(() => {}), act(tab)]);
    await tab.waitForTimeout(300); // a second exit, if any, would have fired by now
    const url = tab.url();
    const after = url === EXIT ? await tab.evaluate(() => history.length) : NaN;
    results.push(`  ${name}: ${url === EXIT ? 'left' : `stayed on ${url}`}, history ${before} → ${after}, signpost-quick-exit fired ${exits}×`);
    if (stays) {
      if (url !== PAGE || exits) problems.push(`${name}: the page left`);
    } else {
      if (url !== EXIT) problems.push(`${name}: the page did not leave`);
      else if (after !== before) problems.push(`${name}: the page stayed in the Back history (${before} → ${after} entries)`);
      if (exits !== 1) problems.push(`${name}: signpost-quick-exit fired ${exits} times, not once`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`quick exit with real input (Chromium):\n${results.join('\n')}`);
if (problems.length) {
  console.error(`\nreal input: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
