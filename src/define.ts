/**
 * Defines every Signpost widget (npm: `@signpost/widgets/define.js`; the entry of the CDN's
 * `signpost.js`). English is built in; import `@signpost/widgets/locales/<code>.js` for each other
 * language you use. Loads nothing by itself: the CDN build (vite.config.ts) wraps each CDN file's
 * entry so that it loads shipped languages from beside itself.
 */
// The styles, the quick exit's page cover (exit-page.js), the hotline directory and its formatting, and
// the XML reader, then internal/define.js (the guarded registration) and msg.js (the widgets' msg(), with the
// language resolution it reads), come first: pure modules
// (they only define values; nothing runs on import), so loading them first changes nothing but where
// they sit in the CDN's signpost.js, which gzips 0.2 KB smaller with the CSS of every widget together and
// these beside it (measured by building, 2026-11-30; the styles in this order, the quiz's after the
// ticker's, −9 B on 2026-12-01, of the twenty orders that move one of them; exit-page.js before the directory, −3 B, and msg.js
// after the XML reader, −2 B, then define.js before it, −1 B, on 2026-12-04). The widgets are then defined in the same order as
// before: the quick exit first (the card's define.js imports it in any case), then the card, the ticker,
// the banner and the quiz; in this order the file gzips smaller than in the order of the README
// (modules that share words sit closer together); `node bench/import-order.mjs` measures every order of
// the widgets.
import './styles/shared.js';
import './styles/panels.js';
import './components/hotline-card/styles.js';
import './components/campaign-banner/styles.js';
import './components/news-ticker/styles.js';
import './components/red-flag-quiz/styles.js';
import './components/quick-exit/styles.js';
import './quick-exit/exit-page.js';
import './data/hotlines.js';
import './hotline/format.js';
import './feeds/xml.js';
import './internal/define.js';
import './i18n/msg.js';
import './components/quick-exit/define.js';
import './components/hotline-card/define.js';
import './components/news-ticker/define.js';
import './components/campaign-banner/define.js';
import './components/red-flag-quiz/define.js';

export * from './index.js';
