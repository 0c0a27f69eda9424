/** The quick exit's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg} from '../../i18n/msg.js';

export const t = {
  emergency: () => msg('Emergency', {id: 'x-emergency'}),
  exit: () => msg('Exit this page', {id: 'x-label'}),
  loading: () => msg('Loading.', {id: 'x-loading'}),
  twoMore: () => msg('Shift, press 2 more times to exit.', {id: 'x-two-more'}),
  oneMore: () => msg('Shift, press 1 more time to exit.', {id: 'x-one-more'}),
  expired: () => msg('Exit this page expired.', {id: 'x-expired'}),
  about: () => msg('What this button does', {id: 'x-about'}),
  explanation: () => msg('It hides this page and opens a neutral website straight away. It does not erase your browsing history, and it does not protect you from monitoring software on this device.', {id: 'x-explanation'}),
  shortcut: () => msg('You can also press the Shift key 3 times.', {id: 'x-shortcut'}),
  safety: () => msg('How to stay safer online', {id: 'x-safety'}),
};
