import {expect, fixtureSync, html} from '@open-wc/testing';
import '../../src/components/campaign-banner/define.js';
import {setLocaleLoader} from '../../src/i18n/registry.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';

// While the banner waits for its language file (at most 3 s, on the CDN bundle), the partner's light
// DOM shows as it did before the element upgraded: the heading in its slot too, not only the message.
// A file of its own: the language loader below (as the CDN bundle installs one) stays for the page once set.
describe('<signpost-campaign-banner> while its language file loads', () => {
  it("keeps the partner's slotted heading in view, then renders it once, in its place", async () => {
    // One load, as the CDN bundle's loader does; it arrives when the test says so.
    let arrive!: () => void;
    const load = new Promise<void>((resolve) => (arrive = resolve));
    setLocaleLoader(() => load);
    const el = fixtureSync<SignpostCampaignBanner>(html`<signpost-campaign-banner lang="de">
      <strong slot="heading">Unser Titel</strong><p>Unsere Botschaft.</p></signpost-campaign-banner>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.hasUpdated, 'still waiting for the file').to.equal(false);
    const heading = el.querySelector('strong')!;
    const message = el.querySelector('p')!;
    expect(heading.assignedSlot, 'the heading has a slot').not.to.equal(null);
    expect(heading.getBoundingClientRect().height, 'the heading shows').to.be.greaterThan(0);
    expect(message.getBoundingClientRect().height, 'the message shows').to.be.greaterThan(0);
    // Heading above the message, as written.
    expect(heading.getBoundingClientRect().top).to.be.lessThan(message.getBoundingClientRect().top);
    arrive();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    const slots = el.shadowRoot!.querySelectorAll('slot[name="heading"]');
    expect(slots, 'one heading slot: the rendered one').to.have.length(1);
    expect(heading.assignedSlot).to.equal(slots[0]);
    expect(heading.assignedSlot!.closest('[part="heading"]')).not.to.equal(null);
  });
});
