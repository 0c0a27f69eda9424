/** The ticker's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg, str} from '../../i18n/msg.js';

export const t = {
  label: () => msg('News', {id: 't-label'}),
  pause: () => msg('Pause the news', {id: 't-pause'}),
  play: () => msg('Play the news', {id: 't-play'}),
  previous: () => msg('Previous item', {id: 't-previous'}),
  next: () => msg('Next item', {id: 't-next'}),
  item: (n: number, total: number) => msg(str`${n} of ${total}`, {id: 't-item'}),
  contentNote: () => msg('Content note:', {id: 't-content-note'}),
  empty: () => msg('No news right now.', {id: 't-empty'}),
  // What a screen reader calls the rotating ticker and each of its stories (APG carousel).
  carousel: () => msg('carousel', {id: 't-carousel'}),
  slide: () => msg('slide', {id: 't-slide'}),
};
