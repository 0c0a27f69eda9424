/** The banner's words and the built-in campaigns, in English. Translations live in xliff/<locale>.xlf. */
import {msg} from '../../i18n/msg.js';
import type {CampaignId} from '../../banner/campaigns.js';

export const t = {
  dismiss: () => msg('Dismiss this message', {id: 'b-dismiss'}),
  contentNote: () => msg('Content note:', {id: 'b-content-note'}),
  showImage: () => msg('Show the image', {id: 'b-show-image'}),
  closed: () => msg('Message closed.', {id: 'b-closed'}),
};

type Words = () => [heading: string, message: string];

/**
 * Heading and message of each built-in campaign, in the current language. (A dictionary without a
 * prototype: the banner looks any `campaign` up in it directly, `constructor` and `__proto__` too, with no
 * own-property check; smaller. Its windows, WINDOWS, are one too. In both, `__proto__: null` comes last:
 * the place that gzips smallest.)
 */
export const campaignText = {
  'world-day': () => [
    msg('30 July: World Day against Trafficking in Persons', {id: 'b-world-day-heading'}),
    msg('Each year on 30 July, the United Nations marks the World Day against Trafficking in Persons. Learn the signs, and know who to call.', {id: 'b-world-day-message'}),
  ],
  'prevention-month': () => [
    msg('January is Human Trafficking Prevention Month', {id: 'b-prevention-month-heading'}),
    msg('This month, take a few minutes to learn the signs of human trafficking and how to report your concerns safely.', {id: 'b-prevention-month-message'}),
  ],
  'wear-blue-day': () => [
    msg('11 January: Wear Blue Day', {id: 'b-wear-blue-day-heading'}),
    msg('On Wear Blue Day, people wear blue to raise awareness of human trafficking. Take a moment to learn the signs.', {id: 'b-wear-blue-day-message'}),
  ],
  'learn-the-signs': () => [
    msg('Learn the signs of human trafficking', {id: 'b-learn-heading'}),
    msg('Knowing the signs helps you notice when someone may need help. Signs are not proof: if you are worried, report it to a hotline.', {id: 'b-learn-message'}),
  ],
  __proto__: null,
} satisfies Record<CampaignId, Words> & {__proto__: null} as unknown as Readonly<Partial<Record<string, Words>>>;
