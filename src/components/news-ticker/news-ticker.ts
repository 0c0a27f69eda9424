import {childJson, boolAttr, numberAttr, oneOf, textAttr, watchChildren} from '../../internal/input.js';
import {warn} from '../../internal/warn.js';
import {html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {safeUrl} from '../../internal/safe-url.js';
import {safe} from '../../internal/safe.js';
import {decodeFeed} from '../../feeds/text.js';
import {now, systemClock, type Clock} from '../../internal/clock.js';
import {browserXml, type FeedError, newestFirst, normalizeFeed, type FeedItem, type JsonFeedItem} from '../../feeds/normalize.js';
// After the normaliser: both are pure modules, and signpost.js then has the fetch helper after the
// normaliser, which gzips 8 B smaller there (+6 B on this widget's own file).
import {fetchText, type FetchError} from '../../internal/fetch-text.js';
import {itemsFromLightDom} from '../../feeds/items.js';
import {formatItemDate} from '../../feeds/dates.js';
import {dirOf, formatLocaleOf} from '../../i18n/resolve.js';
import {emit} from '../../internal/emit.js';
import {SignpostElement, keepFallbackFocus} from '../../internal/signpost-element.js';
import {t} from './messages.js';
import {newTabNote} from '../../internal/new-tab.js';
import {styles} from './styles.js';

/** Detail of `signpost-ticker-error`: why the feed could not be shown. No personal data. */
export interface TickerErrorDetail {
  reason: 'timeout' | 'http' | 'too-large' | 'network' | 'parse' | 'format' | 'invalid-url';
}

type Mode = 'scroll' | 'rotate' | 'list';
// A number as text ("80") counts: React and Vue set a JSX or template attribute as the property.
// (The global isFinite, on parseFloat's number the same as Number.isFinite: smaller.)
const clamp = (v: number, lo: number, hi: number, fallback: number) => (isFinite((v = parseFloat(v as never))) ? Math.min(Math.max(v, lo), hi) : fallback);

/**
 * Campaign and enforcement news, text only, from light-DOM links, an inline JSON Feed or a feed URL
 * (JSON Feed, RSS, RSS 1.0, Atom). Calm and pausable: the pause button comes first, motion stops on
 * hover and while focus is inside, and nothing moves for readers who ask for reduced motion.
 *
 * @tagname signpost-news-ticker
 * @summary A pausable, text-only news ticker fed safely from partner items or feeds.
 *
 * @slot - Light-DOM items (links, optionally with `<time datetime>`): the no-JavaScript fallback and a source of items.
 *
 * @fires {CustomEvent<TickerErrorDetail>} signpost-ticker-error - A feed could not be loaded or read: `detail: {reason}`. The last items (or the fallback) stay.
 *
 * @csspart base - The ticker region.
 * @csspart pause-button - The pause/play button (first in tab order): while stories move, and whenever a refresh is set.
 * @csspart previous-button - Previous item (rotate mode).
 * @csspart next-button - Next item (rotate mode).
 * @csspart viewport - The area the items move in.
 * @csspart item - Each item.
 * @csspart content-note - An item's content note.
 *
 * @cssprop --signpost-accent - Buttons and links. Default: `#0b57a4` (light), `#8ab4f8` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-surface - Background. Default: `#ffffff` (light), `#1f2328` (dark), following the host’s `color-scheme`.
 * @cssprop [--signpost-radius=0.5em] - Corner radius.
 * @cssprop --signpost-text - Text colour. Default: `#1f2328` (light), `#e6edf3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-muted - Colour of dates and sources. Default: `#57606a` (light), `#9ea7b3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-border - Border colour. Default: `#8c959f` (light), `#6e7681` (dark), following the host’s `color-scheme`.
 */
export class SignpostNewsTicker extends SignpostElement {
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      refresh: {converter: numberAttr(0)},
      timeout: {converter: numberAttr(8000, 1)},
      maxBytes: {converter: numberAttr(524288, 1), attribute: 'max-bytes'},
      mode: {reflect: true, converter: textAttr('rotate')},
      speed: {converter: numberAttr(40, 1)},
      interval: {converter: numberAttr(7)},
      maxItems: {converter: numberAttr(10, 1), attribute: 'max-items'},
      paused: {type: Boolean, converter: boolAttr, reflect: true},
      label: {},
      dateStyle: {attribute: 'date-style', converter: textAttr('absolute')},
      clock: {attribute: false},
      // (The private state in the order that gzips smallest. The CDN build's minifier gives its names by how
      // often each is used, not in this order, but the order of these lines is still in the file.)
      hovering: {state: true},
      busy: {state: true},
      reducedMotion: {state: true},
      light: {state: true},
      at: {state: true},
      fetched: {state: true},
      focusInside: {state: true},
      viaKeyboard: {state: true},
      inlineItems: {state: true},
    };
  }

  static override styles = styles;

  /** Feed URL (JSON Feed 1.0/1.1, RSS 2.0, RSS 1.0, Atom 1.0), fetched without credentials or referrer. */
  src = '';
  /** Re-fetch every N seconds (60 to 2,000,000; a value outside, or not a number, uses the nearer bound, 60 for a word, with a warning). 0 or absent: fetch once. */
  refresh = 0;
  /** Timeout for `src`, in milliseconds (100 to 60000; a value outside uses the nearer bound). Default 8000, also for a value that is not a number (with a warning). */
  timeout = 8000;
  /** Byte cap for `src` (1 KB to 5 MB; a value outside uses the nearer bound). Default 524288 (512 KB), also for a value that is not a number (with a warning). */
  maxBytes = 524288;
  /** `rotate` (default: one item at a time), `scroll` (continuous) or `list` (static). */
  mode: 'rotate' | 'scroll' | 'list' = 'rotate';
  /** Scroll speed in CSS pixels per second (10–200; a value outside uses the nearer bound). Default 40, also for a value that is not a number (with a warning). */
  speed = 40;
  /** Seconds each item shows in `rotate` mode (5 to 86,400; a value outside, or not a number, uses the nearer bound, 5 for a word, with a warning). Default 7. */
  interval = 7;
  /** At most this many items (1–50; a value outside uses the nearer bound). Default 10, also for a value that is not a number (with a warning). */
  maxItems = 10;
  /** Paused by the reader (the Pause button; keyboard focus on a story or a step button of a ticker that moves, or Previous or Next pressed with no pointer, as by a screen reader: it stays paused until Play), or set by the partner to start paused. */
  paused = false;
  /** Accessible name of the ticker. Empty (the default): "News", in the widget's language. */
  label = '';
  /** `absolute` (default), `relative` ("3 days ago") or `none` (anything else warns and gives `absolute`). */
  dateStyle: 'absolute' | 'relative' | 'none' = 'absolute';
  /** Clock for relative dates: a function returning ms since the epoch (default `Date.now`). */
  clock: Clock = systemClock;

  private fetched?: FeedItem[] | null;
  /** A feed request is on its way: with nothing else to show, nothing rather than "No news right now". */
  private busy?: boolean;
  // (No initial values, for size: the inline items are read with `?.`, and the index is set by willUpdate before any render reads it.)
  private inlineItems?: FeedItem[];
  private light: FeedItem[] = [];
  // The index of the story in view. (Named `at`: a state that `has()` names keeps its name in the CDN
  // files, and this one gzips smallest there.)
  private at!: number;
  // The pointer is over the ticker; focus is inside it. Unset until either first comes: read only for truth.
  private hovering?: boolean;
  private focusInside?: boolean;
  /** The focus inside came from the keyboard (`:focus-visible`), not from a press of the mouse. */
  private viaKeyboard?: boolean;
  private reducedMotion?: boolean;
  // Private members (these fields, and the methods below among the public ones) are declared in the order
  // that gzips smallest: the CDN build names them in the order they are declared, and nothing can see that
  // order (the fields start unset; a private method is no property of any object).
  #media?: MediaQueryList;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #aborter?: AbortController;
  #resize?: ResizeObserver;
  /** The text of the child JSON Feed script last read. */
  #scriptJson?: string;
  #rotateTimer?: ReturnType<typeof setInterval>;
  /** The story the last render showed in rotate mode: its id and link (together, one story of a feed). */
  #shown?: string;
  /**
   * Stories arrived (a feed, a refresh, a framework's change): not the reader's doing, so they land while
   * the live region is off, and only what Previous and Next bring is read out (APG carousel).
   */
  #quiet?: boolean;
  /**
   * The instant relative dates are worked out at: at each render no one hears (the live region off), and
   * kept through one the reader brings to a still rotating ticker, whose region is polite (the pointer
   * over it, focus, Pause, a page shown again), where "3 minutes ago" for the "2 minutes ago" read
   * before would be read out unasked. The minute's quiet render moves the dates on.
   */
  #dateAt?: number;
  /** What had focus in the ticker before the render: a button that may go with it (see updated). */
  #focused?: Element | null;

  // (Declared here for its short name: see the fields above.)
  #watcher?: MutationObserver;
  /** The frames that make the live region polite again are on their way (see updated). */
  #framing?: boolean;

  override connectedCallback(): void {
    // `items` set before the element was defined (a page script ahead of the module, a framework)
    // is an own property that hides the setter: hand it to the setter. (Asked of the element itself, as
    // Lit asks it of its properties: smaller than Object.hasOwn.)
    // eslint-disable-next-line no-prototype-builtins
    if (this.hasOwnProperty('items')) {
      const value = this.items;
      delete (this as {items?: unknown}).items;
      this.items = value;
    }
    super.connectedCallback();
    this.#readChildren();
    // Items written (or changed) after the ticker is in the page, as frameworks do, count too.
    this.#watcher = watchChildren(this, () => this.#readChildren());
    // The boolean form, as the styles write it: true for reduce, the one value besides no-preference.
    // The list is this connection's own (no one else listens to it): its one handler, cleared on disconnect.
    // (The handler called once for the first value: shorter.)
    ((this.#media = matchMedia('(prefers-reduced-motion)')).onchange = () => (this.reducedMotion = this.#media!.matches))();
    // Only a src it can load: one it refused warned once, and does not again at each move in the page.
    if (this.hasUpdated && safeUrl(this.src)) void this.#load(); // (in the order that gzips smallest)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // (Each stops one thing and none reads another: in the order that gzips smallest.)
    this.#aborter?.abort();
    clearTimeout(this.#refreshTimer);
    this.#resize?.disconnect();
    this.#rotateTimer = void clearInterval(this.#rotateTimer);
    this.#watcher?.disconnect();
    if (this.#media) this.#media.onchange = null;
    // Moved by a framework with the pointer or focus inside: no leave event will come.
    this.hovering = this.focusInside = false;
  }

  /**
   * The items shown: the fetched feed, else (none fetched, or a feed with none) the inline items, else
   * the light-DOM items. Set it to an array of JSON Feed items (`{title, url, date_published,
   * summary}`), as frameworks do, to give the inline items: they are checked as a feed's are. What it
   * reads back is the checked items (`FeedItem`: `date` in ms, `contentNote`), not JSON Feed items:
   * keep your own array to change it.
   * @type {readonly JsonFeedItem[]}
   */
  get items(): FeedItem[] {
    // (The list is chosen before maxItems is read: reading either changes nothing. A list with a first
    // story is one with stories: every story is an object.)
    return ([this.fetched, this.inlineItems].find((list) => list?.[0]) ?? this.light).slice(0, clamp(Math.round(this.maxItems), 1, 50, 10));
  }

  // (Declared here for its short name: see the fields above.)
  /** Relative dates' next minute: while `date-style` is `relative` and the ticker is in a page. */
  #dateTimer?: ReturnType<typeof setInterval>;

  set items(value: readonly JsonFeedItem[] | null | undefined) {
    // Not JSON-shaped: '', warned about there.
    this.#readInlineFeed(safe(() => JSON.stringify({items: value ?? []}), ''), 'items property of');
  }

  async #load(): Promise<void> {
    // The aborted request's failure is not this src's. (Cleared by the abort's own undefined, as the
    // timers are: smaller.)
    this.#aborter = void this.#aborter?.abort();
    // (The timer stopped before the flag is set: the same, in the order that gzips smaller.)
    clearTimeout(this.#refreshTimer);
    this.busy = false;
    if (!this.src) return;
    const url = safeUrl(this.src);
    if (!url) {
      warn(`ticker src="${this.src}" is not an http(s) URL; the fallback stays.`);
      emit(this, 'signpost-ticker-error', {reason: 'invalid-url'});
      return;
    }
    const aborter = (this.#aborter = new AbortController());
    this.busy = true;
    try {
      const feed = await fetchText(
        url,
        clamp(this.timeout, 100, 60000, 8000),
        clamp(this.maxBytes, 1024, 5 * 1024 * 1024, 512 * 1024),
        aborter.signal,
        'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml, text/xml',
        // Read in the feed's charset; relative links against where it came from, after any redirect.
        (bytes, type, at) => normalizeFeed(decodeFeed(bytes, type), browserXml, at),
      );
      // Newest first, as feed readers and signpost-feed show a feed (a playlist or an archive lists
      // its oldest first); undated stories after dated ones. Inline and light-DOM items keep their order.
      if (this.#aborter === aborter) {
        // not an older src's late answer
        this.fetched = feed.items.sort(newestFirst);
        this.#quiet = true;
      }
    } catch (error) {
      // Unless removed, or replaced by a newer src. (Written as the quiz's same test: gzip finds it again.)
      if (this.#aborter === aborter && this.isConnected) {
        warn(`the feed at ${url} could not be shown (${(error as Error).message}); the ${this.fetched ? 'last items stay' : 'fallback stays'}.`);
        // fetchText throws FetchErrors and normalizeFeed FeedErrors, each with its reason; nothing else has one.
        emit(this, 'signpost-ticker-error', {reason: (error as FetchError | FeedError).reason ?? 'network'});
      }
    } finally {
      if (this.#aborter === aborter) {
        this.busy = false;
        this.#schedule();
      }
    }
  }

  /**
   * The next refresh, if `refresh` asks for one. Not while the reader holds the ticker still (paused,
   * the pointer over it, focus inside): the story being read, or the link focused, would change under
   * them (WCAG 2.2.2: a pause stops updates too). Then it is looked at again in 5 s: it comes soon after the hold ends.
   */
  #schedule(seconds = this.refresh): void {
    clearTimeout(this.#refreshTimer);
    // (Reads without side effects, in the order that gzips smallest.)
    if (this.isConnected && 60 <= this.refresh && this.src) {
      // (setTimeout discards what its callback returns, so the load's promise goes there without a void: shorter.)
      this.#refreshTimer = setTimeout(() => (this.#held ? this.#schedule(5) : this.#load()), seconds * 1000);
    }
  }

  /** Whether anything is moving right now. */
  get moving(): boolean {
    return !this.#held && this.#movable;
  }

  #setDuration(): void {
    // The first copy's parent is the track (render).
    const copy = this.renderRoot.querySelector<HTMLElement>('.copy');
    // Its layout width, in CSS px as `speed` is: a page's CSS `zoom` or a scaled slider around the ticker
    // changes it in no engine (a bounding box is zoomed in some engines, not in others, and scaled in all).
    // (Through `?.`: none, no track; shorter than a return of its own.)
    copy?.parentElement!.style.setProperty('--_d', `${Math.max(copy.offsetWidth / clamp(this.speed, 10, 200, 40), 5).toFixed(2)}s`);
  }

  /** Whether the ticker has motion to pause: a moving mode, no reduced motion and stories enough (the Pause button shows; so it does with a refresh). */
  get #movable(): boolean {
    return !(this.mode === 'list' || this.reducedMotion) && this.items.length > (this.mode === 'scroll' ? 0 : 1);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focused = (this.renderRoot as ShadowRoot).activeElement;
    if (changed.has('mode')) this.mode = oneOf(this.mode, ['rotate', 'scroll', 'list'], 'ticker mode');
    if (changed.has('dateStyle')) this.dateStyle = oneOf(this.dateStyle, ['absolute', 'relative', 'none'], 'ticker date-style');
    // Browsers run a timer longer than 2^31 ms (24.8 days) at once: an enormous value would flip
    // stories every few milliseconds, or fetch without pause.
    if (changed.has('interval')) this.#seconds('interval', 5, 86400);
    // (Also a value that is no number, "5m": it warns and refreshes every 60 s, as a value out of range does.
    // NaN as the one value unequal to itself: smaller than Number.isNaN.)
    if (changed.has('refresh') && (this.refresh || this.refresh != this.refresh)) this.#seconds('refresh', 60, 2e6);
    if (changed.has('src')) {
      this.fetched = null; // the previous feed's items are not this src's
      if (this.isConnected) void this.#load();
    } else if (changed.has('refresh') && this.hasUpdated) this.#schedule();
    // New stories (a refresh, a framework's change): the story in view stays in view, wherever it now is.
    // (A step of the reader's changes the index: that is where they go.) (Comparisons in the operand order that gzips smallest.)
    const found = this.items.findIndex((item) => this.#shown === item.id + item.url);
    if (0 <= found && !(changed as Map<string, unknown>).has('at')) this.at = found;
    if (!this.items[this.at]) this.at = 0; // past the last story (the index is a whole number, 0 or more)
  }

  /**
   * The reader's holds: the pointer over it, focus inside, paused. Focus inside while it is still there:
   * Firefox and Safari fire no focusout when the focused element goes (a story a framework took away, the
   * step buttons with the second-last story), and the ticker would stand still, its refreshes put off, for good.
   * (Read in the order that gzips smallest.)
   */
  get #held(): unknown {
    return this.paused || this.hovering || (this.focusInside && (this.renderRoot as ShadowRoot).activeElement);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Focus on the light-DOM fallback stays in the widget (keepFallbackFocus says why at every update, and first).
    keepFallbackFocus(this);
    // A button the render took away with keyboard focus on it (Pause, Previous or Next: the page took the
    // stories down to one): focus on the story, not lost to the page, where a screen reader loses its
    // place (APG: focus is never lost). Not focus a tap gave: a story focused would hold the ticker.
    if (this.viaKeyboard && this.#focused?.isConnected == false) this.renderRoot.querySelector('a')?.focus();
    // Screen readers take in a change at the next frame: off until then, polite again the frame after.
    // One pair of frames at a time: a hidden tab runs none until it is shown, and each refresh and each
    // minute's dates would queue another pair (thousands in a day), all held until then.
    if (this.#quiet && !this.#framing) {
      this.#framing = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          this.#quiet = this.#framing = false;
          this.requestUpdate();
        }),
      );
    }
    // Rotation: a timer only while moving; scroll: CSS does all the motion.
    // No timer once removed. (Reads without side effects, in the order that gzips smallest.)
    const rotate = this.mode === 'rotate' && this.isConnected && this.moving;
    if (changed.has('interval') || !rotate) {
      this.#rotateTimer = void clearInterval(this.#rotateTimer); // a new interval (a new timer), or stopped
    }
    if (rotate) this.#rotateTimer ??= setInterval(() => this.#step(1), this.interval * 1000);
    // Relative dates ("3 minutes ago") are worked out again every minute, quietly (the live region off, as
    // for stories that arrive): time passing is no news to read out. Not stopped by a pause: what the
    // reader holds still is the stories, and a date that stood still would come to say what is not so.
    // Nor put off by the reader's renders, which keep the dates as read (#dateAt): a minute at a time
    // whatever the reader does. Once removed, the minute set last comes and sets none.
    if (this.dateStyle != 'relative' || !this.isConnected) this.#dateTimer = void clearInterval(this.#dateTimer);
    else
      this.#dateTimer ??= setInterval(() => {
        this.#quiet = true;
        this.requestUpdate();
      }, 6e4);
    // The scroll track and its copies come and go together (render): a copy means a track.
    const copy = this.renderRoot.querySelector('.copy');
    if (copy) (this.#resize ??= new ResizeObserver(() => this.#setDuration())).observe(copy);
    if (changed.has('speed')) this.#setDuration();
  }

  #readChildren(): void {
    this.#quiet = this.hasUpdated;
    this.light = itemsFromLightDom(this);
    const json = childJson(this);
    if (json === this.#scriptJson) return; // unchanged: no second warning for the same bad JSON
    // A removed script takes its items with it: read as a feed of none (shorter than a branch of its own).
    // (Noted as read in the call, before the read: nothing there reads it, and shorter.)
    this.#readInlineFeed((this.#scriptJson = json) ?? '{"items":[]}', 'JSON Feed inside');
  }

  /** A timing property brought within its bounds, or to the nearest bound with a warning (not a number: the lower). */
  #seconds(name: 'interval' | 'refresh', lo: number, hi: number): void {
    const value = this[name];
    const used = value > hi ? hi : value >= lo ? value : lo;
    // (Set, then warned of, the setting inside the test: the same, in the order and operand order that gzip smallest.)
    if (value != (this[name] = used)) warn(`ticker ${name} must be ${lo} to ${hi} seconds; using ${used}.`);
  }

  /**
   * A story's content. `tabIndex` -1: the second scroll copy, for the eye only (clickable, but not focusable or read);
   * none: a link's tabIndex set to undefined is 0 (a DOM long reads it as NaN, which is 0).
   */
  #renderItem(item: FeedItem, tabIndex?: number) {
    // Its own fields only: a page's polluted Object.prototype (`?__proto__[contentNote]=…`) gives an
    // RSS story no content note and a light-DOM story no source (docs/embedding.md).
    item = {__proto__: null, ...item} as FeedItem;
    const date = formatItemDate(formatLocaleOf(this.languageTag, this.locale), item.date, this.dateStyle, this.#dateAt!);
    // A story is in the page's language as far as anyone knows, not in the catalog's (English on a German
    // page); on a page that states none, lang="" (unknown: the reader's own voice, not the catalog's English).
    const lang = this.languageTag;
    const dir = (this.dir || dirOf(lang)) as 'ltr';
    // A title's direction is its first letter's (dir=auto: an English headline in an Arabic ticker keeps its
    // full stop at its end), but in a right-to-left ticker a title with any letter of a right-to-left script
    // (Hebrew to Arabic Extended-A) is right to left: "ILO: 28 مليون …" starts with a Latin name, and auto
    // laid it out left to right. ('rtl' is the one direction after 'r': smaller than == 'rtl'.)
    const titleDir = (dir > 'r' && /[\u0590-\u08ff]/.test(item.title) ? dir : 'auto') as 'ltr';
    return html`${item.contentNote ? html`<span class="note" part="content-note">${t.contentNote()} <span lang=${lang} dir=${dir}>${item.contentNote}</span></span>` : nothing}
      ${item.url
        ? html`<a href=${item.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" aria-describedby="new-tab" dir=${titleDir} lang=${lang} .tabIndex=${tabIndex as number}>${item.title}</a>`
        : html`<span class="title" dir=${titleDir} lang=${lang}>${item.title}</span>`}
      ${date ? html`<time datetime=${new Date(item.date!).toISOString()}>${date}</time>` : nothing}
      ${item.source ? html`<span class="source">${item.source}</span>` : nothing}`;
  }

  #step(delta: number, press?: MouseEvent): void {
    // (The count read first: pausing changes no story, and this order gzips smaller.)
    const n = this.items.length;
    // Every step starts a full interval (updated() sets a new timer): a story the reader stepped to
    // (a tap on a phone does not hover or focus) gets its whole time, not the rest of the last one's.
    // A press with no pointer behind it (a click whose detail is 0: a screen reader's double tap that
    // moves no focus, as TalkBack's in Chrome; Switch Access; a key) stops the motion until Play, as
    // keyboard focus does: the story stepped to stays, and is read (the viewport is polite once still).
    this.paused ||= press?.detail == 0 && this.#movable;
    this.#rotateTimer = void clearInterval(this.#rotateTimer);
    if (n) this.at = (this.at + delta + n) % n;
  }

  override render(): TemplateResult {
    const items = this.items;
    const total = items.length;
    const moving = this.moving;
    const effectiveMode: Mode = this.reducedMotion && this.mode === 'scroll' ? 'list' : this.mode;
    // The stories as list items (scroll and list modes). (Declared before rotate: an arrow, so nothing runs
    // here; the CDN build names the locals in the order they are declared, and this one gzips smallest.)
    const list = (tabIndex?: number) => items.map((item) => html`<li part="item" class="item">${this.#renderItem(item, tabIndex)}</li>`);
    const rotate = effectiveMode === 'rotate';
    // Previous and Next: a rotating ticker of two stories or more.
    const steps = rotate && total > 1;
    // Whether focus comes from (or goes to) inside the ticker: focus from outside stops it (APG carousel); moving inside does not.
    const inside = (e: FocusEvent) => this.renderRoot.contains(e.relatedTarget as Node) || this.contains(e.relatedTarget as Node);
    // The story in view in rotate mode.
    const shown = items[this.at];
    // Polite (Previous and Next read out) only while the reader steps through still stories, and not in
    // a render that brings stories or the minute's dates (#quiet).
    const live = steps && !moving && !this.#quiet;
    if (!live || !this.#dateAt) this.#dateAt = now(this.clock);
    // The stories, or the empty note. (One conditional expression, not an if chain of assignments: smaller.)
    const content = !total
      ? this.busy
        ? nothing
        : html`<p class="empty">${t.empty()}</p>`
      : effectiveMode === 'scroll'
        ? // The same items twice, for a seamless loop. The second is hidden from assistive technology and
          // focus but stays clickable: for much of each loop it is what the reader sees. With focus inside,
          // the track stands at its start, so the focused link is on screen; a link pressed with the mouse
          // stays where it is (moved from under the pointer, it would not get the click).
          html`<div class="track ${moving ? '' : 'paused'} ${this.focusInside && this.viaKeyboard ? 'still' : ''}">
        <ul class="copy" role="list">${list()}</ul>
        <ul class="copy" role="list" aria-hidden="true">${list(-1)}</ul>
      </div>`
        : rotate
          ? // The APG carousel: each story is a group with the "slide" role description.
            // (Lit sets bound attributes after a template's own, in the order written, so where one stands
            // among the plain ones changes nothing in the DOM: here and on the viewport, the order that gzips smallest.)
            ((this.#shown = shown.id + shown.url),
            html`<div class="slides">${items.map((item, i) => html`<div ?hidden=${item != shown} part="item" class="item" role="group" aria-roledescription=${t.slide()} aria-label=${t.item(i + 1, total)}>${this.#renderItem(item)}</div>`)}</div>`)
          : html`<ul role="list">${list()}</ul>`;
    return html`<section part="base" class="ticker ${effectiveMode}" role="region" aria-label=${this.label || t.label()}
      aria-roledescription=${rotate ? t.carousel() : nothing}
      lang=${this.locale} dir=${this.direction}
      @pointerenter=${() => (this.hovering = true)} @pointerleave=${() => (this.hovering = false)}
      @focusin=${(e: FocusEvent) => {
        // After Play, focus may stay on the Pause button and the motion goes on; focus coming in, or on a
        // story or a step button, stops it while it stays (a focused link must not be hidden or carried
        // away). Keyboard focus on a story or a step button stops it until the reader presses Play, as the
        // APG carousel has it: leaving does not start it again. Not other focus: a tap or a click (Android
        // focuses a tapped button), nor the Pause button's own, which a screen reader may give it just
        // before it clicks (the click would then undo the pause).
        // (The target read now: once the event is dispatched, a target in a shadow tree reads null.)
        const target = e.target as Element;
        const toggle = target.matches('[part=pause-button]');
        // (The keyboard's flag also as a local: smaller.)
        const keyboard = (this.viaKeyboard = target.matches(':focus-visible'));
        this.focusInside ||= !inside(e) || !toggle;
        this.paused ||= keyboard && !toggle && this.#movable;
        // A focused story the edge cuts in part: brought wholly into view (no browser scrolls to one it shows
        // in part), once the track stands at its start (the render these changes ask for, if any).
        if (keyboard) void this.updateComplete.then(() => target.scrollIntoView({block: 'nearest'}));
      }} @focusout=${(e: FocusEvent) => {
        if (inside(e)) return;
        this.focusInside = false;
        // A link focused beyond the edge scrolled the viewport: back to the start before moving on.
        this.renderRoot.querySelector('.viewport')!.scrollLeft = 0;
      }}>
      ${this.#movable || (this.refresh && this.src) // (stories that update are paused too: WCAG 2.2.2, in list mode and under reduced motion)
        ? html`<button type="button" class="button" part="pause-button" @click=${() => {
            // Play starts the motion even with focus inside (the APG carousel's rotation control).
            this.paused = !this.paused;
            this.focusInside &&= this.paused;
          }}>
            ${this.paused ? t.play() : t.pause()}
          </button>`
        : nothing}
      ${steps
        ? html`<span class="steps"><button type="button" class="button" part="previous-button" aria-label=${t.previous()} @click=${(e: MouseEvent) => this.#step(-1, e)}>‹</button>
            <button type="button" class="button" part="next-button" aria-label=${t.next()} @click=${(e: MouseEvent) => this.#step(1, e)}>›</button></span>`
        : nothing}
      <div class="viewport" part="viewport" aria-atomic="false" aria-live=${live ? 'polite' : 'off'}>${content}</div>
      ${newTabNote()}
    </section>`;
  }

  #readInlineFeed(json: string, where: string): void {
    try {
      this.inlineItems = normalizeFeed(json, browserXml, document.baseURI).items;
      this.#quiet = this.hasUpdated;
    } catch (error) {
      warn(`the ${where} <signpost-news-ticker> is not usable (${(error as Error).message}); it is ignored.`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-news-ticker': SignpostNewsTicker;
  }
  interface GlobalEventHandlersEventMap {
    'signpost-ticker-error': CustomEvent<TickerErrorDetail>;
  }
}
