/** Registers the French catalog (side effect). CDN: `locales/fr.js`; npm: `@signpost/widgets/locales/fr.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/fr.js';

addCatalog('fr', templates);
