import {expect, fixture, html} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

// A page of its own: the element must not be defined yet (test/quick-exit/upgrade-focus.test.ts defines it).
describe('<signpost-quick-exit> upgrading under the reader’s focus, in the partner’s explanation', () => {
  it('a keyboard reader on a link of the partner’s explanation (hidden in the closed "What this button does" once upgraded) is on the button', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = (await readmeSnippet('quick-exit'))
      .replace(/<script[^>]*><\/script>/, '')
      .replace('</signpost-quick-exit>', '<p slot="explanation">Read <a href="/safety">our safety advice</a>.</p></signpost-quick-exit>');
    const el = wrap.querySelector('signpost-quick-exit')! as HTMLElement & {updateComplete: Promise<unknown>};
    expect(customElements.get('signpost-quick-exit')).to.equal(undefined);
    const link = el.querySelector<HTMLElement>('[slot] a')!;
    link.focus();
    expect(document.activeElement === link, 'the explanation’s link has focus').to.equal(true);
    await import('../../src/components/quick-exit/define.js');
    await el.updateComplete;
    // A frame later: where the browser has put focus once the link is no longer drawn.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.shadowRoot!.querySelector('details')!.open, 'the explanation is closed').to.equal(false);
    expect(document.activeElement?.localName, 'focus stays in the quick exit').to.equal('signpost-quick-exit');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button');
  });
});
