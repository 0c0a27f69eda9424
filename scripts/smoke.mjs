// Smoke check of what a partner sees: the demo page, served with a strict CSP and Trusted Types,
// loads the CDN files through <script type="module"> in Debian's Chromium. Fails on any page error,
// console error, CSP violation, or a request to another origin. Writes a screenshot.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startDemo} from './demo.mjs';
import {startStatic} from './static-server.mjs';
import {launchChromium, layoutShift, watchLayoutShift} from './chromium.mjs';

const server = await startDemo(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
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
  if (!(await until(page, widgetsReady))) problems.push(`the demo page's widgets did not all render in their language: ${JSON.stringify(await page.evaluate(widgetsReady, true))}`);
  const cards = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('signpost-hotline-card')];
    await Promise.all(els.map((e) => e.updateComplete));
    return els.map((e) => e.shadowRoot?.querySelector('[part="heading"]')?.textContent ?? '');
  });
  if (cards.some((c) => !c)) problems.push(`a card did not render: ${JSON.stringify(cards)}`);
  // The language switcher: French loads on demand from beside the bundle, under the same CSP.
  const copyLabel = () => document.querySelector('signpost-hotline-card[country="US"]')?.shadowRoot?.querySelector('[part="copy-button"]')?.textContent.trim();
  await page.selectOption('#demo-lang', 'fr');
  if (!(await until(page, (want) => document.querySelector('signpost-hotline-card[country="US"]')?.shadowRoot?.querySelector('[part="copy-button"]')?.textContent.trim() === want, 'Copier le numéro'))) {
    problems.push(`switching the page to French did not translate the card: "${await page.evaluate(copyLabel)}"`);
  }
  await page.selectOption('#demo-lang', 'en');
  if (!(await until(page, (want) => document.querySelector('signpost-hotline-card[country="US"]')?.shadowRoot?.querySelector('[part="copy-button"]')?.textContent.trim() === want, 'Copy number'))) {
    problems.push(`switching the page back to English did not translate the card back: "${await page.evaluate(copyLabel)}"`);
  }
  await page.screenshot({path: process.env.SMOKE_SCREENSHOT ?? '.smoke.png', fullPage: true});
  // Forced colours (Windows High Contrast): the card's links and borders take system colours.
  await page.emulateMedia({forcedColors: 'active'});
  const forced = {
    dot: await page.evaluate(() => getComputedStyle(document.querySelector('signpost-hotline-card[country="US"]').shadowRoot.querySelector('.open .dot')).backgroundColor),
    canvasText: await systemColour(page, 'color', 'CanvasText'),
  };
  // The "open" dot keeps a visible system colour instead of being flattened to the background.
  if (forced.dot !== forced.canvasText) problems.push(`forced colours: the open dot is not visible: ${JSON.stringify(forced)}`);
  // The other forced-colours rules (each component's styles.ts, and the shared focus ring), as a reader sees them.
  // The quick exit's Shift count: one real Shift press lights the first dot of the page's own (sticky) quick exit.
  await page.keyboard.press('Shift');
  const lit = () => document.querySelector('signpost-quick-exit[placement="sticky"]')?.shadowRoot?.querySelector('[part="indicator"] .on');
  const shiftDot = (await until(page, lit))
    ? {
        ...(await page.evaluate(() => {
          const dot = document.querySelector('signpost-quick-exit[placement="sticky"]').shadowRoot.querySelector('[part="indicator"] .on');
          const box = dot.getBoundingClientRect();
          const style = getComputedStyle(dot);
          return {background: style.backgroundColor, visible: box.width > 0 && box.height > 0 && style.visibility === 'visible'};
        })),
        canvasText: await systemColour(page, 'color', 'CanvasText'),
        canvas: await systemColour(page, 'backgroundColor', 'Canvas'),
      }
    : null;
  if (!shiftDot) problems.push('forced colours: one Shift press lit no dot of the sticky quick exit');
  else if (shiftDot.background !== shiftDot.canvasText || shiftDot.background === shiftDot.canvas || !shiftDot.visible) {
    problems.push(`forced colours: the quick exit's lit Shift dot is not a visible CanvasText: ${JSON.stringify(shiftDot)}`);
  }
  // Any other key ends the count (the page must not leave on a later Shift).
  await page.keyboard.press('Escape');
  // The quiz: start, choose an answer, check it: the right answer's border is Highlight.
  const quizReady = () => document.querySelector('signpost-red-flag-quiz')?.shadowRoot?.querySelector('[part="button"]');
  await until(page, quizReady);
  await page.evaluate(() => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('[part="button"]').click());
  const answered = await until(page, () => {
    const root = document.querySelector('signpost-red-flag-quiz').shadowRoot;
    if (root.querySelector('[part="option"].right')) return true;
    // Until the question shows (the bank loads), then once: choose the first answer and press Check.
    const radio = root.querySelector('[part="option"] input');
    if (radio && !radio.checked) {
      radio.click();
      root.querySelector('[part="button"]').click();
    }
    return false;
  });
  const quiz = answered ? await borderIn(page, 'signpost-red-flag-quiz', '[part="option"].right', 'Highlight') : null;
  if (!quiz) problems.push('forced colours: the quiz showed no right answer after Check');
  else if (quiz.border !== quiz.system || quiz.style === 'none' || !(parseFloat(quiz.width) > 0)) problems.push(`forced colours: the quiz's right answer has no Highlight border: ${JSON.stringify(quiz)}`);
  // The banner's close button: a ButtonText border (it has none otherwise, and no background: no visible edge).
  const close = await borderIn(page, 'signpost-campaign-banner[dismissible]', '.close', 'ButtonText');
  if (!close) problems.push('forced colours: the dismissible banner shows no close button');
  else if (close.border !== close.system || close.style !== 'solid' || !(parseFloat(close.width) >= 1)) problems.push(`forced colours: the banner's close button has no ButtonText border: ${JSON.stringify(close)}`);
  // The shared focus ring: the next Tab stops reach a widget's control (from the quiz, where Check left focus), outlined in Highlight.
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  let ring = null;
  for (let i = 0; i < 10 && !ring; i++) {
    await page.keyboard.press('Tab');
    ring = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || !el.getRootNode().host?.localName.startsWith('signpost-') || !el.matches(':focus-visible')) return null;
      const style = getComputedStyle(el);
      return {in: el.getRootNode().host.localName, outline: style.outlineColor, style: style.outlineStyle, width: style.outlineWidth};
    });
  }
  if (ring) ring.highlight = await systemColour(page, 'outlineColor', 'Highlight');
  if (!ring) problems.push('forced colours: Tab reached no signpost control with a visible focus');
  else if (ring.outline !== ring.highlight || ring.style === 'none' || !(parseFloat(ring.width) > 0)) problems.push(`forced colours: the focus ring is not Highlight: ${JSON.stringify(ring)}`);
  console.log(`smoke: forced colours: open dot, Shift dot ${JSON.stringify(shiftDot)}, quiz ${JSON.stringify(quiz)}, close ${JSON.stringify(close)}, focus ${JSON.stringify(ring)}`);
  await page.screenshot({path: (process.env.SMOKE_SCREENSHOT ?? '.smoke.png').replace(/\.png$/, '-forced.png'), fullPage: true});
  await page.emulateMedia({forcedColors: 'none'});
  console.log(`smoke: ${cards.length} cards rendered: ${cards.join(' | ')}`);

  // No layout shift at all on the demo page, at a phone width (as Lighthouse's mobile run) and a
  // desktop width: widgets upgrade inside their reserved space, in their language from the start.
  // Measured once every widget has rendered, in its language (the Spanish and Arabic files loaded),
  // and the page has settled; a missing reading is a failure, not a pass.
  for (const width of [412, 1280]) {
    const shifts = await browser.newPage({viewport: {width, height: 850}});
    await watchLayoutShift(shifts);
    await shifts.goto(`${origin}/`);
    if (!(await until(shifts, widgetsReady))) {
      problems.push(`layout shift at ${width} px not measured: the widgets did not all render in their language: ${JSON.stringify(await shifts.evaluate(widgetsReady, true))}`);
    } else {
      await settle(shifts);
      const cls = await layoutShift(shifts);
      if (typeof cls !== 'number' || Number.isNaN(cls)) problems.push(`no layout-shift reading on the demo page at ${width} px (got ${cls})`);
      else if (cls !== 0) problems.push(`layout shift ${cls.toFixed(5)} on the demo page at ${width} px`);
    }
    await shifts.close();
  }

  // The configurator, as the demo serves it and as the docs build (storybook-static) ships it.
  await checkConfigurator(origin, 'demo');
  if (existsSync('storybook-static/demo/get-the-code.html')) {
    const docs = await startDemo(0, undefined, fileURLToPath(new URL('../storybook-static/', import.meta.url)));
    try {
      await checkConfigurator(`http://127.0.0.1:${docs.address().port}`, 'docs build');
    } finally {
      docs.close();
    }
  } else problems.push('the docs build (storybook-static) has no Get the code page: run the Storybook build first');

  // Every story of the docs build, as a designer opens it: no request to another origin (sample
  // feeds and banks are local files), no page or console error. No docs build is a failure, not a
  // skip (scripts/test.sh builds it just before this step; by hand: npm run build-storybook).
  if (existsSync(fileURLToPath(new URL('../storybook-static/index.json', import.meta.url)))) await checkStories();
  else problems.push('storybook-static/index.json is missing, so no story was checked: run `npm run build-storybook` first');
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** The demo page's links to Get the code that name a widget, each with the tag it names (as an absolute address). */
async function linksToConfigurator(page, origin) {
  await page.goto(`${origin}/demo/index.html`);
  const hrefs = await page.$$eval('a[href*="get-the-code.html?widget="]', (links) => links.map((a) => a.href));
  return hrefs.map((href) => [href, `signpost-${new URL(href).searchParams.get('widget')}`]);
}

