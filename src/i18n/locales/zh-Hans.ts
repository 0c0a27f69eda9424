/** Registers the Simplified Chinese catalog (side effect). CDN: `locales/zh-Hans.js`; npm: `@signpost/widgets/locales/zh-Hans.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/zh-Hans.js';

addCatalog('zh-Hans', templates);
