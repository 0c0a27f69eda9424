/** Registers the Ukrainian catalog (side effect). CDN: `locales/uk.js`; npm: `@signpost/widgets/locales/uk.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/uk.js';

addCatalog('uk', templates);
