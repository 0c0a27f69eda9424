import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/es.js';
import {captureWarnings, markupOf, until} from '../helpers/util.js';
import {answer, button, deepActive, q, qa, settle, start, toResult, type Quiz} from './helpers.js';

const mount = (tpl: ReturnType<typeof html>) => fixture<Quiz>(tpl);
/** A partner's bank of one question, `prompt`. */
const oneQuestionBank = (prompt: string) => JSON.stringify({questions: [{id: 'a', topic: 'labour', prompt, options: ['Yes', 'No'], correct: 0, explanation: 'Because.', source: {name: 'S', url: 'https://example.org/'}}]});

/** A partner's one-question bank on a page in `lang`: started, and answered with its first option. */
async function answeredOnPage(lang: string, question: object): Promise<Quiz> {
  const bank = JSON.stringify({questions: [question]});
  const wrap = await fixture(html`<div lang=${lang}><signpost-red-flag-quiz count="1"><script type="application/json">${bank}</script></signpost-red-flag-quiz></div>`);
  const el = wrap.querySelector<Quiz>('signpost-red-flag-quiz')!;
  await start(el);
  await answer(el, 0);
  return el;
}

describe('<signpost-red-flag-quiz>', () => {
  it('starts with a title, the number of questions and a content note', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="3" seed="a"></signpost-red-flag-quiz>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(q(el, '[part="title"]')!.textContent).to.equal('Can you spot the signs?');
    expect(text).to.contain('Questions: 3');
    expect(text).to.contain('Content note:');
    expect(button(el, 'Start the quiz')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('runs start → question → feedback → result by mouse, with every event and axe at every step', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="2" seed="flow" country="GB"></signpost-red-flag-quiz>`);
    const answered: Array<{questionId: string; correct: boolean}> = [];
    el.addEventListener('signpost-quiz-answered', (e) => answered.push(e.detail));
    await start(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 1 of 2');
    expect(q(el, 'fieldset legend')!.textContent!.length).to.be.greaterThan(10);
    expect(qa(el, 'input[type="radio"]').length).to.be.within(2, 4);
    await expect(el).to.be.accessible();
    await answer(el, 0);
    expect(answered).to.have.length(1);
    expect(answered[0]).to.have.keys(['questionId', 'correct']);
    const verdict = q(el, '.verdict')!;
    expect(verdict.textContent).to.match(/^(Correct\.|Not quite\.) The answer is: /);
    expect(deepActive()).to.equal(verdict);
    expect(q(el, '[part="feedback"] a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(q(el, '.option.right .mark')!.textContent).to.contain('correct answer');
    await expect(el).to.be.accessible();
    button(el, 'Next question').click();
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 2 of 2');
    await answer(el, 1);
    setTimeout(() => button(el, 'See your result').click());
    const done = await oneEvent(el, 'signpost-quiz-completed');
    expect(answered).to.have.length(2);
    expect(done.detail).to.deep.equal({score: answered.filter((a) => a.correct).length, total: 2});
    await settle(el);
    const result = q(el, '[part="result"]')!.textContent!.replace(/\s+/g, ' ');
    expect(result).to.contain(`Correct answers: ${done.detail.score} of 2`);
    expect(result).to.contain('Signs are not proof');
    expect(result).to.contain('Do not confront anyone');
    expect(result).to.contain('Report what you noticed to a hotline');
    const card = q<HTMLElement & {updateComplete: Promise<unknown>; resolvedCountry: string}>(el, 'signpost-hotline-card')!;
    await card.updateComplete;
    expect(card.resolvedCountry).to.equal('GB');
    expect(deepActive()).to.equal(q(el, '[part=result] .title'));
    await expect(el).to.be.accessible();
  });

  it("lets a page style the result step's hotline card through the quiz's parts (the card's own names)", async () => {
    const style = document.createElement('style');
    style.textContent = 'signpost-red-flag-quiz::part(call-link) { outline: 3px solid rgb(1, 2, 3); } signpost-red-flag-quiz::part(heading) { color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await mount(html`<signpost-red-flag-quiz count="1" seed="x" country="US"></signpost-red-flag-quiz>`);
      await toResult(el);
      const card = q<HTMLElement & {updateComplete: Promise<unknown>}>(el, 'signpost-hotline-card')!;
      await card.updateComplete;
      const call = card.shadowRoot!.querySelector('[part="call-link"]')!;
      expect(getComputedStyle(call).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part="heading"]')!).color).to.equal('rgb(4, 5, 6)');
      // The quiz's own parts keep their meaning: its buttons are not the card's.
      expect(getComputedStyle(button(el, 'Try again')).outlineColor).not.to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('forwards every part of its hotline card that the card can show there, and documents each', async () => {
    const manifest = (await import('../../custom-elements.json', {with: {type: 'json'}})).default as {modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]}[]}[]};
    const parts = (tag: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!.cssParts!.map((p) => p.name);
    // Not `base`, nor the quick exit's parts: the card shows no quick exit there.
    const card = parts('signpost-hotline-card').filter((name) => name !== 'base' && !name.startsWith('quick-exit'));
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="x"></signpost-red-flag-quiz>`);
    await toResult(el);
    expect(q(el, 'signpost-hotline-card')!.getAttribute('exportparts')!.split(',').sort()).to.deep.equal([...card].sort());
    expect(parts('signpost-red-flag-quiz')).to.include.members(card);
  });

  it('asks for an answer instead of checking nothing, without disabling the button', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1" seed="x"></signpost-red-flag-quiz>`);
    await start(el);
    const check = button(el, 'Check answer');
    expect(check.disabled).to.equal(false);
    const message = q(el, '.message')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(message.textContent!)).observe(message, {childList: true, subtree: true, characterData: true});
    const times = () => said.filter((text) => text === 'Choose an answer first.').length;
    check.click();
    await until(() => times() === 1);
    expect(message.textContent).to.equal('Choose an answer first.');
    expect(markupOf(q(el, '.verdict'))).to.equal(null);
    // A second click says it again (the status region changes in between, so it is announced).
    check.click();
    await until(() => times() === 2);
    await new Promise((r) => setTimeout(r, 150));
    expect(said.filter((text) => text === 'Choose an answer first.')).to.have.length(2);
    // The question's progress is read with it when focus lands on the fieldset.
    const fieldset = q(el, 'fieldset')!;
    expect(q(el, `#${fieldset.getAttribute('aria-describedby')}`)!.textContent).to.equal('Question 1 of 1');
  });

  it('the next question starts with no answer chosen: checking it at once asks for one', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="2" seed="flow"></signpost-red-flag-quiz>`);
    await start(el);
    await answer(el, 0);
    button(el, 'Next question').click();
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 2 of 2');
    expect(qa<HTMLInputElement>(el, 'input[type="radio"]').map((radio) => radio.checked)).not.to.include(true);
    button(el, 'Check answer').click();
    await until(() => q(el, '.message')!.textContent === 'Choose an answer first.');
    expect(markupOf(q(el, '[part="feedback"]')), 'no feedback').to.equal(null);
  });

  it('"Choose an answer first." does not stay for the start screen when a new bank sends the quiz back there', async () => {
    const el = await mount(html`<signpost-red-flag-quiz count="1"><script type="application/json">${oneQuestionBank('First bank?')}</script></signpost-red-flag-quiz>`);
    await start(el);
    button(el, 'Check answer').click();
    await until(() => q(el, '.message')!.textContent === 'Choose an answer first.');
    // A framework writes another bank: back to the start, where there is nothing to answer.
    el.querySelector('script')!.textContent = oneQuestionBank('Second bank?');
    await until(() => qa(el, 'button[part="button"]').some((b) => b.textContent!.trim() === 'Start the quiz'));
    await new Promise((r) => setTimeout(r, 150));
    expect(q(el, '.message')!.textContent, 'no leftover request').to.equal('');
    await start(el);
    expect(q(el, 'legend')!.textContent).to.contain('Second bank?');
    expect(q(el, '.message')!.textContent).to.equal('');
  });

  it('is deterministic for a seed, and "Try again" draws a new order', async () => {
    const ids = async (seed: string, count = 5) => {
      const el = await mount(html`<signpost-red-flag-quiz count=${count} seed=${seed}></signpost-red-flag-quiz>`);
      const seen: string[] = [];
      el.addEventListener('signpost-quiz-answered', (e) => seen.push(e.detail.questionId));
      await start(el);
      for (let i = 0; i < count; i++) {
        await answer(el, 0);
        button(el, i + 1 < count ? 'Next question' : 'See your result').click();
        await settle(el);
      }
      return {seen, el};
    };
    const a = await ids('same');
    const b = await ids('same');
    const c = await ids('other');
    expect(a.seen).to.deep.equal(b.seen);
    expect(new Set(a.seen).size).to.equal(5);
    expect(c.seen).not.to.deep.equal(a.seen);
    const first = [...a.seen]; // a.seen keeps growing: its listener stays on the element
    const again: string[] = [];
    a.el.addEventListener('signpost-quiz-answered', (e) => again.push(e.detail.questionId));
    button(a.el, 'Try again').click();
    await settle(a.el);
    expect(deepActive()?.localName).to.equal('fieldset');
    for (let i = 0; i < 5; i++) {
      await answer(a.el, 0);
      if (i < 4) button(a.el, 'Next question').click();
      await settle(a.el);
    }
    expect(again).to.have.length(5);
    expect(again).not.to.deep.equal(first);
  });

  it('warns about a heading level outside 2–6 and uses 2; its hotline card sits one level below', async () => {
    let el!: Quiz;
    const warnings = await captureWarnings(async () => {
      el = await fixture<Quiz>(html`<signpost-red-flag-quiz heading-level="h3" count="1" seed="a"></signpost-red-flag-quiz>`);
    });
    expect(warnings.join('\n')).to.contain('heading-level must be 2–6');
    expect(q(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    // Without the attribute, level 2 too.
    const plain = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a"></signpost-red-flag-quiz>`);
    expect(q(plain, '[part="title"]')!.getAttribute('aria-level'), 'default').to.equal('2');
    const deep = await fixture<Quiz>(html`<signpost-red-flag-quiz heading-level="6" count="1" seed="a"></signpost-red-flag-quiz>`);
    expect(q(deep, '[part="title"]')!.getAttribute('aria-level')).to.equal('6');
    // At the result: the quiz's heading at its level, the card's one below it (at 6, the card's stays at 6, unwarned).
    const levels = async (quiz: Quiz) => {
      await toResult(quiz);
      const card = q(quiz, 'signpost-hotline-card') as HTMLElement & {updateComplete: Promise<unknown>};
      await card.updateComplete;
      return [q(quiz, '[part="title"]')!.getAttribute('aria-level'), card.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')];
    };
    expect(await levels(plain), 'default').to.deep.equal(['2', '3']);
    let six!: Array<string | null>;
    expect(await captureWarnings(async () => (six = await levels(deep)))).to.deep.equal([]);
    expect(six, 'heading-level="6"').to.deep.equal(['6', '6']);
  });

  it('while a question shows, its title stays a heading (unseen, at heading-level) for a screen reader\'s heading list', async () => {
    const deep = await fixture<Quiz>(html`<signpost-red-flag-quiz heading-level="6" count="1" seed="a"></signpost-red-flag-quiz>`);
    await start(deep);
    expect(q(deep, 'fieldset'), 'a question shows').to.not.equal(null);
    const headings = qa(deep, '[role="heading"]');
    expect(headings.map((h) => [h.textContent!.trim(), h.getAttribute('aria-level')])).to.deep.equal([['Can you spot the signs?', '6']]);
    expect(headings[0].getBoundingClientRect().width, 'not seen').to.be.at.most(1);
  });

  it('says "Correct." for the right answer and "Not quite." for a wrong one, and scores them so', async () => {
    const bank = JSON.stringify({
      questions: ['k1', 'k2'].map((id) => ({id, topic: 'general', prompt: `Which of these is a sign? (${id})`, options: ['She has a phone', 'Someone else holds her passport', 'She likes her job'], correct: 1, explanation: 'Holding documents is an indicator.', source: {name: 'Source', url: 'https://example.org/'}})),
    });
    const el = await mount(html`<signpost-red-flag-quiz count="2"><script type="application/json">${bank}</script></signpost-red-flag-quiz>`);
    const answered: Array<{questionId: string; correct: boolean}> = [];
    el.addEventListener('signpost-quiz-answered', (e) => answered.push(e.detail));
    const choose = async (text: string) => {
      const i = qa(el, 'label.option').findIndex((l) => l.textContent!.includes(text));
      expect(i, text).to.be.at.least(0);
      await answer(el, i);
    };
    await start(el);
    await choose('holds her passport');
    expect(q(el, '.verdict')!.textContent).to.match(/^Correct\. /);
    expect(q(el, '.option.right .mark')!.textContent).to.equal(' (your answer, correct answer)');
    button(el, 'Next question').click();
    await settle(el);
    await choose('has a phone');
    expect(q(el, '.verdict')!.textContent).to.match(/^Not quite\. The answer is: Someone else holds her passport/);
    expect(answered.map((a) => a.correct)).to.deep.equal([true, false]);
    setTimeout(() => button(el, 'See your result').click());
    const done = await oneEvent(el, 'signpost-quiz-completed');
    expect(done.detail).to.deep.equal({score: 1, total: 2});
    await settle(el);
    expect(q(el, '[part="result"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Correct answers: 1 of 2');
    expect(q(el, `#${q(el, '[part=result] .title')!.getAttribute('aria-describedby')}`)!.textContent!.trim()).to.equal('Correct answers: 1 of 2');
  });

  it('filters by topics and count', async () => {
    const el = await mount(html`<signpost-red-flag-quiz topics="children, myths" count="40" seed="t"></signpost-red-flag-quiz>`);
    expect(el.shadowRoot!.textContent).to.contain('Questions: 15');
    const seen: string[] = [];
    el.addEventListener('signpost-quiz-answered', (e) => seen.push(e.detail.questionId));
    await start(el);
    for (let i = 0; i < 15; i++) {
      await answer(el, 0);
      button(el, i < 14 ? 'Next question' : 'See your result').click();
      await settle(el);
    }
    expect(seen).to.have.length(15);
    expect(seen.every((id) => id.startsWith('c') || id.startsWith('m'))).to.equal(true);
    const warned = await captureWarnings(async () => {
      const bad = await mount(html`<signpost-red-flag-quiz topics="cooking" count="-2"></signpost-red-flag-quiz>`);
      expect(bad.shadowRoot!.textContent).to.contain('Questions: 5');
    });
    expect(warned.join('\n')).to.contain('unknown quiz topics ignored: cooking').and.to.contain('quiz count must be');
    // No questions at all is no count either: count="0" warns and asks 5.
    const zero = await captureWarnings(async () => {
      const none = await mount(html`<signpost-red-flag-quiz count="0"></signpost-red-flag-quiz>`);
      expect(none.shadowRoot!.textContent).to.contain('Questions: 5');
    });
    expect(zero.join('\n')).to.contain('quiz count must be a whole number above 0; using 5.');
  });

  it('says an unknown topic once, not again at each step of the quiz', async () => {
    let el!: Quiz;
    const warned = await captureWarnings(async () => {
      el = await mount(html`<signpost-red-flag-quiz topics="myths, cooking" count="1" seed="t"></signpost-red-flag-quiz>`);
      await toResult(el);
    });
    expect(warned.filter((w) => w.includes('unknown quiz topics ignored: cooking'))).to.have.length(1);
  });

  it('a partner bank with no question on the topics asked for says so and asks its every question', async () => {
    let el!: Quiz;
    const warned = await captureWarnings(async () => {
      el = await mount(html`<signpost-red-flag-quiz topics="myths" seed="t"><script type="application/json">${oneQuestionBank('Only labour?')}</script></signpost-red-flag-quiz>`);
    });
    expect(warned).to.deep.equal(['Signpost: no quiz questions match topics="myths"; using every topic.']);
    expect(el.shadowRoot!.textContent).to.contain('Questions: 1');
    await start(el);
    expect(q(el, 'legend')!.textContent).to.equal('Only labour?');
  });

  it('a new bank mid-quiz sends the quiz back to its start without taking focus from the page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><input aria-label="Search the page" /><signpost-red-flag-quiz count="1"><script type="application/json">${oneQuestionBank('First bank?')}</script></signpost-red-flag-quiz></div>`);
    const el = wrap.querySelector<Quiz>('signpost-red-flag-quiz')!;
    await start(el);
    // The reader is typing in the page's own search box when a framework writes another bank.
    const input = wrap.querySelector('input')!;
    input.focus();
    el.querySelector('script')!.textContent = oneQuestionBank('Second bank?');
    await until(() => qa(el, 'button[part="button"]').some((b) => b.textContent!.trim() === 'Start the quiz'));
    await settle(el);
    expect(document.activeElement === input, `focus on ${document.activeElement?.localName}`).to.equal(true);
  });

  it('works right to left in Arabic, with axe passing at every step', async () => {
    const el = await mount(html`<signpost-red-flag-quiz lang="ar" count="1" seed="rtl" country="US"></signpost-red-flag-quiz>`);
    expect(q(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, '[part="title"]')!.textContent).to.equal('هل يمكنك التعرّف على العلامات؟');
    await expect(el).to.be.accessible();
    button(el, 'ابدأ الاختبار').click();
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('السؤال 1 من 1');
    await expect(el).to.be.accessible();
    qa<HTMLLabelElement>(el, 'label.option')[0].click();
    await settle(el);
    button(el, 'تحقّق من الإجابة').click();
    await settle(el);
    await expect(el).to.be.accessible();
    qa<HTMLButtonElement>(el, 'button[part="button"]')[0].click();
    await settle(el);
    await (q<HTMLElement & {updateComplete: Promise<unknown>}>(el, 'signpost-hotline-card')!).updateComplete;
    await expect(el).to.be.accessible();
  });

  it('marks the answer in the verdict and the source’s name with their own language: a partner bank’s the page’s, a built-in source English', async () => {
    const es = await mount(html`<signpost-red-flag-quiz lang="es" count="1" seed="es" topics="myths"></signpost-red-flag-quiz>`);
    button(es, 'Empezar el cuestionario').click();
    await settle(es);
    qa<HTMLLabelElement>(es, 'label.option')[0].click();
    await settle(es);
    button(es, 'Comprobar respuesta').click();
    await settle(es);
    const source = q(es, '[part="feedback"] a')!;
    expect(source.textContent).to.match(/^Fuente: /);
    expect(source.querySelector('bdi')!.lang, 'the built-in source’s name is English').to.equal('en');
    expect(q(es, '.verdict bdi')!.hasAttribute('lang'), 'a built-in answer is in the catalog’s language').to.equal(false);
    const de = await answeredOnPage('de', {id: 'd1', topic: 'general', prompt: 'Welches ist ein Anzeichen?', options: ['Sie hat ein Telefon', 'Jemand anderes hat ihren Pass'], correct: 1, explanation: 'Das Einbehalten von Dokumenten ist ein Indikator.', source: {name: 'Beratungsstelle', url: 'https://example.org/'}});
    const verdict = q(de, '.verdict')!;
    expect(verdict.textContent).to.equal('Not quite. The answer is: Jemand anderes hat ihren Pass');
    expect([verdict.querySelector('bdi')!.lang, verdict.querySelector('bdi')!.textContent]).to.deep.equal(['de', 'Jemand anderes hat ihren Pass']);
    expect(q(de, '[part="feedback"] a bdi')!.lang).to.equal('de');
    // A page that states no language (the test runner's: no lang on <html>; the blank lang answeredOnPage
    // writes on the wrapper does not count): the partner's words are of unknown language (lang=""), so a
    // screen reader uses the reader's own voice, not the widget's English.
    expect(document.documentElement.hasAttribute('lang'), 'the page states no language').to.equal(false);
    const none = await answeredOnPage('', {id: 'f1', topic: 'general', prompt: 'Quel est un signe ?', options: ['Elle a un téléphone', 'Quelqu’un garde son passeport'], correct: 1, explanation: 'Garder les papiers d’une personne est un indicateur.', source: {name: 'Association', url: 'https://example.org/'}});
    for (const words of [q(none, 'legend')!, q(none, 'label.option span span')!, q(none, '#explanation')!, q(none, '.verdict bdi')!, q(none, '[part="feedback"] a bdi')!]) {
      expect(words.getAttribute('lang'), `the lang of "${words.textContent}"`).to.equal('');
    }
  });

  it('writes a partner’s Persian bank right to left on a Persian page, whose language Signpost does not ship', async () => {
    const fa = await answeredOnPage('fa', {id: 'f1', topic: 'general', prompt: 'کدام یک نشانه است؟', options: ['او تلفن دارد', 'کس دیگری گذرنامه‌اش را نگه می‌دارد'], correct: 1, explanation: 'نگه داشتن مدارک یک نشانه است.', source: {name: 'نهاد', url: 'https://example.org/'}});
    const direction = (selector: string) => getComputedStyle(q(fa, selector)!).direction;
    // The partner's words right to left; Signpost's English around them ("Question 1 of 1", "(Your answer)") left to right.
    expect([direction('legend'), direction('[part="option"] span[lang]'), direction('#explanation'), direction('[part="progress"]'), direction('[part="option"] .mark')]).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });

  it('shows the built-in bank in Spanish', async () => {
    const el = await mount(html`<signpost-red-flag-quiz lang="es" count="1" seed="es" topics="myths"></signpost-red-flag-quiz>`);
    button(el, 'Empezar el cuestionario').click();
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Pregunta 1 de 1');
    expect(button(el, 'Comprobar respuesta')).to.exist;
  });
});
