import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/quick-exit/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, press, recordNavigation} from './helpers.js';

// A partner page's own scripts run too: a focus trap around a newsletter pop-up stops every click
// outside it (focus-trap's defaults: preventDefault and stopImmediatePropagation, in the document's
// capture phase), a shortcut manager stops key events. Each is added before the quick exit, as a
// page's scripts usually are; the exit must still happen, and as an exit (page hidden, out of Back),
// not as a plain link.
describe('<signpost-quick-exit> beside the page’s own scripts', () => {
  const undo: (() => void)[] = [];
  /** Adds a page listener for `types` on `target`, removed after the test. */
  const pageListener = (target: EventTarget, types: string[], listener: (e: Event) => void, capture: boolean) => {
    for (const type of types) target.addEventListener(type, listener, capture);
    undo.push(() => types.forEach((type) => target.removeEventListener(type, listener, capture)));
  };
  /**
   * Keeps the test page where it is, whatever happens to a real link, and records whether the widget
   * had already prevented the link's own navigation. Added after the widget's listeners, so it runs after them.
   */
  const guardLinks = () => {
    const prevented: boolean[] = [];
    pageListener(window, ['click'], (e) => (prevented.push(e.defaultPrevented), e.preventDefault()), true);
    return prevented;
  };
  afterEach(() => {
    undo.splice(0).forEach((f) => f());
    cleanUp();
  });

  const focusTrap = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  it('the button leaves while a focus trap stops every click outside its dialog', async () => {
    pageListener(document, ['click', 'auxclick'], focusTrap, true);
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit href="https://weather.example/"></signpost-quick-exit>`);
    const prevented = guardLinks();
    const calls = recordNavigation(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
    expect(calls).to.have.length(1);
    expect(calls[0]).to.include({url: 'https://weather.example/', replace: true, hidden: true});
    expect(prevented, 'not a plain link as well').to.deep.equal([true]);
  });

  it('a page that only stops clicks from propagating does not turn the button into a plain link', async () => {
    pageListener(document, ['click'], (e) => e.stopPropagation(), true);
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const prevented = guardLinks();
    const calls = recordNavigation(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
    expect(calls.map((c) => c.hidden)).to.deep.equal([true]);
    expect(prevented, 'the link’s own navigation (which keeps this page in Back) was stopped').to.deep.equal([true]);
  });

  it('the fallback link leaves before the first render, under a focus trap', async () => {
    pageListener(document, ['click'], focusTrap, true);
    const el = document.createElement('signpost-quick-exit') as SignpostQuickExit;
    el.innerHTML = '<a href="https://www.wikipedia.org/">Exit this page</a>';
    const calls = recordNavigation(el);
    document.body.append(el);
    try {
      const prevented = guardLinks();
      expect(el.hasUpdated, 'not rendered yet').to.equal(false);
      el.querySelector('a')!.click();
      expect(calls.map((c) => c.hidden)).to.deep.equal([true]);
      expect(prevented).to.deep.equal([true]);
    } finally {
      el.remove();
    }
  });

  it('a tap leaves on lifting the finger, so a page that cancels touchstart (no click follows) cannot stop it', async () => {
    pageListener(document, ['touchstart', 'pointerdown'], focusTrap, true);
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const prevented = guardLinks();
    const calls = recordNavigation(el);
    const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    // Lifted over the button, as a tap is (a finger slid off it first has not asked to leave: touch.test.ts).
    const {x, y, width, height} = button.getBoundingClientRect();
    const lift = (pointerType: string) =>
      button.dispatchEvent(new PointerEvent('pointerup', {pointerType, bubbles: true, composed: true, cancelable: true, clientX: x + width / 2, clientY: y + height / 2}));
    lift('mouse');
    expect(calls, 'a mouse leaves on its click').to.deep.equal([]);
    lift('touch');
    expect(calls.map((c) => c.hidden)).to.deep.equal([true]);
    // Where the page let the click through, it does not leave a second time, nor as a plain link.
    button.click();
    expect(calls).to.have.length(1);
    expect(prevented).to.deep.equal([true]);
  });

  it('a finger held on the button leaves too (its menu comes instead of a pointerup or click), and the link menu is cancelled; a mouse’s or a key’s menu does not leave', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    const down = (pointerType: string) => button.dispatchEvent(new PointerEvent('pointerdown', {pointerType, bubbles: true, composed: true}));
    /** Sends a contextmenu event; true if the widget cancelled its menu. */
    const menu = (event: MouseEvent) => (button.dispatchEvent(event), event.defaultPrevented);
    const init = {bubbles: true, composed: true, cancelable: true};
    // Nothing else takes a held finger: no text selection (nor, on iOS only, the link preview: -webkit-touch-callout).
    const style = getComputedStyle(button) as CSSStyleDeclaration & {webkitUserSelect?: string};
    expect(style.userSelect || style.webkitUserSelect, 'the text cannot be selected').to.equal('none');
    // A mouse's right button (a MouseEvent in Firefox and WebKit, a PointerEvent in Chromium), and the
    // context-menu key (no pointer): the menu opens, the reader stays.
    down('mouse');
    expect(menu(new MouseEvent('contextmenu', {...init, button: 2})), 'a mouse’s menu opens (Firefox, WebKit)').to.equal(false);
    expect(menu(new PointerEvent('contextmenu', {...init, button: 2, pointerType: 'mouse'})), 'a mouse’s menu opens (Chromium)').to.equal(false);
    expect(menu(new PointerEvent('contextmenu', init)), 'the context-menu key’s menu opens').to.equal(false);
    // The key after a tap, in Firefox's and WebKit's shape (a MouseEvent, no pointerType): a key is no touch.
    down('touch');
    button.dispatchEvent(new KeyboardEvent('keydown', {key: 'ContextMenu', bubbles: true, composed: true}));
    expect(menu(new MouseEvent('contextmenu', init)), 'the context-menu key’s menu opens after a tap (Firefox, WebKit)').to.equal(false);
    expect(calls, 'no exit by a menu').to.deep.equal([]);
    // A touch held: Chromium's contextmenu is a PointerEvent of the touch.
    expect(menu(new PointerEvent('contextmenu', {...init, pointerType: 'touch'})), 'no link menu (Chromium)').to.equal(true);
    expect(calls.map((c) => c.hidden), 'a touch held (Chromium)').to.deep.equal([true]);
    cleanUp();
    // Firefox's is a MouseEvent, with no pointerType: the touch that pressed is what counts.
    down('touch');
    expect(menu(new MouseEvent('contextmenu', init)), 'no link menu (Firefox)').to.equal(true);
    expect(calls, 'a touch held (Firefox)').to.have.length(2);
  });

  // Where the window cannot see the element: the element's own listeners act.
  const inClosedRoot = async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'closed'});
    root.innerHTML = '<signpost-quick-exit href="https://weather.example/"></signpost-quick-exit>';
    const el = root.querySelector('signpost-quick-exit') as SignpostQuickExit;
    await el.updateComplete;
    return el;
  };
  const inFrame = async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const el = document.createElement('signpost-quick-exit') as SignpostQuickExit;
    el.href = 'https://weather.example/';
    document.body.append(el);
    await el.updateComplete;
    frame.contentDocument!.body.append(el); // a portal, or a picture-in-picture window
    undo.push(() => el.remove());
    return el;
  };
  for (const [where, place] of [['inside a partner component’s closed shadow root', inClosedRoot], ['moved into a frame’s document', inFrame]] as const) {
    it(`a click, a middle click, a tap and a finger held leave from ${where}, as an exit`, async () => {
      const el = await place();
      const calls = recordNavigation(el);
      const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      // What the widget decided, seen after it acted (bubbling); the test page itself never navigates.
      const prevented: boolean[] = [];
      const record = (e: Event) => (prevented.push(e.defaultPrevented), e.preventDefault());
      pageListener(button.ownerDocument.defaultView!, ['click', 'auxclick'], record, false);
      pageListener(window, ['click', 'auxclick'], record, false);
      button.click();
      expect(calls.map((c) => c.hidden), 'click').to.deep.equal([true]);
      cleanUp();
      button.dispatchEvent(new MouseEvent('auxclick', {button: 1, bubbles: true, composed: true, cancelable: true}));
      expect(calls, 'middle click').to.have.length(2);
      cleanUp();
      const {x, y, width, height} = button.getBoundingClientRect();
      button.dispatchEvent(new PointerEvent('pointerup', {pointerType: 'touch', bubbles: true, composed: true, clientX: x + width / 2, clientY: y + height / 2}));
      expect(calls, 'tap').to.have.length(3);
      cleanUp();
      button.dispatchEvent(new PointerEvent('contextmenu', {pointerType: 'touch', bubbles: true, composed: true, cancelable: true}));
      expect(calls, 'a finger held (its menu)').to.have.length(4);
      cleanUp();
      // Firefox's and WebKit's menu has no pointerType: the touch that pressed counts, heard where it is
      // (this window's last press was a mouse's).
      document.body.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'mouse', bubbles: true, composed: true}));
      button.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true, composed: true}));
      button.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, composed: true, cancelable: true}));
      expect(calls, 'a finger held (Firefox, WebKit)').to.have.length(5);
      expect(prevented.length, 'the click and the middle click reached a listener').to.be.greaterThan(1);
      expect(prevented.every(Boolean), 'never a plain link').to.equal(true);
    });
  }

  it('a right click, or a mouse’s back or forward button, on the button does not leave (the reader opened a menu)', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    // The test page itself must not follow the link (WebKit acts on these events' defaults): a page
    // listener after the widget's cancels them.
    pageListener(window, ['auxclick'], (e) => e.preventDefault(), false);
    // Windows sends a right click's auxclick when the button comes up, before the menu opens. (A mouse's
    // pointerup never leaves, whatever its button: only a tap's does.)
    for (const which of [2, 3, 4]) button.dispatchEvent(new MouseEvent('auxclick', {button: which, bubbles: true, composed: true, cancelable: true}));
    expect(calls.length, 'no exit').to.equal(0);
    // A middle click (a new tab would leave this page in view) still leaves.
    button.dispatchEvent(new MouseEvent('auxclick', {button: 1, bubbles: true, composed: true, cancelable: true}));
    expect(calls.length, 'the middle click').to.equal(1);
  });

  it('a click elsewhere on the page is left to the page', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    const other = await fixture<HTMLButtonElement>(html`<button>Subscribe</button>`);
    const prevented = guardLinks();
    const calls = recordNavigation(el);
    other.click();
    expect(calls).to.deep.equal([]);
    expect(prevented).to.deep.equal([false]);
  });

  for (const [name, target, stop] of [
    ['stops key events on the window, in the capture phase', window, (e: Event) => e.stopPropagation()],
    ['stops key events on the document before any other listener', document, (e: Event) => e.stopImmediatePropagation()],
  ] as const) {
    it(`Shift ×3 leaves on a page that ${name}`, async () => {
      pageListener(target, ['keydown', 'keyup'], stop, true);
      const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
      const calls = recordNavigation(el);
      press('Shift');
      press('Shift');
      press('Shift');
      expect(calls.map((c) => c.hidden)).to.deep.equal([true]);
    });
  }
});
