/** Registers the Thai catalog (side effect). CDN: `locales/th.js`; npm: `@signpost/widgets/locales/th.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/th.js';

addCatalog('th', templates);
