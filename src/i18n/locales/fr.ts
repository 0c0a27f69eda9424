/** Registers the French catalog (side effect). CDN: `locales/fr.js`; npm: `@signpost/widgets/locales/fr.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/fr.js';

registerLocale('fr', templates);
