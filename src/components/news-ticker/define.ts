/** Registers `<signpost-news-ticker>` (guarded: a second copy never throws). */
import {SignpostNewsTicker} from './news-ticker.js';
import {define} from '../../internal/define.js';

define('signpost-news-ticker', SignpostNewsTicker);

export {SignpostNewsTicker};
