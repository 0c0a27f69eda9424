/**
 * The CDN bundle's entry (`dist/cdn/signpost.js`): every widget, as `define.ts`, and loading of a
 * shipped language file from `locales/<code>.js` beside the bundle when a widget needs one. Only the
 * CDN bundle can do this: after an npm consumer's bundler has run, nothing sits beside the module.
 */
import {enableAutoLoad} from './i18n/autoload.js';

export * from './define.js';

enableAutoLoad(import.meta.url);
