import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import '../../src/i18n/locales/ar.js';
import {$, asPrinted, printRules, ringBox, until} from '../helpers/util.js';

describe('<signpost-quick-exit> placement', () => {
  it('sticky: stays at the top while scrolling, above a cookie banner, without hiding the focused element', async () => {
    const page = await fixture(html`<div>
      <signpost-quick-exit placement="sticky"></signpost-quick-exit>
      <div style="height: 1500px">Long content</div>
      <button id="target">A button far down</button>
      <div style="height: 1500px"></div>
      <div id="cookies" style="position: fixed; inset: 0 0 auto 0; height: 120px; z-index: 2147483646; background: #eee">Cookie banner</div>
    </div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    window.scrollTo(0, 1000);
    await new Promise((r) => requestAnimationFrame(r));
    const bar = exit.getBoundingClientRect();
    expect(Math.round(bar.top)).to.equal(0);
    const button = $(exit, '[part="button"]').getBoundingClientRect();
    const hit = document.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2);
    expect(hit).to.equal(exit);
    // Focus something that would scroll under the sticky bar: it lands below the bar instead.
    page.querySelector<HTMLElement>('#cookies')!.remove();
    window.scrollTo(0, 0);
    const target = page.querySelector<HTMLButtonElement>('#target')!;
    target.scrollIntoView({block: 'start'});
    target.focus();
    await new Promise((r) => requestAnimationFrame(r));
    expect(target.getBoundingClientRect().top).to.be.at.least(exit.getBoundingClientRect().bottom);
    window.scrollTo(0, 0);
  });

  it('sticky: stays below a fixed header with --signpost-quick-exit-top, and a focused element lands below both', async () => {
    const page = await fixture(html`<div>
      <div style="position: fixed; inset: 0 0 auto 0; height: 64px; background: #333; z-index: 1">Site header</div>
      <signpost-quick-exit placement="sticky" style="--signpost-quick-exit-top: 64px; top: 0"></signpost-quick-exit>
      <div style="height: 1500px">Long content</div>
      <button id="target">A button far down</button>
      <div style="height: 1500px"></div>
    </div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    window.scrollTo(0, 1000);
    await new Promise((r) => requestAnimationFrame(r));
    expect(Math.round(exit.getBoundingClientRect().top), 'below the header (a rule on the element does not move it)').to.equal(64);
    window.scrollTo(0, 0);
    const target = page.querySelector<HTMLButtonElement>('#target')!;
    target.scrollIntoView({block: 'start'});
    target.focus();
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    expect(target.getBoundingClientRect().top).to.be.at.least(exit.getBoundingClientRect().bottom);
    window.scrollTo(0, 0);
  });

  it('sticky: never more than half the viewport (400% zoom, a long explanation open: it scrolls), and it paints its whole box', async () => {
    const long = Array.from({length: 40}, () => 'This button hides the page and opens a neutral site.').join(' ');
    const page = await fixture(html`<div>
      <signpost-quick-exit placement="sticky" explain style="display: flow-root; min-height: 12em"><p slot="explanation">${long}</p></signpost-quick-exit>
      <div style="height: 3000px">Page</div>
    </div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    $<HTMLDetailsElement>(exit, 'details').open = true;
    await new Promise((r) => requestAnimationFrame(r));
    expect(exit.getBoundingClientRect().height).to.be.at.most(window.innerHeight / 2 + 1);
    expect(exit.scrollHeight, 'the explanation scrolls inside the bar').to.be.above(exit.clientHeight);
    // The reserved strip below the bar's content is the bar's too: painted, not a clear band that takes clicks.
    expect(getComputedStyle(exit).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('sticky, taller than its half of the viewport: Tab to "What this button does" scrolls it into the bar with its focus ring whole', async () => {
    // Large text on a narrow screen: the button and the summary under it are more than half the viewport.
    // Scrolled into view up to the summary's own edge, the ring (3 px, 2 px out) was cut by the bar's.
    const page = await fixture(html`<div style="width: 320px">
      <button id="before">before</button>
      <signpost-quick-exit placement="sticky" explain style="font-size: ${Math.ceil(window.innerHeight / 15)}px"></signpost-quick-exit>
      <div style="height: 3000px">Page</div>
    </div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    expect(exit.scrollHeight, 'the bar scrolls').to.be.above(exit.clientHeight);
    const summary = $(exit, 'summary');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    // (Firefox may stop at the scrolling bar itself on the way.)
    for (let i = 0; i < 4 && exit.shadowRoot!.activeElement !== summary; i++) await sendKeys({press: 'Tab'});
    // (Compared as a truth: an element in a failed assertion's report is more than the runner can send.)
    expect(exit.shadowRoot!.activeElement === summary, 'Tab reached the summary').to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    const bar = exit.getBoundingClientRect();
    expect(summary.getBoundingClientRect().height, 'the summary fits in the bar with room for its ring').to.be.below(bar.height - 12);
    const ring = ringBox(summary);
    expect([ring.top >= bar.top - 0.5, ring.bottom <= bar.bottom + 0.5], `the ring inside the bar, [top, bottom]: ring ${ring.top.toFixed(1)}–${ring.bottom.toFixed(1)}, bar ${bar.top.toFixed(1)}–${bar.bottom.toFixed(1)}`).to.deep.equal([true, true]);
  });

  // A phone held landscape (568 by 320) or a 1280 by 1024 screen at 400 % (320 by 256): the bar with its
  // explanation open is taller than its half of the viewport and scrolls inside. A swipe on the explanation
  // scrolled the Exit button out of the bar (the bar still covering half the screen, no way out in it), and
  // what focus brings back into the bar must not land under the button held at its top.
  for (const [width, height] of [
    [568, 320],
    [320, 256],
  ]) {
    it(`sticky at ${width} by ${height}, its explanation open and scrolled: the Exit button stays in the bar, and a control focused lands below it`, async () => {
      // A window of that size: a frame, as the three engines' drivers can all make one.
      const frame = document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { margin: 0; font-size: 16px }</style></head><body>
        <signpost-quick-exit placement="sticky" explain safety-href="/safety"></signpost-quick-exit><div style="height: 3000px">Page</div>
        <script type="module">import '/src/components/quick-exit/define.ts';</script></body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow!;
        const exit = win.document.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('signpost-quick-exit')!;
        await until(() => !!exit.shadowRoot?.querySelector('details'), 8000);
        await exit.updateComplete;
        const frames = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
        $<HTMLDetailsElement>(exit, 'details').open = true;
        await frames();
        expect(exit.scrollHeight > exit.clientHeight, 'the open bar scrolls inside (what this size tests)').to.equal(true);
        exit.scrollTop = exit.scrollHeight; // as a swipe on the explanation does
        await frames();
        const bar = exit.getBoundingClientRect();
        const button = $(exit, '[part="button"]');
        const box = button.getBoundingClientRect();
        expect([box.top >= bar.top - 0.5, box.bottom <= bar.bottom + 0.5], `the button (${box.top.toFixed(1)}–${box.bottom.toFixed(1)}) inside the bar (${bar.top.toFixed(1)}–${bar.bottom.toFixed(1)}), [top, bottom]`).to.deep.equal([true, true]);
        const hit = exit.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit?.closest('[part="button"]') === button, 'a tap there lands on it').to.equal(true);
        // Shift+Tab back up the explanation to its summary: the browser scrolls it into the bar, below the button.
        const summary = $(exit, 'summary');
        summary.focus();
        await new Promise((r) => setTimeout(r, 100));
        const ring = ringBox(summary);
        const held = $(exit, '.actions').getBoundingClientRect();
        expect([ring.top >= held.bottom - 0.5, ring.bottom <= exit.getBoundingClientRect().bottom + 0.5], `the summary's ring (${ring.top.toFixed(1)}–${ring.bottom.toFixed(1)}) below the button's strip (to ${held.bottom.toFixed(1)}) and in the bar, [top, bottom]`).to.deep.equal([true, true]);
      } finally {
        frame.remove();
      }
    });
  }

  it('sticky, moved elsewhere in the page: still keeps the focused element out from under the bar', async () => {
    const page = await fixture(html`<div><div id="spot"></div><signpost-quick-exit placement="sticky"></signpost-quick-exit></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    const padding = () => getComputedStyle(document.documentElement).scrollPaddingTop;
    const before = padding();
    expect(before).to.not.equal('auto');
    page.querySelector('#spot')!.append(exit); // the docs suggest moving it to the top of <body>
    await exit.updateComplete;
    expect(padding()).to.equal(before);
    exit.remove();
    expect(padding()).to.equal('auto');
  });

  it('sticky, moved into a frame’s document (a portal, picture-in-picture) and back: no error, and the page’s padding comes back', async () => {
    const page = await fixture(html`<div><iframe></iframe><signpost-quick-exit placement="sticky"></signpost-quick-exit></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    const padding = () => getComputedStyle(document.documentElement).scrollPaddingTop;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      page.querySelector('iframe')!.contentDocument!.body.append(exit);
      page.append(exit);
      await exit.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // (Its height may differ: the browser drops a shadow root's adopted sheets from another document.)
    expect(padding()).to.not.equal('auto');
    exit.remove();
    expect(padding()).to.equal('auto');
  });

  it('sticky: the page’s scroll padding follows the bar as it grows, and none is held for an inline bar, one in a frame or one removed', async () => {
    const offset = () => document.documentElement.style.getPropertyValue('--signpost-quick-exit-offset');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const inline = await fixture(html`<signpost-quick-exit></signpost-quick-exit>`);
    await frames();
    expect(offset(), 'inline').to.equal('');
    expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal('auto');
    inline.remove();
    const page = await fixture(html`<div><iframe></iframe><signpost-quick-exit placement="sticky"></signpost-quick-exit><div style="height: 2000px"></div></div>`);
    const exit = page.querySelector<HTMLElement>('signpost-quick-exit')!;
    await frames();
    const height = exit.getBoundingClientRect().height;
    expect(parseFloat(offset())).to.equal(Math.ceil(height));
    exit.style.minHeight = `${height + 100}px`; // a longer label, a larger text size
    await frames();
    expect(parseFloat(offset()), 'after growing').to.be.at.least(height + 100);
    page.querySelector('iframe')!.contentDocument!.body.append(exit);
    await frames();
    expect(offset(), 'in a frame').to.equal('');
    page.append(exit);
    await frames();
    expect(offset()).to.not.equal('');
    exit.remove();
    await frames();
    expect(offset(), 'removed').to.equal('');
    expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal('auto');
  });

  it('inline: its explanation takes the page’s text colour (legible on a dark page); sticky: the bar’s', async () => {
    const page = await fixture(html`<div style="background: #121212; color: rgb(230, 237, 243)">
      <signpost-quick-exit explain></signpost-quick-exit></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    expect(getComputedStyle($(exit, '[part="explanation"]')).color).to.equal('rgb(230, 237, 243)');
    exit.setAttribute('placement', 'sticky');
    await exit.updateComplete;
    expect(getComputedStyle($(exit, '[part="explanation"]')).color).to.equal(getComputedStyle($(exit, '.base')).color);
    exit.remove();
  });

  it('sticky: a dark bar colour takes its own text colour (--signpost-quick-exit-bar-color)', async () => {
    const exit = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<signpost-quick-exit placement="sticky" explain
      style="--signpost-quick-exit-bar: rgb(18, 18, 18); --signpost-quick-exit-bar-color: rgb(240, 240, 240)"></signpost-quick-exit>`);
    await exit.updateComplete;
    expect(getComputedStyle(exit).backgroundColor).to.equal('rgb(18, 18, 18)');
    expect(getComputedStyle($(exit, '[part="explanation"]')).color).to.equal('rgb(240, 240, 240)');
    exit.remove();
  });

  it('on a wide line, "What this button does" sits beside the button, and its text opens beside it (left to right and right to left; inline and sticky)', async () => {
    for (const [dir, placement] of [['ltr', 'inline'], ['rtl', 'inline'], ['ltr', 'sticky'], ['rtl', 'sticky']]) {
      const page = await fixture(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="inline-size: 1200px"><signpost-quick-exit placement=${placement} explain></signpost-quick-exit></div>`);
      const exit = page.querySelector('signpost-quick-exit')!;
      await exit.updateComplete;
      expect($(exit, '.base').dir).to.equal(dir);
      const button = $(exit, '[part="button"]').getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents($(exit, 'summary'));
      const summary = range.getBoundingClientRect();
      const em = parseFloat(getComputedStyle($(exit, 'summary')).fontSize);
      const where = `${dir}, ${placement}`;
      // The summary's text ends within 2em of the button's side that faces it (not at the far side of a 1200px line).
      const gap = dir === 'ltr' ? button.left - summary.right : summary.left - button.right;
      expect(gap, `${where}: gap between the summary and the button`).to.be.within(0, 2 * em);
      expect(Math.abs(summary.top - button.top), `${where}: on the button's line`).to.be.below(button.height);
      const details = $<HTMLDetailsElement>(exit, 'details');
      details.open = true;
      await new Promise((r) => requestAnimationFrame(r));
      const text = details.querySelector('p')!.getBoundingClientRect();
      expect(text.width, `${where}: lines of at most 40em`).to.be.within(20 * em, 40 * em + 1);
      expect(dir === 'ltr' ? button.left - text.right : text.left - button.right, `${where}: the text beside the button`).to.be.within(0, 2 * em);
    }
  });

  it('inline: sits in the flow of the page', async () => {
    const page = await fixture(html`<div><p style="margin: 0; height: 50px">Before</p><signpost-quick-exit></signpost-quick-exit></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    expect(getComputedStyle(exit).position).to.equal('static');
    expect(exit.getBoundingClientRect().top - page.getBoundingClientRect().top).to.equal(50);
  });

  it('sticky set as a property (as React, Vue and Lit bind it), not an attribute: the bar sticks, and inline again it does not', async () => {
    const exit = await fixture<HTMLElement & {placement: string; updateComplete: Promise<unknown>}>(html`<signpost-quick-exit></signpost-quick-exit>`);
    exit.placement = 'sticky';
    await exit.updateComplete;
    expect(getComputedStyle(exit).position).to.equal('sticky');
    exit.placement = 'inline';
    await exit.updateComplete;
    expect(getComputedStyle(exit).position).to.equal('static');
  });

  it('is hidden when printing, even where the page sets its display', async () => {
    // A partner's rule on the element beats any :host rule but an !important one.
    const page = await fixture(html`<div><style>signpost-quick-exit { display: flex }</style><signpost-quick-exit></signpost-quick-exit></div>`);
    const exit = page.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    expect(getComputedStyle(exit).display, 'shown on screen, the page’s rule in force').to.equal('flex');
    // Chromium: the real print media (emulateMedia throws in Firefox, whose BiDi page sends it over
    // CDP, and in WebKit, whose webdriver it rejects).
    if (/Chrome\//.test(navigator.userAgent)) {
      await emulateMedia({media: 'print'});
      try {
        expect(getComputedStyle(exit).display, 'printed (emulated print media)').to.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    }
    // Every engine: its own print rules, in force as printing would put them.
    expect(printRules(exit.shadowRoot!).length, 'it has print styles').to.be.greaterThan(0);
    await asPrinted(exit.shadowRoot!, () => expect(getComputedStyle(exit).display, 'printed').to.equal('none'));
    expect(getComputedStyle(exit).display, 'shown on screen again').to.equal('flex');
    // The sticky bar too, whose display is kept a block on screen (!important, against a page's rules).
    exit.setAttribute('placement', 'sticky');
    await exit.updateComplete;
    expect(getComputedStyle(exit).display, 'the sticky bar on screen').to.equal('block');
    await asPrinted(exit.shadowRoot!, () => expect(getComputedStyle(exit).display, 'the sticky bar printed').to.equal('none'));
  });
});
