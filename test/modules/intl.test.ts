import {expect} from '@open-wc/testing';
import {intl} from '../../src/internal/intl.js';

describe('intl (formatters built once)', () => {
  it('reuses a formatter for the same kind, locale and options, and builds another when any differs', () => {
    const time = (locale: string, options: Intl.DateTimeFormatOptions) => intl(Intl.DateTimeFormat, locale, options);
    const a = time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'});
    expect(time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'})).to.equal(a);
    expect(time('fr', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'})).to.not.equal(a);
    expect(time('en-GB', {hour: 'numeric', minute: 'numeric', timeZone: 'UTC'})).to.not.equal(a);
    expect(time('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Manila'})).to.not.equal(a);
    expect(intl(Intl.NumberFormat, 'en-GB', {})).to.not.equal(intl(Intl.PluralRules, 'en-GB', {}));
  });

  it('works on a page whose old library replaced JSON (MooTools 1.2 had no stringify)', () => {
    const json = globalThis.JSON;
    let name: string;
    try {
      (globalThis as {JSON: unknown}).JSON = {};
      name = intl(Intl.DisplayNames, 'es', {type: 'region' as const}).of('MX')!;
    } finally {
      globalThis.JSON = json;
    }
    expect(name).to.equal('México');
  });
});
