import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/red-flag-quiz/define.js';
import {setLocaleLoader} from '../../src/i18n/registry.js';
import {button, q, qa, settle, start, type Quiz} from './helpers.js';

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
    await start(el);
    qa<HTMLLabelElement>(el, 'label.option')[0].click();
    await settle(el);

    const pause = () => new Promise((r) => setTimeout(r, 50));
    /** Turns the quiz to `lang` (its file held back: the view stays as it was), clicks `label` twice, then lets the file arrive. */
    const doubleClickWhileLoading = async (lang: string, label: string) => {
      arrivals.length = 0;
      el.lang = lang;
      await pause();
      expect(arrivals.length, `the widget asked for "${lang}"`).to.be.greaterThan(0);
      const target = button(el, label);
      target.click();
      target.click();
      expect(button(el, label), 'still the view from before').to.equal(target);
      arrivals.forEach((arrive) => arrive());
      await pause();
      await settle(el);
    };

    await doubleClickWhileLoading('de', 'Check answer');
    expect(answered, 'one answer, once').to.have.length(1);
    expect(q(el, '.verdict')).to.exist;
    // On the feedback: a double click on Next goes to question 2, not 3.
    await doubleClickWhileLoading('fr', 'Next question');
    expect(q(el, '[part="progress"]')!.textContent).to.equal('Question 2 of 3');
    el.remove();
  });
});
