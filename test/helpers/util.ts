/** Small helpers shared by the tests. */
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {sourceLocale, targetLocales} from '../../src/generated/locale-codes.js';

/** Every language Signpost ships, English first (from lit-localize.json, through its generated module). */
export const SHIPPED: readonly string[] = [sourceLocale, ...targetLocales];

/** Counts the renders asked of a Lit element from now on (its `requestUpdate` calls): `renders()` reads the count. */
export function countRenders(el: {requestUpdate: (...args: never[]) => void}): () => number {
  let renders = 0;
  const request = el.requestUpdate.bind(el);
  el.requestUpdate = (...args) => (renders++, request(...args));
  return () => renders;
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** The visible text of a shadow root, whitespace collapsed (anything invisible in it, such as a zero-width space, is kept: a reader who copies the text gets it). */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A node as text for an assertion: its markup, or null when there is no node. Assert on this, not on
 * the node: a failed assertion whose actual value is a DOM node makes the runner lose the browser
 * instead of reporting the failure (docs/testing.md).
 */
export function markupOf(node: Node | null | undefined): string | null {
  if (!node) return null;
  return (node as Element).outerHTML ?? (node as ShadowRoot).innerHTML ?? node.nodeName;
}

/** Query inside an element's shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = (el.shadowRoot ?? el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<T>(selector)];
}

/** A fixed clock at an ISO instant. */
export const at = (iso: string) => () => Date.parse(iso);

/**
 * How many of the reader's calendar days lie between two ISO instants (0: the same day in the reader's
 * zone, 1: the next). The browser's zone is the reader's: tests that name "today" or "tomorrow" ask this
 * rather than assume the UTC of CI, since no instant is the same day from UTC−12 to UTC+14.
 */
export function readerDays(from: string, to: string): number {
  const day = (iso: string) => {
    const d = new Date(iso);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
  };
  return day(to) - day(from);
}

/** Stops a click on a link from navigating (tel:, sms:, https:) while still letting listeners run. */
export function noNavigation(el: Element): () => void {
  const stop = (e: Event) => {
    if ((e.composedPath()[0] as Element | undefined)?.closest?.('a')) e.preventDefault();
  };
  el.addEventListener('click', stop);
  return () => el.removeEventListener('click', stop);
}

/**
 * Polls `condition` every 25 ms until it holds (for network-driven updates); fails the test when it
 * still does not hold after `ms`, so a wait can never stand in for an assertion.
 */
export async function until(condition: () => boolean, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() >= end) throw new Error(`until: still not true after ${ms} ms: ${condition}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A /test-server/hang URL of its own, and whether the browser has closed that request. */
export function hangRequest(): {url: string; closed: () => Promise<boolean>} {
  const key = Math.random().toString(36).slice(2);
  const closed = async () => ((await (await fetch(`/test-server/hang-status?key=${key}`)).json()) as {closed: boolean}).closed;
  return {url: `/test-server/hang?key=${key}`, closed};
}

/** Waits until the test server holds that hanging request open, so that a test can then see it closed. */
export async function hangHeld(hang: ReturnType<typeof hangRequest>, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while ((await hang.closed()) && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
  if (await hang.closed()) throw new Error('the /test-server/hang request is not open');
}

/** Whether the browser has closed that hanging request within `ms` (the server sees a cancelled request close a little after it). */
export async function closedWithin(hang: Pick<ReturnType<typeof hangRequest>, 'closed'>, ms = 2000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!(await hang.closed()) && performance.now() < end) await new Promise((r) => setTimeout(r, 50));
  return hang.closed();
}

/**
 * The outer box of an element's focus ring as drawn: its own box grown by the outline's width and offset
 * (3 px and 2 px in the widgets), for a check that no clip cuts the ring off.
 */
export function ringBox(el: Element): {left: number; right: number; top: number; bottom: number} {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const ring = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
  return {left: box.left - ring, right: box.right + ring, top: box.top - ring, bottom: box.bottom + ring};
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab (at most `max` times) until the control with part `part` has focus; returns what has it then. */
export async function tabToPart(part: string, max = 6): Promise<Element | null> {
  let active = deepActive();
  for (let i = 0; i < max && active?.getAttribute('part') !== part; i++) {
    await sendKeys({press: 'Tab'});
    active = deepActive();
  }
  return active;
}

/** Everything a widget could store about the reader: cookies, both storages, IndexedDB names. */
export async function storageSnapshot(): Promise<string> {
  const dbs = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
  return JSON.stringify({cookie: document.cookie, local: {...localStorage}, session: {...sessionStorage}, dbs});
}

/** Runs `body` with `matchMedia` saying that the reader asks for reduced motion (every other query as the browser answers it). */
export async function withReducedMotion(body: () => Promise<void>): Promise<void> {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({...original.call(window, query), matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {}})) as typeof window.matchMedia;
  try {
    await body();
  } finally {
    window.matchMedia = original;
  }
}

/** The code block marked `<!-- snippet:name -->` in the README (what a partner copies). */
export async function readmeSnippet(name: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!block) throw new Error(`README has no ${name} snippet`);
  return block[1];
}

/** The `min-height` (in em) the README's `snippet` writes in its first rule for `tag`: what partners copy. */
export async function readmeReserve(snippet: string, tag: string): Promise<number> {
  const match = new RegExp(`${tag}\\s*\\{[^}]*min-height:\\s*([\\d.]+)em`).exec(await readmeSnippet(snippet));
  if (!match) throw new Error(`the README's ${snippet} snippet reserves no height for ${tag}`);
  return Number(match[1]);
}

/** A reserve (in em) that docs/`name`.md states, read by `pattern` (its first group). */
export async function docsReserve(name: string, pattern: RegExp): Promise<number> {
  const match = pattern.exec(await (await fetch(`/docs/${name}.md`)).text());
  if (!match) throw new Error(`docs/${name}.md no longer says ${pattern}`);
  return Number(match[1]);
}

/** Imports the built dist/cdn/signpost.js twice (a second copy by its query), collecting page errors and warnings. */
export async function loadBundleTwice(): Promise<{errors: string[]; warnings: string[]}> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  const warnings = await captureWarnings(async () => {
    await import(new URL('/dist/cdn/signpost.js', location.href).href);
    await import(new URL('/dist/cdn/signpost.js?copy=2', location.href).href);
  });
  window.removeEventListener('error', onError);
  return {errors, warnings};
}

