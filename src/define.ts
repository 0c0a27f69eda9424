/**
 * The CDN bundle entry: defines every Signpost widget. English is built in; load
 * `locales/es.js` or `locales/ar.js` after it for Spanish or Arabic.
 */
import './components/hotline-card/define.js';
import './components/quick-exit/define.js';
import './components/red-flag-quiz/define.js';
import './components/campaign-banner/define.js';
import './components/news-ticker/define.js';

export * from './index.js';
