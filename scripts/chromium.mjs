// Debian's Chromium as every script here drives it (smoke, privacy log, bench, and the wtr config):
// one path, one flag list, and the page-side layout-shift counter the CLS checks share.

/** The system browser (Debian's `chromium` package); CHROME_PATH overrides it. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (root in CI), no GPU, and no background traffic of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches it through playwright-core (imported here only when a script asks). */
export async function launchChromium() {
  const {chromium} = await import('playwright-core');
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

/**
 * Counts the layout shift of a page from its first moment (shifts right after input excluded, as CLS
 * does); read it with `layoutShift(page)`.
 * @param {import('playwright-core').Page} page
 */
export async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__signpostShift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__signpostShift += e.hadRecentInput ? 0 : e.value))).observe({type: 'layout-shift', buffered: true});
  });
}

/** @param {import('playwright-core').Page} page */
export const layoutShift = (page) => page.evaluate(() => window.__signpostShift);
