import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {safeUrl} from '../../src/internal/safe-url.js';
import {anyText} from '../helpers/text.js';

describe('safeUrl', () => {
  it('keeps http(s) links, re-serialised', () => {
    expect(safeUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeUrl('/relative', 'https://partner.example/page')).to.equal('https://partner.example/relative');
    expect(safeUrl('  https://example.org  ')).to.equal('https://example.org/');
  });

  it('keeps a link of up to 2,048 characters, not one longer; with no base (null), absolute links only', () => {
    const long = `https://example.org/${'a'.repeat(2048 - 20)}`;
    expect(long.length).to.equal(2048);
    expect(safeUrl(long)).to.equal(long);
    expect(safeUrl(`${long}a`)).to.equal(null);
    expect(safeUrl('https://example.org/x', null)).to.equal('https://example.org/x');
    expect(safeUrl('/x', null)).to.equal(null);
  });

  it('resolves a relative link against the page’s <base href>, as the page’s own links do', () => {
    const base = document.createElement('base');
    base.href = 'https://partner.example/news/';
    document.head.prepend(base);
    try {
      expect(safeUrl('story-1')).to.equal('https://partner.example/news/story-1');
    } finally {
      base.remove();
    }
  });

  it('refuses dangerous and malformed links', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\u0000script:x', 'data:text/html,<script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:https://x/1', '', 'http://', 42, null]) {
      expect(safeUrl(bad, 'https://partner.example/'), String(bad)).to.equal(null);
    }
    expect(safeUrl('tel:+15555550100')).to.equal(null);
    expect(safeUrl('tel:+15555550100', undefined, ['tel:'])).to.equal('tel:+15555550100');
  });

  it('refuses a link with a user name or password, which can pass for another site (https://gov.uk@evil.example/)', () => {
    for (const bad of ['https://www.gov.uk@evil.example/', 'https://user:pass@example.org/', 'https://:secret@example.org/', 'http://a@b', '//gov.uk@evil.example/x']) {
      expect(safeUrl(bad, 'https://partner.example/'), bad).to.equal(null);
    }
    // An @ in the path or query is not a user name.
    expect(safeUrl('https://example.org/@campaign?by=a@b')).to.equal('https://example.org/@campaign?by=a@b');
  });

  it('property: whatever the input, the result is null or an http(s) URL', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.webUrl({authoritySettings: {withUserInfo: true}}), fc.webUrl(), fc.constantFrom('javascript:', 'data:', 'JAVASCRIPT:')).chain((s) => fc.tuple(fc.constant(s), anyText())), ([a, b]) => {
        const out = safeUrl(a + b, 'https://partner.example/');
        if (out === null) return;
        const url = new URL(out);
        expect(['http:', 'https:']).to.include(url.protocol);
        expect(url.username + url.password, out).to.equal('');
      }),
      {numRuns: 1000},
    );
  });

  it('property: every http(s) URL without a user name is kept, as the browser writes it (a check that refused all would fail here)', () => {
    fc.assert(
      fc.property(fc.webUrl({withQueryParameters: true, withFragments: true}), (url) => {
        expect(safeUrl(url, 'https://partner.example/'), url).to.equal(new URL(url).href);
      }),
      {numRuns: 1000},
    );
  });
});
