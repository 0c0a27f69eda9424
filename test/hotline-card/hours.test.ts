import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/es.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, at, withFakeWaits, readerDays, textOf, until} from '../helpers/util.js';

describe('<signpost-hotline-card> hours', () => {
  /** The wall clock in `tz` at instant `t`: its weekday, hour and minute. */
  const wall = (tz: string, t: number) => new Date(t).toLocaleString('en-US', {timeZone: tz, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23'});
  /** The hours status ("Closed, opens …") a partner line with `hours` in `zone` shows at `instant`. */
  const lineStatus = async (hours: string, zone: string, instant: number) =>
    textOf(
      $(
        await fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours=${hours} line-time-zone=${zone} .clock=${() => instant}></signpost-hotline-card>`),
        '[part="hours"]',
      ),
    );

  it('says "closed — opens …" in the line’s own time zone, whatever the reader’s', async () => {
    // Saturday 28 Nov 2026, 10:00 UTC: the Bavarian line (Mon–Fri 9–15, Berlin) is closed until Monday.
    const el = await fixture<SignpostHotlineCard>(
      html`<signpost-hotline-card country="DE" .clock=${at('2026-11-28T10:00:00Z')}></signpost-hotline-card>`,
    );
    $(el, 'details').setAttribute('open', '');
    const bavaria = $(el, '.other:last-of-type');
    expect(bavaria.textContent).to.contain('Bavarian Anti-Trafficking HELPline');
    expect(bavaria.querySelector('[part="hours"]')!.textContent).to.contain('Closed, opens Monday at 9:00 AM');
    expect(bavaria.textContent!.replace(/\s+/g, ' ')).to.match(/Hours: Mon–Fri 9:00 AM–3:00 PM \(.+\)/);
    el.clock = at('2026-11-30T08:00:00Z'); // Monday 09:00 in Berlin
    await el.updateComplete;
    expect(bavaria.querySelector('[part="hours"]')!.textContent).to.contain('Open now, closes at 3:00 PM');
  });

  it('lists a partner line’s weekend that runs into Monday as one range, from Saturday', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours="Sa-Mo 10:00-12:00" line-time-zone="UTC" .clock=${at('2026-12-02T15:00:00Z')}></signpost-hotline-card>`);
    expect(textOf(el)).to.contain('Sat–Mon 10:00 AM–12:00 PM');
  });

  it('names a line’s time zone as it is now, not as it was in 1970 (Cancún: Eastern, not CST; Detroit: summer time in summer)', async () => {
    const line = (tz: string, when: string) =>
      fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours="Mo-Fr 09:00-17:00" line-time-zone=${tz} .clock=${at(when)}></signpost-hotline-card>`);
    const zone = async (tz: string, when: string) => $(await line(tz, when), '.detail').textContent!.replace(/\s+/g, ' ').match(/\((.+)\)/)![1];
    // CLDR's short names: Cancún (Eastern since 2015) has no generic name, so its standard one; Detroit's
    // generic "ET" (1970: "EST" all year, also in July).
    expect(await zone('America/Cancun', '2026-12-02T15:00:00Z')).to.equal('EST');
    expect(await zone('America/Detroit', '2026-07-01T15:00:00Z')).to.equal('ET');
  });

  it('uses the line’s zone at the same instant for lines in different zones', async () => {
    const instant = at('2026-11-29T07:30:00Z'); // 08:30 in Paris
    const fr = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="FR" .clock=${instant}></signpost-hotline-card>`);
    // It opens at 9:00 in Paris (08:00 UTC), the line's same day: "today", except for a reader for whom
    // 08:00 UTC is another day than 07:30 UTC (UTC−8, Los Angeles in winter: 23:30 Saturday, then
    // midnight), who hears the line's weekday.
    const frToday = readerDays('2026-11-29T07:30:00Z', '2026-11-29T08:00:00Z') === 0;
    expect($(fr, '[part="hours"]').textContent).to.contain(frToday ? 'Closed, opens today at 9:00 AM' : 'Closed, opens Sunday at 9:00 AM');
    const custom = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card
      line-name="Partner line" line-phone="+15555550100" line-hours="Su 02:00-04:00" line-time-zone="America/Los_Angeles"
      .clock=${instant}></signpost-hotline-card>`);
    // 07:30 UTC = 23:30 Saturday in Los Angeles: opens tomorrow (Sunday) at 02:00, which is 10:00 UTC. A reader
    // for whom that is another day too hears "tomorrow"; one for whom it is the same day (in UTC, say) hears "Sunday".
    const sameDay = readerDays('2026-11-29T07:30:00Z', '2026-11-29T10:00:00Z') === 0;
    expect($(custom, '[part="hours"]').textContent).to.contain(sameDay ? 'Closed, opens Sunday at 2:00 AM' : 'Closed, opens tomorrow at 2:00 AM');
  });

  it('tells a reader whose clock reads otherwise whose time "closes at" is; a reader in the line’s zone gets the time alone', async () => {
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const instant = at('2026-11-30T17:30:00Z');
    // A zone whose wall clock differs from the reader's at this instant (Kiritimati is UTC+14, Adak UTC−10).
    const far = wall('Pacific/Kiritimati', instant()) !== wall(mine, instant()) ? 'Pacific/Kiritimati' : 'America/Adak';
    const line = (tz: string) =>
      fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours="Mo-Su 00:00-23:00" line-time-zone=${tz} .clock=${instant}></signpost-hotline-card>`);
    const away = await line(far);
    const status = $(away, '[part="hours"]').textContent!.replace(/\s+/g, ' ').trim();
    const zone = $(away, '.detail').textContent!.replace(/\s+/g, ' ').match(/\((.+)\)/)![1];
    expect(status).to.match(new RegExp(`^(Open now, closes at|Closed, opens (today|tomorrow) at) \\d{1,2}:00 [AP]M \\(${zone.replace(/[+]/g, '\\+')}\\)$`));
    // In the reader's own zone: no zone after the time (the hours line still names it).
    const home = await line(mine);
    expect($(home, '[part="hours"]').textContent!.replace(/\s+/g, ' ').trim()).to.match(/^(Open now, closes at|Closed, opens (today|tomorrow) at) \d{1,2}:00 [AP]M$/);
  });

  it('names the zone by the clocks at the time named: a change of clocks on the way counts, the reader’s clock now does not', async () => {
    // A Saturday noon (UTC) and the Monday noon after it, and a line zone whose clock agrees with the
    // reader's at one of the two and not at the other: one of the two zones changes its clocks that
    // weekend (in UTC: London in March and October). Found for whatever zone the browser runs in.
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zones = ['Europe/London', 'Europe/Paris', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Tokyo'];
    for (let h = -12; h <= 14; h++) zones.push(h ? `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}` : 'Etc/GMT');
    const find = (agreeFirst: boolean) => {
      for (let sat = Date.parse('2026-01-03T12:00:00Z'); sat < Date.parse('2027-01-01'); sat += 7 * 864e5) {
        const mon = sat + 2 * 864e5;
        for (const tz of zones) if ((wall(tz, sat) == wall(mine, sat)) == agreeFirst && (wall(tz, mon) == wall(mine, mon)) != agreeFirst) return {tz, sat, mon};
      }
      return undefined;
    };
    const status = async (found: {tz: string; sat: number; mon: number}) => {
      // Open one hour a week, from the line's Monday-noon-UTC wall time: closed on the Saturday, opening in two days.
      const [day, time] = wall(found.tz, found.mon).split(' ');
      const hour = +time.split(':')[0];
      const hours = `${day.slice(0, 2)} ${String(hour).padStart(2, '0')}:00-${String(hour + 1).padStart(2, '0')}:00`;
      const el = await fixture<SignpostHotlineCard>(
        html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours=${hours} line-time-zone=${found.tz} .clock=${() => found.sat}></signpost-hotline-card>`,
      );
      return $(el, '[part="hours"]').textContent!.replace(/\s+/g, ' ').trim();
    };
    const agreeNow = find(true);
    const differNow = find(false);
    if (!agreeNow || !differNow) throw new Error(`no zone around ${mine} to test with`);
    // Agree now, not then: a time without its zone would be read on the reader's clock, an hour off.
    expect(await status(agreeNow), `${mine} / ${agreeNow.tz}`).to.match(/^Closed, opens \w+day at \d{1,2}:00 [AP]M \(.+\)$/);
    // Differ now, agree then: the time is the reader's own at that moment, so it stands alone.
    expect(await status(differNow), `${mine} / ${differNow.tz}`).to.match(/^Closed, opens \w+day at \d{1,2}:00 [AP]M$/);
  });

  it('names the line’s weekday, not "today" or "tomorrow", when the reader’s day differs from the line’s', async () => {
    // A line ten hours from the reader (Etc/GMT zones, written with the sign reversed), open 9:00–15:00 every day.
    const reader = new Date(2026, 10, 30, 12).getTimezoneOffset() / -60; // the reader's offset from UTC, in hours
    const ahead = reader < 2; // a line ten hours ahead of the reader, or (for readers east of UTC+2) behind
    const offset = Math.round(reader) + (ahead ? 10 : -10);
    const zone = `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const status = (instant: number) => lineStatus('Mo-Su 09:00-15:00', zone, instant);
    // Ahead: the reader's Monday 12:00 is the line's Monday 22:00. It opens at the line's Tuesday 9:00,
    // "tomorrow" for the line but 23:00 today for the reader. Behind: the reader's Tuesday 2:00 is the
    // line's Monday 16:00; it opens at the line's Tuesday 9:00, "tomorrow" for the line, today for the reader.
    const instant = ahead ? new Date(2026, 10, 30, 12).getTime() : new Date(2026, 11, 1, 2).getTime();
    expect(await status(instant)).to.match(/^Closed, opens Tuesday at 9:00 AM \(.+\)$/);
    // Where both days agree, the card still says "today".
    const agree = ahead ? new Date(2026, 10, 30, 20).getTime() : new Date(2026, 11, 1, 11).getTime();
    // Ahead: reader Monday 20:00 = line Tuesday 6:00, opens today 9:00 = reader Monday 23:00: "today" for both.
    // Behind: reader Tuesday 11:00 = line Tuesday 1:00, opens today 9:00 = reader Tuesday 19:00: "today" for both.
    expect(await status(agree)).to.match(/^Closed, opens today at 9:00 AM \(.+\)$/);
  });

  it('says "today" and "tomorrow" by the reader’s day at its edges: just after midnight, a midnight opening, and Saturday to Sunday', async () => {
    // A line on the reader's own clock, so that only the day is in question (no zone is named).
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const status = (hours: string, instant: Date) => lineStatus(hours, mine, instant.getTime());
    // Saturday 28 November 2026 at 00:03, for a line that opens at 9:00 that day.
    expect(await status('Sa 09:00-17:00', new Date(2026, 10, 28, 0, 3))).to.equal('Closed, opens today at 9:00 AM');
    // Friday 27 November at 22:00, for a line that opens at midnight.
    expect(await status('Sa 00:00-06:00', new Date(2026, 10, 27, 22))).to.equal('Closed, opens tomorrow at 12:00 AM');
    // Saturday at 22:00, for a line that opens on Sunday: the week's end is no day apart.
    expect(await status('Su 09:00-17:00', new Date(2026, 10, 28, 22))).to.equal('Closed, opens tomorrow at 9:00 AM');
  });

  it('names the day a line open past the next midnight closes, and the date of an opening a week ahead; a whole day reads "24 hours"', async () => {
    // A line on the reader's own clock, so that no zone is named.
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const weekend = 'Fr 18:00-24:00; Sa-Su 00:00-24:00; Mo 00:00-08:00';
    // Saturday 28 November 2026 at 10:00: open until Monday's 8:00, not the next 8:00.
    expect(await lineStatus(weekend, mine, new Date(2026, 10, 28, 10).getTime())).to.equal('Open now, closes Monday at 8:00 AM');
    // Sunday at 9:00: the next 8:00 is the closing, so the time alone.
    expect(await lineStatus(weekend, mine, new Date(2026, 10, 29, 9).getTime())).to.equal('Open now, closes at 8:00 AM');
    // A line open on Mondays only, on Monday 30 November in the evening: next Monday, with its date.
    expect(await lineStatus('Mo 09:00-12:00', mine, new Date(2026, 10, 30, 18).getTime())).to.equal('Closed, opens Monday, December 7 at 9:00 AM');
    // On the Wednesday, the weekday alone.
    expect(await lineStatus('Mo 09:00-12:00', mine, new Date(2026, 11, 2, 18).getTime())).to.equal('Closed, opens Monday at 9:00 AM');
    const el = await fixture<SignpostHotlineCard>(
      html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" line-hours=${weekend} line-time-zone=${mine} .clock=${() => new Date(2026, 10, 28, 10).getTime()}></signpost-hotline-card>`,
    );
    expect(textOf($(el, '.detail'))).to.match(/^Hours: Fri 6:00 PM–12:00 AM; Sat, Sun 24 hours; Mon 12:00 AM–8:00 AM \(.+\)$/);
  });

  it('names the closing day from exactly a day ahead, and dates an opening only more than six days ahead', async () => {
    // A line on the reader's own clock, so that no zone is named.
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Saturday 28 November 2026 at 8:00, open until Sunday's 8:00: "closes at 8:00 AM" would read as now.
    expect(await lineStatus('Sa 00:00-24:00; Su 00:00-08:00', mine, new Date(2026, 10, 28, 8).getTime())).to.equal('Open now, closes Sunday at 8:00 AM');
    // Monday 30 November at 9:00, for a line open on Sundays from 9:00: six days ahead exactly, the weekday alone…
    expect(await lineStatus('Su 09:00-12:00', mine, new Date(2026, 10, 30, 9).getTime())).to.equal('Closed, opens Sunday at 9:00 AM');
    // …a minute earlier, more than six days: with its date.
    expect(await lineStatus('Su 09:00-12:00', mine, new Date(2026, 10, 30, 8, 59).getTime())).to.equal('Closed, opens Sunday, December 6 at 9:00 AM');
  });

  it('names the line’s day of an opening just after midnight when its clocks go back on the way', async () => {
    // Saturday 31 October 2026 at noon in New York; its clocks go back an hour early on Sunday. A line open
    // on Mondays from 0:30 opens 36½ hours ahead on its clock but 37½ in fact: the instant 36½ hours on is
    // Sunday 11:30 PM there, and the card still names Monday.
    const status = await lineStatus('Mo 00:30-06:00', 'America/New_York', Date.parse('2026-10-31T16:00:00Z'));
    expect(status).to.match(/^Closed, opens Monday at 12:30 AM( \(.+\))?$/);
  });

  it('localises the status', async () => {
    const el = await fixture<SignpostHotlineCard>(
      html`<signpost-hotline-card lang="es" country="FR" .clock=${at('2026-11-29T12:00:00Z')}></signpost-hotline-card>`,
    );
    expect($(el, '[part="hours"]').textContent).to.contain('Abierto ahora, cierra a las 19:00');
  });

  it('stays current while the page is open (re-renders at the minute boundary)', async () => {
    // The card's clock says 08:59:59.9 in Paris; it re-checks at the next minute (about 0.1 s on).
    let now = Date.parse('2026-11-29T07:59:59.900Z');
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="FR" .clock=${() => now}></signpost-hotline-card>`);
    // "today", or the line's weekday for a reader at UTC−8, whose 08:00 UTC is the next midnight.
    const today = readerDays('2026-11-29T07:59:59.900Z', '2026-11-29T08:00:00Z') === 0;
    expect($(el, '[part="hours"]').textContent).to.contain(today ? 'Closed, opens today at 9:00 AM' : 'Closed, opens Sunday at 9:00 AM');
    now = Date.parse('2026-11-29T08:00:00.030Z');
    // No property changed: only the card's own minute timer can bring the new state.
    await until(() => $(el, '[part="hours"]').textContent!.includes('Open now, closes at 7:00 PM'), 3000);
  });

  it('keeps one minute timer, only for a line with weekly hours, and none once the card is removed', async () => {
    // A clock that stands at 07:59:59.900 UTC: the card's next look is due 0.1 s on, +20 ms (a wait of 120 ms).
    await withFakeWaits(120, async (waits) => {
      const clock = () => Date.parse('2026-11-29T07:59:59.900Z');
      const weekly = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="FR" .clock=${clock}></signpost-hotline-card>`);
      expect(waits.pending(), 'weekly hours').to.equal(1);
      // Updates (a heading level, a language) replace the timer, not add to it.
      for (const level of [3, 4, 5]) {
        weekly.headingLevel = level;
        await weekly.updateComplete;
      }
      expect(waits.pending(), 'after three updates').to.equal(1);
      weekly.remove();
      expect(waits.pending(), 'removed').to.equal(0);
      // Lines open round the clock, or with no hours: nothing changes with the time, so no timer.
      for (const tpl of [
        html`<signpost-hotline-card country="GB" .clock=${clock}></signpost-hotline-card>`,
        html`<signpost-hotline-card line-name="Partner line" line-phone="+15555550100" .clock=${clock}></signpost-hotline-card>`,
      ]) {
        const el = await fixture<SignpostHotlineCard>(tpl);
        expect(waits.pending(), el.outerHTML).to.equal(0);
      }
    });
  });

  it('a page shown again (a phone woken, a tab brought back: timers stood still) says at once whether the line is open, not a minute later', async () => {
    // 18:59 in Paris: France's line is open until 19:00; the card's own next look is a minute away, in real time.
    let t = Date.parse('2026-11-29T17:59:00Z');
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="FR" .clock=${() => t}></signpost-hotline-card>`);
    const hours = () => $(el, '[part="hours"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(hours()).to.contain('Open now');
    // The phone sleeps past closing; shown again, the page's visibility changes.
    t = Date.parse('2026-11-29T18:05:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(hours()).to.contain('Closed, opens');
    expect(hours()).not.to.contain('Open now');
  });

  it('shows "hours not confirmed" rather than guessing', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="TH"></signpost-hotline-card>`);
    expect($(el, '[part="hours"]').textContent).to.contain('Opening hours not confirmed');
    expect(textOf(el)).to.contain('Ministry of Social Development and Human Security');
  });

  it('says nothing of the hours of a partner’s line given without hours ("not confirmed" is about our directory’s research)', async () => {
    const partner = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card line-name="City Helpline" line-phone="+442079460000"></signpost-hotline-card>`);
    expect($(partner, '[part="call-link"]').textContent).to.contain('+442079460000');
    expect(partner.shadowRoot!.querySelector('[part="hours"]')?.textContent ?? 'no hours line', 'no hours line').to.equal('no hours line');
    // Its hours given: they show.
    partner.setAttribute('line-hours', '24/7');
    await partner.updateComplete;
    expect($(partner, '[part="hours"]').textContent).to.contain('Open 24 hours a day, 7 days a week');
  });
});
