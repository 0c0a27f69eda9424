import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {ref} from 'lit/directives/ref.js';
import '../src/components/red-flag-quiz/define.js';
import {HOTLINES} from '../src/data/hotlines.js';
import type {SignpostRedFlagQuiz} from '../src/components/red-flag-quiz/red-flag-quiz.js';
import {embedDocs} from './embed.js';
import {langControl, showcase, theme, themeArgTypes, type ThemeArgs} from './theming.js';

const TAG = 'signpost-red-flag-quiz';

interface Args extends ThemeArgs {
  topics: string;
  count: number;
  seed: string;
  src: string;
  timeout: number;
  'heading-level': number;
  country: string;
  lang: string;
  step: 'start' | 'question' | 'feedback' | 'result';
  bank: string;
}

/**
 * Moves a freshly rendered quiz to the step a story shows, as a reader would (by clicking), once per
 * quiz: Lit's `ref` calls each render's new callback again on the same element, and a control changed
 * on the same quiz must not click once more. The render keys the quiz on its step and on what it asks
 * (topics, count, seed, bank, src: a quiz past its start keeps its questions), so a change to any of
 * them gets a new quiz.
 */
const moved = new WeakSet<Element>();
function goTo(step: Args['step']) {
  return async (el: Element | undefined) => {
    const quiz = el as SignpostRedFlagQuiz | undefined;
    if (!quiz || step === 'start' || moved.has(quiz)) return;
    moved.add(quiz);
    const buttons = () => [...(quiz.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part="button"]') ?? [])];
    const click = async () => {
      await quiz.updateComplete;
      buttons()[0]?.click();
      await quiz.updateComplete;
    };
    // A src bank is loading: Start shows when it has arrived (or the built-in bank has taken its place).
    for (let wait = 0; wait < 100 && !buttons().length; wait++) await new Promise((r) => setTimeout(r, 50));
    await click(); // start
    if (step === 'question') return;
    // Answer until the result shows (the pool may hold fewer questions than count), or once for feedback.
    for (let i = 0; i < 50 && !quiz.shadowRoot!.querySelector('[part="result"]'); i++) {
      quiz.shadowRoot!.querySelector<HTMLLabelElement>('label.option')?.click();
      await click(); // check
      if (step === 'feedback') return;
      await click(); // next / result
    }
  };
}

const sampleBank = JSON.stringify({
  questions: [
    {id: 'p1', topic: 'labour', prompt: 'A partner-written question: which of these is a sign of labour exploitation?', options: ['Wages withheld for months', 'A paid holiday'], correct: 0, explanation: 'Withholding wages is an ILO indicator of forced labour.', source: {name: 'ILO Indicators of Forced Labour', url: 'https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277'}},
    {id: 'p2', topic: 'myths', prompt: 'Trafficking always involves crossing a border.', options: ['True', 'False'], correct: 1, explanation: 'People can be exploited without leaving their home town.', source: {name: 'Unseen', url: 'https://www.weareunseen.org/blog/myths-vs-reality-about-trafficking'}},
  ],
});

const meta: Meta<Args> = {
  title: 'Widgets/Red-flag quiz',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {topics: '', count: 5, seed: 'storybook', src: '', timeout: 8000, 'heading-level': 2, country: 'US', lang: '', step: 'start', bank: ''},
  argTypes: {
    step: {control: 'inline-radio', options: ['start', 'question', 'feedback', 'result']},
    lang: langControl,
    topics: {control: 'select', options: ['', 'labour', 'sexual', 'children', 'myths', 'general', 'labour,myths']},
    src: {control: 'select', options: ['', 'fixtures/quiz-bank.json'], description: 'A JSON bank to fetch (a local sample file here: the stories request nothing from elsewhere)'},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    bank: {control: 'text', description: 'A JSON bank placed in a child script (see docs/schemas/quiz-bank.schema.json)'},
    // The closing card's country: none (the page language's region, else the picker), or one of the directory's.
    country: {control: 'select', options: ['', ...HOTLINES.map((e) => e.country)], description: showcase(TAG, 'country', 'US')},
    seed: {description: showcase(TAG, 'seed', 'storybook', 'The stories fix one so that every view shows the same questions.')},
    ...themeArgTypes(TAG),
  },
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}${keyed(
      JSON.stringify([a.step, a.topics, a.count, a.seed, a.bank, a.src]),
      html`<signpost-red-flag-quiz
    style=${style}
    topics=${a.topics || nothing}
    count=${a.count}
    seed=${a.seed || nothing}
    src=${a.src || nothing}
    timeout=${a.timeout}
    heading-level=${a['heading-level']}
    country=${a.country || nothing}
    lang=${a.lang || nothing}
    ${ref(goTo(a.step))}
    >${a.bank ? html`<script type="application/json">${a.bank}</script>` : nothing}</signpost-red-flag-quiz
  >`,
    )}`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Starts from showcase values: `country="US"` and `seed="storybook"` (the element has neither by default). */
export const Start: Story = {};
export const Question: Story = {args: {step: 'question'}};
export const Feedback: Story = {args: {step: 'feedback'}};
export const Result: Story = {args: {step: 'result', count: 2}};
export const Labour: Story = {args: {topics: 'labour', step: 'question'}};
export const Sexual: Story = {name: 'Sexual exploitation', args: {topics: 'sexual', step: 'question'}};
export const Children: Story = {args: {topics: 'children', step: 'question'}};
export const Myths: Story = {args: {topics: 'myths', step: 'question'}};
export const Spanish: Story = {name: 'Español', args: {lang: 'es', step: 'question', country: 'MX'}};
export const RightToLeft: Story = {name: 'العربية (RTL)', args: {lang: 'ar', step: 'feedback', country: 'GB'}};
export const CustomBank: Story = {name: 'Custom bank (child JSON)', args: {bank: sampleBank, count: 2, step: 'question'}};
export const BankFromSrc: Story = {name: 'Custom bank (src)', args: {src: 'fixtures/quiz-bank.json', count: 2}};
