/**
 * Defines every Signpost widget (npm: `@signpost/widgets/define.js`; the entry of the CDN's
 * `signpost.js`). English is built in; import `@signpost/widgets/locales/<code>.js` for each other
 * language you use. Loads nothing by itself: the CDN build (vite.config.ts) wraps each CDN file's
 * entry so that it loads shipped languages from beside itself.
 */
import './components/hotline-card/define.js';
import './components/quick-exit/define.js';
import './components/red-flag-quiz/define.js';
import './components/campaign-banner/define.js';
import './components/news-ticker/define.js';

export * from './index.js';
