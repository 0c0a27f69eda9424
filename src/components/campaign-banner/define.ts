/** Registers `<signpost-campaign-banner>` (guarded: a second copy never throws). */
import {SignpostCampaignBanner} from './campaign-banner.js';
import {define} from '../../internal/define.js';

define('signpost-campaign-banner', SignpostCampaignBanner);

export {SignpostCampaignBanner};
