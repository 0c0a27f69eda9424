import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/quick-exit/define.js';
import '../../src/components/hotline-card/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, press, recordNavigation, status} from '../quick-exit/helpers.js';

// A theme that renders its header twice (one copy hidden at each width) puts two of the page's own
// quick exits on the page, the first one hidden by its CSS: Shift ×3's dots and announcements go to
// the one the reader sees.
describe('a quick exit hidden by the page’s CSS', () => {
  afterEach(() => cleanUp());

  it('leaves Shift ×3’s dots and announcements to the rendered copy', async () => {
    const wrap = await fixture(html`<div>
      <div style="display: none"><signpost-quick-exit id="hidden"></signpost-quick-exit></div>
      <signpost-quick-exit id="shown"></signpost-quick-exit>
    </div>`);
    const hidden = wrap.querySelector<SignpostQuickExit>('#hidden')!;
    const shown = wrap.querySelector<SignpostQuickExit>('#shown')!;
    await hidden.updateComplete;
    await shown.updateComplete;
    try {
      press('Shift');
      await hidden.updateComplete;
      await shown.updateComplete;
      expect(status(shown), 'the rendered copy speaks').to.equal('Shift, press 2 more times to exit.');
      expect(status(hidden), 'the hidden copy is silent').to.equal('');
      expect(!!shown.shadowRoot!.querySelector('.indicator .on'), 'the rendered copy lights a dot').to.equal(true);
    } finally {
      press('a');
    }
  });

  it('still gives them to the first connected when none is rendered', async () => {
    const wrap = await fixture(html`<div style="display: none">
      <signpost-quick-exit id="a"></signpost-quick-exit>
      <signpost-quick-exit id="b"></signpost-quick-exit>
    </div>`);
    const a = wrap.querySelector<SignpostQuickExit>('#a')!;
    const b = wrap.querySelector<SignpostQuickExit>('#b')!;
    await a.updateComplete;
    try {
      press('Shift');
      await a.updateComplete;
      await b.updateComplete;
      expect(status(a)).to.equal('Shift, press 2 more times to exit.');
      expect(status(b)).to.equal('');
    } finally {
      press('a');
    }
  });
  it('a card with quick-exit in a hidden tab panel before a shown one: the shown card’s exit speaks, and Shift ×3 leaves once', async () => {
    const wrap = await fixture(html`<div>
      <div style="display: none"><signpost-hotline-card country="US" quick-exit></signpost-hotline-card></div>
      <signpost-hotline-card country="US" quick-exit></signpost-hotline-card>
    </div>`);
    const cards = [...wrap.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('signpost-hotline-card')];
    for (const card of cards) await card.updateComplete;
    const [hidden, shown] = cards.map((card) => card.shadowRoot!.querySelector<SignpostQuickExit>('signpost-quick-exit')!);
    await hidden.updateComplete;
    await shown.updateComplete;
    const left = [recordNavigation(hidden), recordNavigation(shown)];
    try {
      press('Shift');
      await hidden.updateComplete;
      await shown.updateComplete;
      expect(status(shown), 'the shown card’s exit speaks').to.equal('Shift, press 2 more times to exit.');
      expect(status(hidden), 'the hidden one is silent').to.equal('');
      press('Shift');
      press('Shift');
      expect(left.map((c) => c.length).join(' '), 'one exit, by the shown card’s').to.equal('0 1');
    } finally {
      press('a');
    }
  });
});
