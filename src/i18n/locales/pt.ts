/** Registers the Portuguese catalog (side effect). CDN: `locales/pt.js`; npm: `@signpost/widgets/locales/pt.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/pt.js';

addCatalog('pt', templates);
