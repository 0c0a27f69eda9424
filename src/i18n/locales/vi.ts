/** Registers the Vietnamese catalog (side effect). CDN: `locales/vi.js`; npm: `@signpost/widgets/locales/vi.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/vi.js';

addCatalog('vi', templates);
