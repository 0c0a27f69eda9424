/** Registers the Portuguese catalog (side effect). CDN: `locales/pt.js`; npm: `@signpost/widgets/locales/pt.js`. */
import {registerLocale} from '../registry.js';
import {templates} from '../../generated/locales/pt.js';

registerLocale('pt', templates);
