import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';

// The CDN files leave out parts of Lit that Signpost's own templates never use (vite.config.ts,
// LIT_UNUSED). A partner's subclass renders its templates through that Lit: what Lit code commonly
// writes must still bind each value to its own place.
describe('dist/cdn/signpost.js: a partner subclass renders its own templates', () => {
  it('binds element directives (ref), attributes, properties, events and text, each to its place', async () => {
    const cdn = await import(new URL('/dist/cdn/signpost.js', location.href).href);
    // The partner's own Lit, a production build as a CDN serves it (the tests' Lit is in dev mode,
    // whose directives only a dev-mode Lit runs).
    const {html} = await import(new URL('/node_modules/lit-html/lit-html.js', location.href).href);
    const {ref} = await import(new URL('/node_modules/lit-html/directives/ref.js', location.href).href);
    let referenced: Element | undefined;
    let clicks = 0;
    class PartnerNote extends (cdn.SignpostElement as typeof HTMLElement & {new (): HTMLElement}) {
      render() {
        return html`<p ${ref((el: Element) => (referenced = el))} title=${'note'}>${'Read this'}</p>
          <button .value=${'v'} @click=${() => clicks++}>${'Go'}</button>
          <span class="x ${'y'}">${'after'}</span>`;
      }
    }
    customElements.define('partner-note-subclass', PartnerNote);
    const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(fixtureHtml`<partner-note-subclass></partner-note-subclass>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const p = root.querySelector('p')!;
    expect(referenced, 'ref gets the element it is on').to.equal(p);
    expect(p.title).to.equal('note');
    expect(p.textContent).to.equal('Read this');
    const button = root.querySelector('button')!;
    expect(button.value).to.equal('v');
    button.click();
    expect(clicks).to.equal(1);
    expect(button.textContent).to.equal('Go');
    expect(root.querySelector('span')!.className).to.equal('x y');
    expect(root.querySelector('span')!.textContent).to.equal('after');
  });
});
