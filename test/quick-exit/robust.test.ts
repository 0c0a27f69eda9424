import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import {DEFAULT_EXIT_URL, type SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {$, captureWarnings, markupOf, until} from '../helpers/util.js';
import {cleanUp, press, recordNavigation} from './helpers.js';

/** What frameworks, keyboards in other languages and pages with two quick exits do. */
const mount = (tpl: ReturnType<typeof html>) => fixture<SignpostQuickExit>(tpl);
const key = (type: string, init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent(type, {bubbles: true, composed: true, ...init}));
const indicator = (el: Element) => el.shadowRoot!.querySelector('[part="indicator"]');

describe('<signpost-quick-exit> in real pages', () => {
  afterEach(() => {
    cleanUp();
    press('Escape');
  });

  it('Alt+Shift, Ctrl+Shift or Meta+Shift (switching keyboard layout) three times is not an exit', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    for (const modifier of ['Alt', 'Control', 'Meta'] as const) {
      const flag = {Alt: 'altKey', Control: 'ctrlKey', Meta: 'metaKey'}[modifier];
      // Modifier held down, Shift tapped three times (how Alt+Shift cycles layouts).
      key('keydown', {key: modifier, [flag]: true});
      for (let i = 0; i < 3; i++) {
        key('keydown', {key: 'Shift', shiftKey: true, [flag]: true});
        key('keyup', {key: 'Shift', [flag]: true});
      }
      key('keyup', {key: modifier});
      // Modifier released first, then Shift: still a chord, so two bare presses after it are not three.
      for (let i = 0; i < 3; i++) {
        key('keydown', {key: modifier, [flag]: true});
        key('keydown', {key: 'Shift', shiftKey: true, [flag]: true});
        key('keyup', {key: modifier, shiftKey: true});
        key('keyup', {key: 'Shift'});
      }
      press('Shift');
      press('Shift');
      expect(calls, `${modifier}+Shift, then Shift twice`).to.have.length(0);
      press('Escape');
    }
    expect(calls).to.have.length(0);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(calls).to.have.length(1);
  });

  it('a navigate that is not a function (a framework passed undefined) or that throws, or a page that cannot be hidden: it still leaves', async function () {
    this.timeout(15000);
    for (const bad of ['undefined', 'throws', 'symbol', 'hiding']) {
      // In a frame, so that the browser's own navigation can really happen.
      const frame = document.createElement('iframe');
      const target = new URL(`/test/fixtures/quiz-bank.json?left=${bad}`, location.href).href;
      frame.srcdoc = `<!doctype html><body><script type="module" src="${new URL('/dist/cdn/quick-exit.js', location.href).href}"></script>
        <signpost-quick-exit href="${target}"></signpost-quick-exit></body>`;
      document.body.append(frame);
      const el = () => frame.contentDocument?.querySelector<SignpostQuickExit>('signpost-quick-exit');
      await until(() => !!el()?.shadowRoot?.querySelector('[part="button"]'), 5000);
      const exit = el()!;
      if (bad === 'hiding') {
        // The page cannot be hidden (its root refuses the attribute); navigate is the built-in one.
        frame.contentDocument!.documentElement.setAttribute = () => {
          throw new Error('the page refused');
        };
      } else {
        exit.navigate = (bad === 'undefined'
          ? undefined
          : () => {
              throw bad === 'symbol' ? Symbol('a thrown symbol') : new Error('the app router failed');
            }) as never;
      }
      const warnings: string[] = [];
      (frame.contentWindow as unknown as {console: Console}).console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' ')); // the frame’s own console
      exit.exit(); // does not throw
      expect(warnings.join(), bad).to.contain("leaving with the browser's navigation");
      if (bad !== 'undefined') expect(warnings.join(), bad).to.contain({hiding: 'the page refused', throws: 'the app router failed', symbol: 'a thrown symbol'}[bad]);
      await until(() => frame.contentWindow?.location.href === target, 5000);
      expect(frame.contentWindow!.location.href, `${bad}: the browser's own navigation left the page`).to.equal(target);
      frame.remove();
    }
  });

  it('a page’s own “Leave site?” warning (beforeunload) does not hold the reader on the hidden page', async function () {
    this.timeout(10000);
    const frame = document.createElement('iframe');
    const target = new URL('/test/fixtures/quiz-bank.json?left=beforeunload', location.href).href;
    // An unsaved-form warning, written both ways pages write it: the handler property set as the page
    // loads, before the quick exit; a listener added later, once the reader has typed.
    frame.srcdoc = `<!doctype html><body><script>
        onbeforeunload = (e) => { parent.asked.push('onbeforeunload'); e.preventDefault(); return 'unsaved'; };
      </script><script type="module" src="${new URL('/dist/cdn/quick-exit.js', location.href).href}"></script>
      <signpost-quick-exit href="${target}"></signpost-quick-exit></body>`;
    const asked: string[] = [];
    (window as unknown as {asked: string[]}).asked = asked;
    document.body.append(frame);
    try {
      const el = () => frame.contentDocument?.querySelector<SignpostQuickExit>('signpost-quick-exit');
      await until(() => !!el()?.shadowRoot?.querySelector('[part="button"]'), 5000);
      frame.contentWindow!.addEventListener('beforeunload', (e) => {
        asked.push('listener');
        e.preventDefault();
      });
      el()!.exit();
      await until(() => frame.contentWindow?.location.href === target, 5000);
      expect(asked, 'the page’s handlers never ran, so no prompt').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a removed href, placement or shortcut attribute means its default, without a warning', async () => {
    const el = await mount(html`<signpost-quick-exit href="https://example.org/weather" placement="sticky" shortcut="off"></signpost-quick-exit>`);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('href');
      el.removeAttribute('placement');
      el.removeAttribute('shortcut');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect([el.href, el.placement, el.shortcut]).to.deep.equal([DEFAULT_EXIT_URL, 'inline', 'shift']);
    expect($<HTMLAnchorElement>(el, '[part="button"]').href).to.equal(DEFAULT_EXIT_URL);
    expect(el.hasAttribute('placement'), 'not written back').to.equal(false);
    expect(indicator(el)).to.not.equal(null);
  });

  it('made sticky and removed before it updates: the page keeps no scroll padding for a bar that is gone', async () => {
    const el = await mount(html`<signpost-quick-exit></signpost-quick-exit>`);
    el.placement = 'sticky';
    el.remove(); // the update lands after the removal (a framework's re-render)
    await el.updateComplete;
    expect(document.documentElement.style.getPropertyValue('--signpost-quick-exit-offset')).to.equal('');
    expect(getComputedStyle(document.documentElement).scrollPaddingBlockStart).to.be.oneOf(['auto', '0px']);
  });

  it('with the page’s own quick exit and a card’s: the page’s owns Shift ×3 and its dots; the card’s shows none', async () => {
    // The card first: its quick exit connects before the page's own.
    const wrap = await fixture(html`<div>
      <signpost-hotline-card country="US" quick-exit quick-exit-href="https://example.org/news"></signpost-hotline-card>
      <signpost-quick-exit id="own" href="https://example.org/weather"></signpost-quick-exit>
    </div>`);
    const own = wrap.querySelector<SignpostQuickExit>('#own')!;
    const nested = wrap.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await nested.updateComplete;
    await own.updateComplete;
    const ownCalls = recordNavigation(own);
    const nestedCalls = recordNavigation(nested);
    expect(indicator(own)).to.not.equal(null);
    expect(markupOf(indicator(nested))).to.equal(null);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(ownCalls.map((c) => c.url)).to.deep.equal(['https://example.org/weather']);
    expect(nestedCalls).to.have.length(0);
  });

  it('a page’s own quick exit added after a card’s takes the dots from it at once (no stale progress on the card’s)', async () => {
    const wrap = await fixture(html`<div><signpost-hotline-card country="US" quick-exit></signpost-hotline-card></div>`);
    const nested = wrap.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await nested.updateComplete;
    expect(Boolean(indicator(nested)), 'alone, the card’s owns Shift ×3').to.equal(true);
    const own = document.createElement('signpost-quick-exit') as SignpostQuickExit;
    wrap.append(own); // a page's own, added later (a framework's route)
    await own.updateComplete;
    await nested.updateComplete;
    expect(Boolean(indicator(own)), 'the page’s own shows the dots').to.equal(true);
    expect(Boolean(indicator(nested)), 'the card’s shows none').to.equal(false);
  });

  it('the page’s own quick exit with shortcut="off" turns it off for the card’s too', async () => {
    const wrap = await fixture(html`<div>
      <signpost-hotline-card country="US" quick-exit></signpost-hotline-card>
      <signpost-quick-exit shortcut="off"></signpost-quick-exit>
    </div>`);
    const own = wrap.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    const nested = wrap.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await nested.updateComplete;
    const ownCalls = recordNavigation(own);
    const nestedCalls = recordNavigation(nested);
    press('Shift');
    press('Shift');
    press('Shift');
    expect(ownCalls.length + nestedCalls.length).to.equal(0);
    expect(markupOf(indicator(nested))).to.equal(null);
  });
});
