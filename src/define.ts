/**
 * Defines every Signpost widget (npm: `@signpost/widgets/define.js`; the entry of the CDN's
 * `signpost.js`). English is built in; import `@signpost/widgets/locales/<code>.js` for each other
 * language you use. Loads nothing by itself: the CDN build (vite.config.ts) wraps each CDN file's
 * entry so that it loads shipped languages from beside itself.
 */
// In this order the CDN's signpost.js gzips 236 B smaller than in the order of the README (modules that
// share words sit closer together); `node bench/import-order.mjs` measures every order. The quick exit
// is defined first either way: the card imports it.
import './components/hotline-card/define.js';
import './components/news-ticker/define.js';
import './components/campaign-banner/define.js';
import './components/quick-exit/define.js';
import './components/red-flag-quiz/define.js';

export * from './index.js';
