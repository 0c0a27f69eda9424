import {expect} from '@open-wc/testing';
import {HOTLINES, findCountry} from '../../src/data/hotlines.js';
import type {Phone} from '../../src/data/hotline-types.js';
import {isTimeZone, intervals} from '../../src/hotline/schedule.js';

const REQUIRED = ['US', 'CA', 'GB', 'IE', 'AU', 'MX', 'ES', 'PH', 'TH', 'IN', 'DE', 'FR', 'NL'];
const lines = HOTLINES.flatMap((c) => c.lines.map((l) => ({country: c.country, line: l})));

/** Country calling codes and trunk prefixes of the directory's countries. */
const DIAL: Record<string, [code: string, trunk: string]> = {
  US: ['1', '1'], CA: ['1', '1'], GB: ['44', '0'], IE: ['353', ''], AU: ['61', ''], MX: ['52', ''], ES: ['34', ''],
  PH: ['63', '0'], TH: ['66', '0'], IN: ['91', '0'], DE: ['49', '0'], FR: ['33', '0'], NL: ['31', '0'], AR: ['54', '0'],
};

function phones(country: string, p: Phone | undefined, abroad = false): void {
  if (!p) return;
  const digits = p.display.replace(/\D/g, '');
  if (p.tel.startsWith('+')) {
    expect(p.tel, p.display).to.match(/^\+[1-9]\d{6,14}$/);
    const [code, trunk] = DIAL[country];
    const national = p.tel.slice(1 + code.length);
    // The display is the same number, written nationally (with its trunk prefix) or internationally.
    const ok = p.display.trim().startsWith('+') || abroad ? digits === p.tel.slice(1) : digits === trunk + national || digits === national;
    expect(ok, `${p.tel} shown as ${p.display}`).to.equal(true);
  } else {
    expect(p.tel, p.display).to.match(/^\d{3,8}$/);
    expect(digits).to.equal(p.tel);
  }
}

describe('hotline directory', () => {
  it('covers the required countries, one entry each', () => {
    const codes = HOTLINES.map((c) => c.country);
    for (const code of REQUIRED) expect(codes, code).to.include(code);
    expect(new Set(codes).size).to.equal(codes.length);
    expect(findCountry('gb')!.country).to.equal('GB');
    expect(findCountry('ZZ')).to.equal(undefined);
  });

  it('stores phones as E.164 or short codes, shown as the same digits', () => {
    for (const {country, line} of lines) {
      phones(country, line.phone);
      phones(country, line.phoneAbroad, true);
      phones(country, line.sms?.number, line.sms?.number.display.startsWith('+'));
      if (line.tty && line.tty !== true) phones(country, line.tty);
    }
    expect(findCountry('GB')!.lines[0].phone!.tel).to.equal('+448000121700');
    expect(findCountry('US')!.lines[0].phone!.tel).to.equal('+18883737888');
    // The Irish number, not the typo one official page prints (1800 25 20 25).
    expect(findCountry('IE')!.lines[0].phone!.display).to.equal('1800 25 00 25');
  });

  it('keeps a https source and an ISO verified date on every record', () => {
    for (const {line} of lines) {
      expect(new URL(line.source).protocol, `${line.organisation} ${line.name ?? ''}`).to.equal('https:');
      expect(line.verified, `${line.organisation} ${line.name ?? ''}`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.verified))).to.equal(false);
      for (const url of [line.chat, line.report, line.website]) if (url) expect(new URL(url).protocol).to.equal('https:');
    }
    for (const c of HOTLINES) if (c.emergency) expect(new URL(c.emergencySource!).protocol).to.equal('https:');
  });

  it('has valid schedules in real time zones', () => {
    for (const {line} of lines) {
      if (line.hours && line.hours !== '24/7') {
        expect(isTimeZone(line.hours.timeZone), `${line.organisation} ${line.name ?? ''}`).to.equal(true);
        expect(intervals(line.hours).length, `${line.organisation} ${line.name ?? ''}`).to.be.greaterThan(0);
      }
    }
  });

  it('never offers 116 006 as EU-wide: only where a source shows it runs (DE, FR)', () => {
    const with116006 = lines.filter(({line}) => line.phone?.tel === '116006').map(({country}) => country);
    expect(with116006.sort()).to.deep.equal(['DE', 'FR']);
    expect(JSON.stringify(findCountry('ES'))).not.to.contain('116006');
  });

  it('says which countries have no dedicated line and gives them labelled alternatives', () => {
    const none = HOTLINES.filter((c) => !c.dedicated).map((c) => c.country).sort();
    expect(none).to.include.members(['DE', 'FR', 'IE', 'IN']);
    for (const c of HOTLINES) expect(c.lines.length, c.country).to.be.greaterThan(0);
  });

  it('lists emergency numbers only where a source states them', () => {
    const stated = Object.fromEntries(HOTLINES.filter((c) => c.emergency).map((c) => [c.country, c.emergency]));
    expect(stated).to.deep.equal({US: '911', GB: '999', AU: '000', MX: '911', IN: '112', NL: '112'});
  });
});
