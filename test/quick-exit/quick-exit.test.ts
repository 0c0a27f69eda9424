import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import {DEFAULT_EXIT_URL, type SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {navigate, restorePage} from '../../src/quick-exit/exit-page.js';
import {$, captureWarnings, deepActive, withFakeWaits, markupOf} from '../helpers/util.js';
import {cleanUp, press, recordNavigation, status} from './helpers.js';

const mount = (tpl: ReturnType<typeof html>) => fixture<SignpostQuickExit>(tpl);

describe('<signpost-quick-exit>', () => {
  afterEach(() => {
    cleanUp();
    press('Escape'); // leave no half-finished Shift count behind
  });

  it('is a real link to a neutral page, labelled "Emergency" (hidden) + "Exit this page"', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const link = $<HTMLAnchorElement>(el, '[part="button"]');
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(DEFAULT_EXIT_URL);
    expect(link.rel).to.equal('nofollow noreferrer');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
    expect($(link, '.visually-hidden').textContent!.trim()).to.equal('Emergency');
    await expect(el).to.be.accessible();
  });

  it('is in the Tab order with a tabindex of 0, which Safari, skipping links by default, still stops at', async () => {
    // (Safari's Tab passes over a link with no tabindex unless "Press Tab to highlight each item" is on,
    // and WebKitGTK's, here, does not: what this can check is the attribute WebKit goes by.)
    const page = await fixture(html`<div><button id="before">before</button><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = page.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await el.updateComplete;
    const link = $(el, '[part="button"]');
    expect(link.getAttribute('tabindex')).to.equal('0');
    // In the Tab order here: the next stop after the button before it.
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(deepActive() === link, 'Tab from the button before it').to.equal(true);
  });

  it('is a big target: at least 2.75em tall and wide (44 px at 16 px text, 38.5 px at the 14 px floor)', async () => {
    const root = document.documentElement;
    const size = (el: SignpostQuickExit) => {
      const {width, height} = $(el, '[part="button"]').getBoundingClientRect();
      return {width, height};
    };
    try {
      root.style.fontSize = '16px';
      const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
      const at16 = size(el);
      expect(at16.height, 'height at 16 px').to.be.at.least(44);
      expect(at16.width, 'width at 16 px').to.be.at.least(44);
      // A page with html { font-size: 62.5% }: the text keeps its 14 px floor, and so does the button.
      root.style.fontSize = '62.5%';
      const small = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
      const at14 = size(small);
      expect(at14.height, 'height at the 14 px floor').to.be.at.least(38.5);
      expect(at14.width, 'width at the 14 px floor').to.be.at.least(38.5);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('is localised, and accessible right to left', async () => {
    const es = await mount(html`<signpost-quick-exit lang="es"></signpost-quick-exit>`);
    expect($(es, '[part="button"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergencia Salir de esta página');
    const ar = await mount(html`<signpost-quick-exit lang="ar" explain></signpost-quick-exit>`);
    expect($(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect($(ar, '[part="button"]').textContent).to.contain('الخروج من هذه الصفحة');
    await expect(ar).to.be.accessible();
  });

  it('on click: fires the event, hides the page behind an alert overlay, then replaces the location', async () => {
    const wrap = await fixture(html`<div>
      <p id="secret">Something a watcher should not see.</p>
      <signpost-quick-exit href="https://example.org/weather"></signpost-quick-exit>
    </div>`);
    const el = wrap.querySelector('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    const order: string[] = [];
    el.addEventListener('signpost-quick-exit', (e) => {
      order.push(`event:${e.detail.trigger}:${e.cancelable}:${calls.length}`);
    });
    $(el, '[part="button"]').click();
    expect(order).to.deep.equal(['event:button:false:0']);
    expect(calls).to.deep.equal([{url: 'https://example.org/weather', replace: true, hidden: true, overlay: 'Loading.', overlayRole: 'alert', title: 'Loading.'}]);
    // The content is gone from sight (and so from the accessibility tree); the overlay covers the screen.
    expect(wrap.getClientRects().length).to.equal(0);
    const overlay = document.querySelector('[data-signpost-exit-overlay]')!;
    const r = overlay.getBoundingClientRect();
    expect(r.width).to.equal(innerWidth);
    // (At least the viewport's height: 100vh and its padding, which reach past the bottom, out of sight.)
    expect([r.top, r.height >= innerHeight]).to.deep.equal([0, true]);
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(overlay);
  });

  it('hides even a page element its own CSS forces visible (#id … !important); the overlay speaks the widget’s language', async () => {
    const style = document.createElement('style');
    style.textContent = '#forced-visible { display: block !important; }';
    const forced = document.createElement('div');
    forced.id = 'forced-visible';
    forced.textContent = 'A page section with a strong rule of its own.';
    document.head.append(style);
    document.body.append(forced);
    try {
      const el = await mount(html`<signpost-quick-exit lang="ar"></signpost-quick-exit>`);
      recordNavigation(el);
      $(el, '[part="button"]').click();
      expect(forced.getClientRects().length).to.equal(0);
      const overlay = document.querySelector<HTMLElement>('[data-signpost-exit-overlay]')!;
      expect([overlay.lang, overlay.dir]).to.deep.equal(['ar', 'rtl']);
      expect(overlay.textContent).to.equal('جارٍ التحميل.');
    } finally {
      style.remove();
      forced.remove();
    }
  });

  for (const rule of ['transform: translateZ(0)', 'contain: paint']) {
    it(`covers the whole viewport also on a page whose <html> has ${rule} (not only a strip at its top)`, async () => {
      // (Until 2026-12-07 the cover's inset: 0 filled <html>, whose height went with the body's: a 2em
      // strip, with the page's own background around it.)
      const root = document.documentElement;
      const before = root.getAttribute('style');
      root.style.cssText += `; ${rule}`;
      try {
        const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
        recordNavigation(el);
        $(el, '[part="button"]').click();
        const box = document.querySelector<HTMLElement>('[data-signpost-exit-overlay]')!.getBoundingClientRect();
        expect({top: box.top, left: box.left, right: box.right >= root.clientWidth - 1, bottom: box.bottom >= innerHeight - 1}).to.deep.equal({top: 0, left: 0, right: true, bottom: true});
      } finally {
        cleanUp();
        if (before == null) root.removeAttribute('style');
        else root.setAttribute('style', before);
      }
    });
  }

  it('hides what the page forces visible inline, text written straight into the body, and a sticky quick exit: nothing is left for a screen reader or the Tab key', async () => {
    const inline = document.createElement('div');
    inline.setAttribute('style', 'display: block !important'); // beats any style sheet, !important or not
    inline.innerHTML = '<button>Open the support chat</button>';
    const text = document.createTextNode('Text a script wrote straight into the body.');
    document.body.append(inline, text);
    try {
      const el = await mount(html`<signpost-quick-exit placement="sticky"></signpost-quick-exit>`);
      recordNavigation(el);
      const textRange = document.createRange();
      textRange.selectNode(text);
      expect([inline.getClientRects().length, textRange.getClientRects().length, el.getClientRects().length].every((n) => n > 0), 'shown before').to.equal(true);
      $(el, '[part="button"]').click();
      expect(inline.getClientRects().length, 'the inline !important element').to.equal(0);
      expect(inline.querySelector('button')!.getClientRects().length, 'its button').to.equal(0);
      expect(textRange.getClientRects().length, 'the bare text').to.equal(0);
      expect(el.getClientRects().length, 'the sticky exit').to.equal(0);
      expect($(el, '[part="button"]').getClientRects().length, 'its button').to.equal(0);
      // The overlay alone is left to see and to read.
      const overlay = document.querySelector('[data-signpost-exit-overlay]')!;
      expect(overlay.getClientRects().length).to.equal(1);
      expect(overlay.textContent).to.equal('Loading.');
    } finally {
      inline.remove();
      text.remove();
    }
  });

  it('keeps a normal navigation with keep-history', async () => {
    const el = await mount(html`<signpost-quick-exit keep-history></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    $(el, '[part="button"]').click();
    expect(calls[0].replace).to.equal(false);
  });

  it('keep-history="false" (as Vue binds a false value, or an author writes it) keeps the page out of history', async () => {
    const el = await mount(html`<signpost-quick-exit keep-history="false"></signpost-quick-exit>`);
    expect(el.keepHistory).to.equal(false);
    const calls = recordNavigation(el);
    $(el, '[part="button"]').click();
    expect(calls[0].replace).to.equal(true);
    el.setAttribute('keep-history', '');
    expect(el.keepHistory).to.equal(true);
  });

  it('navigates with location.replace (or assign) after setting a no-referrer policy', () => {
    const log: string[] = [];
    const head = document.createElement('head');
    const fake = {
      createElement: (tag: string) => document.createElement(tag),
      head,
      documentElement: document.documentElement,
      defaultView: {
        location: {
          replace: (u: string) => log.push(`replace ${u} referrer=${head.querySelector('meta[name=referrer]')?.getAttribute('content')}`),
          assign: (u: string) => log.push(`assign ${u}`),
        },
      },
    } as unknown as Document;
    navigate('https://example.org/', true, fake);
    navigate('https://example.org/2', false, fake);
    expect(log).to.deep.equal(['replace https://example.org/ referrer=no-referrer', 'assign https://example.org/2']);
    // A page's script that broke a DOM method (a consent manager's script blocker) does not keep the reader here.
    log.length = 0;
    head.replaceChildren();
    const broken = {...fake, createElement: () => {
      throw new Error('blocked');
    }} as unknown as Document;
    navigate('https://example.org/3', true, broken);
    expect(log).to.deep.equal(['replace https://example.org/3 referrer=undefined']);
  });

  it('exits on Shift pressed three times, announcing each step', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    expect(status(el)).to.equal('');
    press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length).to.equal(1);
    expect($(el, '[part="indicator"]').getAttribute('aria-hidden')).to.equal('true');
    press('Shift', {code: 'ShiftRight', location: 2});
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    setTimeout(() => press('Shift', {code: 'ShiftLeft', location: 1}));
    const event = await oneEvent(el, 'signpost-quick-exit');
    expect(event.detail).to.deep.equal({trigger: 'shortcut'});
    expect(calls).to.have.length(1);
    expect(calls[0].hidden).to.equal(true);
  });

  it('does not count Shift used as a modifier (Shift+A), even while typing in a field', async () => {
    const wrap = await fixture(html`<div><input id="name" /><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = wrap.querySelector('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    (wrap.querySelector('#name') as HTMLInputElement).focus();
    // Shift down, A down/up with Shift held, Shift up: a capital letter, not a press.
    const input = document.activeElement!;
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'A', shiftKey: true, bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keyup', {key: 'A', shiftKey: true, bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(0);
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    press('Shift');
    expect(calls).to.have.length(1);
  });

  it('counts both Shift keys held together as one press, and a Shift held for a click or a sideways scroll (Shift+wheel) as none', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const target = document.body;
    const key = (type: string, code: string, shiftKey: boolean) => target.dispatchEvent(new KeyboardEvent(type, {key: 'Shift', code, shiftKey, bubbles: true, composed: true}));
    // Left down, right down, left up (right still held), right up: one press.
    key('keydown', 'ShiftLeft', true);
    key('keydown', 'ShiftRight', true);
    key('keyup', 'ShiftLeft', true);
    key('keyup', 'ShiftRight', false);
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    // Shift held while clicking (extending a text selection), or while scrolling sideways, three times: no exit.
    const uses = {
      click: () => new PointerEvent('pointerdown', {shiftKey: true, bubbles: true, composed: true}),
      'sideways scroll': () => new WheelEvent('wheel', {shiftKey: true, deltaX: 50, bubbles: true, composed: true}),
    };
    for (const [use, event] of Object.entries(uses)) {
      for (let i = 0; i < 3; i++) {
        key('keydown', 'ShiftLeft', true);
        target.dispatchEvent(event());
        key('keyup', 'ShiftLeft', false);
      }
      await el.updateComplete;
      expect(calls, `three times Shift+${use}`).to.have.length(0);
      expect(status(el), use).to.equal('');
    }
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(1);
  });

  it('starts counting again when the window loses focus, forgetting a Shift whose release went elsewhere (Shift+Tab into a frame)', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    // Shift+Tab into a frame: Shift and Tab go down here, their release goes to the frame.
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true, composed: true}));
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Tab', shiftKey: true, bubbles: true, composed: true}));
    window.dispatchEvent(new FocusEvent('blur'));
    // Back on the page: three presses leave, not four.
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls, 'the third press').to.have.length(1);
    // (The page shown again, as after Back: while it is hidden for an exit, Shift ×3 does not leave again.)
    cleanUp();
    // Two presses, then the window loses focus: the count starts again.
    press('Shift');
    press('Shift');
    window.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(status(el)).to.equal('');
    press('Shift');
    expect(calls).to.have.length(1);
    // A field losing focus is no window blur: the count goes on.
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    press('Shift');
    input.blur();
    input.remove();
    press('Shift');
    expect(calls).to.have.length(2);
  });

  it('moved in the page mid-count (a framework re-parenting it), it starts counting again and shows no stale progress', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    press('Shift');
    press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    const other = document.createElement('div');
    el.parentElement!.append(other);
    other.append(el);
    await el.updateComplete;
    expect(status(el), 'no stale "1 more time"').to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length, 'no dots on').to.equal(0);
    press('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(1);
  });

  it('counts a Shift an input method took (Chinese, Japanese, Korean on Windows: its key named "Process", its code ShiftLeft)', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const key = (type: string, init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent(type, {bubbles: true, composed: true, ...init}));
    // The keydown the input method processed, then a plain keyup; then one whose keyup is "Process" too.
    for (const up of ['Shift', 'Process', 'Shift']) {
      key('keydown', {key: 'Process', code: 'ShiftLeft', keyCode: 229, shiftKey: true});
      key('keyup', {key: up, code: 'ShiftLeft', shiftKey: false});
    }
    expect(calls).to.have.length(1);
    // Any other key the input method took still resets the count.
    press('Shift');
    press('Shift');
    key('keydown', {key: 'Process', code: 'KeyA', keyCode: 229});
    press('Shift');
    expect(calls).to.have.length(1);
  });

  it('resets the count when any other key is pressed', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    press('Shift');
    press('Shift');
    press('a');
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length).to.equal(0);
    press('Shift');
    expect(calls).to.have.length(0);
  });

  it('gives each press its own 5 seconds, counts again from none after an expiry, and says nothing of a count another key reset', async () => {
    await withFakeWaits(5000, async (clock) => {
      const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
      const calls = recordNavigation(el);
      // 4 s between presses, 8 s in all: one count.
      press('Shift');
      clock.advance(4000);
      press('Shift');
      clock.advance(4000);
      press('Shift');
      expect(calls, 'presses 4 s apart').to.have.length(1);
      cleanUp();
      // After an expiry, three presses leave: no more, no fewer.
      press('Shift');
      clock.advance(5000);
      await el.updateComplete;
      expect(status(el)).to.equal('Exit this page expired.');
      press('Shift');
      press('Shift');
      expect(calls, 'two presses after an expiry').to.have.length(1);
      press('Shift');
      expect(calls, 'three presses after an expiry').to.have.length(2);
      cleanUp();
      // Another key starts the count again: it does not expire later.
      press('Shift');
      press('a');
      clock.advance(5000);
      await el.updateComplete;
      expect(status(el), 'no "expired" for a count the reader already left').to.equal('');
    });
  });

  it('expires after 5 seconds between presses, says so, and clears that message 5 seconds later', async () => {
    // The quick exit's 5 s timers (the count's, and the expiry message's) run on a fake clock: time moves
    // when the test says, so the 15 s this takes a reader pass at once, and a wait of any other length fails it.
    await withFakeWaits(5000, async (clock) => {
      const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
      const calls = recordNavigation(el);
      press('Shift');
      clock.advance(4000);
      press('Shift'); // 4 s after the first: still counting
      await el.updateComplete;
      expect(status(el)).to.equal('Shift, press 1 more time to exit.');
      clock.advance(4900);
      await el.updateComplete;
      expect(status(el), '4.9 s after the second press').to.equal('Shift, press 1 more time to exit.');
      clock.advance(300);
      await el.updateComplete;
      expect(status(el)).to.equal('Exit this page expired.');
      // The expiry message clears itself 5 s later, so a screen reader does not meet it again later.
      clock.advance(4900);
      await el.updateComplete;
      expect(status(el), 'still said 4.9 s after the expiry').to.equal('Exit this page expired.');
      clock.advance(100);
      await el.updateComplete;
      expect(status(el), 'cleared 5 s after the expiry').to.equal('');
      press('Shift');
      expect(calls).to.have.length(0);
    });
  });

  it('turns the shortcut off with shortcut="off" (or none or false, in any case, silently); the button still leaves', async () => {
    for (const value of ['off', 'none', 'FALSE', 'Off']) {
      let el!: SignpostQuickExit;
      const quiet = await captureWarnings(async () => {
        el = await mount(html`<signpost-quick-exit shortcut=${value}></signpost-quick-exit>`);
      });
      expect(quiet, value).to.deep.equal([]);
      const calls = recordNavigation(el);
      press('Shift');
      press('Shift');
      press('Shift');
      expect(calls, value).to.have.length(0);
      expect(markupOf(el.shadowRoot!.querySelector('[part="indicator"]')), value).to.equal(null);
      $(el, '[part="button"]').click();
      expect(calls, value).to.have.length(1);
      cleanUp(); // the page back for the next value
      el.remove();
    }
  });

  it('a shortcut value it does not know (a typo: "of") says so and keeps Shift ×3 on; an unset one, as frameworks bind it, is Shift ×3, silently', async () => {
    for (const value of ['of', 'ctrl', 'shift+shift']) {
      let el!: SignpostQuickExit;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-quick-exit shortcut=${value}></signpost-quick-exit>`);
      });
      expect(warnings, value).to.deep.equal(['Signpost: quick exit shortcut must be shift or off; using shift.']);
      expect(el.shortcut).to.equal('shift');
      const calls = recordNavigation(el);
      press('Shift');
      press('Shift');
      press('Shift');
      expect(calls.map((call) => call.url), value).to.deep.equal([DEFAULT_EXIT_URL]);
      cleanUp();
      el.remove();
    }
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    for (const unset of ['', null, undefined, 'shift', false, 'NONE', true]) {
      const warned = await captureWarnings(async () => {
        (el as unknown as {shortcut: unknown}).shortcut = unset;
        await el.updateComplete;
      });
      // false (Vue and React bind it) is off, as "false" is; any other value of the wrong kind warns.
      const off = unset === false || unset === 'NONE';
      expect([warned.length, el.shortcut], String(unset)).to.deep.equal([unset === true ? 1 : 0, off ? 'off' : 'shift']);
    }
  });

  it('restores the page, its title, and resets the count when it comes back from the back/forward cache', async () => {
    const before = document.title;
    document.title = 'Help with trafficking';
    const wrap = await fixture(html`<div><p>Content</p><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = wrap.querySelector('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    $(el, '[part="button"]').click();
    expect(wrap.getClientRects().length).to.equal(0);
    // The tab strip no longer names the page while the neutral site loads.
    expect(calls[0].title).to.equal('Loading.');
    // The real navigation's no-referrer policy (only the move itself left out), then its marked <meta>
    // in this page without the policy (a no-referrer test page stalls the test runner): a restore takes it out.
    const head = document.createElement('head');
    navigate(calls[0].url, true, {createElement: (tag: string) => document.createElement(tag), head, defaultView: {location: {replace() {}}}} as unknown as Document);
    const policy = head.querySelector('meta[name="referrer"][data-signpost-exit-referrer]')!;
    expect(policy.getAttribute('content')).to.equal('no-referrer');
    policy.removeAttribute('name');
    document.head.append(policy);
    el.exit(); // a second exit keeps the page's own title to give back
    // …and the one overlay: a second would be a second alert for a screen reader.
    expect(document.querySelectorAll('[data-signpost-exit-overlay]')).to.have.length(1);

    press('Shift');
    press('Shift');
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    await el.updateComplete;
    expect(wrap.getClientRects().length).to.equal(1);
    expect(markupOf(document.querySelector('[data-signpost-exit-overlay]'))).to.equal(null);
    expect(policy.isConnected, 'the marked <meta> taken out').to.equal(false);
    expect(status(el)).to.equal('');
    expect(document.title).to.equal('Help with trafficking');
    press('Shift');
    expect(calls).to.have.length(2); // the click and the second exit; the count started again
    document.title = before;
  });

  it('back from the back/forward cache after a Shift ×3 exit, says nothing of presses left', async () => {
    // A screen reader reading the page again after Back must not find "1 more time" while three are needed.
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(1);
    // What the page held as it left: the count of the second press.
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length).to.equal(0);
  });

  it('a first load’s pageshow (not from the cache) keeps a count begun and an exit under way', async () => {
    // A slow page's load event (and pageshow) can come after the reader began Shift ×3, or left.
    const wrap = await fixture(html`<div><p>Content</p><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = wrap.querySelector('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    press('Shift');
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}));
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"] .on').length).to.equal(1);
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(1);
    // The page stays hidden while the neutral page loads.
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}));
    expect(wrap.getClientRects().length).to.equal(0);
  });

  it('stops the page’s audio and video as it hides the page', async () => {
    const wrap = await fixture(html`<div><video></video><p><audio></audio></p><signpost-quick-exit></signpost-quick-exit></div>`);
    const el = wrap.querySelector('signpost-quick-exit')!;
    await el.updateComplete;
    // Headless engines cannot be relied on to play media: each player records its pause instead.
    const paused: string[] = [];
    for (const media of wrap.querySelectorAll<HTMLMediaElement>('audio,video')) media.pause = () => void paused.push(media.localName);
    const calls = recordNavigation(el);
    $(el, '[part="button"]').click();
    expect(calls).to.have.length(1);
    expect(paused).to.deep.equal(['video', 'audio']);
  });

  it('a restore from the back/forward cache without an exit leaves the page’s title as it is', async () => {
    const before = document.title;
    document.title = 'Help  with   trafficking'; // the getter collapses spaces; the element keeps them
    await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(document.querySelector('title')!.textContent).to.equal('Help  with   trafficking');
    document.title = before;
  });

  it('explains honestly what it does not do, only when asked (explain), with an optional safety link', async () => {
    // None by default.
    expect(Boolean((await mount(html`<signpost-quick-exit></signpost-quick-exit>`)).shadowRoot!.querySelector('details'))).to.equal(false);
    const el = await mount(html`<signpost-quick-exit explain safety-href="https://example.org/safety"></signpost-quick-exit>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="explanation"]');
    expect(details.querySelector('summary')!.textContent).to.equal('What this button does');
    // A target of at least 24 by 24 px (WCAG 2.2, 2.5.8), standing alone as it does.
    const summary = details.querySelector('summary')!.getBoundingClientRect();
    expect(summary.height, 'its height').to.be.at.least(24);
    expect(summary.width, 'its width').to.be.at.least(24);
    expect(details.textContent).to.contain('It does not erase your browsing history, and it does not protect you from monitoring software');
    const link = details.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://example.org/safety');
    // In this tab, without a referrer: a second tab about safety would stay open after an exit from this one.
    // Said outright: a page's <base target="_blank"> reaches links in shadow roots too.
    expect(link.target).to.equal('_self');
    expect(link.rel).to.equal('noreferrer');
    expect(link.referrerPolicy).to.equal('no-referrer');
    let bad!: SignpostQuickExit;
    const warnings = await captureWarnings(async () => {
      bad = await mount(html`<signpost-quick-exit explain safety-href="javascript:alert(1)"></signpost-quick-exit>`);
    });
    expect(markupOf($(bad, 'details').querySelector('a'))).to.equal(null);
    expect(warnings.join()).to.contain('quick exit safety-href="javascript:alert(1)" is not an http(s) or relative URL; not shown.');
    // A relative link is the partner's own page: resolved against it, without a warning.
    const relative = await captureWarnings(async () => {
      bad.setAttribute('safety-href', '/staying-safe-online');
      await bad.updateComplete;
    });
    expect(relative).to.deep.equal([]);
    expect($(bad, 'details').querySelector('a')!.href).to.equal(new URL('/staying-safe-online', location.href).href);
  });

  it('warns about an unsafe href and uses the neutral default', async () => {
    let el!: SignpostQuickExit;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-quick-exit href="javascript:alert(1)" placement="floating"></signpost-quick-exit>`);
    });
    expect(warnings.join('\n')).to.contain('is not an http(s) URL of another page').and.to.contain('placement must be');
    expect($<HTMLAnchorElement>(el, '[part="button"]').href).to.equal(DEFAULT_EXIT_URL);
    expect(el.placement).to.equal('inline');
  });

  it('never "exits" to this same page: a relative or same-page href uses the neutral default', async () => {
    const here = location.href.split('#')[0];
    for (const href of ['#', '?', '/get-help', 'news.html', `${here}#top`, here]) {
      let el!: SignpostQuickExit;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-quick-exit href=${href}></signpost-quick-exit>`);
      });
      expect(el.destination, href).to.equal(DEFAULT_EXIT_URL);
      expect(warnings.join('\n'), href).to.contain('is not an http(s) URL of another page');
      const calls = recordNavigation(el);
      el.exit();
      expect(calls[0].url, href).to.equal(DEFAULT_EXIT_URL);
      restorePage();
    }
    const ok = await mount(html`<signpost-quick-exit href="https://weather.example/today"></signpost-quick-exit>`);
    expect(ok.destination).to.equal('https://weather.example/today');
  });

  it('without an href, leaves for where its fallback link goes (what readers without JavaScript get), by button and by shortcut', async () => {
    let el!: SignpostQuickExit;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-quick-exit><a href="https://weather.example/today">Exit this page</a></signpost-quick-exit>`);
    });
    expect(warnings, 'nothing to warn of').to.deep.equal([]);
    expect($<HTMLAnchorElement>(el, '[part="button"]').href).to.equal('https://weather.example/today');
    const calls = recordNavigation(el);
    $(el, '[part="button"]').click();
    expect(calls[0].url).to.equal('https://weather.example/today');
    restorePage();
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls.map((call) => call.url), 'by the shortcut too').to.deep.equal(['https://weather.example/today', 'https://weather.example/today']);
    restorePage();
    // An href of the partner's wins; a fallback link that would not leave the page (relative, "#") gives the default.
    const both = await mount(html`<signpost-quick-exit href="https://news.example/"><a href="https://weather.example/today">Exit</a></signpost-quick-exit>`);
    let relative!: SignpostQuickExit;
    const linkWarnings = await captureWarnings(async () => {
      relative = await mount(html`<signpost-quick-exit><a href="/clear-session">Exit</a></signpost-quick-exit>`);
    });
    // An href that is the default itself counts as none (the property cannot tell them apart): the link's page wins.
    const same = await mount(html`<signpost-quick-exit href="https://www.wikipedia.org/"><a href="https://weather.example/today">Exit</a></signpost-quick-exit>`);
    expect([both.destination, relative.destination, same.destination]).to.deep.equal(['https://news.example/', DEFAULT_EXIT_URL, 'https://weather.example/today']);
    // Readers without JavaScript follow the link, readers with it go to the default: the partner is told.
    expect(linkWarnings.join('\n')).to.contain('quick exit href="/clear-session" is not an http(s) URL of another page');
  });

  it('an empty href (a template writing an unset value) is no href: the fallback link’s page, with nothing to warn of', async () => {
    let el!: SignpostQuickExit;
    let bare!: SignpostQuickExit;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-quick-exit href="" placement="" shortcut=""><a href="https://weather.example/today">Exit this page</a></signpost-quick-exit>`);
      bare = await mount(html`<signpost-quick-exit href=""></signpost-quick-exit>`);
    });
    expect(warnings).to.deep.equal([]);
    expect($<HTMLAnchorElement>(el, '[part="button"]').href).to.equal('https://weather.example/today');
    expect(bare.destination).to.equal(DEFAULT_EXIT_URL);
    // The other blank attributes are their defaults too: inline, and Shift ×3 on.
    expect([el.placement, el.shortcut]).to.deep.equal(['inline', 'shift']);
    // So is an unset href *property* (Vue's :href or React's href bound to an empty value; until 2026-12-04 it warned and gave the default).
    for (const unset of ['', null, undefined, 'https://news.example/', '']) {
      const warned = await captureWarnings(async () => {
        (el as unknown as {href: unknown}).href = unset;
        await el.updateComplete;
      });
      const expected = unset ? 'https://news.example/' : 'https://weather.example/today';
      expect([warned, $<HTMLAnchorElement>(el, '[part="button"]').href, el.destination], String(unset)).to.deep.equal([[], expected, expected]);
    }
    const calls = recordNavigation(el);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls.map((call) => call.url)).to.deep.equal(['https://weather.example/today']);
    // Spaces around a value do not count: an href of spaces only is none (until 2026-12-06 it warned), " off" is off.
    let spaced!: SignpostQuickExit;
    const spacedWarnings = await captureWarnings(async () => {
      spaced = await mount(html`<signpost-quick-exit href="  " placement=" sticky " shortcut=" off"><a href="https://weather.example/today">Exit this page</a></signpost-quick-exit>`);
    });
    expect(spacedWarnings).to.deep.equal([]);
    expect([$<HTMLAnchorElement>(spaced, '[part="button"]').href, spaced.placement, spaced.shortcut]).to.deep.equal(['https://weather.example/today', 'sticky', 'off']);
    spaced.remove();
  });

  it('works inside <signpost-hotline-card quick-exit>', async () => {
    const card = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
      html`<signpost-hotline-card country="US" quick-exit quick-exit-href="https://example.org/news"></signpost-hotline-card>`,
    );
    const exit = card.shadowRoot!.querySelector('signpost-quick-exit')!;
    await exit.updateComplete;
    expect($<HTMLAnchorElement>(exit, '[part="button"]').href).to.equal('https://example.org/news');
    const calls = recordNavigation(exit);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls.map((c) => c.url)).to.deep.equal(['https://example.org/news']);
    await expect(card).to.be.accessible();
  });
});
