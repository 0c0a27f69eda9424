import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {minuteOfWeek, msToNextMinute, openState, parseTime} from '../../src/hotline/schedule.js';
import type {WeeklyHours} from '../../src/data/hotline-types.js';

const paris: WeeklyHours = {timeZone: 'Europe/Paris', periods: [{days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '19:00'}]};
const bavaria: WeeklyHours = {timeZone: 'Europe/Berlin', periods: [{days: [1, 2, 3, 4, 5], open: '09:00', close: '15:00'}]};
const night: WeeklyHours = {timeZone: 'America/New_York', periods: [{days: [5, 6], open: '22:00', close: '06:00'}]};
const at = (iso: string) => Date.parse(iso);

describe('schedule: open now', () => {
  it('reads the minute of the week in the line’s own time zone', () => {
    // Sunday 29 Nov 2026, 12:00 UTC = 13:00 in Paris (CET), 07:00 in New York (EST), 23:00 in Sydney (AEDT).
    expect(minuteOfWeek(at('2026-11-29T12:00:00Z'), 'Europe/Paris')).to.equal(13 * 60);
    expect(minuteOfWeek(at('2026-11-29T12:00:00Z'), 'America/New_York')).to.equal(7 * 60);
    expect(minuteOfWeek(at('2026-11-29T12:00:00Z'), 'Australia/Sydney')).to.equal(23 * 60);
    expect(minuteOfWeek(at('2026-11-29T12:00:00Z'), 'Not/AZone')).to.be.NaN;
    expect(minuteOfWeek(NaN, 'Europe/Paris'), 'no instant').to.be.NaN;
  });

  it('is open inside the hours and closed outside, at fixed instants', () => {
    expect(openState(paris, at('2026-11-29T07:59:00Z'))).to.deep.equal({phase: 'closed', changesAt: 540, inDays: 0, ahead: 1});
    expect(openState(paris, at('2026-11-29T08:00:00Z'))).to.deep.equal({phase: 'open', changesAt: 1140, ahead: 600});
    expect(openState(paris, at('2026-11-29T17:59:00Z'))).to.deep.equal({phase: 'open', changesAt: 1140, ahead: 1});
    expect(openState(paris, at('2026-11-29T18:00:00Z'))).to.deep.equal({phase: 'closed', changesAt: 540, inDays: 1, ahead: 840});
  });

  it('follows daylight saving time: 09:00 in Paris is 07:00 UTC in summer', () => {
    expect(openState(paris, at('2026-07-01T07:00:00Z')).phase).to.equal('open');
    expect(openState(paris, at('2026-07-01T06:59:00Z')).phase).to.equal('closed');
    // The Sunday of the spring change (29 March 2026): 09:00 CEST = 07:00 UTC.
    expect(openState(paris, at('2026-03-29T07:00:00Z')).phase).to.equal('open');
  });

  it('names the next opening across a weekend (Bavaria, Mon–Fri 9–15)', () => {
    // Friday 27 Nov 2026 15:00 Berlin = 14:00 UTC: closed, opens Monday (3 days ahead).
    expect(openState(bavaria, at('2026-11-27T14:00:00Z'))).to.deep.equal({phase: 'closed', changesAt: 540, inDays: 3, ahead: 3960});
    // Saturday: 2 days ahead; Sunday: tomorrow.
    expect(openState(bavaria, at('2026-11-28T10:00:00Z'))).to.deep.equal({phase: 'closed', changesAt: 540, inDays: 2, ahead: 2760});
    expect(openState(bavaria, at('2026-11-29T10:00:00Z'))).to.deep.equal({phase: 'closed', changesAt: 540, inDays: 1, ahead: 1320});
  });

  it('handles overnight periods that wrap past midnight and past Saturday', () => {
    // Saturday 23:00 New York = Sunday 04:00 UTC: open, closes 06:00.
    expect(openState(night, at('2026-11-29T04:00:00Z'))).to.deep.equal({phase: 'open', changesAt: 360, ahead: 420});
    // Sunday 05:59 New York: still open (Saturday night's period).
    expect(openState(night, at('2026-11-29T10:59:00Z')).phase).to.equal('open');
    expect(openState(night, at('2026-11-29T11:00:00Z'))).to.deep.equal({phase: 'closed', changesAt: 1320, inDays: 5, ahead: 8160});
  });

  it('reports 24/7 and unknown hours as such', () => {
    expect(openState('24/7', 0)).to.deep.equal({phase: 'always'});
    expect(openState(undefined, 0)).to.deep.equal({phase: 'unknown'});
    expect(openState({timeZone: 'Europe/Paris', periods: []}, 0)).to.deep.equal({phase: 'unknown'});
    // A period that opens and closes at the same minute, or cannot be read, never opens: no "opens at 09:00".
    const never: WeeklyHours = {timeZone: 'UTC', periods: [{days: [1], open: '09:00', close: '09:00'}, {days: [2], open: '9h', close: '17:00'}]};
    expect(openState(never, at('2026-11-29T12:00:00Z'))).to.deep.equal({phase: 'unknown'});
    const allDay: WeeklyHours = {timeZone: 'UTC', periods: [{days: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '24:00'}]};
    expect(openState(allDay, at('2026-11-29T12:00:00Z'))).to.deep.equal({phase: 'always'});
  });

  it('parses times strictly', () => {
    expect(parseTime('09:30')).to.equal(570);
    expect(parseTime('24:00')).to.equal(1440);
    for (const bad of ['24:01', '9', '25:00', '09:60', '', 'nine']) expect(parseTime(bad)).to.be.NaN;
  });

  it('property: never throws; open/closed values stay within the day and the week', () => {
    const time = fc.tuple(fc.integer({min: 0, max: 24}), fc.integer({min: 0, max: 59})).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({days: fc.uniqueArray(fc.integer({min: 0, max: 6}), {maxLength: 7}), open: time, close: time}), {maxLength: 4}),
        fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'),
        fc.integer({min: 0, max: 4102444800000}),
        (periods, timeZone, instant) => {
          const state = openState({timeZone, periods}, instant);
          // `ahead`: the line's clock runs that many minutes, more than none and less than a week, to the time named.
          const now = minuteOfWeek(instant, timeZone);
          if (state.phase === 'open') {
            expect(state.changesAt).to.be.within(0, 1439);
            expect(state.ahead).to.be.within(1, 7 * 1440 - 1);
            expect((now + state.ahead) % 1440).to.equal(state.changesAt);
          }
          if (state.phase === 'closed') {
            expect(state.changesAt).to.be.within(0, 1439);
            expect(state.inDays).to.be.within(0, 7);
            expect(state.ahead).to.be.within(1, 7 * 1440);
            expect((now + state.ahead) % 1440).to.equal(state.changesAt);
            expect((((now + state.ahead) / 1440) | 0) - ((now / 1440) | 0)).to.equal(state.inDays);
          }
        },
      ),
      {numRuns: 1000},
    );
  });

  it('re-checks at the next minute boundary', () => {
    expect(msToNextMinute(Date.parse('2026-11-29T08:59:59.900Z'))).to.equal(100);
    expect(msToNextMinute(Date.parse('2026-11-29T09:00:00.000Z'))).to.equal(60000);
  });
});
