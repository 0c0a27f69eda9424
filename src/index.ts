/**
 * Signpost's npm entry: classes, types and helpers only. Importing it registers nothing;
 * import `@signpost/widgets/define.js` (all widgets) or `@signpost/widgets/hotline-card.js` to register.
 */
export {SignpostHotlineCard} from './components/hotline-card/hotline-card.js';
export type {HotlineContactDetail, HotlineCountryChangeDetail} from './components/hotline-card/hotline-card.js';
export type {Channel} from './components/hotline-card/line-view.js';
export {SignpostQuickExit, DEFAULT_EXIT_URL} from './components/quick-exit/quick-exit.js';
export type {QuickExitDetail} from './components/quick-exit/quick-exit.js';
export {SignpostRedFlagQuiz} from './components/red-flag-quiz/red-flag-quiz.js';
export type {QuizAnsweredDetail, QuizCompletedDetail} from './components/red-flag-quiz/red-flag-quiz.js';
export {validateBank, selectQuestions, TOPICS} from './quiz/bank.js';
export type {BankResult, QuizQuestion, QuizSource, Topic} from './quiz/bank.js';
export {SignpostCampaignBanner} from './components/campaign-banner/campaign-banner.js';
export type {BannerDismissDetail} from './components/campaign-banner/campaign-banner.js';
export {CAMPAIGNS} from './banner/campaigns.js';
export type {Campaign, CampaignId, CampaignWindow} from './banner/campaigns.js';
export {SignpostNewsTicker} from './components/news-ticker/news-ticker.js';
export type {TickerErrorDetail} from './components/news-ticker/news-ticker.js';
export {normalizeFeed, FeedError} from './feeds/normalize.js';
export type {Feed, FeedItem, JsonFeedItem, XmlNode, XmlParser} from './feeds/normalize.js';
export {SignpostElement} from './internal/signpost-element.js';
export {HOTLINES, findCountry} from './data/hotlines.js';
export type * from './data/hotline-types.js';
export {registerLocale, availableLocales} from './i18n/registry.js';
export type {Catalog, Template} from './i18n/registry.js';
export {VERSION} from './internal/version.js';
export type {Clock} from './internal/clock.js';
