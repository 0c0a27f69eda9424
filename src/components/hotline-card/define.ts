/** Registers `<signpost-hotline-card>` (guarded: a second copy never throws). */
import {SignpostHotlineCard} from './hotline-card.js';
import {define} from '../../internal/define.js';
// The card can show a quick exit (`quick-exit` attribute): make sure that element is defined too.
import '../quick-exit/define.js';

define('signpost-hotline-card', SignpostHotlineCard);

export {SignpostHotlineCard};
