/** The ticker's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg, str} from '../../i18n/msg.js';

export const t = {
  label: () => msg('News', {id: 'ticker-label'}),
  pause: () => msg('Pause the news', {id: 'ticker-pause'}),
  play: () => msg('Play the news', {id: 'ticker-play'}),
  previous: () => msg('Previous item', {id: 'ticker-previous'}),
  next: () => msg('Next item', {id: 'ticker-next'}),
  item: (n: number, total: number) => msg(str`${n} of ${total}`, {id: 'ticker-item'}),
  contentNote: () => msg('Content note:', {id: 'ticker-content-note'}),
  empty: () => msg('No news right now.', {id: 'ticker-empty'}),
};
