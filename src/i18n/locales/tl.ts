/** Registers the Tagalog (Filipino) catalog (side effect). CDN: `locales/tl.js`; npm: `@signpost/widgets/locales/tl.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/tl.js';

addCatalog('tl', templates);
