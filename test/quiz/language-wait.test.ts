import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import {setLocaleLoader} from '../../src/i18n/registry.js';
import {button, q, qa, settle, type Quiz} from './helpers.js';

// While a widget waits for its language file (a page's language switcher turned it to one not yet
// loaded: at most 3 s), it renders nothing new, so the buttons the reader sees are the ones from before.
// A second click on them must not count an answer twice or skip a question. A file of its own: the
// language loader below (as the CDN bundle installs one) stays for the page once set.
describe('<signpost-red-flag-quiz> while its language file loads', () => {
  it('a double click on Check answer or Next question counts once', async () => {
    // One load per language, as the CDN bundle's loader does; each arrives when the test says so.
    const arrivals: Array<() => void> = [];
    const loads = new Map<string, Promise<void>>();
    setLocaleLoader(([language]) => {
      if (!loads.has(language)) loads.set(language, new Promise<void>((resolve) => arrivals.push(resolve)));
      return loads.get(language)!;
    });
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="3" seed="wait"></signpost-red-flag-quiz>`);
    const answered: unknown[] = [];
    el.addEventListener('signpost-quiz-answered', (e) => answered.push(e.detail));
    button(el, 'Start the quiz').click();
    await settle(el);
    qa<HTMLLabelElement>(el, 'label.option')[0].click();
    await settle(el);

    // The page turns to German (no German file arrives until we say so): the view is held.
    el.lang = 'de';
    await new Promise((r) => setTimeout(r, 50));
    expect(arrivals.length, 'the widget asked for German').to.be.greaterThan(0);
    const check = button(el, 'Check answer');
    check.click();
    check.click();
    expect(button(el, 'Check answer'), 'still the view from before').to.equal(check);
    arrivals.forEach((arrive) => arrive());
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(answered, 'one answer, once').to.have.length(1);
    expect(q(el, '.verdict')).to.exist;

    // Held again, on the feedback: a double click on Next goes to question 2, not 3.
    arrivals.length = 0;
    el.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    expect(arrivals.length, 'the widget asked for French').to.be.greaterThan(0);
    const next = button(el, 'Next question');
    next.click();
    next.click();
    arrivals.forEach((arrive) => arrive());
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 2 of 3');
    el.remove();
  });
});
