import {expect} from '@open-wc/testing';
import {loadFrame, markupOf, until} from '../helpers/util.js';

// The WordPress recipe (docs/frameworks.md, snippet:wordpress) inside a page shaped like a block
// theme's post, served by test/server.js with the CDN files under /wp-content/uploads/.
async function open(as: 'admin' | 'author' | 'blocked'): Promise<Document> {
  return (await loadFrame(`/test-server/wordpress?as=${as}`, 'width: 390px; height: 1200px; border: 0')).contentDocument!;
}

const after = (doc: Document) => [...doc.querySelectorAll('.entry-content p')].at(-1)! as HTMLElement;

describe('WordPress: the Custom HTML block recipe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('as an administrator saves it: the card upgrades in the theme, in the space the snippet reserved', async () => {
    const doc = await open('admin');
    const card = doc.querySelector('signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
    await until(() => !!card.shadowRoot?.querySelector('[part="call-link"]'));
    await card.updateComplete;
    const call = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+18883737888');
    expect(call.getBoundingClientRect().height).to.be.greaterThan(20);
    // No layout shift: the paragraph after the block sits where it sits when the script never runs.
    const upgraded = after(doc).getBoundingClientRect().top;
    const plain = await open('blocked');
    expect(markupOf(plain.querySelector('signpost-hotline-card')!.shadowRoot)).to.equal(null);
    expect(after(plain).getBoundingClientRect().top).to.equal(upgraded);
  });

  it('as an author’s post is filtered (no script, style or unknown element): the hotline link remains', async () => {
    const doc = await open('author');
    expect(markupOf(doc.querySelector('script, signpost-hotline-card'))).to.equal(null);
    const link = doc.querySelector<HTMLAnchorElement>('.entry-content a[href="tel:+18883737888"]')!;
    expect(link.textContent).to.equal('Call 1-888-373-7888');
    const box = link.getBoundingClientRect();
    expect(box.width * box.height).to.be.greaterThan(0);
    expect(doc.querySelector('.entry-content h2')!.textContent).to.equal('National Human Trafficking Hotline');
  });
});
