/** Registers the Thai catalog (side effect). CDN: `locales/th.js`; npm: `@signpost/widgets/locales/th.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/th.js';

registerLocale('th', templates);
