import {expect} from '@open-wc/testing';
import {focusThenUpgrade, focusedControl} from '../helpers/upgrade.js';

// A page of its own: the quiz must not be defined yet (upgrade-focus.test.ts defines it).
describe('Upgrading under the reader’s focus: a quiz still loading its bank', () => {
  it('a keyboard reader on the fallback’s link is on the quiz’s title while there is no Start button yet', async () => {
    // A bank that never arrives within the test: the quiz renders, busy, without Start.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async (input, init) => (String(input).includes('held-bank') ? (await held, new Response('[]')) : realFetch(input, init));
    try {
      const {el} = await focusThenUpgrade('red-flag-quiz', 'signpost-red-flag-quiz', () => import('../../src/components/red-flag-quiz/define.js'), (markup) =>
        markup.replace('<signpost-red-flag-quiz ', '<signpost-red-flag-quiz src="/held-bank.json" '),
      );
      expect(el.shadowRoot!.querySelector('button')?.textContent ?? null, 'no Start button while the bank loads').to.equal(null);
      expect(document.activeElement?.localName, 'focus stays in the quiz').to.equal('signpost-red-flag-quiz');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
      expect(focusedControl(el)).to.match(/^div: /);
    } finally {
      release();
      window.fetch = realFetch;
    }
  });
});
