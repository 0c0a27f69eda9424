import {expect} from '@open-wc/testing';
import {define, resetDefineWarnings} from '../../src/internal/define.js';
import {captureWarnings} from '../helpers/util.js';

/** A new element class of a Signpost `version`: each call another class, as each copy of the bundle defines its own. */
const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };
const Old = versioned('0.0.1');
const Same = versioned('0.1.0');

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
    const [Newer, Newer2] = [versioned('9.9.9'), versioned('9.9.9')];
    const warnings = await captureWarnings(() => {
      expect(define('signpost-test-a', Newer)).to.equal(false);
      expect(define('signpost-test-b', Newer2)).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Signpost 0.0.1').and.to.contain('9.9.9');
    expect(customElements.get('signpost-test-a')).to.equal(Old);
  });

  it('a second copy of the same version (the bundle loaded twice) is silent', async () => {
    const [First, Again] = [versioned('0.1.0'), versioned('0.1.0')];
    const warnings = await captureWarnings(() => {
      expect(define('signpost-test-again', First)).to.equal(true);
      expect(define('signpost-test-again', Again)).to.equal(false);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('signpost-test-again')).to.equal(First);
  });

  it('without custom elements (an old engine, a server render) defines nothing and never throws', () => {
    // Where the page's own customElements is (the window itself, or its prototype), put back as it was.
    const holder = Object.hasOwn(globalThis, 'customElements') ? globalThis : Object.getPrototypeOf(globalThis);
    const real = Object.getOwnPropertyDescriptor(holder, 'customElements')!;
    Object.defineProperty(globalThis, 'customElements', {value: undefined, configurable: true});
    try {
      expect(define('signpost-test-none', Same)).to.equal(false);
    } finally {
      if (holder !== globalThis) delete (globalThis as {customElements?: unknown}).customElements;
      Object.defineProperty(holder, 'customElements', real);
    }
    expect(customElements.get('signpost-test-none')).to.equal(undefined);
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
