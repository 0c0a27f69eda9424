/**
 * The hotline card's words, in English. Translations live in xliff/<locale>.xlf.
 * Each entry is called inside a widget's render, where msg() answers in that widget's language.
 * They are only ever called (`t.x()`), never passed around as values: the CDN build's minifier can
 * then write each one where it is used, instead of keeping the whole `t` object.
 */
import {msg, str} from '../../i18n/msg.js';
import type {LineScope} from '../../data/hotline-types.js';

export const t = {
  getHelp: () => msg('Get help', {id: 'h-get-help'}),
  noDedicated: (country: string) => msg(str`${country}: no dedicated national trafficking hotline is listed. These services can help.`, {id: 'h-no-dedicated'}),
  open247: () => msg('Open 24 hours a day, 7 days a week', {id: 'h-open-247'}),
  openNow: (time: string) => msg(str`Open now, closes at ${time}`, {id: 'h-open-now'}),
  openUntil: (day: string, time: string) => msg(str`Open now, closes ${day} at ${time}`, {id: 'h-open-until'}),
  opensToday: (time: string) => msg(str`Closed, opens today at ${time}`, {id: 'h-opens-today'}),
  opensTomorrow: (time: string) => msg(str`Closed, opens tomorrow at ${time}`, {id: 'h-opens-tomorrow'}),
  opensOn: (day: string, time: string) => msg(str`Closed, opens ${day} at ${time}`, {id: 'h-opens-on'}),
  hours: (schedule: string, zone: string) => msg(str`Hours: ${schedule} (${zone})`, {id: 'h-hours'}),
  allDay: () => msg('24 hours', {id: 'h-all-day'}),
  voicemail: () => msg('Outside opening hours, you can leave a message and they will call you back.', {id: 'h-voicemail'}),
  hoursUnknown: () => msg('Opening hours not confirmed', {id: 'h-hours-unknown'}),
  call: (number: string) => msg(str`Call ${number}`, {id: 'h-call'}),
  textKeyword: (keyword: string, number: string) => msg(str`Text ${keyword} to ${number}`, {id: 'h-text-keyword'}),
  text: (number: string) => msg(str`Text ${number}`, {id: 'h-text'}),
  chat: () => msg('Chat online', {id: 'h-chat'}),
  chatNote: () => msg("If no one answers the chat within 5 minutes, try again or call. The chat ends if you don't write for 5 minutes, or if you leave its page.", {id: 'h-chat-note'}),
  report: () => msg('Report online', {id: 'h-report'}),
  website: () => msg('Website', {id: 'h-website'}),
  email: (address: string) => msg(str`Email ${address}`, {id: 'h-email'}),
  tty: (number: string) => msg(str`TTY (textphone): ${number}`, {id: 'h-tty'}),
  ttyAvailable: () => msg('TTY (textphone) available', {id: 'h-tty-available'}),
  whatsapp: () => msg('Also on WhatsApp, same number', {id: 'h-whatsapp'}),
  fromAbroad: (number: string) => msg(str`From abroad: ${number}`, {id: 'h-from-abroad'}),
  languages: (list: string) => msg(str`Languages: ${list}`, {id: 'h-languages'}),
  languagesInterpreters: (list: string) => msg(str`Languages: ${list}, and interpreters for many others`, {id: 'h-languages-interpreters'}),
  channelLanguages: (channel: string, list: string) => msg(str`${channel} in ${list}`, {id: 'h-channel-languages'}),
  textOnly: () => msg('Text messages', {id: 'h-text-only'}),
  scamWarning: () => msg('Scammers have made calls that seem to come from this number. The hotline never calls you unasked for personal details or money.', {id: 'h-scam-warning'}),
  notEmergency: () => msg('This is not an emergency service.', {id: 'h-not-emergency'}),
  emergency: (number: string) => msg(str`In immediate danger, call ${number}.`, {id: 'h-emergency'}),
  emergencyGeneric: () => msg('In immediate danger, call your local emergency number.', {id: 'h-emergency-generic'}),
  source: (site: string, date: string) => msg(str`Source: ${site} · reviewed on ${date}`, {id: 'h-source'}),
  copy: () => msg('Copy number', {id: 'h-copy'}),
  copied: (number: string) => msg(str`Number copied: ${number}`, {id: 'h-copied'}),
  copyFailed: (number: string) => msg(str`Could not copy. The number is ${number}.`, {id: 'h-copy-failed'}),
  country: () => msg('Country', {id: 'h-country'}),
  chooseCountry: () => msg('Choose your country to see the right hotline.', {id: 'h-choose-country'}),
  chooseOption: () => msg('Choose a country', {id: 'h-choose-option'}),
  otherServices: () => msg('Other services', {id: 'h-other-services'}),
};

// The CDN build writes this table's texts alone and has scopeLabel work out each id from its key
// (scripts/scope-msg-ids.mjs). (Its entries in the order that gzips smallest: only looked up.)
const SCOPE: Record<LineScope, () => string> = {
  'law-enforcement': () => msg('Report to law enforcement', {id: 'h-scope-law'}),
  trafficking: () => msg('Human trafficking hotline', {id: 'h-scope-trafficking'}),
  anonymous: () => msg('Report a crime anonymously', {id: 'h-scope-anonymous'}),
  victims: () => msg('Support for victims of crime', {id: 'h-scope-victims'}),
  women: () => msg('Help for women facing violence', {id: 'h-scope-women'}),
  children: () => msg('Help for children', {id: 'h-scope-children'}),
  labour: () => msg('Report labour exploitation', {id: 'h-scope-labour'}),
  regional: () => msg('Regional trafficking helpline', {id: 'h-scope-regional'}),
  charity: () => msg('Charity against modern slavery', {id: 'h-scope-charity'}),
  police: () => msg('Police', {id: 'h-scope-police'}),
};

/** What kind of service a line is, in the current language. */
export function scopeLabel(scope: LineScope): string {
  return SCOPE[scope]();
}
