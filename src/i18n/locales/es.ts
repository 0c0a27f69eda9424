/** Registers the Spanish catalog (side effect). CDN: `locales/es.js`; npm: `@signpost/widgets/locales/es.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/es.js';

registerLocale('es', templates);
