/**
 * The hotline card's words, in English. Translations live in xliff/<locale>.xlf.
 * Ids are explicit and prefixed so that they can never collide with a host app's own messages.
 */
import {msg, str} from '@lit/localize';
import {message} from '../../i18n/message.js';

export const t = {
  getHelp: message('signpost-hotline-get-help', () => msg('Get help', {id: 'signpost-hotline-get-help'})),
  scopeTrafficking: message('signpost-hotline-scope-trafficking', () =>
    msg('Human trafficking hotline', {id: 'signpost-hotline-scope-trafficking'}),
  ),
  scopeLawEnforcement: message('signpost-hotline-scope-law', () =>
    msg('Report to law enforcement', {id: 'signpost-hotline-scope-law'}),
  ),
  scopePolice: message('signpost-hotline-scope-police', () =>
    msg('Police', {id: 'signpost-hotline-scope-police'}),
  ),
  scopeAnonymous: message('signpost-hotline-scope-anonymous', () =>
    msg('Report a crime anonymously', {id: 'signpost-hotline-scope-anonymous'}),
  ),
  scopeVictims: message('signpost-hotline-scope-victims', () =>
    msg('Support for victims of crime', {id: 'signpost-hotline-scope-victims'}),
  ),
  scopeChildren: message('signpost-hotline-scope-children', () =>
    msg('Help for children', {id: 'signpost-hotline-scope-children'}),
  ),
  scopeWomen: message('signpost-hotline-scope-women', () =>
    msg('Help for women facing violence', {id: 'signpost-hotline-scope-women'}),
  ),
  scopeLabour: message('signpost-hotline-scope-labour', () =>
    msg('Labour exploitation', {id: 'signpost-hotline-scope-labour'}),
  ),
  scopeRegional: message('signpost-hotline-scope-regional', () =>
    msg('Regional trafficking helpline', {id: 'signpost-hotline-scope-regional'}),
  ),
  scopeCharity: message('signpost-hotline-scope-charity', () =>
    msg('Charity against modern slavery', {id: 'signpost-hotline-scope-charity'}),
  ),
  noDedicated: message('signpost-hotline-no-dedicated', (country: string) =>
    msg(str`There is no dedicated national trafficking hotline in ${country}. These services can help.`, {
      id: 'signpost-hotline-no-dedicated',
    }),
  ),
  open247: message('signpost-hotline-open-247', () =>
    msg('Open 24 hours a day, 7 days a week', {id: 'signpost-hotline-open-247'}),
  ),
  openNow: message('signpost-hotline-open-now', (time: string) =>
    msg(str`Open now, closes at ${time}`, {id: 'signpost-hotline-open-now'}),
  ),
  opensToday: message('signpost-hotline-opens-today', (time: string) =>
    msg(str`Closed, opens today at ${time}`, {id: 'signpost-hotline-opens-today'}),
  ),
  opensTomorrow: message('signpost-hotline-opens-tomorrow', (time: string) =>
    msg(str`Closed, opens tomorrow at ${time}`, {id: 'signpost-hotline-opens-tomorrow'}),
  ),
  opensOn: message('signpost-hotline-opens-on', (day: string, time: string) =>
    msg(str`Closed, opens ${day} at ${time}`, {id: 'signpost-hotline-opens-on'}),
  ),
  hours: message('signpost-hotline-hours', (schedule: string, zone: string) =>
    msg(str`Hours: ${schedule} (${zone})`, {id: 'signpost-hotline-hours'}),
  ),
  hoursUnknown: message('signpost-hotline-hours-unknown', () =>
    msg('Opening hours not confirmed', {id: 'signpost-hotline-hours-unknown'}),
  ),
  call: message('signpost-hotline-call', (number: string) =>
    msg(str`Call ${number}`, {id: 'signpost-hotline-call'}),
  ),
  textKeyword: message('signpost-hotline-text-keyword', (keyword: string, number: string) =>
    msg(str`Text ${keyword} to ${number}`, {id: 'signpost-hotline-text-keyword'}),
  ),
  text: message('signpost-hotline-text', (number: string) =>
    msg(str`Text ${number}`, {id: 'signpost-hotline-text'}),
  ),
  chat: message('signpost-hotline-chat', () => msg('Chat online', {id: 'signpost-hotline-chat'})),
  report: message('signpost-hotline-report', () => msg('Report online', {id: 'signpost-hotline-report'})),
  website: message('signpost-hotline-website', () => msg('Website', {id: 'signpost-hotline-website'})),
  email: message('signpost-hotline-email', (address: string) =>
    msg(str`Email ${address}`, {id: 'signpost-hotline-email'}),
  ),
  tty: message('signpost-hotline-tty', (number: string) =>
    msg(str`TTY (textphone): ${number}`, {id: 'signpost-hotline-tty'}),
  ),
  ttyAvailable: message('signpost-hotline-tty-available', () =>
    msg('TTY (textphone) available on the same number', {id: 'signpost-hotline-tty-available'}),
  ),
  whatsapp: message('signpost-hotline-whatsapp', () =>
    msg('Also on WhatsApp, same number', {id: 'signpost-hotline-whatsapp'}),
  ),
  fromAbroad: message('signpost-hotline-from-abroad', (number: string) =>
    msg(str`From abroad: ${number}`, {id: 'signpost-hotline-from-abroad'}),
  ),
  languages: message('signpost-hotline-languages', (list: string) =>
    msg(str`Languages: ${list}`, {id: 'signpost-hotline-languages'}),
  ),
  languagesInterpreters: message('signpost-hotline-languages-interpreters', (list: string) =>
    msg(str`Languages: ${list}, and interpreters for many others`, {
      id: 'signpost-hotline-languages-interpreters',
    }),
  ),
  channelLanguages: message('signpost-hotline-channel-languages', (channel: string, list: string) =>
    msg(str`${channel} in ${list}`, {id: 'signpost-hotline-channel-languages'}),
  ),
  textAndChat: message('signpost-hotline-text-and-chat', () =>
    msg('Text and chat', {id: 'signpost-hotline-text-and-chat'}),
  ),
  notEmergency: message('signpost-hotline-not-emergency', () =>
    msg('This is not an emergency service.', {id: 'signpost-hotline-not-emergency'}),
  ),
  emergency: message('signpost-hotline-emergency', (number: string) =>
    msg(str`In immediate danger, call ${number}.`, {id: 'signpost-hotline-emergency'}),
  ),
  emergencyGeneric: message('signpost-hotline-emergency-generic', () =>
    msg('In immediate danger, call your local emergency number.', {id: 'signpost-hotline-emergency-generic'}),
  ),
  source: message('signpost-hotline-source', (site: string, date: string) =>
    msg(str`Source: ${site} · verified on ${date}`, {id: 'signpost-hotline-source'}),
  ),
  copy: message('signpost-hotline-copy', () => msg('Copy number', {id: 'signpost-hotline-copy'})),
  copied: message('signpost-hotline-copied', (number: string) =>
    msg(str`Number copied: ${number}`, {id: 'signpost-hotline-copied'}),
  ),
  copyFailed: message('signpost-hotline-copy-failed', (number: string) =>
    msg(str`Could not copy. The number is ${number}.`, {id: 'signpost-hotline-copy-failed'}),
  ),
  country: message('signpost-hotline-country', () => msg('Country', {id: 'signpost-hotline-country'})),
  chooseCountry: message('signpost-hotline-choose-country', () =>
    msg('Choose your country to see the right hotline.', {id: 'signpost-hotline-choose-country'}),
  ),
  chooseOption: message('signpost-hotline-choose-option', () =>
    msg('Choose a country', {id: 'signpost-hotline-choose-option'}),
  ),
  otherServices: message('signpost-hotline-other-services', () =>
    msg('Other services', {id: 'signpost-hotline-other-services'}),
  ),
};
