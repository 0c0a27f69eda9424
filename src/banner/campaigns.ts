/**
 * Built-in campaigns and the dates they show on. Text lives in the banner's messages (localised);
 * facts (days, sources) come from shared/reference/domain.md §1.2–1.3.
 */
import {own} from '../internal/input.js';

export type CampaignId = 'world-day' | 'prevention-month' | 'wear-blue-day' | 'learn-the-signs';

export interface Campaign {
  id: CampaignId;
  /** Shown from this month-day to that one (inclusive), every year; none = any day. */
  window?: {from: [month: number, day: number]; until: [month: number, day: number]};
  source: {name: string; url: string};
}

export const CAMPAIGNS: Record<CampaignId, Campaign> = {
  // UN World Day against Trafficking in Persons, 30 July (A/RES/68/192): the week up to and including it.
  'world-day': {id: 'world-day', window: {from: [7, 24], until: [7, 30]}, source: {name: 'UNODC', url: 'https://www.unodc.org/brulo/en/bhc-and-world-tip-day.html'}},
  // Human Trafficking Prevention Month: January.
  'prevention-month': {id: 'prevention-month', window: {from: [1, 1], until: [1, 31]}, source: {name: 'DHS Blue Campaign, as quoted by madisoncrabtreeart.com', url: 'https://madisoncrabtreeart.com/bc-wbd-htpm-24'}},
  // Wear Blue Day, 11 January: the week up to and including it.
  'wear-blue-day': {id: 'wear-blue-day', window: {from: [1, 5], until: [1, 11]}, source: {name: 'DHS Blue Campaign, as quoted by madisoncrabtreeart.com', url: 'https://madisoncrabtreeart.com/bc-wbd-htpm-24'}},
  'learn-the-signs': {id: 'learn-the-signs', source: {name: 'DHS Blue Campaign', url: 'https://www.dhs.gov/blue-campaign/government-roles'}},
};

export function isCampaignId(value: string): value is CampaignId {
  return Object.hasOwn(CAMPAIGNS, value);
}

/** A `YYYY-MM-DD` day as [year, month, day], or null (not the feeds' `parseDate`, which gives a time). */
export {isoDate as parseDay} from '../internal/input.js';

const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** The reader's local calendar date at `instant`. */
export function localDate(instant: number): [number, number, number] {
  const date = new Date(instant);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

/**
 * Whether a banner shows on the reader's local date: `from`/`until` (inclusive) when given,
 * else the campaign's yearly window, else always.
 */
export function isShowing(today: [number, number, number], campaign: Campaign | undefined, from?: [number, number, number] | null, until?: [number, number, number] | null): boolean {
  const now = key(...today);
  if (from || until) return (!from || now >= key(...from)) && (!until || now <= key(...until));
  const window = own(campaign, 'window') as Campaign['window'];
  if (!window) return true;
  // Month and day alone (year 0), for a window that comes back every year.
  const md = key(0, today[1], today[2]);
  const start = key(0, ...window.from);
  const end = key(0, ...window.until);
  return start <= end ? md >= start && md <= end : md >= start || md <= end;
}
