import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, press, recordNavigation, status} from '../quick-exit/helpers.js';
import {centre} from '../helpers/util.js';

// Partners put widgets in their dialogs, and open modals over them. A modal that is not a native
// <dialog> (Headless UI 1.x's Dialog, and many written by hand) marks every other child of <body>
// inert (`element.inert = true`) and aria-hidden while it is open: the sticky quick exit, a child of
// <body> as the README places it, among them. Its z-index still paints it above the modal's overlay.
describe('widgets beside the page’s modals', () => {
  afterEach(async () => {
    cleanUp();
    await resetMouse();
  });

  it('a sticky quick exit that a modal library made inert still leaves when pressed (the click does not fall through to the overlay)', async () => {
    const wrap = await fixture(html`<div>
      <signpost-quick-exit placement="sticky"></signpost-quick-exit>
      <p style="height: 150vh">Page</p>
      <div id="overlay" style="position: fixed; inset: 0; z-index: 50; background: rgb(0 0 0 / 0.3)"></div>
    </div>`);
    const el = wrap.querySelector<SignpostQuickExit>('signpost-quick-exit')!;
    await el.updateComplete;
    const calls = recordNavigation(el);
    // What a click on the overlay does in such a library: the dialog closes ("click outside").
    let closed = 0;
    wrap.querySelector('#overlay')!.addEventListener('click', () => closed++);
    // Headless UI 1.x's useInertOthers, as the dialog opens.
    el.setAttribute('aria-hidden', 'true');
    el.inert = true;
    try {
      await sendMouse({type: 'click', position: centre(el.shadowRoot!.querySelector('.exit')!)});
      expect(closed, 'the overlay got no click').to.equal(0);
      expect(calls.map((c) => c.url)).to.deep.equal(['https://www.wikipedia.org/']);
    } finally {
      el.inert = false;
      el.removeAttribute('aria-hidden');
    }
  });

  // The page's own bar is inert behind a modal's backdrop and outside what a screen reader reads: the
  // quick exit inside the dialog (docs/quick-exit.md's advice) gives the warning.
  it('with a modal <dialog> open, the quick exit inside it (docs/quick-exit.md’s advice) shows and says the Shift ×3 progress', async () => {
    const wrap = await fixture(html`<div>
      <signpost-quick-exit id="page" placement="sticky"></signpost-quick-exit>
      <dialog><p>Newsletter</p><signpost-quick-exit id="inner"></signpost-quick-exit></dialog>
    </div>`);
    const page = wrap.querySelector<SignpostQuickExit>('#page')!;
    const inner = wrap.querySelector<SignpostQuickExit>('#inner')!;
    const dialog = wrap.querySelector('dialog')!;
    await page.updateComplete;
    dialog.showModal();
    try {
      await inner.updateComplete;
      press('Shift');
      await inner.updateComplete;
      await page.updateComplete;
      // The page's bar is behind the backdrop, inert, and outside what a screen reader reads.
      expect(status(inner), 'the dialog’s quick exit speaks').to.equal('Shift, press 2 more times to exit.');
      expect(!!inner.shadowRoot!.querySelector('.indicator .on'), 'the dialog’s quick exit lights a dot').to.equal(true);
    } finally {
      press('a');
      dialog.close();
    }
  });
});