/** Any CSS colour (rgb(), color(srgb …) from color-mix, a name) as [r, g, b] 0–255, drawn on a canvas. */
export function rgbOf(color: string): [number, number, number] {
  const ctx = Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true})!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The colour a box is drawn on: its own background, or the first one behind it (through shadow roots). */
export function drawnOn(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/^(transparent|rgba\(0, 0, 0, 0\))$/.test(bg)) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgbOf(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether any line of `node`'s text is drawn under `box` (a close button over a heading, say). */
export function textUnder(node: Node, box: DOMRect): boolean {
  const text = node.ownerDocument!.createRange();
  text.selectNodeContents(node);
  return [...text.getClientRects()].some((r) => r.width && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top);
}

/**
 * The `@media print` and `@media not print` (screen only) rules of a shadow root's styles: its adopted
 * sheets, else its <style> elements (Lit's fallback).
 */
export function printRules(root: ShadowRoot): CSSMediaRule[] {
  const sheets = [...(root.adoptedStyleSheets ?? []), ...[...root.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean)];
  const found: CSSMediaRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && [...rule.media].some((m) => m == 'print' || m == 'not print')) found.push(rule);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  sheets.forEach((sheet) => walk(sheet.cssRules));
  return found;
}

/**
 * Runs `fn` with the shadow root's `@media print` rules in force on screen (their media set to `all`)
 * and its `@media not print` rules out of force (set to `not all`), then restored, as printing would
 * apply them: a print check for engines whose driver cannot emulate print media. The sheets may be
 * shared by every instance; they are restored even if `fn` throws.
 */
export async function asPrinted<T>(root: ShadowRoot, fn: () => T | Promise<T>): Promise<T> {
  const rules = printRules(root).map((rule) => ({rule, media: rule.media.mediaText}));
  rules.forEach(({rule, media}) => (rule.media.mediaText = media.startsWith('not') ? 'not all' : 'all'));
  try {
    return await fn();
  } finally {
    rules.forEach(({rule, media}) => (rule.media.mediaText = media));
  }
}

