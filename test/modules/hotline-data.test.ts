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
    // A short code, or Australia's 13, 1300 or 1800 numbers: they cannot be dialled from abroad, and
    // are dialled at home as written (libphonenumber's noInternationalDialling ranges for AU).
    expect(p.tel, p.display).to.match(country == 'AU' ? /^(\d{3,8}|1[38]00\d{6})$/ : /^\d{3,8}$/);
    expect(digits).to.equal(p.tel);
  }
  // Never one of those in the international form, which a phone at home may not put through.
  expect(p.tel, p.display).not.to.match(/^\+61(13|1[38]00)/);
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

  it('holds every number exactly as the research file (shared/reference/domain.md §3) gives it', () => {
    // Copied by hand from domain.md's table, not from the data: a number changed in the data fails here.
    // Each line: organisation, then "phone tel | display", and where present abroad:, sms:, WhatsApp, tty:.
    const n = (p: Phone | undefined) => (p ? `${p.tel} | ${p.display}` : undefined);
    const held = HOTLINES.map((c) => [
      c.country,
      c.lines.map((l) =>
        [
          l.organisation,
          n(l.phone),
          l.phoneAbroad && `abroad: ${n(l.phoneAbroad)}`,
          l.sms && `sms: ${n(l.sms.number)}${l.sms.keyword ? ` keyword ${l.sms.keyword}` : ''}`,
          l.whatsapp && 'whatsapp on the same number',
          l.tty && `tty: ${l.tty === true ? 'on the main number' : n(l.tty)}`,
        ].filter(Boolean),
      ),
    ]);
    expect(held).to.deep.equal([
      ['US', [
        ['Polaris', '+18883737888 | 1-888-373-7888', 'sms: 233733 | 233733 keyword HELP', 'tty: 711 | 711'],
        ['U.S. Immigration and Customs Enforcement', '+18663472423 | 1-866-347-2423', 'abroad: +18028726199 | +1-802-872-6199'],
      ]],
      ['CA', [['Canadian Centre to End Human Trafficking', '+18339001010 | 1-833-900-1010', 'tty: on the main number']]],
      ['GB', [
        ['Unseen', '+448000121700 | 08000 121 700'],
        ['Crimestoppers', '+44800555111 | 0800 555 111'],
        ['Police (non-emergency)', '101 | 101', 'tty: 18001101 | 18001 101'],
      ]],
      ['IE', [['An Garda Síochána', '+3531800250025 | 1800 25 00 25']]],
      ['AU', [
        ['Australian Federal Police', '131237 | 131 237'],
        ['Crime Stoppers', '1800333000 | 1800 333 000'],
      ]],
      ['MX', [
        ['Consejo Ciudadano de la Ciudad de México', '+528005533000 | 800 5533 000', 'whatsapp on the same number'],
        ['Denuncia anónima 089', '089 | 089'],
      ]],
      ['ES', [['Policía Nacional', '+34900105090 | 900 10 50 90']]],
      ['PH', [['IACAT / CFO', '1343 | 1343']]],
      ['TH', [
        ['Ministry of Social Development and Human Security', '1300 | 1300'],
        ['Ministry of Social Development and Human Security', '+66991301300 | +66 99 130 1300', 'sms: +66991301300 | +66 99 130 1300'],
      ]],
      ['IN', [
        ["Women's Helpline", '181 | 181'],
        ["Women's Helpline", '1091 | 1091'],
      ]],
      ['DE', [
        ['Hilfetelefon Gewalt gegen Frauen', '116016 | 116 016'],
        ['Weisser Ring', '116006 | 116 006'],
        ['Bavarian Anti-Trafficking HELPline', '+498009876548 | 0800 987 654 8'],
      ]],
      ['FR', [
        ['France Victimes', '116006 | 116 006', 'abroad: +33180523376 | +33 1 80 52 33 76'],
        ['119', '119 | 119'],
        ["Comité contre l'esclavage moderne (CCEM)", '+33144528890 | 01 44 52 88 90'],
      ]],
      ['NL', [
        ['Politie', '+319008844 | 0900 8844'],
        ['Meld Misdaad Anoniem', '+318007000 | 0800 7000'],
        ['Nederlandse Arbeidsinspectie', '+318005151 | 0800 5151', 'abroad: +31703334444 | +31 70 333 44 44'],
        ['Slachtofferhulp Nederland', '+319000101 | 0900-0101'],
      ]],
      ['AR', [['Ministerio de Justicia', '145 | 145']]],
    ]);
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

  it('gives no empty language list (the card reads a text or chat list by its presence alone)', () => {
    for (const {country, line} of lines) {
      for (const list of [line.languages?.phone, line.languages?.text, line.languages?.chat]) {
        if (list) expect(list.length, `${country}: ${line.organisation}`).to.be.greaterThan(0);
      }
    }
  });

  it('lists emergency numbers only where a source states them', () => {
    const stated = Object.fromEntries(HOTLINES.filter((c) => c.emergency).map((c) => [c.country, c.emergency]));
    expect(stated).to.deep.equal({US: '911', GB: '999', AU: '000', MX: '911', IN: '112', NL: '112'});
  });
});
