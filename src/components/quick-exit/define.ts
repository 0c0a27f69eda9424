/** Registers `<signpost-quick-exit>` (guarded: a second copy never throws). */
import {define} from '../../internal/define.js';
import {SignpostQuickExit} from './quick-exit.js';

define('signpost-quick-exit', SignpostQuickExit);

export {SignpostQuickExit};
