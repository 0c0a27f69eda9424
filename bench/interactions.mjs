// How long a reader waits after they act: a section of `npm run bench`, also run alone after a build
// (`node bench/interactions.mjs`; `--runs N` for another number of runs than 5; `--only TEXT` for the
// flows whose name holds TEXT, with the baseline, and the quick exit's press only if TEXT is in "quick exit").
//
// 1. Each widget's main interactions, from the reader's input to the next paint, at CPU throttle 1× and
//    4× (CDP Emulation.setCPUThrottlingRate; 4× roughly models a mid-range phone). Real input through
//    playwright's mouse and keyboard (trusted input to Chromium; each press held 50 ms), on
//    dist/cdn/signpost.js in bench/pages/harness.html, one fresh page per widget and run. Two figures:
//    - the Event Timing API's (PerformanceObserver type 'event' with durationThreshold 16, and
//      'first-input'): the interaction's duration (the longest of its events', as INP takes it: from the
//      input's time stamp to the next paint; Chromium rounds it to 8 ms) and its processing time (the
//      handlers and the renders they start: first processingStart to last processingEnd of the events
//      painted in that frame). Under 16 ms there is no 'event' entry: "<16".
//    - the page's own: from the input event's time stamp to the end of the main-thread work of the first
//      frame that shows the result (a requestAnimationFrame callback that sees it, then a message posted
//      from it). No 16 ms floor, and it sees what Event Timing cannot: a choice made in the select's open
//      list (its keys go to the list's own popup) and a result that comes after an await (the number
//      copied, once the clipboard answers).
//    Medians of the runs, with their spread. The baseline: plain buttons and a plain select of the same
//    14 countries, a one-line handler each; the ratios are of the page's figures, kind for kind.
// 2. The quick exit: from the press (the release of a click on Exit; the third Shift's release) to the
//    browser starting to leave (the navigation request to the exit URL, its start as Chromium logs it),
//    with the page hidden and 'beforeunload' beside it, at 1× and 4×, on a quiet page and on one whose
//    main thread runs 50 ms tasks back to back. Playwright answers the exit URL: nothing leaves the machine.
//    Times across processes are epoch times (the page's performance.timeOrigin + time stamp, the browser's
//    request wallTime): one system clock (a fetch is logged 0.2–1.2 ms after the page starts it, 2026-12-08).
import {loadavg} from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, n) => String(s).padEnd(n);
const THROTTLES = [1, 4];
/** An interaction at 4× over this is named (the median of either figure). */
const SLOW = 100;
const EXIT_URL = 'http://exit.test/left';
// Each press held 50 ms, as a finger or a key is, and Shift ×3 at a reader's pace (playwright's own is a
// press every few ms, which meets a busy page's tasks otherwise than a person's hand does).
const HOLD = 50;
const GAP = 150;

// The page-side instruments, installed before any script of the page: Event Timing entries as they come,
// and the quick exit's times (sent through a binding as they happen: the page is leaving).
function instruments() {
  window.__events = [];
  const keep = (list) => list.getEntries().forEach((e) => window.__events.push({name: e.name, type: e.entryType, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, id: e.interactionId}));
  new PerformanceObserver(keep).observe({type: 'event', durationThreshold: 16, buffered: true});
  new PerformanceObserver(keep).observe({type: 'first-input', buffered: true});
  // Quick exit: the press (a click, or a Shift released), the page hidden (the widget's event, sent once
  // it is) and 'beforeunload', all on the epoch clock; added before the widget's listeners. ('pagehide'
  // comes only once the exit URL has answered, after the request: no figure of the press's.)
  const epoch = (t) => performance.timeOrigin + t;
  window.__press = [];
  addEventListener('click', (e) => window.__press.push(epoch(e.timeStamp)), true);
  addEventListener('keyup', (e) => e.key == 'Shift' && window.__press.push(epoch(e.timeStamp)), true);
  const send = (what) => window.__exitMark?.({what, at: epoch(performance.now()), press: window.__press.at(-1)});
  addEventListener('signpost-quick-exit', () => send('hidden'), true);
  addEventListener('beforeunload', () => send('beforeunload'), true);
}

