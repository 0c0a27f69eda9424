import {expect, fixture, html} from '@open-wc/testing';
import {cleanUp, press, recordNavigation} from './helpers.js';

interface Listener {
  on: 'document' | 'window';
  type: string;
  listener: unknown;
  capture: boolean;
}
/** The documented listeners: keydown, keyup, pointerdown, wheel, pointerup, click, auxclick and beforeunload (capture) and pageshow and blur, on the window. */
const TYPES = ['keydown', 'keyup', 'pointerdown', 'wheel', 'pointerup', 'click', 'auxclick', 'beforeunload', 'pageshow', 'blur'];

/** Records the add/removeEventListener calls of those types on the document and the window. */
function watchListeners(): {added: Listener[]; removed: Listener[]; restore: () => void} {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const targets = {document, window} as const;
  for (const [on, target] of Object.entries(targets) as ['document' | 'window', EventTarget][]) {
    for (const [method, log] of [['addEventListener', added], ['removeEventListener', removed]] as const) {
      const original = target[method];
      target[method] = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
        if (TYPES.includes(type)) log.push({on, type, listener, capture: typeof options === 'boolean' ? options : Boolean(options?.capture)});
        return (original as (...a: unknown[]) => void).call(this, type, listener, options);
      } as EventTarget['addEventListener'];
    }
  }
  const restore = () => {
    for (const target of Object.values(targets) as EventTarget[]) {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    }
  };
  return {added, removed, restore};
}

/** The listeners as sorted text (a failure shows which one and where). */
const described = (list: Listener[]) => list.map((l) => `${l.on} ${l.type}${l.capture ? ' (capture)' : ''}`).sort().join(', ');
const DOCUMENTED =
  'window auxclick (capture), window beforeunload (capture), window blur, window click (capture), window keydown (capture), window keyup (capture), window pageshow, window pointerdown (capture), window pointerup (capture), window wheel (capture)';

describe('<signpost-quick-exit> on a page with several instances', () => {
  it('adds one set of listeners per page, exits once, and removes them when the last one leaves', async () => {
    const {added, removed, restore} = watchListeners();
    try {
      await import('../../src/components/quick-exit/define.js');
      const wrap = await fixture(html`<div>
        <signpost-quick-exit placement="sticky"></signpost-quick-exit>
        <signpost-quick-exit></signpost-quick-exit>
        <signpost-quick-exit></signpost-quick-exit>
        <signpost-quick-exit shortcut="off"></signpost-quick-exit>
      </div>`);
      const els = [...wrap.querySelectorAll('signpost-quick-exit')];
      await Promise.all(els.map((e) => e.updateComplete));
      expect(described(added), 'one of each documented listener, for four buttons').to.equal(DOCUMENTED);
      for (const l of added) expect(l.listener, `${l.on} ${l.type}`).to.be.a('function');
      const calls = els.map((e) => recordNavigation(e));
      press('Shift');
      await els[0].updateComplete;
      // Only the first instance announces, so a screen reader hears one message, not four.
      const statuses = els.map((e) => e.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim());
      expect(statuses).to.deep.equal(['Shift, press 2 more times to exit.', '', '', '']);
      press('Shift');
      press('Shift');
      expect(calls.map((c) => c.length)).to.deep.equal([1, 0, 0, 0]);
      cleanUp();

      // While any quick exit is on the page (even one with the shortcut off), the listeners stay.
      els.slice(0, 3).forEach((e) => e.remove());
      expect(described(removed), 'nothing removed while one is left').to.equal('');
      // The last one leaves: every listener is removed, the same function with the same capture flag
      // (anything else would leave it listening).
      els[3].remove();
      await Promise.resolve(); // (removed in a microtask: a button moved in the same task keeps them)
      expect(described(removed), 'each listener removed once, as it was added').to.equal(DOCUMENTED);
      expect(removed, 'the very functions that were added').to.have.deep.members(added);

      // A quick exit added later (a page that swaps its content) installs them again, once.
      added.length = 0;
      removed.length = 0;
      const again = await fixture(html`<div><signpost-quick-exit></signpost-quick-exit><signpost-quick-exit></signpost-quick-exit></div>`);
      expect(described(added), 'installed again').to.equal(DOCUMENTED);
      const later = again.querySelector('signpost-quick-exit')!;
      await later.updateComplete;
      const laterCalls = recordNavigation(later);
      press('Shift');
      press('Shift');
      press('Shift');
      expect(laterCalls, 'the shortcut works again').to.have.length(1);
      again.remove();
      await Promise.resolve();
      expect(described(removed), 'removed again').to.equal(DOCUMENTED);
      expect(removed).to.have.deep.members(added);
    } finally {
      restore();
      cleanUp();
    }
  });
});