/** A same-origin page (`src`, from test/server.js or the repository) in an `<iframe>` styled `css`, once it has loaded. */
export async function loadFrame(src: string, css: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.src = src;
  });
  return frame;
}

/**
 * A same-origin `<iframe>` `width` px wide with every widget and shipped language defined in it: its
 * own viewport, so that the widgets' `@media (max-width: …)` phone layouts apply, as on a phone of
 * that width (a narrow `<div>` in the wide test page would not trigger them). `height` and the page's
 * `style` may be given (a reader's text size: test/embedding/font-settings.test.ts).
 */
export async function phoneFrame(width: number, {height = 900, style = 'body { margin: 0; font-size: 16px }'} = {}): Promise<{win: Window & typeof globalThis; doc: Document; remove: () => void}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${style}</style></head><body>
    <script type="module">import '/src/define.ts';${targetLocales.map((l) => `import '/src/i18n/locales/${l}.ts';`).join('')}</script></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await until(() => !!win.customElements.get('signpost-campaign-banner') && !!win.customElements.get('signpost-red-flag-quiz'), 8000);
  expect(win.innerWidth, 'the frame is as wide as the phone').to.equal(width);
  return {win, doc: frame.contentDocument!, remove: () => frame.remove()};
}

/**
 * A fake clock for the timers of one delay (`ms`: the quick exit's 5 s, the ticker's minute or its 5 s
 * rotation): timeouts and intervals of that delay run when the test moves time on, not in real time;
 * timers of any other delay stay real. Call restore() when done (withFakeWaits does).
 */
export function fakeWaits(ms: number) {
  const [set, clear, setEvery, clearEvery] = [window.setTimeout, window.clearTimeout, window.setInterval, window.clearInterval];
  const waits = new Map<string, {due: number; fn: () => void; every?: boolean}>();
  let now = 0;
  const fake = (real: (fn: () => void, delay?: number) => number, every?: boolean) =>
    ((fn: () => void, delay?: number) => {
      if (delay !== ms) return real(fn, delay);
      const id = `wait ${Math.random()}`;
      waits.set(id, {due: now + ms, fn, every});
      return id;
    }) as never;
  // Fake ids are text, so a real timer is never cleared for one.
  const cancel = (real: (id: number) => void) => ((id: unknown) => (waits.delete(id as string) ? undefined : real(id as number))) as never;
  [window.setTimeout, window.clearTimeout, window.setInterval, window.clearInterval] = [fake(set), cancel(clear), fake(setEvery, true), cancel(clearEvery)];
  return {
    /** How many waits are set (an interval counts until it is cleared). */
    pending: () => waits.size,
    /**
     * Moves time on by `by` ms, running in turn each wait that falls due (and is still set when its turn
     * comes); an interval runs once for each of its due times passed, and stays set.
     */
    advance(by: number) {
      now += by;
      for (;;) {
        const next = [...waits].filter(([, wait]) => wait.due <= now).sort((a, b) => a[1].due - b[1].due)[0];
        if (!next) return;
        const [id, wait] = next;
        if (wait.every) wait.due += ms;
        else waits.delete(id);
        wait.fn();
      }
    },
    restore() {
      [window.setTimeout, window.clearTimeout, window.setInterval, window.clearInterval] = [set, clear, setEvery, clearEvery];
    },
  };
}

/** Runs `body` with fakeWaits(ms) in place, and puts the real timers back after it, whether it passes or fails. */
export async function withFakeWaits(ms: number, body: (clock: ReturnType<typeof fakeWaits>) => Promise<void>): Promise<void> {
  const clock = fakeWaits(ms);
  try {
    await body(clock);
  } finally {
    clock.restore();
  }
}

/** The point at the middle of an element's box, in whole CSS px (where a pointer or a finger presses it). */
export function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

/** One step of a real touch: its points (none as it ends), then a wait in ms. */
export type TouchStep = {type: 'touchStart' | 'touchMove' | 'touchEnd'; points?: Array<{x: number; y: number}>; wait?: number};

/**
 * Real touches in Chromium (the `send-touch` command of web-test-runner.config.js, through the DevTools
 * protocol), so that the browser's own gesture detection decides what a tap, a double tap or a slide is.
 */
export const sendTouch = (steps: TouchStep[]) => executeServerCommand('send-touch', {steps});
