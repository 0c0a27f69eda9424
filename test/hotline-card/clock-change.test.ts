import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$} from '../helpers/util.js';

const WEEK = 7 * 1440;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The wall clock of `tz` at `t`: weekday (0 = Sunday), minute of the day, and its calendar day as a number. */
/** One formatter per zone: the search below reads some 70,000 instants. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const wall = (tz: string, t: number) => {
  let format = formatters.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {timeZone: tz, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23'});
    formatters.set(tz, format);
  }
  const p = Object.fromEntries(
    format
      .formatToParts(t)
      .map((x) => [x.type, x.value]),
  );
  const day = DAYS.indexOf(p.weekday);
  const minute = (+p.hour % 24) * 60 + +p.minute;
  return {day, minute, week: day * 1440 + minute, date: Date.UTC(+p.year, +p.month - 1, +p.day) / 864e5};
};
/** The reader's calendar day at `t` (the browser's zone). */
const readerDate = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 864e5;
};
const hhmm = (m: number) => `${String((m / 60) | 0).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('<signpost-hotline-card> across a change of the line’s clocks', () => {
  /**
   * Configurations (line zone, now, opening T) where the line's clocks change between now and the
   * opening, and where the reader's day at T differs from the reader's day an hour (the change) away
   * from T: "today"/"tomorrow" must follow the reader's day at the real opening, T.
   */
  const find = () => {
    const found: Array<{tz: string; now: number; open: number; hours: string; want: string; wrong: string}> = [];
    for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago']) {
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 36e5) {
        const shift = ((wall(tz, t + 36e5).week - wall(tz, t).week + WEEK) % WEEK) - 60; // +60 spring, −60 autumn
        if (!shift) continue;
        const change = t + 36e5;
        // Openings 2 to 22 hours after the change, and instants before it, up to 30 hours before the opening.
        for (let open = change + 2 * 36e5; open < change + 22 * 36e5; open += 30 * 6e4) {
          for (let now = open - 30 * 36e5; now < change - 30 * 6e4; now += 30 * 6e4) {
            const w = wall(tz, now);
            const o = wall(tz, open);
            const days = o.date - w.date;
            if (days > 1) continue;
            const reader = readerDate(open) - readerDate(now);
            // The instant the card takes for the opening: now + the minutes the line's clock runs to it.
            const then = now + ((o.week - w.week + WEEK) % WEEK) * 6e4;
            const approx = readerDate(then) - readerDate(now);
            const word = (d: number) => (d === days ? (days ? 'tomorrow' : 'today') : LONG[o.day]);
            if (word(reader) === word(approx)) continue;
            const hours = `${DAYS[o.day].slice(0, 2)} ${hhmm(o.minute)}-${hhmm((o.minute + 30) % 1440)}`;
            found.push({tz, now, open, hours, want: word(reader), wrong: word(approx)});
            break;
          }
          if (found.length && found.at(-1)!.tz === tz) break;
        }
        if (found.length && found.at(-1)!.tz === tz) break;
      }
    }
    return found;
  };

  it('says "today" / "tomorrow" by the reader’s day at the real opening, not an hour off it', async () => {
    const cases = find();
    if (!cases.length) throw new Error('no case for this reader zone');
    const seen: string[] = [];
    for (const c of cases) {
      const el = await fixture<SignpostHotlineCard>(
        html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours=${c.hours} line-time-zone=${c.tz} .clock=${() => c.now}></signpost-hotline-card>`,
      );
      const status = $(el, '[part="hours"]').textContent!.replace(/\s+/g, ' ').trim();
      seen.push(`${c.tz} now=${new Date(c.now).toISOString()} opens=${new Date(c.open).toISOString()} ${c.hours}: "${status}" (want ${c.want})`);
    }
    expect(seen.filter((s, i) => !s.includes(`opens ${cases[i].want} at`)), seen.join('\n')).to.deep.equal([]);
  });
});
