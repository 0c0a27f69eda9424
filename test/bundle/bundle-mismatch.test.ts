import {expect} from '@open-wc/testing';
import {loadBundleTwice} from '../helpers/util.js';

describe('two versions on one page', () => {
  it('keeps the first definition and warns, without throwing', async () => {
    class OlderCard extends HTMLElement {
      static version = '0.0.1-older';
    }
    customElements.define('signpost-hotline-card', OlderCard);
    const {errors, warnings} = await loadBundleTwice();
    expect(errors).to.deep.equal([]);
    expect(customElements.get('signpost-hotline-card')).to.equal(OlderCard);
    // Each loaded copy warns once at most, whatever the number of tags; never an exception.
    expect(warnings.length).to.equal(2);
    for (const w of warnings) expect(w).to.contain('already defined by Signpost 0.0.1-older');
  });
});
