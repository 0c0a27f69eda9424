// What a reader's own browser tools do with the card: page translation (HTML's translate attribute)
// and select-and-copy (docs/hotline-card.md, "Translators and copying"). No DOM node in an assertion.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {readmeSnippet, textOf, until} from '../helpers/util.js';

const at = () => Date.parse('2026-12-07T15:00:00Z');

/** The element holding the text node in which `text` occurs (shadow roots not entered), or null. */
function holder(root: Node, text: string): HTMLElement | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.includes(text)) return n.parentElement;
  return null;
}

describe('<signpost-hotline-card> and the reader’s own browser tools', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  // A page translator (the browser's own or an extension that enters open shadow roots) rewrites text
  // it is not told to keep: "Text HELP to 233733" as "Envía AYUDA al 233733", a keyword the service
  // does not answer. A host's translate="no" does not reach into its shadow root (an element there
  // with no translate attribute of its own reports translate true in all three engines).
  it('keeps the SMS keyword and its number from page translation', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="US" .clock=${at}></signpost-hotline-card>`);
    const sms = el.shadowRoot!.querySelector('[part="sms-link"]')!;
    const kept = ['HELP', '233733'].map((text) => `${text}: ${holder(sms, text)?.translate ?? 'absent'}`);
    expect(kept).to.deep.equal(['HELP: false', '233733: false']);
    expect(sms.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Text HELP to 233733');
    // The card's other words still go to the translator.
    expect(holder(el.shadowRoot!, 'Open 24 hours')?.translate ?? 'absent').to.equal(true);
  });

  it('keeps a partner’s keyword from translation in a right-to-left card too, isolated as before', async () => {
    const el = await fixture<SignpostHotlineCard>(
      html`<signpost-hotline-card lang="ar" dir="rtl" line-name="x" line-sms="+15551234567" line-sms-keyword="BEFREE" .clock=${at}></signpost-hotline-card>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part="sms-link"]'));
    const keyword = holder(el.shadowRoot!.querySelector('[part="sms-link"]')!, 'BEFREE');
    expect(keyword ? [keyword.translate, keyword.textContent!.includes('\u2066BEFREE\u2069')] : 'no keyword').to.deep.equal([false, true]);
  });

  // The fallback is what a reader without JavaScript, and every reader until the card upgrades, sees.
  it('the README’s fallback keeps its SMS keyword from translation', async () => {
    const doc = new DOMParser().parseFromString(await readmeSnippet('hotline-card'), 'text/html');
    const card = doc.querySelector('signpost-hotline-card')!;
    document.body.append(doc.adoptNode(card)); // translate is computed in a document with a window
    try {
      expect(holder(card, 'HELP')?.translate ?? 'absent').to.equal(false);
      expect(holder(card, 'Call')?.translate ?? 'absent').to.equal(true);
    } finally {
      card.remove();
    }
  });

  // A reader whose copy failed ("Could not copy. The number is …") selects the card's text and copies
  // it: the visually hidden status region, which spells the digits for screen readers, came with it,
  // "1, 8 8 8, 3 7 3, 7 8 8 8" at the end of what they pasted, and ", National Human Trafficking
  // Hotline" after "Website".
  it('a selection of the whole card after a copy holds no words meant for screen readers only', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="US" .clock=${at}></signpost-hotline-card>`);
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="copy-button"]');
    expect(!!button, 'a copy button (the tests run on localhost: the Clipboard API is there)').to.equal(true);
    button!.click();
    await until(() => !!root.querySelector('[role="status"]')!.textContent!.trim());
    // What the selection must leave out is there: the status's spelled digits, the link's hidden words.
    expect(root.querySelector('[role="status"]')!.textContent).to.contain('1, 8 8 8, 3 7 3, 7 8 8 8');
    expect(textOf(el)).to.contain('Website, National Human Trafficking Hotline');
    const selection = document.getSelection()!;
    selection.selectAllChildren(root.querySelector('section')!);
    const copied = selection.toString();
    expect(copied, 'what the reader copies').to.not.contain('8 8 8');
    expect(copied).to.not.contain('Website, ');
    expect(copied).to.contain('1-888-373-7888');
  });
});
