import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import '../src/define.js';
import {$, $$} from './helpers/util.js';
import {answer, settle, start, type Quiz} from './quiz/helpers.js';

/**
 * What a screen reader is given, beyond what axe checks: landmark names that tell two cards apart,
 * words that are not run together in the accessibility tree, a demo outline whose widget headings nest.
 * The accessibility tree itself is read in Chromium (a11ySnapshot, through puppeteer); the others get
 * the DOM checks, which are what make Chromium's tree right.
 */
type AxNode = {role: string; name?: string; children?: AxNode[]};
const chromium = /Chrome\//.test(navigator.userAgent) && !/Firefox/.test(navigator.userAgent);
const inChromium = chromium ? it : it.skip;
const axNodes = async (): Promise<AxNode[]> => {
  const all: AxNode[] = [];
  const walk = (n: AxNode) => (all.push(n), n.children?.forEach(walk));
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return all;
};
/** The name aria-labelledby gives (accname 2B): each referenced element's text, joined by a space. */
const labelledName = (el: Element) =>
  el
    .getAttribute('aria-labelledby')!
    .split(/\s+/)
    .map((id) => ((el.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean) // an id with no element adds nothing
    .join(' ');
/** Whitespace-only text with a comment (a Lit marker) on either side: Chromium leaves such text out of its accessibility tree, though it renders (a space the reader sees and does not hear). */
const droppedSpaces = (root: Element) =>
  [...root.querySelectorAll('*')].flatMap((e) => [...e.childNodes]).filter(
    (n) => n.nodeType == Node.TEXT_NODE && !n.textContent!.trim() && (n.previousSibling?.nodeType == Node.COMMENT_NODE || n.nextSibling?.nodeType == Node.COMMENT_NODE),
  ).length;

/** A one-question quiz (seed "a"), started and answered with its first option. */
async function firstAnswered(): Promise<Quiz> {
  const el = (await fixture(html`<signpost-red-flag-quiz count="1" seed="a"></signpost-red-flag-quiz>`)) as Quiz;
  await settle(el);
  await start(el);
  await answer(el, 0);
  return el;
}

describe('what a screen reader is given', () => {
  it('two cards with no dedicated line are two landmarks with different names (APG landmarks; WCAG 1.3.1, 2.4.6)', async () => {
    const wrap = await fixture(html`<div><signpost-hotline-card country="FR"></signpost-hotline-card><signpost-hotline-card country="IE"></signpost-hotline-card></div>`);
    const [fr, ie] = [...wrap.querySelectorAll('signpost-hotline-card')];
    await Promise.all([fr, ie].map((c) => (c as unknown as {updateComplete: Promise<unknown>}).updateComplete));
    const names = [fr, ie].map((c) => labelledName($(c, 'section[part=base]')));
    // Until now both were "Get help".
    expect(names[0]).to.not.equal(names[1]);
    expect(names[0]).to.match(/^Get help France Victimes/);
    // A card with a dedicated line keeps its name: the line's.
    const us = await fixture(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    expect(labelledName($(us, 'section[part=base]'))).to.equal('National Human Trafficking Hotline');
  });

  it('the quiz feedback has no space that only a comment stands beside (Chromium drops it from the tree)', async () => {
    const el = await firstAnswered();
    expect(droppedSpaces($(el, '.verdict').parentElement!)).to.equal(0);
    expect($$(el, 'label.option').map((l) => droppedSpaces(l)).join()).to.equal('0,0');
  });

  inChromium('Chromium: the verdict and the marked answers read with their spaces', async () => {
    await firstAnswered();
    const nodes = await axNodes();
    const radios = nodes.filter((n) => n.role == 'radio').map((n) => n.name);
    // Until now "True(your answer)" and "False(correct answer)".
    expect(radios.join(' | ')).to.equal('True (your answer) | False (correct answer)');
    // The focused verdict's words, as the tree holds them: until now "Not quite.The answer is: False".
    const verdict = nodes.find((n) => n.role == 'paragraph' && /Not quite|Correct/.test(n.name ?? ''));
    expect(verdict?.name).to.equal('Not quite. The answer is: False');
  });

  inChromium('Chromium: a call link is named by what it shows (WCAG 2.5.3): the same words and digits, in order', async () => {
    const el = await fixture(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const call = (await axNodes()).find((n) => n.role == 'link' && /^Call/.test(n.name ?? ''));
    // Chromium gives each <wbr> a space, "Call 1- 888- 373- 7888" (docs/hotline-card.md): spaces aside, the name is the text.
    const bare = (text: string) => text.replace(/\s+/g, '');
    expect(bare(call?.name ?? '')).to.equal(bare($(el, '[part=call-link]').textContent!));
    expect(bare(call?.name ?? '')).to.equal('Call1-888-373-7888');
  });

  it("the demo's widget headings sit under the demo's own h2 (heading-level 3), as its no-JS fallbacks do", async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const wrong: string[] = [];
    let section = 1;
    for (const el of doc.querySelectorAll('main h1, main h2, main h3, main signpost-hotline-card, main signpost-red-flag-quiz, main signpost-campaign-banner')) {
      if (/^H\d$/.test(el.tagName)) {
        if (!el.closest('signpost-hotline-card')) section = Number(el.tagName[1]);
        continue;
      }
      const level = Number(el.getAttribute('heading-level') ?? 2);
      const fallback = el.querySelector('h1, h2, h3, h4, h5, h6');
      if (level != section + 1 || (fallback && Number(fallback.tagName[1]) != level)) wrong.push(`${el.outerHTML.slice(0, 60)} level ${level} under h${section}`);
    }
    expect(wrong.join('\n')).to.equal('');
  });
});