// Page-side watch of one step: from the first `type` event on `target` (the window, capture phase, by
// default) to the end of the first frame whose requestAnimationFrame callback finds `shown` true.
function watchStep([type, targetSrc, shownSrc]) {
  const shown = new Function(`return (${shownSrc})()`);
  const target = targetSrc ? new Function(`return (${targetSrc})()`)() : window;
  window.__step = new Promise((resolve) => {
    let start;
    const give = setTimeout(() => resolve(null), 10000);
    const frame = () => {
      if (!shown()) return requestAnimationFrame(frame);
      // After this frame's style, layout and paint: a message posted now comes once the frame is done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(give);
        resolve(performance.now() - start);
      };
      channel.port2.postMessage(0);
    };
    const heard = (e) => {
      if (start != null) return;
      start = e.timeStamp;
      target.removeEventListener(type, heard, true);
      requestAnimationFrame(frame);
    };
    target.addEventListener(type, heard, true);
  });
  return performance.now();
}

/**
 * A real mouse click (move, press, release) at the middle of the element `selector` finds (playwright's
 * locators pierce shadow roots; `index` -1 is the last match). Not the locator's own click: that one puts
 * listeners of its own in the page to check what the click hits, which would run inside the interaction.
 */
async function click(p, selector, index = 0) {
  const all = p.locator(selector);
  const box = await all.nth(index < 0 ? (await all.count()) + index : index).boundingBox();
  await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2, {delay: HOLD});
}

