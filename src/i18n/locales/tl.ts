/** Registers the Tagalog (Filipino) catalog (side effect). CDN: `locales/tl.js`; npm: `@signpost/widgets/locales/tl.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/tl.js';

registerLocale('tl', templates);
