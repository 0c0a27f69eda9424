/**
 * Defines every Signpost widget (npm: `@signpost/widgets/define.js`). English is built in; import
 * `@signpost/widgets/locales/<code>.js` for each other language you use. Loads nothing by itself.
 * The CDN bundle's entry is `cdn.ts`, which adds on-demand language files.
 */
import './components/hotline-card/define.js';
import './components/quick-exit/define.js';
import './components/red-flag-quiz/define.js';
import './components/campaign-banner/define.js';
import './components/news-ticker/define.js';

export * from './index.js';