// The widgets' flows. Each runs on a fresh page, its steps in order; `from` is the event the page's figure
// counts from, `shown` (run in the page) says when the step's result is on screen.
// The directory's countries, as the card's picker names them in English.
const COUNTRIES = ['Argentina', 'Australia', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands', 'Philippines', 'Spain', 'Thailand', 'United Kingdom', 'United States'];
const FLOWS = [
  {
    name: 'baseline (plain DOM)',
    markup: `<button id="plain">Show</button><button id="copy">Copy</button><p id="out"></p><p id="copied"></p><label>Country <select id="pick">${COUNTRIES.map((c) => `<option>${c}</option>`).join('')}</select></label>`,
    setup: () => {
      const out = document.getElementById('out');
      document.getElementById('plain').addEventListener('click', () => (out.textContent = String(Number(out.textContent) + 1)));
      // The clipboard's own wait: the text shown once the browser has taken it, as the card's Copy number does.
      document.getElementById('copy').addEventListener('click', () => navigator.clipboard.writeText('+1 888 373 7888').then(() => (document.getElementById('copied').textContent = 'Copied')));
      const pick = document.getElementById('pick');
      pick.value = 'United States';
      pick.addEventListener('change', () => (out.textContent = pick.value));
    },
    steps: [
      {name: 'button click', kind: 'click', act: (p) => click(p, '#plain'), from: 'click', shown: () => document.getElementById('out').textContent == '1'},
      {name: 'copy to the clipboard', kind: 'copy', act: (p) => click(p, '#copy'), from: 'click', shown: () => document.getElementById('copied').textContent},
      {name: 'select: ArrowUp', kind: 'key', act: async (p) => (await p.locator('#pick').focus(), p.keyboard.press('ArrowUp', {delay: HOLD})), from: 'keydown', shown: () => document.getElementById('out').textContent == 'United Kingdom'},
      {name: 'select: type "g"', kind: 'key', act: (p) => p.keyboard.press('g', {delay: HOLD}), from: 'keydown', shown: () => document.getElementById('out').textContent == 'Germany'},
      {name: 'select: open the list', kind: 'open', act: (p) => click(p, '#pick'), from: 'pointerdown', shown: () => true},
      {name: 'select: choose in the list', kind: 'list', act: async (p) => (await p.keyboard.press('ArrowDown', {delay: HOLD}), p.keyboard.press('Enter', {delay: HOLD})), from: 'change', target: () => document.getElementById('pick'), shown: () => document.getElementById('out').textContent == 'India'},
    ],
  },
  {
    name: 'hotline card (country="US" country-picker)',
    markup: '<signpost-hotline-card country="US" country-picker></signpost-hotline-card>',
    steps: [
      {name: 'Copy number', kind: 'copy', act: (p) => click(p, 'signpost-hotline-card [part=copy-button]'), from: 'click', shown: () => document.querySelector('signpost-hotline-card').shadowRoot.querySelector('[part=copy-status]')},
      // (Each change of country is followed by the card's announcement, 0.5 s later: the wait after the step is longer.)
      {name: 'picker: ArrowUp (to the UK)', kind: 'key', settle: 650, act: async (p) => (await p.locator('signpost-hotline-card select').focus(), p.keyboard.press('ArrowUp', {delay: HOLD})), from: 'keydown', shown: () => document.querySelector('signpost-hotline-card').resolvedCountry == 'GB' && !document.querySelector('signpost-hotline-card').isUpdatePending},
      {name: 'picker: type "g" (Germany)', kind: 'key', settle: 650, act: (p) => p.keyboard.press('g', {delay: HOLD}), from: 'keydown', shown: () => document.querySelector('signpost-hotline-card').resolvedCountry == 'DE' && !document.querySelector('signpost-hotline-card').isUpdatePending},
      {name: 'picker: open the list', kind: 'open', act: (p) => click(p, 'signpost-hotline-card select'), from: 'pointerdown', shown: () => true},
      {name: 'picker: choose in the list (India)', kind: 'list', settle: 650, act: async (p) => (await p.keyboard.press('ArrowDown', {delay: HOLD}), p.keyboard.press('Enter', {delay: HOLD})), from: 'change', target: () => document.querySelector('signpost-hotline-card').shadowRoot.querySelector('select'), shown: () => document.querySelector('signpost-hotline-card').resolvedCountry == 'IN' && !document.querySelector('signpost-hotline-card').isUpdatePending},
    ],
  },
  {
    name: 'quiz (seed="bench" count="2")',
    markup: '<signpost-red-flag-quiz seed="bench" count="2"></signpost-red-flag-quiz>',
    steps: [
      {name: 'Start', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=button]'), from: 'click', shown: () => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('fieldset')},
      {name: 'choose an answer', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=option]', 0), from: 'click', shown: () => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('input:checked')},
      {name: 'Check', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=button]'), from: 'click', shown: () => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('.verdict')},
      {name: 'Next', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=button]'), from: 'click', shown: () => !document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('.verdict')},
      {name: 'choose an answer (2)', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=option]', -1), from: 'click', shown: () => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('input:checked')},
      {name: 'Check (2)', kind: 'click', act: (p) => click(p, 'signpost-red-flag-quiz [part=button]'), from: 'click', shown: () => document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('.verdict')},
      {
        name: 'Finish: the result, with a card',
        kind: 'click',
        act: (p) => click(p, 'signpost-red-flag-quiz [part=button]'),
        from: 'click',
        shown: () => {
          const inner = document.querySelector('signpost-red-flag-quiz').shadowRoot.querySelector('signpost-hotline-card');
          return inner?.hasUpdated && !inner.isUpdatePending;
        },
      },
    ],
  },
  {
    name: 'ticker (mode="rotate", 8 stories)',
    markup: '<signpost-news-ticker mode="rotate"><ul>' + Array.from({length: 8}, (_, i) => `<li><a href="https://news.example/${i}">Story number ${i} about the campaign</a></li>`).join('') + '</ul></signpost-news-ticker>',
    steps: [
      {name: 'Pause', kind: 'click', act: (p) => click(p, 'signpost-news-ticker [part=pause-button]'), from: 'click', shown: () => document.querySelector('signpost-news-ticker').paused && !document.querySelector('signpost-news-ticker').isUpdatePending},
      {name: 'Play', kind: 'click', act: (p) => click(p, 'signpost-news-ticker [part=pause-button]'), from: 'click', shown: () => !document.querySelector('signpost-news-ticker').paused && !document.querySelector('signpost-news-ticker').isUpdatePending},
      {name: 'Next', kind: 'click', act: (p) => click(p, 'signpost-news-ticker [part=next-button]'), from: 'click', shown: () => document.querySelector('signpost-news-ticker').shadowRoot.querySelector('[part=item]:not([hidden])')?.textContent.includes('Story number 1')},
    ],
  },
  {
    name: 'banner (campaign="learn-the-signs" dismissible)',
    markup: '<signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>',
    steps: [{name: 'close', kind: 'click', act: (p) => click(p, 'signpost-campaign-banner [part=close-button]'), from: 'click', shown: () => !document.querySelector('signpost-campaign-banner').hasAttribute('showing')}],
  },
  {
    name: 'quick exit (explain)',
    markup: '<signpost-quick-exit explain></signpost-quick-exit>',
    steps: [
      {name: '"What this button does": open', kind: 'click', act: (p) => click(p, 'signpost-quick-exit [part=explanation] summary'), from: 'click', shown: () => document.querySelector('signpost-quick-exit').shadowRoot.querySelector('details').open},
    ],
  },
];

/**
 * The interaction of a step from its Event Timing entries: the one with the longest duration, as INP
 * takes it. Its processing: from the first processingStart to the last processingEnd of the events
 * painted in the same frame as the longest one (a click's pointerup, mouseup and click; not its
 * pointerdown, 50 ms before, which had a frame of its own).
 */
function interaction(entries) {
  const groups = new Map();
  for (const e of entries) {
    if (!e.id) continue; // hovering, and the like: no interaction
    const group = groups.get(e.id) ?? [];
    // 'first-input' repeats an 'event' entry (when that is over 16 ms): once each.
    if (!group.some((g) => g.name == e.name && g.start == e.start)) group.push(e);
    groups.set(e.id, group);
  }
  let worst;
  for (const group of groups.values()) {
    const longest = group.reduce((a, b) => (b.duration > a.duration ? b : a));
    if (worst && worst.duration >= longest.duration) continue;
    // (Durations are rounded to 8 ms: the same frame is an end within 8 ms of the longest's.)
    const frame = group.filter((e) => Math.abs(e.start + e.duration - (longest.start + longest.duration)) <= 8);
    const processingStart = Math.min(...frame.map((e) => e.processingStart));
    worst = {duration: longest.duration, processing: Math.max(...frame.map((e) => e.processingEnd)) - processingStart};
  }
  return worst;
}

/**
 * A page of `context` with the instruments, `signpost.js` and `markup` rendered (then `setup` run in the
 * page), its CPU throttled to `rate`: the page and its CDP session.
 */
async function widgetPage(context, origin, markup, rate, setup) {
  const p = await context.newPage();
  await p.addInitScript(instruments);
  await p.goto(`${origin}/bench/pages/harness.html`);
  await p.addScriptTag({type: 'module', url: `${origin}/dist/cdn/signpost.js`});
  await p.waitForFunction(() => customElements.get('signpost-quick-exit'));
  await p.evaluate(async ([markup, setup]) => {
    const root = document.getElementById('root');
    root.innerHTML = markup;
    if (setup) new Function(`(${setup})()`)();
    await Promise.all([...root.children].map((el) => el.updateComplete));
  }, [markup, setup?.toString()]);
  // Playwright's own script for its locators, which it puts in the page at the first use of one: put there
  // now, not in the first step.
  await p.locator('#root').isVisible();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  return {p, cdp};
}

/** One run of a flow at a throttle: each step's Event Timing interaction and page-side time. */
async function runFlow(browser, origin, flow, rate) {
  const context = await browser.newContext({viewport: {width: 1000, height: 800}});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
  const {p} = await widgetPage(context, origin, flow.markup, rate, flow.setup);
  await p.waitForTimeout(100);
  const results = [];
  for (const step of flow.steps) {
    const t0 = await p.evaluate(watchStep, [step.from, step.target?.toString(), step.shown.toString()]);
    await step.act(p);
    const page = await p.evaluate(() => window.__step);
    // Event Timing entries come once the frame is presented, in an observer's task: time for both.
    await p.waitForTimeout(step.settle ?? 150);
    const entries = await p.evaluate((t) => window.__events.filter((e) => e.start >= t), t0);
    results.push({page, event: interaction(entries)});
  }
  await context.close();
  return results;
}

/** The quick exit: one press at a throttle, on a quiet or busy page; times from the press, in ms. */
async function exitOnce(browser, origin, {trigger, rate, busy}) {
  const context = await browser.newContext({viewport: {width: 1000, height: 800}});
  // The exit URL answered here: nothing leaves the machine.
  await context.route('http://exit.test/**', (route) => route.fulfill({contentType: 'text/html', body: '<!doctype html><title>left</title><p>left</p>'}));
  const marks = {};
  await context.exposeBinding('__exitMark', (_, {what, at, press}) => {
    marks[what] ??= at;
    marks.press ??= press;
  });
  const {p, cdp} = await widgetPage(context, origin, `<signpost-quick-exit href="${EXIT_URL}"></signpost-quick-exit><p>The page's own words.</p>`, rate);
  // The navigation request's start as the browser logs it, on the epoch clock (its wallTime; playwright's
  // own request event comes some ms later, and its timing's start is not an epoch time).
  let request;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url == EXIT_URL && e.type == 'Document') request ??= e.wallTime * 1000;
  });
  if (busy) {
    // 50 ms tasks back to back (a message channel: no timer clamping between them).
    await p.evaluate(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now() + 50;
        while (performance.now() < end);
        channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
    });
  }
  await p.waitForTimeout(100);
  const left = p.waitForURL(EXIT_URL, {timeout: 10000});
  if (trigger == 'click') await click(p, 'signpost-quick-exit [part=button]');
  else {
    for (let i = 0; i < 3; i++) {
      if (i) await p.waitForTimeout(GAP);
      await p.keyboard.press('Shift', {delay: HOLD});
    }
  }
  await left;
  await p.waitForTimeout(50);
  await context.close();
  const after = (t) => (t == null || marks.press == null ? null : t - marks.press);
  return {hidden: after(marks.hidden), beforeunload: after(marks.beforeunload), request: after(request)};
}

