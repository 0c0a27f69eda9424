import {expect, fixture, html} from '@open-wc/testing';
import {readmeSnippet} from '../helpers/util.js';

// (The quick exit's own cases, with Enter, are in test/quick-exit/upgrade-focus*.test.ts. The news
// ticker does not keep it yet: docs/news-ticker.md, known limits.)

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * What a partner copies from the README, not yet upgraded, with focus on the link of its fallback
 * (the script still on its way); then the element is defined. Returns the element and the link.
 */
async function focusThenUpgrade(snippet: string, tag: string, define: () => Promise<unknown>, edit = (markup: string) => markup) {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = edit((await readmeSnippet(snippet)).replace(/<script[^>]*><\/script>/, ''));
  const el = wrap.querySelector<Widget>(tag)!;
  expect(customElements.get(tag), `${tag} is not defined yet`).to.equal(undefined);
  const link = el.querySelector('a')!;
  link.focus();
  expect(document.activeElement === link, 'the fallback link has focus').to.equal(true);
  await define();
  await el.updateComplete;
  // A frame later: where the browser has put focus once the fallback is no longer drawn.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return {el, link};
}

/** The focused element inside `el`'s shadow root, by what a reader would hear (names, not elements: chai prints whole elements). */
const focusedControl = (el: Widget) => {
  const control = el.shadowRoot!.activeElement;
  // (Phone numbers carry zero-width spaces where they may wrap.)
  return control && `${control.localName}: ${control.textContent!.replace(/\u200b/g, '').trim().replace(/\s+/g, ' ')}`;
};

describe('Upgrading under the reader’s focus: a keyboard reader on the fallback stays in the widget', () => {
  it('hotline card: from the fallback’s call link to the card’s call link', async () => {
    const {el} = await focusThenUpgrade('hotline-card', 'signpost-hotline-card', () => import('../../src/components/hotline-card/define.js'));
    expect(document.activeElement?.localName, 'focus stays in the card').to.equal('signpost-hotline-card');
    expect(focusedControl(el)).to.equal('a: Call 1-888-373-7888');
  });

  it('quiz: from the fallback’s source link to the Start button', async () => {
    const {el} = await focusThenUpgrade('red-flag-quiz', 'signpost-red-flag-quiz', () => import('../../src/components/red-flag-quiz/define.js'));
    expect(document.activeElement?.localName, 'focus stays in the quiz').to.equal('signpost-red-flag-quiz');
    expect(focusedControl(el)).to.match(/^button: Start/);
  });

  it('banner: a link in the partner’s own message, still shown by the widget, keeps focus', async () => {
    const {el, link} = await focusThenUpgrade('campaign-banner', 'signpost-campaign-banner', () => import('../../src/components/campaign-banner/define.js'), (markup) =>
      markup.replace(
        /<signpost-campaign-banner campaign="world-day"([^>]*)><\/signpost-campaign-banner>/,
        '<signpost-campaign-banner heading="Know the signs"$1><p>Read <a href="/guide">our guide</a> first.</p></signpost-campaign-banner>',
      ),
    );
    expect(el.shadowRoot!.querySelector('[part="message"] slot'), 'the message is shown through the slot').to.not.equal(null);
    expect(document.activeElement === link, 'the partner’s link still has focus').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'nothing in the banner took it').to.equal(null);
  });
});
