/** The quick exit's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg} from '@lit/localize';
import {message} from '../../i18n/message.js';

export const t = {
  emergency: message('signpost-exit-emergency', () => msg('Emergency', {id: 'signpost-exit-emergency'})),
  exit: message('signpost-exit-label', () => msg('Exit this page', {id: 'signpost-exit-label'})),
  loading: message('signpost-exit-loading', () => msg('Loading.', {id: 'signpost-exit-loading'})),
  twoMore: message('signpost-exit-two-more', () =>
    msg('Shift, press 2 more times to exit.', {id: 'signpost-exit-two-more'}),
  ),
  oneMore: message('signpost-exit-one-more', () =>
    msg('Shift, press 1 more time to exit.', {id: 'signpost-exit-one-more'}),
  ),
  expired: message('signpost-exit-expired', () => msg('Exit this page expired.', {id: 'signpost-exit-expired'})),
  about: message('signpost-exit-about', () => msg('What this button does', {id: 'signpost-exit-about'})),
  explanation: message('signpost-exit-explanation', () =>
    msg(
      'It hides this page and opens a neutral website straight away. You can also press the Shift key 3 times. It does not erase your browsing history, and it does not protect you from monitoring software on this device.',
      {id: 'signpost-exit-explanation'},
    ),
  ),
  safety: message('signpost-exit-safety', () =>
    msg('How to stay safer online', {id: 'signpost-exit-safety'}),
  ),
};
