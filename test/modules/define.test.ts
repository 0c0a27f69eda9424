import {expect} from '@open-wc/testing';
import {define, resetDefineWarnings} from '../../src/internal/define.js';
import {captureWarnings} from '../helpers/util.js';

class Old extends HTMLElement {
  static version = '0.0.1';
}
class Same extends HTMLElement {
  static version = '0.1.0';
}

describe('guarded define', () => {
  beforeEach(() => resetDefineWarnings());

  it('defines once; defining the same class again is silent and never throws', async () => {
    const warnings = await captureWarnings(() => {
      expect(define('signpost-test-same', Same)).to.equal(true);
      expect(define('signpost-test-same', Same)).to.equal(false);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('signpost-test-same')).to.equal(Same);
  });

  it('warns once per page when another version already owns a tag', async () => {
    customElements.define('signpost-test-a', Old);
    customElements.define('signpost-test-b', class extends Old {});
    class Newer extends HTMLElement {
      static version = '9.9.9';
    }
    class Newer2 extends HTMLElement {
      static version = '9.9.9';
    }
    const warnings = await captureWarnings(() => {
      expect(define('signpost-test-a', Newer)).to.equal(false);
      expect(define('signpost-test-b', Newer2)).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Signpost 0.0.1').and.to.contain('9.9.9');
    expect(customElements.get('signpost-test-a')).to.equal(Old);
  });

  it('reports a clash instead of throwing', async () => {
    class Anon extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      expect(define('not-valid', Anon)).to.equal(true);
      expect(define('Invalid Name', Anon)).to.equal(false);
    });
    expect(warnings.join()).to.contain('could not define <Invalid Name>');
  });
});
