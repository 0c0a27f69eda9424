import {expect} from '@open-wc/testing';
import {focusThenUpgrade, focusedControl} from '../helpers/upgrade.js';

// (Each widget once per page: it must not be defined yet. A card with no country and a quiz loading its
// bank are in upgrade-focus-*.test.ts; the quick exit's cases, with Enter, in test/quick-exit/.)

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

  it('news ticker: from a story of the fallback’s list to the ticker’s first control (one story: its link)', async () => {
    const {el} = await focusThenUpgrade('news-ticker', 'signpost-news-ticker', () => import('../../src/components/news-ticker/define.js'));
    expect(document.activeElement?.localName, 'focus stays in the ticker').to.equal('signpost-news-ticker');
    expect(focusedControl(el)).to.equal('a: Volunteers trained to spot the signs');
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
    expect(el.shadowRoot!.activeElement?.localName ?? null, 'nothing in the banner took it').to.equal(null);
  });
});
