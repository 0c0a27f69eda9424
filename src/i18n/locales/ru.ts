/** Registers the Russian catalog (side effect). CDN: `locales/ru.js`; npm: `@signpost/widgets/locales/ru.js`. */
import {addCatalog} from '../registry.js';
import {templates} from '../../generated/locales/ru.js';

addCatalog('ru', templates);
