/** Registers the Arabic catalog (side effect). CDN: `locales/ar.js`; npm: `@signpost/widgets/locales/ar.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/ar.js';

addCatalog('ar', templates);
