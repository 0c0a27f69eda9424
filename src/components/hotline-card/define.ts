/** Registers `<signpost-hotline-card>` (guarded: a second copy never throws). */
import {define} from '../../internal/define.js';
import {SignpostHotlineCard} from './hotline-card.js';

define('signpost-hotline-card', SignpostHotlineCard);

export {SignpostHotlineCard};
