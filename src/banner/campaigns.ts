/**
 * Built-in campaigns and the dates they show on. Text lives in the banner's messages (localised);
 * facts (days, sources) come from shared/reference/domain.md §1.2–1.3.
 */
export type CampaignId = 'world-day' | 'prevention-month' | 'wear-blue-day' | 'learn-the-signs';

/** A yearly window: from this month-day to that one (inclusive). */
export interface CampaignWindow {
  from: [month: number, day: number];
  until: [month: number, day: number];
}

export interface Campaign {
  id: CampaignId;
  /** Shown from this month-day to that one (inclusive), every year; none = any day. */
  window?: CampaignWindow;
  source: {name: string; url: string};
}

// UN World Day against Trafficking in Persons, 30 July (A/RES/68/192): the week up to and including it.
const WORLD_DAY: CampaignWindow = {from: [7, 24], until: [7, 30]};
// Human Trafficking Prevention Month: January.
const PREVENTION_MONTH: CampaignWindow = {from: [1, 1], until: [1, 31]};
// Wear Blue Day, 11 January: the week up to and including it.
const WEAR_BLUE_DAY: CampaignWindow = {from: [1, 5], until: [1, 11]};

/**
 * The yearly windows of the campaigns that have one (the others show any day): what the banner
 * reads. CAMPAIGNS adds the sources, which a file with the banner alone then does not carry. (A
 * dictionary without a prototype, as the banner's words are: any `campaign` is looked up directly.)
 */
export const WINDOWS = {
  'world-day': WORLD_DAY,
  'prevention-month': PREVENTION_MONTH,
  'wear-blue-day': WEAR_BLUE_DAY,
  __proto__: null,
} satisfies Partial<Record<CampaignId, CampaignWindow>> & {__proto__: null} as unknown as Readonly<Partial<Record<string, CampaignWindow>>>;

export const CAMPAIGNS: Record<CampaignId, Campaign> = {
  'world-day': {id: 'world-day', window: WORLD_DAY, source: {name: 'UNODC', url: 'https://www.unodc.org/brulo/en/bhc-and-world-tip-day.html'}},
  'prevention-month': {id: 'prevention-month', window: PREVENTION_MONTH, source: {name: 'DHS Blue Campaign, as quoted by madisoncrabtreeart.com', url: 'https://madisoncrabtreeart.com/bc-wbd-htpm-24'}},
  'wear-blue-day': {id: 'wear-blue-day', window: WEAR_BLUE_DAY, source: {name: 'DHS Blue Campaign, as quoted by madisoncrabtreeart.com', url: 'https://madisoncrabtreeart.com/bc-wbd-htpm-24'}},
  'learn-the-signs': {id: 'learn-the-signs', source: {name: 'DHS Blue Campaign', url: 'https://www.dhs.gov/blue-campaign/government-roles'}},
};

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
 * else the campaign's yearly window (`WINDOWS`), else always.
 */
export function isShowing(today: [number, number, number], window: CampaignWindow | undefined, from?: [number, number, number] | null, until?: [number, number, number] | null): boolean {
  // Without dates of its own, the campaign's window in today's year (it comes back every year). No
  // built-in window crosses the new year (WINDOWS): one that did would need its own reading.
  if (window && !(from || until)) {
    from = [today[0], ...window.from];
    until = [today[0], ...window.until];
  }
  const now = key(...today);
  return (!from || now >= key(...from)) && (!until || now <= key(...until));
}
