import {expect} from '@open-wc/testing';
import {loadFrame, until} from '../helpers/util.js';

// Get the code, card with its `quick-exit` option ticked: what a reader without JavaScript (a wrong
// integrity after an update, script blocked) or before the script arrives gets from the snippet.

/** The card's fallback links in the snippet, as a page with scripting off shows them ("href target"). */
async function fallbackLinks(doc: Document, words: string): Promise<string[]> {
  const snippet = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
  await until(() => snippet.dataset.fallback === 'card' && snippet.value.includes(' quick-exit') && snippet.value.includes(`>${words}</a>`), 8000).catch(() => {});
  const card = new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('signpost-hotline-card')!;
  expect(card.hasAttribute('quick-exit'), 'the card has quick-exit').to.equal(true);
  return [...card.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.getAttribute('target') ?? ''} ${a.textContent}`.trim());
}

describe('Get the code, hotline card with quick-exit', () => {
  it('the snippet’s fallback offers the exit the partner asked for, in the card’s language', async function () {
    this.timeout(30000);
    const frame = await loadFrame('/demo/get-the-code.html?widget=hotline-card', 'width: 1000px; height: 1200px; border: 0');
    const doc = frame.contentDocument!;
    try {
      await until(() => !!doc.querySelector('[data-kind="attributes"][name="quick-exit"]'), 8000);
      const box = doc.querySelector<HTMLInputElement>('[data-kind="attributes"][name="quick-exit"]')!;
      box.checked = true;
      box.dispatchEvent(new Event('change', {bubbles: true}));
      let links = await fallbackLinks(doc, 'Exit this page');
      expect(links.includes('https://www.wikipedia.org/ _self Exit this page'), `fallback links: ${links.join(' | ')}`).to.equal(true);
      const language = doc.querySelector<HTMLSelectElement>('#language')!;
      language.value = 'es';
      language.dispatchEvent(new Event('change', {bubbles: true}));
      links = await fallbackLinks(doc, 'Salir de esta página');
      expect(links.includes('https://www.wikipedia.org/ _self Salir de esta página'), `fallback links (es): ${links.join(' | ')}`).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
