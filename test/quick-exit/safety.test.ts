import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {isPageHidden} from '../../src/quick-exit/exit-page.js';
import {cleanUp, recordNavigation} from './helpers.js';

// What a reader who may be watched meets before the widget has rendered, in the explanation, and in
// the order things happen on exit.
describe('<signpost-quick-exit> for a watched reader', () => {
  // Clicks on real links: whatever the widget does, the test page itself never navigates (a
  // regression shows as a failed assertion, not as a lost test page). Records what the widget decided.
  let prevented: boolean[] = [];
  const guard = (e: Event) => {
    prevented.push(e.defaultPrevented);
    e.preventDefault();
  };
  beforeEach(() => {
    prevented = [];
    window.addEventListener('click', guard);
  });
  afterEach(() => {
    window.removeEventListener('click', guard);
    cleanUp();
  });

  it('before its first render (its language may still be loading), the fallback link leaves as the button does', async () => {
    const el = document.createElement('signpost-quick-exit') as SignpostQuickExit;
    el.setAttribute('href', 'https://weather.example/');
    el.innerHTML = '<a href="https://weather.example/">Salir de esta página</a>';
    const calls = recordNavigation(el);
    document.body.append(el);
    try {
      expect(el.hasUpdated, 'not rendered yet').to.equal(false);
      // A click elsewhere on the page is the page's own, even now.
      const other = document.body.appendChild(document.createElement('a'));
      other.href = '#elsewhere';
      other.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
      other.remove();
      expect(calls, 'a click elsewhere does not leave').to.have.length(0);
      expect(prevented, 'a click elsewhere is left to the page').to.deep.equal([false]);
      prevented = [];
      const click = new MouseEvent('click', {bubbles: true, cancelable: true});
      el.querySelector('a')!.dispatchEvent(click);
      // Not a plain link: no ordinary navigation (which would keep this page in Back, in view).
      expect(prevented, 'the widget stopped the link').to.deep.equal([true]);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.include({url: 'https://weather.example/', replace: true, hidden: true});
    } finally {
      el.remove();
    }
  });

  it('after it renders, its own content (a slotted explanation’s link) is not taken for the exit', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit explain><p slot="explanation"><a href="#advice">Safety advice</a></p></signpost-quick-exit>`);
    const calls = recordNavigation(el);
    const click = new MouseEvent('click', {bubbles: true, cancelable: true});
    el.querySelector('a')!.dispatchEvent(click);
    expect(prevented, 'the widget left the link alone').to.deep.equal([false]);
    expect(calls).to.deep.equal([]);
  });

  it('hides the page before it tells the page’s script, which then runs with nothing on screen', async () => {
    const el = await fixture<SignpostQuickExit>(html`<signpost-quick-exit></signpost-quick-exit>`);
    recordNavigation(el);
    let hiddenWhenTold: boolean | undefined;
    el.addEventListener('signpost-quick-exit', () => (hiddenWhenTold = isPageHidden()));
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
    expect(hiddenWhenTold).to.equal(true);
  });

  const explanation = (exit: Element) => exit.shadowRoot!.querySelector('[part="explanation"]')!.textContent!.replace(/\s+/g, ' ');

  it('the explanation mentions Shift ×3 only when Shift ×3 leaves the page', async () => {
    const on = await fixture<SignpostQuickExit>(html`<signpost-quick-exit explain></signpost-quick-exit>`);
    expect(explanation(on)).to.contain('press the Shift key 3 times');
    on.setAttribute('shortcut', 'off');
    await on.updateComplete;
    expect(explanation(on)).not.to.contain('Shift');
    expect(explanation(on)).to.contain('It does not erase your browsing history');
  });

  it('a card’s quick exit does not promise Shift ×3 on a page whose own quick exit turned it off', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <signpost-quick-exit shortcut="off"></signpost-quick-exit>
      <signpost-hotline-card country="US" quick-exit></signpost-hotline-card>
    </div>`);
    const card = wrap.querySelector('signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    const inner = card.shadowRoot!.querySelector('signpost-quick-exit') as SignpostQuickExit;
    await inner.updateComplete;
    expect(explanation(inner)).not.to.contain('Shift');
    // Without the page's own exit, the card's has the shortcut, and says so.
    wrap.querySelector('signpost-quick-exit')!.remove();
    await inner.updateComplete;
    expect(explanation(inner)).to.contain('press the Shift key 3 times');
  });

  it('a card’s quick exit follows the page’s own when its shortcut is turned off or on later', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <signpost-quick-exit></signpost-quick-exit>
      <signpost-hotline-card country="US" quick-exit></signpost-hotline-card>
    </div>`);
    const own = wrap.querySelector('signpost-quick-exit') as SignpostQuickExit;
    const card = wrap.querySelector('signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    const inner = card.shadowRoot!.querySelector('signpost-quick-exit') as SignpostQuickExit;
    await inner.updateComplete;
    expect(explanation(inner)).to.contain('press the Shift key 3 times');
    own.shortcut = 'off';
    await own.updateComplete;
    await inner.updateComplete;
    expect(explanation(inner), 'turned off').not.to.contain('Shift');
    own.shortcut = 'shift';
    await own.updateComplete;
    await inner.updateComplete;
    expect(explanation(inner), 'on again').to.contain('press the Shift key 3 times');
    // A framework unsetting the property (React 19 sets undefined: the default, on), then off again.
    for (const [value, on] of [[undefined, true], ['off', false]] as const) {
      own.shortcut = value as SignpostQuickExit['shortcut'];
      await own.updateComplete;
      await inner.updateComplete;
      expect(explanation(inner).includes('press the Shift key 3 times'), `shortcut ${value}`).to.equal(on);
    }
  });
});
