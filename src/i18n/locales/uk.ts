/** Registers the Ukrainian catalog (side effect). CDN: `locales/uk.js`; npm: `@signpost/widgets/locales/uk.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/uk.js';

registerLocale('uk', templates);