/** Get the code: fill the form, read the snippet, load the snippet in a fresh page, see the widget. */
async function checkConfigurator(origin, where) {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  page.on('pageerror', (e) => problems.push(`${where}: page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${where}: console error: ${m.text()}`));
  // The demo page's "Get the code for …" links each open the page on their widget; the bare page opens
  // on the hotline card, and a name it does not know is the card too (no error: the page's listeners).
  const demoLinks = await linksToConfigurator(page, origin);
  if (demoLinks.length !== 5) problems.push(`${where}: the demo page has ${demoLinks.length} "Get the code for …" links with a widget (expected one for each of the 5)`);
  for (const [href, expected] of [...demoLinks, [`${origin}/demo/get-the-code.html`, 'signpost-hotline-card'], [`${origin}/demo/get-the-code.html?widget=signpost-banner`, 'signpost-hotline-card']]) {
    await page.goto(href);
    const opened = await page.waitForSelector('#attributes [name]', {state: 'attached'}).then(() => page.inputValue('#widget'));
    if (opened !== expected) problems.push(`${where}: ${href} opens Get the code on ${opened}, not ${expected}`);
  }
  // The widget menu names each widget plainly, beside the tag its snippet holds.
  const menu = await page.$$eval('#widget option', (options) => options.map((o) => o.textContent).sort().join(' | '));
  if (menu !== 'Campaign banner — <signpost-campaign-banner> | Hotline card — <signpost-hotline-card> | News ticker — <signpost-news-ticker> | Quick exit — <signpost-quick-exit> | Red flag quiz — <signpost-red-flag-quiz>') problems.push(`${where}: the widget menu reads ${menu}`);
  // Choosing another widget writes it into the address (a link a partner can pass on), replacing it in the history.
  const length = await page.evaluate(() => history.length);
  await page.selectOption('#widget', 'signpost-quick-exit');
  if (!page.url().endsWith('/demo/get-the-code.html?widget=quick-exit') || (await page.evaluate(() => history.length)) !== length) problems.push(`${where}: choosing the quick exit made the address ${page.url()} (history ${length} → ${await page.evaluate(() => history.length)})`);
  // An attribute with a fixed set of values is a choice, not a text box: the banner's built-in campaigns.
  await page.selectOption('#widget', 'signpost-campaign-banner');
  await page.waitForSelector('#attributes [name="campaign"]');
  const campaigns = await page.$$eval('#attributes select[name="campaign"] option', (options) => options.map((o) => o.value));
  if (campaigns.join() !== ',world-day,prevention-month,wear-blue-day,learn-the-signs') problems.push(`${where}: the banner's campaign is not a choice of the built-in campaigns: ${campaigns.join() || 'a text box'}`);
  // The banner's snippet has the README's CSS rules (its reserve goes when the banner is closed or out of
  // its dates, and with JavaScript off), each as the README writes it; the first rule's reserve may be any em.
  const bannerRules = readmeRules('campaign-banner');
  const hasRules = (sources) => {
    const text = document.getElementById('snippet').value;
    return text.includes('<signpost-campaign-banner') && sources.every((source) => new RegExp(source).test(text));
  };
  if (bannerRules.length < 3) problems.push(`${where}: the README's campaign-banner snippet has ${bannerRules.length} CSS rules (expected 3)`);
  else if (!(await until(page, hasRules, bannerRules))) {
    const banner = await page.inputValue('#snippet');
    problems.push(`${where}: the banner's snippet lacks the README's rules ${bannerRules.filter((source) => !new RegExp(source).test(banner)).join(' and ')}: ${banner}`);
  }
  // A banner with the partner's own heading and message: both written inside the tag (the heading slot
  // and a paragraph), escaped, as what readers see without JavaScript; not as attributes; the preview
  // slots the same heading.
  await page.fill('#attributes input[name="heading"]', 'Volunteer <training>');
  await page.fill('#attributes input[name="message"]', 'Join us & learn.');
  const ownWords = () => {
    const text = document.getElementById('snippet').value;
    const tag = text.slice(text.indexOf('<signpost-campaign-banner'));
    return tag.includes('<strong slot="heading" dir="auto">Volunteer &lt;training></strong>') && tag.includes('<p dir="auto">Join us &amp; learn.</p>') && !/ (heading|message)="/.test(tag);
  };
  if (!(await until(page, ownWords))) problems.push(`${where}: the banner's own heading and message are not its light-DOM fallback: ${await page.inputValue('#snippet')}`);
  if (!(await until(page, () => Boolean(document.querySelector('#preview signpost-campaign-banner > [slot="heading"]')?.assignedSlot?.closest('[part="heading"]'))))) problems.push(`${where}: the banner's preview does not show its own heading in the heading slot`);
  // dir="auto" only beside a built-in campaign's words: without one, the banner gives them the page's direction.
  const campaign = await page.inputValue('#attributes select[name="campaign"]');
  await page.selectOption('#attributes select[name="campaign"]', '');
  if (!(await until(page, () => /<strong slot="heading">Volunteer/.test(document.getElementById('snippet').value)))) problems.push(`${where}: a banner without a campaign still writes dir="auto" on its own words: ${await page.inputValue('#snippet')}`);
  await page.selectOption('#attributes select[name="campaign"]', campaign);
  // A decorative image: the checkbox writes image-alt="" (an empty text field writes nothing). The content
  // note keeps the preview's image hidden, so nothing is fetched.
  await page.fill('#attributes input[name="content-note"]', 'A street at night.');
  await page.fill('#attributes input[name="image"]', '/demo/banner.jpg');
  await page.check('#decorative');
  if (!(await until(page, () => /<signpost-campaign-banner[^>]* image="\/demo\/banner\.jpg"[^>]* image-alt=""/.test(document.getElementById('snippet').value)))) {
    problems.push(`${where}: a decorative banner image is not written with image-alt="": ${await page.inputValue('#snippet')}`);
  }
  // With an image, the reserve is docs/campaign-banner.md's "with an image" figure (the stacked image's box), not 26em.
  const imageReserve = /^\| `inline` with an image \| ([\d.]+em) \|/m.exec(readFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'docs/campaign-banner.md'), 'utf8'))?.[1];
  if (!imageReserve || !(await until(page, (em) => document.getElementById('snippet').value.includes(`min-height: ${em};`), imageReserve))) {
    problems.push(`${where}: a banner with an image does not reserve docs/campaign-banner.md's ${imageReserve}: ${(await page.inputValue('#snippet')).match(/min-height: [^;]*/)}`);
  }
  // Without image-alt (decorative unticked, no text) the banner shows no image: the reserve without one.
  await page.uncheck('#decorative');
  if (!(await until(page, () => document.getElementById('snippet').value.includes('min-height: 26em;')))) problems.push(`${where}: a banner image that will not show (no image-alt) still reserves its box: ${(await page.inputValue('#snippet')).match(/min-height: [^;]*/)}`);
  // A ticker as a list is as tall as its stories: its snippet says the reserve fits a rotating ticker only.
  await page.selectOption('#widget', 'signpost-news-ticker');
  await page.waitForSelector('#attributes select[name="mode"]');
  await page.selectOption('#attributes select[name="mode"]', 'list');
  if (!(await until(page, () => /min-height: 14\.5em; font-size: max\(1em, 14px\); \} \/\* fits a rotating ticker; as a list \(mode="list"\) it grows with its stories/.test(document.getElementById('snippet').value)))) {
    problems.push(`${where}: a list ticker's snippet does not say its reserve fits a rotating ticker only: ${(await page.inputValue('#snippet')).match(/min-height[^\n]*/)}`);
  }
  await page.selectOption('#widget', 'signpost-hotline-card');
  await page.waitForSelector('#attributes input[name="country"]');
  // `country` suggests every country of the shipped directory, each with its English name (any code can still be typed).
  const {HOTLINES} = await import('../dist/npm/data/hotlines.js');
  const directory = HOTLINES.map((e) => e.country).sort().join();
  const suggested = (codes) => [...(document.querySelector('#attributes input[name="country"]')?.list?.options ?? [])].filter((o) => o.label && o.label !== o.value).map((o) => o.value).sort().join() === codes;
  if (!(await until(page, suggested, directory))) {
    problems.push(`${where}: the card's country field does not suggest the directory's countries (${directory}): ${await page.$$eval('#countries option', (o) => o.map((x) => `${x.value}=${x.label}`).join())}`);
  }
  // Each option says what it does, under its field and in its accessible description.
  const hints = await page.evaluate(() =>
    [...document.querySelectorAll('#attributes [name], #theme [name]')].map((input) => {
      const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      return {name: input.name, text: hint?.textContent ?? '', shown: Boolean(hint?.getClientRects().length)};
    }),
  );
  const silent = hints.filter((h) => !h.shown || h.text.length < 8).map((h) => h.name);
  if (!hints.length || silent.length) problems.push(`${where}: options without a visible description: ${silent.join(', ') || 'no options at all'}`);
  const country = hints.find((h) => h.name === 'country')?.text ?? '';
  if (!/ISO 3166/.test(country)) problems.push(`${where}: the country option's description is not the manifest's: ${country}`);
  // With the page's language (the default), the pinned snippet says which language file to add.
  const pageLanguage = await page.inputValue('#snippet');
  if (!/add its language file too[\s\S]*locales\/es\.js/.test(pageLanguage)) problems.push(`${where}: a pinned snippet in the page's language does not say which language file to add`);
  // The preset US card's fallback carries what the card says first: its operator and the scam warning.
  await page.waitForSelector('#snippet[data-fallback="card"]', {state: 'attached'});
  const us = await page.inputValue('#snippet');
  // In the page's language (unknown), the card's own English words are marked lang="en"; the line's name is not.
  for (const expected of ['<h2>National Human Trafficking Hotline</h2>', 'Polaris · Human trafficking hotline', '<p lang="en">Scammers have made calls', '<p lang="en"><a href="tel:+18883737888"', '<p lang="en"><a href="tel:911">In immediate danger, call 911.</a>']) {
    if (!us.includes(expected)) problems.push(`${where}: the US card's fallback lacks ${expected}`);
  }
  // The card's own quick exit and country picker: the all-cases reserve grows by what they add (docs/hotline-card.md).
  await page.check('#attributes input[name="quick-exit"]');
  await page.check('#attributes input[name="country-picker"]');
  if (!(await until(page, () => /min-height: 74em/.test(document.getElementById('snippet').value)))) problems.push(`${where}: a card with quick-exit and country-picker does not reserve 74em: ${(await page.inputValue('#snippet')).match(/min-height: [^;]*/)}`);
  await page.uncheck('#attributes input[name="quick-exit"]');
  await page.uncheck('#attributes input[name="country-picker"]');
  await page.fill('#attributes input[name="country"]', 'ES');
  await page.selectOption('#language', 'es');
  await page.fill('#theme input[name="--signpost-accent"]', 'rgb(107, 44, 145)');
  await page.fill('#base', `${origin}/dist/cdn/`);
  // A card with a country, in a chosen language: the reserve is measured for it (at 320 px).
  await page.waitForSelector('#snippet[data-reserve="measured"]', {state: 'attached'});
  const snippet = await page.inputValue('#snippet');
  for (const expected of ['integrity="sha384-', 'crossorigin="anonymous"', 'referrerpolicy="no-referrer"', 'locales/es.js', 'country="ES"', 'lang="es"', '--signpost-accent: rgb(107, 44, 145);']) {
    if (!snippet.includes(expected)) problems.push(`${where}: configurator snippet lacks ${expected}`);
  }
  // Its no-JavaScript fallback is the Spanish card's own heading, call link and emergency line.
  const fallback = snippet.slice(snippet.indexOf('<signpost-hotline-card'));
  for (const expected of ['<h2>Policía Nacional</h2>', '<a href="tel:+34900105090">Llamar al 900 10 50 90</a>']) {
    if (!fallback.includes(expected)) problems.push(`${where}: the snippet's fallback lacks ${expected}: ${fallback}`);
  }
  const reserve = parseFloat(snippet.match(/min-height: ([\d.]+)em/)?.[1] ?? 'NaN');
  if (!(reserve >= 20 && reserve < 63)) problems.push(`${where}: the measured reserve is ${reserve}em (expected under the all-cases 63em)`);
  // On a phone, the snippet's card upgrades inside its measured reserve: no shift.
  const phone = await browser.newPage({viewport: {width: 360, height: 800}});
  await watchLayoutShift(phone);
  await phone.route(`${origin}/snippet-phone.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>${snippet}<p>Text after the card.</p></body></html>`}),
  );
  await phone.goto(`${origin}/snippet-phone.html`);
  // Upgraded, in Spanish (its pinned language file registered), then settled: the shift is read after.
  if (await until(phone, () => /Llamar/.test(document.querySelector('signpost-hotline-card')?.shadowRoot?.querySelector('[part="call-link"]')?.textContent ?? ''))) await settle(phone);
  const onPhone = await phone.evaluate(() => ({shift: window.__signpostShift, upgraded: /Llamar/.test(document.querySelector('signpost-hotline-card')?.shadowRoot?.querySelector('[part="call-link"]')?.textContent ?? '')}));
  if (!onPhone.upgraded || onPhone.shift !== 0) problems.push(`${where}: the snippet (reserve ${reserve}em) on a 360 px phone: ${JSON.stringify(onPhone)}`);
  else console.log(`smoke (${where}): the snippet reserves ${reserve}em for the Spanish card (not 63em) and nothing shifts on a 360 px phone`);
  await phone.close();
  const fresh = await browser.newPage();
  fresh.on('pageerror', (e) => problems.push(`${where}: snippet page error: ${e.message}`));
  await fresh.route(`${origin}/snippet-test.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`}),
  );
  await fresh.goto(`${origin}/snippet-test.html`);
  await until(fresh, () => {
    const call = document.querySelector('signpost-hotline-card')?.shadowRoot?.querySelector('[part="call-link"]');
    return Boolean(call?.textContent.replace(/\s+/g, ' ').includes('Llamar al 900 10 50 90'));
  }); // on a timeout, the check below says what rendered instead
  const rendered = await fresh.evaluate(() => {
    const card = document.querySelector('signpost-hotline-card');
    const call = card?.shadowRoot?.querySelector('[part="call-link"]');
    return call ? {text: call.textContent, color: getComputedStyle(call).backgroundColor} : null;
  });
  // The number's spaces are no-break spaces (a wrapping link never splits it): compare the words.
  if (!rendered || !rendered.text.replace(/\s+/g, ' ').includes('Llamar al 900 10 50 90') || rendered.color !== 'rgb(107, 44, 145)') {
    problems.push(`${where}: the configurator's snippet did not give a themed Spanish card: ${JSON.stringify(rendered)}`);
  } else console.log(`smoke (${where}): the configurator snippet renders a pinned, themed, Spanish hotline card`);
  await fresh.close();
  // With JavaScript off, the snippet still gives the number to call.
  const noScript = await browser.newContext({javaScriptEnabled: false});
  const off = await noScript.newPage();
  await off.route(`${origin}/snippet-off.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: `<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`}),
  );
  await off.goto(`${origin}/snippet-off.html`);
  const call = off.locator('signpost-hotline-card a[href="tel:+34900105090"]');
  if (!(await call.isVisible())) problems.push(`${where}: with JavaScript off, the snippet shows no call link`);
  else console.log(`smoke (${where}): with JavaScript off, the snippet shows "${await call.textContent()}"`);
  // ... and no reserved blank space below it (the snippet's `scripting: none` rule).
  const [given, content] = await off.locator('signpost-hotline-card').evaluate((el) => {
    const h = el.getBoundingClientRect().height;
    el.style.minHeight = '0';
    return [h, el.getBoundingClientRect().height];
  });
  if (given - content > 1) problems.push(`${where}: with JavaScript off, the snippet's card keeps ${given - content}px of empty reserve`);
  await noScript.close();
  // A card whose line keeps weekly hours is measured at its tallest, whatever the time: France's daily
  // 9–19 line in Simplified Chinese is taller at 320 px closed ("opens Monday …") than open (52em and
  // 53.5em measured so with this machine's fonts). The same reserve with the page's clock on a Monday
  // morning (open) as late on a Sunday (closed until the line's Monday).
  await page.fill('#attributes input[name="country"]', 'FR');
  const chineseReserve = async (iso) => {
    await page.selectOption('#language', 'en');
    await page.waitForSelector('#snippet[data-reserve="measured"]', {state: 'attached'});
    await page.evaluate((time) => {
      Date.now = () => time;
      delete document.getElementById('snippet').dataset.reserve;
    }, Date.parse(iso));
    await page.selectOption('#language', 'zh-Hans');
    await page.waitForSelector('#snippet[data-reserve="measured"]', {state: 'attached'});
    return (await page.inputValue('#snippet')).match(/min-height: [\d.]+em/)?.[0];
  };
  const [whenOpen, whenClosed] = [await chineseReserve('2026-11-30T10:00:00Z'), await chineseReserve('2026-11-29T23:30:00Z')];
  if (!whenOpen || whenOpen !== whenClosed) problems.push(`${where}: the French card in Simplified Chinese reserves ${whenOpen} while its line is open, ${whenClosed} while closed`);
  else console.log(`smoke (${where}): the French card in Simplified Chinese reserves ${whenOpen} at any time (measured at its tallest)`);
  // The quick exit's snippet in Spanish: its fallback link says what the button says, in Spanish.
  await page.selectOption('#widget', 'signpost-quick-exit');
  // In English too, the fallback link stays in this tab whatever the page's <base target>.
  await page.selectOption('#language', 'en');
  if (!(await until(page, () => /<a href="[^"]+" rel="noreferrer" target="_self" tabindex="0" lang="en">Exit this page<\/a>/.test(document.getElementById('snippet').value)))) {
    problems.push(`${where}: the quick exit's snippet has no fallback link opening in the same tab (target="_self"), in Safari's Tab order (tabindex="0"): ${await page.inputValue('#snippet')}`);
  }
  await page.selectOption('#language', 'es');
  await page.waitForSelector('#snippet[data-fallback="quick-exit"]', {state: 'attached', timeout: 10000}).catch(() => {});
  const exit = await page.inputValue('#snippet');
  if (!/<signpost-quick-exit[^>]*lang="es">\s*<a href="[^"]+" rel="noreferrer" target="_self" tabindex="0">Salir de esta página<\/a>/.test(exit)) problems.push(`${where}: the Spanish quick exit's snippet has no Spanish fallback link opening in the same tab (target="_self", as the README says) in Safari's Tab order (tabindex="0"): ${exit.slice(exit.indexOf('<signpost-quick-exit'))}`);
  else console.log(`smoke (${where}): the Spanish quick exit's snippet falls back to "Salir de esta página"`);
  // Exit in the preview does not leave Get the code (the partner would lose the form): the page comes back.
  // Clicked straight after typing in a text field: its change on losing focus does not draw the preview
  // again under the click.
  await page.fill('#base', 'https://your-site.example/signpost/0.1.0/');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = page.url();
  const form = () => ({widget: document.getElementById('widget')?.value, shown: document.getElementById('widget')?.checkVisibility({visibilityProperty: true, opacityProperty: true})});
  await page.click('#preview signpost-quick-exit >> [part="button"]');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const hidden = await page.evaluate(form);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const stayed = await page.evaluate(form);
  if (page.url() !== before || hidden.shown || stayed.widget !== 'signpost-quick-exit' || !stayed.shown) problems.push(`${where}: Exit in the preview left Get the code or did not bring it back: ${page.url()} ${JSON.stringify({hidden, stayed})}`);
  else console.log(`smoke (${where}): Exit in the preview hides Get the code, then brings it back with the form as it was`);
  // A sticky quick exit's snippet says, just above the tag, that it goes first in <body> (as the README's snippet does).
  await page.selectOption('#attributes select[name="placement"]', 'sticky');
  if (!(await until(page, () => /<!-- First thing in <body>[^\n]*-->\n<signpost-quick-exit[^>]* placement="sticky"/.test(document.getElementById('snippet').value)))) {
    problems.push(`${where}: the sticky quick exit's snippet does not say it goes first in <body>: ${await page.inputValue('#snippet')}`);
  }
  // Its reserve is the bar's height: with the explanation, two rows on phones and one wider than 40em
  // (the README's rules); without it, one row at any width.
  await page.check('#attributes input[name="explain"]');
  const twoRows = /min-height: 6\.7em;[\s\S]*@media \(min-width: 40\.01em\) \{ signpost-quick-exit \{ min-height: 4\.5em; \} \}/;
  if (!(await until(page, (re) => new RegExp(re).test(document.getElementById('snippet').value), twoRows.source))) problems.push(`${where}: the sticky quick exit with explain does not reserve 6.7em, and 4.5em wider than 40em: ${(await page.inputValue('#snippet')).match(/min-height[^}]*/g)}`);
  await page.uncheck('#attributes input[name="explain"]');
  if (!(await until(page, () => /min-height: 4\.5em;/.test(document.getElementById('snippet').value) && !/min-width: 40\.01em/.test(document.getElementById('snippet').value)))) problems.push(`${where}: the sticky quick exit without explain does not reserve 4.5em alone: ${(await page.inputValue('#snippet')).match(/min-height[^}]*/g)}`);
  else console.log(`smoke (${where}): the sticky quick exit's snippet reserves 6.7em and 4.5em wider than 40em with its explanation, 4.5em without`);
  // The US card in Arabic: its fallback's call link keeps the number in its order (isolated left to right
  // in the Arabic words, as the card shows it) and carries none of the card's zero-width spaces.
  await page.selectOption('#widget', 'signpost-hotline-card');
  await page.waitForSelector('#attributes input[name="country"]');
  await page.selectOption('#language', 'ar');
  await page.waitForSelector('#snippet[data-fallback="card"]', {state: 'attached', timeout: 10000}).catch(() => {});
  const arabicUs = await page.inputValue('#snippet');
  const arabicCall = /<a href="tel:\+18883737888">([^<]*)<\/a>/.exec(arabicUs)?.[1] ?? '';
  if (!arabicCall.includes('\u20661-888-373-7888\u2069') || arabicCall.includes('\u200b')) problems.push(`${where}: the Arabic US card's fallback call link is not "…\\u20661-888-373-7888\\u2069": ${JSON.stringify(arabicCall)}`);
  else console.log(`smoke (${where}): the Arabic US card's fallback keeps 1-888-373-7888 in order: ${arabicCall}`);
  // A card whose country depends on the reader's page, in Arabic: its draft fallback says "Get help" and the
  // emergency line in Arabic, as the card does, and the tag says right to left (the fallback is laid out
  // before any script runs). In the page's language, the English draft is marked English. (The card is
  // still the widget, from the check above.)
  await page.fill('#attributes input[name="country"]', '');
  await page.selectOption('#language', '');
  if (!(await until(page, () => /<h2 lang="en">Get help<\/h2>\n {2}<p lang="en">In immediate danger/.test(document.getElementById('snippet').value)))) {
    problems.push(`${where}: the card's English draft fallback is not marked lang="en": ${await page.inputValue('#snippet')}`);
  }
  await page.selectOption('#language', 'ar');
  await page.waitForSelector('#snippet[data-fallback="card-draft"]', {state: 'attached', timeout: 10000}).catch(() => {});
  const arabic = await page.inputValue('#snippet');
  const draft = arabic.slice(arabic.indexOf('<signpost-hotline-card'));
  if (!/^<signpost-hotline-card[^>]* lang="ar" dir="rtl">/.test(draft) || /Get help|In immediate danger|lang="en"/.test(draft) || !/<h2>[\u0600-\u06ff]/.test(draft)) {
    problems.push(`${where}: the Arabic card's draft fallback is not Arabic and right to left: ${draft}`);
  } else console.log(`smoke (${where}): the Arabic card's draft fallback is the card's Arabic words, dir="rtl"`);
  // A folder that would end the snippet's src="…" writes no snippet (and Copy is off); a theme value that
  // would end its <style> is used neither in the preview nor in the snippet, and the page says so.
  await page.fill('#theme input[name="--signpost-accent"]', 'red; } body { display: none } </style><script>alert(1)</script>');
  await page.fill('#base', 'https://your-site.example/"><script>alert(1)</script>/');
  const refusedBoth = () => /Where you host the files/.test(document.getElementById('refused').textContent) && /--signpost-accent/.test(document.getElementById('refused').textContent);
  if (!(await until(page, refusedBoth))) problems.push(`${where}: a bad folder and theme value are not refused: "${await page.textContent('#refused')}"`);
  else if ((await page.inputValue('#snippet')) !== '' || !(await page.isDisabled('#copy'))) problems.push(`${where}: with a folder holding a quote, Get the code still offers a snippet: ${await page.inputValue('#snippet')}`);
  await page.fill('#base', '/signpost/0.1.0/');
  if (!(await until(page, () => document.getElementById('snippet').value.includes('src="/signpost/0.1.0/signpost.js"')))) problems.push(`${where}: a folder from the site's root (/signpost/0.1.0/) is not written: ${await page.inputValue('#snippet')}`);
  else {
    const safe = await page.inputValue('#snippet');
    const previewed = await page.evaluate(() => document.querySelector('#preview signpost-quick-exit')?.style.getPropertyValue('--signpost-accent'));
    if (/alert|body \{ display: none|--signpost-accent/.test(safe) || previewed || (await page.isDisabled('#copy'))) problems.push(`${where}: a theme value that ends the <style> is used (preview: "${previewed}"): ${safe}`);
    else console.log(`smoke (${where}): a theme value or folder that would break out of the snippet is refused`);
  }
  // At a phone's width (320 px) nothing runs past the window, on the demo page or on Get the code for each
  // widget: not the widget menu, not the folder field with its default, not a widget's fields or preview.
  await page.setViewportSize({width: 320, height: 700});
  const overflowing = [];
  const sideways = async (what) => {
    await settle(page, 0);
    const past = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (past > 0) overflowing.push(`${what} by ${past} px`);
  };
  await page.goto(`${origin}/demo/index.html`);
  if (!(await until(page, widgetsReady))) problems.push(`${where}: at 320 px wide, the demo page's widgets did not all render in their language`);
  await sideways('the demo page');
  await page.goto(`${origin}/demo/get-the-code.html`);
  for (const [, tag] of demoLinks) {
    await page.selectOption('#widget', tag);
    await page.waitForSelector(`#preview ${tag}`, {state: 'attached'});
    await sideways(`Get the code on ${tag}`);
  }
  if (overflowing.length) problems.push(`${where}: at 320 px wide, these pages scroll sideways: ${overflowing.join(', ')}`);
  else console.log(`smoke (${where}): at 320 px wide, the demo page and Get the code for each widget fit the window`);
  await page.close();
}

/** Opens every story of storybook-static, served as plain files (Storybook's own pages need inline scripts). */
async function checkStories() {
  const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
  const {origin: sb, close} = await startStatic(root);
  const ids = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story').map((e) => e.id);
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  let current = '';
  page.on('pageerror', (e) => problems.push(`story ${current}: page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`story ${current}: console error: ${m.text()} ${m.location().url ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`story ${current}: HTTP ${r.status()} for ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(sb) && !r.url().startsWith('data:') && problems.push(`story ${current}: request to another origin: ${r.url()}`));
  const before = problems.length;
  try {
    for (const id of ids) {
      current = id;
      await page.goto(`${sb}/iframe.html?id=${id}&viewMode=story`);
      // A story that renders nothing in 10 s is named (a timeout alone said only that one had failed).
      if (!(await until(page, () => document.querySelector('#storybook-root *'), null, 10000))) {
        problems.push(`story ${id}: nothing rendered in 10 s`);
        continue;
      }
      await page.waitForTimeout(400); // feeds and banks load from src
    }
    if (!ids.length) problems.push('storybook-static/index.json lists no story');
    else if (problems.length === before) console.log(`smoke: ${ids.length} stories open with no request elsewhere and no error`);
    // The Font toolbar: a story's widget takes the page font it chooses (sans-serif unless another is chosen).
    const story = ids.find((id) => id.startsWith('widgets-hotline-card--'));
    const headingFont = () => {
      const heading = document.querySelector('signpost-hotline-card')?.shadowRoot?.querySelector('[part="heading"]');
      return heading ? getComputedStyle(heading).fontFamily : '';
    };
    const fonts = [];
    for (const font of ['', 'serif', 'browser']) {
      current = `${story} (font ${font || 'default'})`;
      await page.goto(`${sb}/iframe.html?id=${story}&viewMode=story${font && `&globals=font:${font}`}`);
      await until(page, headingFont);
      // (A story that shows no card heading is named below with the fonts read, rather than thrown.)
      fonts.push((await page.evaluate(headingFont)) || 'no card heading');
    }
    if (!/^system-ui\b/.test(fonts[0]) || !/^Georgia\b/.test(fonts[1]) || fonts[2] === fonts[0] || fonts[2] === fonts[1]) problems.push(`the Font toolbar does not reach the widgets: sans ${fonts[0]}; serif ${fonts[1]}; browser default ${fonts[2]}`);
    else console.log(`smoke: the Font toolbar reaches the widgets (${fonts.map((f) => f.split(',')[0]).join(', ')})`);
  } finally {
    await page.close();
    close();
  }
}

/**
 * The CSS rules in the `<style>` of the README's snippet `name` (comments left out), each as a regular
 * expression source that matches the rule as written, with any em value for a reserve other than 0.
 */
function readmeRules(name) {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const style = new RegExp(`<!-- snippet:${name} -->[\\s\\S]*?<style>\\n([\\s\\S]*?)</style>`).exec(readme)?.[1] ?? '';
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return style
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('/*'))
    .map((rule) => rule.split(/min-height: (?!0;)[\d.]+em/).map(escape).join('min-height: [\\d.]+em'));
}

/** How the page resolves the system colour `value` for the CSS `property` now (forced colours change it): a probe's computed value. */
function systemColour(page, property, value) {
  return page.evaluate(
    ([property, value]) => {
      const span = document.createElement('span');
      span.style[property] = value;
      document.body.append(span);
      const seen = getComputedStyle(span)[property];
      span.remove();
      return seen;
    },
    [property, value],
  );
}

/** The top border of `inner` in `host`'s shadow root, and the system colour `color` as the page resolves it (`system`); null without the element. */
async function borderIn(page, host, inner, color) {
  const border = await page.evaluate(
    ([host, inner]) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(inner);
      if (!el) return null;
      const style = getComputedStyle(el);
      return {border: style.borderTopColor, style: style.borderTopStyle, width: style.borderTopWidth};
    },
    [host, inner],
  );
  return border && {...border, system: await systemColour(page, 'borderTopColor', color)};
}

/**
 * Waits until `fn` (run in the page with `arg`) is truthy: true, or false when it is not within
 * `timeout` ms (the caller reports what it saw instead). Other errors are thrown.
 */
async function until(page, fn, arg, timeout = 15000) {
  try {
    await page.waitForFunction(fn, arg, {timeout});
    return true;
  } catch (error) {
    if (error?.name === 'TimeoutError') return false;
    throw error;
  }
}

/** Two frames and `ms` more (half a second: a late shift is both laid out and reported). */
function settle(page, ms = 500) {
  return page.evaluate((ms) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))), ms);
}

/**
 * In the page: every signpost-* element has rendered its shadow `[part~="base"]` in the language its
 * nearest `lang` asks for (es-MX → es), and each language other than English is registered. With
 * `report`, returns what each element shows instead of a boolean (for the failure message).
 */
function widgetsReady(report) {
  const catalogs = globalThis[Symbol.for('signpost.i18n')]?.catalogs;
  const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('signpost-'));
  const states = els.map((el) => {
    const want = (el.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase().split(/[-_]/)[0];
    const base = el.shadowRoot?.querySelector('[part~="base"]');
    const loaded = want === 'en' || Boolean(catalogs?.has(want));
    return {el: el.localName, want, shows: base ? base.getAttribute('lang') : null, loaded, ok: Boolean(base) && base.getAttribute('lang') === want && loaded};
  });
  return report ? states.filter((s) => !s.ok) : states.length > 0 && states.every((s) => s.ok);
}
