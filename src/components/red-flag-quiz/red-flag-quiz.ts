import {html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {SignpostElement, keepFallbackFocus} from '../../internal/signpost-element.js';
import {emit} from '../../internal/emit.js';
import {safeUrl} from '../../internal/safe-url.js';
import {warn, warnOnce} from '../../internal/warn.js';
import {childJson, headingLevel, numberAttr, watchChildren} from '../../internal/input.js';
import {announce} from '../../internal/announce.js';
import {placed} from '../../internal/placed.js';
import {parseTopics, selectQuestions, validateBank, type QuizQuestion} from '../../quiz/bank.js';
import {t} from './messages.js';
// The result step shows the reader's hotline by placing the card: an import of no names, as in
// hotline-card.ts (define.ts registers the card).
import {} from '../hotline-card/hotline-card.js';
import {fetchText} from '../../internal/fetch-text.js';
import {BANK_INDEX, builtInBank} from '../../data/quiz-bank.js';
import {styles} from './styles.js';
import {dirOf} from '../../i18n/resolve.js';
import {newTabNote} from '../../internal/new-tab.js';

/** Detail of `signpost-quiz-answered`. */
export interface QuizAnsweredDetail {
  questionId: string;
  correct: boolean;
}
/** Detail of `signpost-quiz-completed`. */
export interface QuizCompletedDetail {
  score: number;
  total: number;
}

/**
 * The step on screen, private state that only this class reads: numbers, which the CDN files write
 * shorter than names. The start is 0 (or unset, before the first start), so `!this.stage` is "at the
 * start" and `this.stage` "past it".
 * (Question 2 and feedback 1: of the orders measured, the one that gzips smallest.)
 */
const START = 0, QUESTION = 2, FEEDBACK = 1, RESULT = 3;
type Step = typeof START | typeof QUESTION | typeof FEEDBACK | typeof RESULT;
const MAX_BYTES = 256 * 1024;

/**
 * A short, accessible quiz on the red flags of human trafficking, from sourced indicators and myths.
 * Every answer is explained with its source; the end says that signs are not proof, not to intervene,
 * and how to report, and shows the reader's hotline.
 *
 * @tagname signpost-red-flag-quiz
 * @summary Learn the red flags: sourced questions, an explanation per answer, ending in what to do.
 *
 * @slot - Light-DOM fallback shown until the element upgrades. A child `<script type="application/json">` may hold a bank.
 *
 * @fires {CustomEvent<QuizAnsweredDetail>} signpost-quiz-answered - An answer was checked: `detail: {questionId, correct}`.
 * @fires {CustomEvent<QuizCompletedDetail>} signpost-quiz-completed - The last answer was checked and the result shown: `detail: {score, total}`.
 *
 * @csspart base - The quiz.
 * @csspart title - The title.
 * @csspart progress - "Question 3 of 5".
 * @csspart question - The question's fieldset.
 * @csspart option - Each answer.
 * @csspart feedback - The explanation after an answer.
 * @csspart button - Every button (start, check, next, try again).
 * @csspart result - The result step.
 * @csspart hotline - The hotline card on the result step. The parts below are that card's own, forwarded under the same names.
 * @csspart heading - Result card: the line's name.
 * @csspart scope - Result card: what kind of service the line is.
 * @csspart subheading - Result card: a line's name under its heading (a country with no dedicated hotline; the other services).
 * @csspart notice - Result card: "No dedicated hotline" notice.
 * @csspart hours - Result card: open now / closed status.
 * @csspart channels - Result card: the list of contact links.
 * @csspart call-link - Result card: the call link.
 * @csspart copy-button - Result card: the copy-number button.
 * @csspart copy-status - Result card: what the last copy did ("Number copied: …" or "Could not copy…"), shown beside the button.
 * @csspart sms-link - Result card: the text-message link.
 * @csspart chat-link - Result card: the chat link.
 * @csspart report-link - Result card: the online report link.
 * @csspart website-link - Result card: the website link.
 * @csspart email-link - Result card: the email link.
 * @csspart tty - Result card: the TTY line.
 * @csspart languages - Result card: languages per channel.
 * @csspart scam-warning - Result card: "Scammers have made calls that seem to come from this number…" (the US hotline).
 * @csspart emergency - Result card: the emergency-number box.
 * @csspart source - Result card: "Source · reviewed on" line.
 * @csspart more - Result card: the "Other services" disclosure.
 * @csspart picker - Result card: the country picker.
 *
 * @cssprop --signpost-accent - Buttons and focus colour. Default: `#0b57a4` (light), `#8ab4f8` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-open - Colour of the correct answer's border. Default: `#1a7f37` (light), `#3fb950` (dark), following the host’s `color-scheme`.
 * @cssprop [--signpost-radius=0.5em] - Corner radius.
 * @cssprop [--signpost-space=min(1em, 5vw)] - Base spacing. The default is 1em, at most 5% of the screen's width (less than 1em only with large text on a narrow screen).
 * @cssprop --signpost-accent-contrast - Text colour on the accent (the buttons). Default: `#ffffff` (light), `#0b1b2b` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-surface - Background. Default: `#ffffff` (light), `#1f2328` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-text - Text colour. Default: `#1f2328` (light), `#e6edf3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-muted - Secondary text colour (progress, source). Default: `#57606a` (light), `#9ea7b3` (dark), following the host’s `color-scheme`.
 * @cssprop --signpost-border - Border colour (the quiz, each answer). Default: `#8c959f` (light), `#6e7681` (dark), following the host’s `color-scheme`.
 */
export class SignpostRedFlagQuiz extends SignpostElement {
  static override get properties(): PropertyDeclarations {
    return {
      topics: {},
      count: {converter: numberAttr(5)},
      seed: {},
      src: {},
      timeout: {converter: numberAttr(8000, 1)},
      country: {},
      headingLevel: {converter: numberAttr(2), attribute: 'heading-level'},
      // (The private state in the order that gzips smallest: the CDN build names it in this order.)
      stage: {state: true},
      chosen: {state: true},
      tally: {state: true},
      current: {state: true},
      spoken: {state: true},
      busy: {state: true},
      bank: {state: true},
    };
  }

  static override styles = styles;

  /** Topics to draw from, comma-separated: `labour`, `sexual`, `children`, `myths`, `general`. Default: all. */
  topics = '';
  /** Number of questions (1 to the bank's size). Default 5. */
  count = 5;
  /** Any text: the same seed gives the same questions in the same order. Default: a new order each time. */
  seed = '';
  /** URL of a JSON bank (see docs/schemas/quiz-bank.schema.json), fetched without credentials or referrer. */
  src = '';
  /** Timeout for `src`, in milliseconds (at most 60000). Default 8000, also for 0 or below, and for a value that is not a number (which warns). */
  timeout = 8000;
  /** Country of the hotline shown at the end (ISO 3166-1 alpha-2). Default: from the language. */
  country = '';
  /** Level (2–6) of the quiz's headings. */
  headingLevel = 2;

  // Unset until the reader starts (#begin sets them all), for bytes: before then only the stage's
  // truth is read, which unset gives as START does (and the start screen shows no question).
  private stage!: Step;
  private current!: number;
  private chosen!: number;
  /** Answers right so far. */
  private tally!: number;
  /**
   * "Choose an answer first.", shown at a question until an answer is chosen: render tests the choice,
   * rather than each answer's change emptying the words (smaller; the same empty region from then on).
   */
  private spoken?: string;
  private busy?: boolean;
  /**
   * A valid bank of the partner's, inline or from src; unset (no initial value, for size) until one is read,
   * and when src changes. (Named `bank`: a state that `has()` names keeps its name in the CDN files, and
   * this one gzips smallest there.)
   */
  private bank?: QuizQuestion[];
  // The private members (#…) are declared, here and among the methods, in the order that gzips
  // smallest: the CDN build names them in declaration order (#watcher fourth, as the card's and the
  // banner's, so that their connect and disconnect code repeats). #attempt and #randomSeed, which have
  // initial values, keep their order (#attempt first: the constructor sets them in it); the others start unset.
  #focusNext?: string;
  #attempt = 0;
  // The ids drawn. No initial value (for size): willUpdate draws them at the first update (topics, count
  // and seed, which have initial values, are new then), before any render reads them.
  private order!: string[];
  #aborter?: AbortController;
  #watcher?: MutationObserver;
  /** The inline bank's text as last read. */
  #json?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildBank();
    // A framework may write or change the bank after connect (Vue and Angular drop a <script> from their
    // templates, so their apps add it themselves): the quiz follows it, as the card and the ticker do.
    this.#watcher = watchChildren(this, () => this.#readChildBank());
    // Moved in the page while its bank was loading (removal aborts the request): load it again.
    // (Reads without side effects, in the order that gzips smallest.)
    // Only a src it can load: one it refused warned once, and does not again at each move in the page.
    if (this.hasUpdated && safeUrl(this.src) && this.#loaded !== this.src) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#aborter?.abort();
    this.#watcher?.disconnect();
  }

  #readChildBank(): void {
    const json = childJson(this);
    // Moved in the page with the same inline bank: nothing new (the reader keeps their place, and a
    // bank from src stays).
    if (json !== undefined && json !== this.#json) this.#useBank((this.#json = json), 'bank inside <signpost-red-flag-quiz>');
  }

  // (Declared before willUpdate: the order that gzips smallest.)
  protected override updated(): void {
    // Focus on the light-DOM fallback stays in the widget (keepFallbackFocus says why at every update, and first).
    keepFallbackFocus(this);
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key); // private state too
    if (has('src')) {
      if (this.hasUpdated) {
        // The previous src's bank, or its request, is not this one's: back to the inline or built-in bank.
        // (Its handle goes too: the cancelled request is not a failure to warn about.)
        this.busy = false;
        // Forgotten too: coming back to the page, the src loads again, even the one loaded before.
        // (The bank and the request's handle unset with them, in one statement, by the undefined that
        // abort() returns, after aborting it: for size.)
        this.bank = this.#json = this.#loaded = this.#aborter = this.#aborter?.abort() as undefined;
        this.#readChildBank();
      }
      // Not while removed (a framework may set it then): connecting again loads it.
      if (this.src && this.isConnected) void this.#load();
    }
    // The level checked at every update, not only when it changed (smaller): a level once checked is
    // valid, and checking it again gives it back unchanged, with no warning.
    this.headingLevel = headingLevel(this.headingLevel);
    // Frameworks may pass "3". (The number written straight into the property, then read from it, with
    // no local: one expression, smaller; a property set in willUpdate makes no second update.) Checked
    // at every update, not only when it changed, as the level is (smaller): a count once checked is a
    // whole number above 0, which converts to itself, unchanged and unwarned.
    if (!(Number.isInteger((this.count = Number(this.count))) && this.count > 0)) {
      warn(`quiz count must be a whole number above 0; using 5.`);
      this.count = 5;
    }
    if (has('topics')) {
      // Joined first, and tested as text (no name is empty): smaller.
      const unknown = parseTopics(this.topics).unknown.join(', ');
      if (unknown) warn(`unknown quiz topics ignored: ${unknown}.`);
    }
    // Mid-quiz, the reader keeps the questions they are answering: new topics, count or seed apply
    // from the next start. Another bank has other questions: back to the start.
    if (has('bank') && this.stage) {
      this.stage = START;
      if ((this.renderRoot as ShadowRoot).activeElement) this.#focusNext = '.title';
    }
    // (The names in the order that gzips smallest: asking has() changes nothing.)
    if (['topics', 'bank', 'seed', 'count'].some(has) && !this.stage) {
      this.order = this.#pick();
    }
  }

  /** The src whose bank was last read. */
  #loaded?: string;
  /** The seed without a `seed` attribute: a random number, which #pick writes into the seed's text. */
  #randomSeed = Math.random();

  #check(question: QuizQuestion): void {
    // Checked once (a second click while the language file loads and the old button stays).
    if (this.stage != QUESTION) return;
    if (this.chosen < 0) {
      // Not once an answer is chosen (within the 100 ms), and so not once it is checked (a quick second
      // click: the feedback has begun).
      // (The message called in an arrow, not passed as t.choose: the build then writes it here; smaller.)
      void announce((text) => (this.spoken = this.chosen < 0 ? text : ''), this.inLocale(() => t.choose()));
      return;
    }
    // (These four in the order that gzips smallest.) The answer compared twice, where it is counted and
    // where it is sent, rather than kept in a local: the method then minifies to one expression (smaller).
    this.stage = FEEDBACK;
    this.#focusNext = '.verdict';
    this.spoken = '';
    if (this.chosen == question.correct) this.tally++;
    emit(this, 'signpost-quiz-answered', {questionId: question.id, correct: this.chosen == question.correct});
  }

  #begin(): void {
    this.order = this.#pick();
    // (These six in the order that gzips smallest: each is set, nothing read.)
    this.spoken = '';
    this.chosen = -1;
    this.stage = QUESTION;
    this.#focusNext = 'fieldset';
    this.tally = 0;
    this.current = 0;
  }

  async #load(): Promise<void> {
    // No request of this element's is running: a new src aborted it (willUpdate), as removal did (disconnectedCallback).
    const url = safeUrl(this.src);
    if (!url) return this.#fallback(`quiz src="${this.src}" is not an http(s) URL`);
    const aborter = (this.#aborter = new AbortController());
    this.busy = true;
    try {
      // Also a number as text ("3000"): React and Vue set a JSX or template attribute as the property.
      // Above 0, else 8000 (NaN, 0 and below: Math.max gives 0 or NaN, both falsy); with no local, smaller.
      const text = await fetchText(url, Math.max(parseFloat(this.timeout as never), 0) || 8000, MAX_BYTES, aborter.signal, 'application/json');
      // Unless the element was removed or a newer src replaced this one meanwhile.
      if (this.#aborter === aborter && this.isConnected) {
        this.#useBank(text, `bank at ${url}`);
        this.#loaded = this.src;
      }
    } catch (error) {
      // Quietly stop when the element was removed or a newer src replaced this one.
      if (this.#aborter === aborter && this.isConnected) {
        this.#fallback(`the quiz bank at ${url} could not be loaded (${(error as Error).message})`);
      }
    } finally {
      if (this.#aborter === aborter) this.busy = false;
    }
  }

  #renderQuestion(question: QuizQuestion, total: number) {
    const answered = this.stage == FEEDBACK;
    // A partner's bank is in the page's language, not in the catalog's (English on a German page); on a
    // page that states none, lang="" (unknown: the reader's own voice, not the catalog's English).
    // A built-in bank: nothing, no attribute (typed as text for lit-analyzer, which takes lang for text only).
    const lang = (this.bank ? this.languageTag : nothing) as string;
    // Its direction too (a Persian bank on a Persian page, with Signpost's words in English).
    const dir = (this.bank ? this.dir || dirOf(lang) : nothing) as 'ltr';
    // The fieldset takes focus at each question and reads its legend; the progress is its description.
    return html`<p class="muted" part="progress" id="progress">${t.progress(this.current + 1, total)}</p>
      <fieldset part="question" tabindex="-1" aria-describedby="progress" ?disabled=${answered}>
        <legend lang=${lang} dir=${dir}>${question.prompt}</legend>
        ${question.options.map((option, i) => {
          const mark = answered ? [i == this.chosen ? t.yourAnswer() : '', i == question.correct ? t.rightAnswer() : ''].filter(Boolean).join(', ') : '';
          const cls = answered && i == question.correct ? 'right' : answered && i == this.chosen ? 'wrong' : '';
          // The space before the mark, and the one after the verdict's first words below, sit in text with words,
          // not alone beside a Lit marker (a comment): Chromium leaves such a space out of its accessibility tree,
          // and a screen reader read "True(your answer)", "Not quite.The answer is" (test/screen-reader.test.ts).
          return html`<label part="option" class="option ${cls}">
            <input type="radio" name="answer" .checked=${i == this.chosen} @change=${() => (this.chosen = i)} />
            <span><span lang=${lang} dir=${dir}>${option}</span>${mark ? html`<span class="mark"> (${mark})</span>` : nothing}</span>
          </label>`;
        })}
      </fieldset>
      ${answered
        ? html`<div class="feedback" part="feedback">
              <p class="verdict" tabindex="-1" aria-describedby="explanation">${`${this.chosen == question.correct ? t.correct() : t.incorrect()} `}${placed((answer) => t.answerIs(answer), html`<bdi lang=${lang}>${question.options[question.correct]}</bdi>`)}</p>
              <p id="explanation" lang=${lang} dir=${dir}>${question.explanation}</p>
              <p class="muted">
                <a href=${question.source.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" aria-describedby="new-tab">${
                  // The source's name in its own language: a partner bank's the page's, a built-in source's English (whatever the catalog).
                  placed((name) => t.source(name), html`<bdi lang=${this.bank ? lang : 'en'}>${question.source.name}</bdi>`)
                }</a>
              </p>
              ${newTabNote()}
            </div>
            <button type="button" class="button primary" part="button" @click=${() => this.#next(total)}>${this.current + 1 < total ? t.next() : t.finish()}</button>`
        : html`<button type="button" class="button primary" part="button" @click=${() => this.#check(question)}>${t.check()}</button>`}`;
  }

  #useBank(json: string, where: string): void {
    // Only JSON.parse throws here (validateBank never does, nor setting the state or warning): all in the
    // try for size, the result read from its object rather than destructured (smaller too).
    try {
      const result = validateBank(JSON.parse(json));
      if (result.questions) this.bank = result.questions;
      else this.#fallback(`the quiz ${where} is not valid (${result.errors.slice(0, 3).join('; ')})`);
    } catch {
      this.#fallback(`the quiz ${where} is not valid JSON`);
    }
  }

  /** Warns of a bank that failed, and says what the reader gets instead: the inline bank, if valid, else the built-in one. */
  #fallback(problem: string): void {
    // ("the" written once, outside the two names: smaller.)
    warn(`${problem}; the ${this.bank ? 'bank inside the element' : 'built-in bank'} is used.`);
  }

  #next(total: number): void {
    // A second click on the same button while nothing new renders (a language file loading: the
    // update waits, the old button stays) moves on once, not twice.
    if (this.stage != FEEDBACK) return;
    if (this.current + 1 < total) {
      this.current++;
      this.chosen = -1;
      this.stage = QUESTION;
      this.#focusNext = 'fieldset';
      return;
    }
    this.stage = RESULT;
    // The result's title, its one `.title` (the start's title has the class too: one selector, smaller).
    this.#focusNext = '.title';
    // Through a local: test/node/mangle-props.test.mjs refuses a mangled name beside an event detail's key.
    const score = this.tally;
    emit(this, 'signpost-quiz-completed', {score, total});
  }

  // (Every topic by calling itself again with none, rather than a second selectQuestions call: smaller.
  // It stops there: a bank is never empty, and with no topics every question matches.)
  #pick(topics = parseTopics(this.topics).topics): string[] {
    // selectQuestions gives at least one question when any matches the topics, none when none does.
    const order = selectQuestions(this.bank ?? BANK_INDEX, topics, this.count, `${this.seed || this.#randomSeed}:${this.#attempt}`);
    if (order.length) return order;
    // Once (per text): #pick runs again at Start and at each Try again.
    warnOnce(`no quiz questions match topics="${this.topics}"; using every topic.`);
    return this.#pick([]);
  }

  override render(): TemplateResult {
    // The questions in play, in the widget's language. A bank's ids are unique (validateBank refuses one used twice).
    const bank = this.bank ?? builtInBank();
    // (Each id's question, if the bank has it, as a list of none or one: one call, smaller than find and filter.)
    const questions = this.order.flatMap((id) => bank.filter((q) => q.id == id));
    const total = questions.length;
    const question = questions[this.current];
    const title = t.title();
    // The body written in the section's template: the intro, the result, or a question.
    // (Lit sets a bound attribute after the element's plain ones, so the loading status's class written before
    // its role changes nothing in the DOM: the order that gzips smallest. The message's class before its
    // role: the order of its attributes that gzips smallest.)
    return html`<section part="base" class="quiz panel" lang=${this.locale} dir=${this.direction} aria-label=${title}>
      ${!this.stage || !question
        ? html`<div class="title" part="title" role="heading" aria-level=${this.headingLevel} tabindex="-1">${title}</div>
            <p>${t.intro()}</p>
            <p class="muted">${t.questions(total)}</p>
            <p class="muted">${t.note()}</p>
            ${this.busy ? nothing : html`<button type="button" class="button primary" part="button" @click=${this.#begin}>${t.start()}</button>`}`
        : this.stage == RESULT
          // The card forwards its parts under their own names (all but `base` and its quick exit's, which
          // it does not show here): `::part(call-link)` on the quiz styles the card's call link.
          ? html`<div part="result">
            <div class="title" part="title" role="heading" aria-level=${this.headingLevel} tabindex="-1" aria-describedby="score">${t.resultTitle()}</div>
            <p id="score"><strong>${t.score(this.tally, total)}</strong></p>
            <p>${t.thanks()}</p>
            <p><strong>${t.remember()}</strong></p>
            <ul>
              <li>${t.notProof()}</li>
              <li>${t.noIntervene()}</li>
              <li>${t.report()}</li>
            </ul>
            <signpost-hotline-card part="hotline" exportparts="heading,scope,subheading,notice,hours,channels,call-link,copy-button,copy-status,sms-link,chat-link,report-link,website-link,email-link,tty,languages,scam-warning,emergency,source,more,picker" lang=${this.languageTag || nothing} dir=${this.direction} country=${this.country || nothing} heading-level=${Math.min(6, this.headingLevel + 1)}></signpost-hotline-card>
            <button type="button" class="button primary" part="button" @click=${() => {
              this.#attempt++;
              this.#begin();
            }}>${t.again()}</button>
          </div>`
          // The quiz's name stays a heading for screen readers' heading lists while its questions show (unseen: the legend says where the reader is).
          : html`<div class="visually-hidden" role="heading" aria-level=${this.headingLevel}>${title}</div>${this.#renderQuestion(question, total)}`}
      <div class=${this.busy ? 'muted' : 'visually-hidden'} role="status">${this.busy ? t.loading() : ''}</div>
      <div class="message" role="status">${this.stage == QUESTION && this.chosen < 0 ? this.spoken : ''}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signpost-red-flag-quiz': SignpostRedFlagQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'signpost-quiz-answered': CustomEvent<QuizAnsweredDetail>;
    'signpost-quiz-completed': CustomEvent<QuizCompletedDetail>;
  }
}
