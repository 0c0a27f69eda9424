/** Registers `<signpost-quick-exit>` (guarded: a second copy never throws). */
import {SignpostQuickExit} from './quick-exit.js';
import {define} from '../../internal/define.js';

define('signpost-quick-exit', SignpostQuickExit);

export {SignpostQuickExit};
