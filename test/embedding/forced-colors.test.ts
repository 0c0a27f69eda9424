import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import {answer, settle, start, type Quiz} from '../quiz/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * Forced colours (Windows contrast themes; CSS Color Adjustment 1): the browser replaces the widgets'
 * colours with the reader's system colours and drops box-shadows, so what a colour or a fill said must be
 * said by a border, a fill in a system colour, or words. Chromium only: `forced-colors` (a command of
 * web-test-runner.config.js) emulates the mode through CDP, and Chromium then forces the colours as a
 * contrast theme does (its default light palette: Canvas white, CanvasText black, LinkText dark blue).
 */
const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
const px = (v: string) => parseFloat(v) || 0;

/** What is wrong with a control's look in forced colours: a control must have a visible border, in its own colour. */
function controlProblems(el: Element, what: string): string[] {
  const s = getComputedStyle(el);
  const found: string[] = [];
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const bordered = sides.every((side) => {
    const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const color = s.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return style !== 'none' && style !== 'hidden' && px(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 && !transparent(color) && color !== s.backgroundColor;
  });
  if (!bordered) found.push(`${what}: no visible border all round (${s.borderStyle} ${s.borderWidth} ${s.borderColor} on ${s.backgroundColor})`);
  if (s.boxShadow !== 'none') found.push(`${what}: a box-shadow (${s.boxShadow}) in forced colours`);
  if (s.backgroundImage !== 'none') found.push(`${what}: a background image in forced colours`);
  return found;
}

async function forced(active: boolean) {
  await executeServerCommand('forced-colors', {active});
}


describe('forced colours (Windows contrast themes)', function () {
  before(function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
  });
  beforeEach(() => forced(true));
  afterEach(() => forced(false));

  it('is emulated (the media query and the forced colours)', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const box = await fixture(html`<div style="background: #b3261e; color: #fff; box-shadow: 0 2px red">x</div>`);
    const s = getComputedStyle(box);
    expect([s.backgroundColor, s.color, s.boxShadow]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'none']);
  });

  it('every control in every widget keeps a visible border, its focus ring, and no shadow; links keep LinkText and their underline', async () => {
    const page = await fixture(html`<div>
      <signpost-hotline-card country="US" country-picker quick-exit></signpost-hotline-card>
      <signpost-red-flag-quiz></signpost-red-flag-quiz>
      <signpost-campaign-banner heading="Know the signs" message="Report what you see." cta-href="/x" cta-label="Learn the signs" dismissible content-note="Upsetting" image="/missing.png" image-alt="People"></signpost-campaign-banner>
      <signpost-campaign-banner variant="bar" heading="Know" message="Report." cta-href="/x" cta-label="Learn" dismissible></signpost-campaign-banner>
      <signpost-news-ticker mode="rotate"><ul><li><a href="https://news.example/1">One</a></li><li><a href="https://news.example/2">Two</a></li></ul></signpost-news-ticker>
      <signpost-news-ticker mode="scroll"><ul><li><a href="https://news.example/3">Three</a></li></ul></signpost-news-ticker>
      <signpost-quick-exit destination="https://example.com/" explain></signpost-quick-exit>
      <a id="ref" href="/plain">a link of the page</a>
    </div>`);
    const widgets = [...page.querySelectorAll('*')].filter((el) => el.localName.startsWith('signpost-')) as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const linkText = getComputedStyle(page.querySelector('#ref')!).color;
    const problems: string[] = [];
    let controls = 0;
    const roots: ShadowRoot[] = [];
    const collect = (root: ShadowRoot) => {
      roots.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    widgets.forEach((w) => collect(w.shadowRoot!));
    for (const root of new Set(roots)) {
      const host = (root.host as Element).localName;
      for (const el of root.querySelectorAll<HTMLElement>('button, .button, select, a[href]')) {
        // (Shown only: not in a closed details, a hidden slide or the scrolling ticker's aria-hidden copy.)
        if (!el.checkVisibility({visibilityProperty: true}) || el.closest('[aria-hidden="true"]')) continue;
        controls++;
        const what = `${host} ${el.getAttribute('part') ?? el.className ?? el.localName} (“${el.textContent!.trim().slice(0, 20)}”)`;
        const s = getComputedStyle(el);
        if (el.matches('button, .button, select')) problems.push(...controlProblems(el, what));
        else {
          // A text link: LinkText and underlined.
          if (s.color !== linkText) problems.push(`${what}: a text link in ${s.color}, not LinkText (${linkText})`);
          if (!s.textDecorationLine.includes('underline')) problems.push(`${what}: a text link without its underline`);
        }
        if (el.matches('a.button') && s.color !== linkText) problems.push(`${what}: a link button in ${s.color}, not LinkText`);
        // Its focus ring: a solid outline at least 2px wide, in a colour (Highlight).
        // Script focus with no pointer used on the page shows the ring, as keyboard focus does (:focus-visible, checked).
        el.focus();
        if (!el.matches(':focus-visible')) problems.push(`${what}: no :focus-visible after keyboard focus`);
        const f = getComputedStyle(el);
        if (f.outlineStyle === 'none' || px(f.outlineWidth) < 2 || transparent(f.outlineColor)) problems.push(`${what}: focus ring ${f.outlineStyle} ${f.outlineWidth} ${f.outlineColor}`);
        el.blur();
      }
    }
    expect(problems).to.deep.equal([]);
    // (the count: a guard that the walk found the controls at all)
    expect(controls).to.be.greaterThan(15);
  });

  it('the quick exit: its button has a border in place of its red fill and shadow, and the lit dots stay apart from the unlit', async () => {
    const exit = (await fixture(html`<signpost-quick-exit destination="https://example.com/"></signpost-quick-exit>`)) as Widget & {countdown(n: number): void};
    await exit.updateComplete;
    const button = exit.shadowRoot!.querySelector('.exit')!;
    expect(controlProblems(button, 'the exit button')).to.deep.equal([]);
    const looks = () =>
      [...exit.shadowRoot!.querySelectorAll('[part="indicator"] > *')].map((dot) => {
        const s = getComputedStyle(dot);
        const border = !transparent(s.borderTopColor) && s.borderTopStyle !== 'none' && px(s.borderTopWidth) >= 1;
        return `${border ? 'ring' : 'no ring'} ${transparent(s.backgroundColor) ? 'empty' : s.backgroundColor === getComputedStyle(exit.shadowRoot!.querySelector('.base')!).color ? 'filled' : `fill ${s.backgroundColor}`}`;
      });
    expect(looks()).to.deep.equal(['ring empty', 'ring empty', 'ring empty']);
    exit.countdown(2); // one Shift press counted: the first dot lit
    await exit.updateComplete;
    expect(looks()).to.deep.equal(['ring filled', 'ring empty', 'ring empty']);
    exit.countdown(1);
    await exit.updateComplete;
    expect(looks()).to.deep.equal(['ring filled', 'ring filled', 'ring empty']);
  });

  it('the quiz: the right answer, the reader’s wrong answer and the others look different, beside their words', async () => {
    // A partner's one question whose second option is right: the reader picks the first, so there is a right
    // answer, a wrong one and another, each time.
    const bank = JSON.stringify({questions: [{id: 'f', topic: 'labour', prompt: 'Which?', options: ['A', 'B', 'C'], correct: 1, explanation: 'Because.', source: {name: 'S', url: 'https://example.org/'}}]});
    const quiz = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1"><script type="application/json">${bank}</script></signpost-red-flag-quiz>`);
    await settle(quiz);
    await start(quiz);
    await answer(quiz, 0);
    const root = quiz.shadowRoot!;
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`;
    };
    const [wrong, right, other] = [...root.querySelectorAll<HTMLElement>('label.option')];
    expect([wrong.matches('.wrong'), right.matches('.right'), other.matches('.right, .wrong')]).to.deep.equal([true, true, false]);
    expect([wrong, right].map((o) => o.querySelector('.mark')?.textContent?.trim())).to.deep.equal(['(your answer)', '(correct answer)']);
    expect(new Set([look(right), look(wrong), look(other)]).size).to.equal(3);
    expect(getComputedStyle(wrong).borderTopStyle).to.equal('dashed');
    for (const o of [wrong, right, other]) expect(transparent(getComputedStyle(o).borderTopColor)).to.equal(false);
    // The verdict takes focus (script): its ring is drawn.
    const verdict = root.querySelector('.verdict')!;
    const v = getComputedStyle(verdict);
    expect([root.activeElement === verdict, v.outlineStyle !== 'none', transparent(v.outlineColor)]).to.deep.equal([true, true, false]);
  });

  it('the hotline card: the open-now dot is filled, and the words say it', async () => {
    const card = (await fixture(html`<signpost-hotline-card country="US"></signpost-hotline-card>`)) as Widget;
    await card.updateComplete;
    const hours = card.shadowRoot!.querySelector('.hours.open, .hours.always')!;
    const dot = hours.querySelector('.dot')!;
    const s = getComputedStyle(dot);
    expect([transparent(s.backgroundColor), transparent(s.borderTopColor), hours.textContent!.trim().length > 0]).to.deep.equal([false, false, true]);
  });

  it('forced-color-adjust: none only on the dots that draw a state with a system colour; visually hidden text stays hidden', async () => {
    const page = await fixture(html`<div>
      <signpost-hotline-card country="US" country-picker quick-exit></signpost-hotline-card>
      <signpost-red-flag-quiz></signpost-red-flag-quiz>
      <signpost-campaign-banner heading="H" message="M" cta-href="/x" cta-label="Go" dismissible content-note="Note" image="/missing.png" image-alt="A"></signpost-campaign-banner>
      <signpost-news-ticker mode="rotate"><ul><li><a href="https://news.example/1">One</a></li><li><a href="https://news.example/2">Two</a></li></ul></signpost-news-ticker>
      <signpost-quick-exit destination="https://example.com/"></signpost-quick-exit>
    </div>`);
    const widgets = [...page.children] as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    (widgets[4] as Widget & {countdown(n: number): void}).countdown(2);
    await widgets[4].updateComplete;
    const unadjusted: string[] = [];
    const shown: string[] = [];
    const walk = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (s.forcedColorAdjust === 'none') unadjusted.push(`${(root.host as Element).localName} .${el.getAttribute('class')}`);
        if (el.matches('.visually-hidden') && el.getClientRects().length && (el as HTMLElement).offsetWidth > 1) shown.push(`${(root.host as Element).localName}: ${el.textContent}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    widgets.forEach((w) => walk(w.shadowRoot!));
    // The card's open-now dot (its own, and the quick exit's lit dot only where the indicator shows).
    expect([...new Set(unadjusted)].sort()).to.deep.equal(['signpost-hotline-card .dot', 'signpost-quick-exit .on']);
    expect(shown).to.deep.equal([]);
  });
});
