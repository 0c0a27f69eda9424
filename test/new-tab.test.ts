import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import '../src/i18n/locales/fr.js';
import {answer, button, settle, type Quiz} from './quiz/helpers.js';

/** The description a screen reader gives `link`: the words of the elements its aria-describedby names, in its own root. */
function description(link: Element): string {
  const root = link.getRootNode() as ShadowRoot;
  return (link.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(no element #${id})`)
    .join(' ');
}

/** Every link in a widget's shadow root that opens a new tab, with what it is told by. */
function newTabLinks(el: Element): {link: HTMLAnchorElement; said: string}[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')].map((link) => ({link, said: description(link)}));
}

async function answeredQuiz(lang: string): Promise<Quiz> {
  const el = await fixture<Quiz>(html`<signpost-red-flag-quiz lang=${lang} count="1" seed="x"></signpost-red-flag-quiz>`);
  await settle(el);
  button(el, lang === 'fr' ? /Commencer/ : 'Start the quiz').click();
  await settle(el);
  await answer(el, 0, lang === 'fr' ? /Vérifier/ : 'Check answer');
  return el;
}

describe('links that open a new tab (WCAG G201)', () => {
  for (const [lang, words] of [
    ['en', 'Opens in a new tab'],
    ['fr', 'S’ouvre dans un nouvel onglet'],
  ] as const) {
    it(`each says so to a screen reader, in the widget's language (${lang}), and only once per widget`, async () => {
      // (fixture() waits for each widget's first render.)
      const card = await fixture(html`<signpost-hotline-card lang=${lang} country="US"></signpost-hotline-card>`);
      const ticker = await fixture(html`<signpost-news-ticker lang=${lang} mode="list"
        .items=${[{title: 'One', url: 'https://news.example/1'}, {title: 'Two', url: 'https://news.example/2'}]}></signpost-news-ticker>`);
      const quiz = await answeredQuiz(lang);
      // The US card links its lines' websites and sources; the ticker its two stories; the answered quiz its source.
      for (const el of [card, ticker, quiz]) expect(newTabLinks(el).length, `${el.localName}: links opening a new tab`).to.be.greaterThan(0);
      for (const el of [card, ticker, quiz]) {
        for (const {link, said} of newTabLinks(el)) expect(said, `${el.localName}: ${link.textContent!.trim()}`).to.equal(words);
        const notes = el.shadowRoot!.querySelectorAll('#new-tab');
        expect(notes.length, `${el.localName}: one note`).to.equal(1);
        // Not shown on screen: the link's words and the browser's own cue are for sighted readers.
        expect((notes[0] as HTMLElement).getBoundingClientRect().height, `${el.localName}: note hidden`).to.equal(0);
      }
    });
  }

  it('a rotating ticker’s live region reads out the story alone, not the note', async () => {
    const ticker = await fixture(html`<signpost-news-ticker mode="rotate"
      .items=${[{title: 'One', url: 'https://news.example/1'}, {title: 'Two', url: 'https://news.example/2'}]}></signpost-news-ticker>`);
    const live = ticker.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent).to.contain('One');
    expect(live.textContent).not.to.contain('new tab');
    for (const {said} of newTabLinks(ticker)) expect(said).to.equal('Opens in a new tab');
  });
});