const ms = (x) => (x == null ? '—' : x < 1 ? `${x.toFixed(1)}` : `${Math.round(x)}`);
const spread = (xs) => {
  const known = xs.filter((x) => x != null);
  if (!known.length) return '';
  return `${ms(Math.min(...known))}–${ms(Math.max(...known))}`;
};
/** The median of an Event Timing figure over the runs: runs with no entry (under 16 ms) count as the fastest. */
const eventMedian = (xs) => {
  const m = median(xs.map((x) => x ?? -1));
  return m < 0 ? '<16' : ms(m);
};

/**
 * Prints the section; returns the lines for the bench's "targets missed" list.
 * @param {{browser: import('playwright-core').Browser, origin: string, runs?: number, only?: string}} options
 */
export async function measureInteractions({browser, origin, runs = 5, only = ''}) {
  const misses = [];
  const flows = FLOWS.filter((f, i) => !i || f.name.includes(only));
  const started = Date.now();
  const load = loadavg()[0].toFixed(1);
  console.log(`\n== Interactions: input to next paint (Event Timing; the page's own figure to the frame that shows the result), median of ${runs} fresh pages, CPU 1× and 4×`);
  // Every flow once per round, rounds repeated: each case sees the same moments of machine load.
  const samples = new Map();
  for (let round = 0; round < runs; round++) {
    for (const rate of THROTTLES) {
      for (const flow of flows) {
        const results = await runFlow(browser, origin, flow, rate);
        results.forEach((r, i) => {
          const key = `${flow.name}\n${i}\n${rate}`;
          samples.set(key, [...(samples.get(key) ?? []), r]);
        });
      }
    }
  }
  const widgetSeconds = ((Date.now() - started) / 1000).toFixed(0);
  const figures = (flow, i, rate) => {
    const rs = samples.get(`${flow.name}\n${i}\n${rate}`);
    // Under 16 ms is "<16": only a page's first input ('first-input') reports one so short.
    const durations = rs.map((r) => (r.event?.duration >= 16 ? r.event.duration : null));
    const processing = rs.map((r) => r.event?.processing ?? null);
    const page = rs.map((r) => r.page);
    return {durations, processing, page, pageMedian: median(page.map((x) => x ?? Infinity)), eventMedianValue: median(durations.map((x) => x ?? -1))};
  };
  const baselineOf = {};
  for (const [i, step] of FLOWS[0].steps.entries()) {
    for (const rate of THROTTLES) baselineOf[`${step.kind}\n${rate}`] ??= figures(FLOWS[0], i, rate).pageMedian;
  }
  console.log('Event Timing: duration (spread) / processing, ms; page: input to the frame that shows it, ms (spread), and its ratio to the plain DOM baseline of the same kind (click, copy, key, open a list, choose in it)');
  console.log(`${pad('', 44)} ${THROTTLES.map((r) => pad(`${r}×: event (spread) / processing · page (spread) · ratio`, 62)).join(' ')}`);
  for (const flow of flows) {
    console.log(flow.name);
    for (const [i, step] of flow.steps.entries()) {
      const cells = THROTTLES.map((rate) => {
        const f = figures(flow, i, rate);
        const base = baselineOf[`${step.kind}\n${rate}`];
        const processed = f.processing.filter((x) => x != null);
        const ratio = flow === FLOWS[0] ? '' : `${(f.pageMedian / base).toFixed(1)}×`;
        // A list's choice is not seen by Event Timing: its keys go to the open list's own popup.
        const event = step.kind == 'list' ? 'not seen' : `${eventMedian(f.durations)} (${spread(f.durations) || '<16'}) / ${processed.length ? ms(median(processed)) : '—'}`;
        if (rate == 4 && flow !== FLOWS[0] && (f.eventMedianValue > SLOW || f.pageMedian > SLOW)) {
          misses.push(`${flow.name.split(' (')[0]}: ${step.name} takes ${f.eventMedianValue > 0 ? `${ms(f.eventMedianValue)} ms to the next paint (Event Timing), ` : ''}${ms(f.pageMedian)} ms to the frame that shows it at 4× CPU throttle (over ${SLOW} ms; plain DOM, the same kind of input: ${ms(base)} ms)`);
        }
        return pad(`${event} · ${ms(f.pageMedian)} (${spread(f.page)}) · ${ratio}`, 62);
      });
      console.log(`  ${pad(step.name, 42)} ${cells.join(' ')}`);
    }
  }

  if (!'quick exit'.includes(only)) {
    console.log(`(${widgetSeconds} s)`);
    return misses;
  }
  console.log(`\n== Quick exit: press to the browser starting to leave (median of ${runs} fresh pages; ms from the press: page hidden / 'beforeunload' / navigation request to the exit URL)`);
  const exitCases = [];
  for (const rate of THROTTLES) for (const busy of [false, true]) for (const trigger of ['click', 'Shift ×3']) exitCases.push({rate, busy, trigger});
  const exits = new Map(exitCases.map((c) => [c, []]));
  for (let round = 0; round < runs; round++) {
    for (const c of exitCases) exits.get(c).push(await exitOnce(browser, origin, c));
  }
  for (const c of exitCases) {
    const rs = exits.get(c);
    const of = (k) => {
      const xs = rs.map((r) => r[k]);
      const known = xs.filter((x) => x != null);
      return known.length ? `${ms(median(known))} (${spread(xs)})${known.length < xs.length ? ` [${xs.length - known.length} missed]` : ''}` : 'missed';
    };
    const name = `${c.rate}× ${c.busy ? 'busy page (50 ms tasks)' : 'quiet page'}, ${c.trigger}`;
    console.log(`${pad(name, 40)} hidden ${pad(of('hidden'), 18)} beforeunload ${pad(of('beforeunload'), 18)} request ${of('request')}`);
    const request = median(rs.map((r) => r.request ?? Infinity));
    if (c.rate == 4 && !c.busy && request > SLOW) misses.push(`quick exit (${c.trigger}, quiet page): ${ms(request)} ms from the press to the navigation request at 4× CPU throttle (over ${SLOW} ms)`);
  }
  console.log(`(this section: ${((Date.now() - started) / 1000).toFixed(0)} s, ${widgetSeconds} s of it the widgets; load average ${load} at its start, ${loadavg()[0].toFixed(1)} at its end: above 1, other work shared the 2 CPUs)`);
  return misses;
}

// Run alone: `node bench/interactions.mjs [--runs N] [--only TEXT]`, after `npm run -s build`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {startStatic} = await import('../scripts/static-server.mjs');
  const {launchChromium} = await import('../scripts/chromium.mjs');
  const option = (name) => process.argv[process.argv.indexOf(name) + 1];
  const server = await startStatic(ROOT);
  const browser = await launchChromium();
  try {
    const misses = await measureInteractions({browser, origin: server.origin, runs: process.argv.includes('--runs') ? Number(option('--runs')) : 5, only: process.argv.includes('--only') ? option('--only') : ''});
    console.log(`\n== Over ${SLOW} ms at 4×: ${misses.length ? '' : 'none'}`);
    for (const m of misses) console.log(`- ${m}`);
  } finally {
    await browser.close();
    server.close();
  }
}
