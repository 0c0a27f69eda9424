/** Registers the Romanian catalog (side effect). CDN: `locales/ro.js`; npm: `@signpost/widgets/locales/ro.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/ro.js';

addCatalog('ro', templates);
