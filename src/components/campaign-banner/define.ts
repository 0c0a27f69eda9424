/** Registers `<signpost-campaign-banner>` (guarded: a second copy never throws). */
import {define} from '../../internal/define.js';
import {SignpostCampaignBanner} from './campaign-banner.js';

define('signpost-campaign-banner', SignpostCampaignBanner);

export {SignpostCampaignBanner};
