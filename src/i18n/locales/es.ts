/** Registers the Spanish catalog (side effect). CDN: `locales/es.js`; npm: `@signpost/widgets/locales/es.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/es.js';

addCatalog('es', templates);
