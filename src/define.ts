/**
 * The CDN bundle entry: defines every Signpost widget. English is built in; other languages load
 * from `locales/<code>.js` beside the bundle when a widget needs them (or add them yourself).
 */
import './components/hotline-card/define.js';
import './components/quick-exit/define.js';
import './components/red-flag-quiz/define.js';
import './components/campaign-banner/define.js';
import './components/news-ticker/define.js';

import {enableAutoLoad} from './i18n/autoload.js';

// The CDN bundle loads a shipped language file from beside itself when a widget needs it.
enableAutoLoad(import.meta.url);

export * from './index.js';
