/** Registers `<signpost-news-ticker>` (guarded: a second copy never throws). */
import {define} from '../../internal/define.js';
import {SignpostNewsTicker} from './news-ticker.js';

define('signpost-news-ticker', SignpostNewsTicker);

export {SignpostNewsTicker};
