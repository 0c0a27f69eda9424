import {expect, fixture, html} from '@open-wc/testing';
import {cleanUp, press, recordNavigation} from './helpers.js';

describe('<signpost-quick-exit> on a page with several instances', () => {
  it('adds one document listener per page and exits once', async () => {
    const added: string[] = [];
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      if (type.startsWith('key')) added.push(type);
      return (original as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
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
      expect(added).to.deep.equal(['keydown', 'keyup']);
      const calls = els.map((e) => recordNavigation(e));
      press('Shift');
      await els[0].updateComplete;
      // Only the first instance announces, so a screen reader hears one message, not four.
      const statuses = els.map((e) => e.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim());
      expect(statuses).to.deep.equal(['Shift, press 2 more times to exit.', '', '', '']);
      press('Shift');
      press('Shift');
      expect(calls.map((c) => c.length)).to.deep.equal([1, 0, 0, 0]);
    } finally {
      document.addEventListener = original;
      cleanUp();
    }
  });
});
