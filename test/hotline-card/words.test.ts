// What the card and the quiz SAY, read as a frightened reader with limited English would
// (review words72, 2026-12-07). Each test names the words it reads; none puts a DOM node in an assertion.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {builtInBank} from '../../src/data/quiz-bank.js';
import {$, $$, textOf} from '../helpers/util.js';

const mount = (country: string) => fixture<SignpostHotlineCard>(html`<signpost-hotline-card country=${country}></signpost-hotline-card>`);

describe('words a reader meets', () => {
  it('names a country without needing an article in the "no dedicated hotline" notice (the Netherlands)', async () => {
    const el = await mount('NL');
    const notice = $(el, '[part="notice"]').textContent!.replace(/\s+/g, ' ').trim();
    // Until 2026-12-07: "No dedicated national trafficking hotline is listed for Netherlands. These services can help."
    expect(notice).to.equal('Netherlands: no dedicated national trafficking hotline is listed. These services can help.');
  });

  it('says what each service is for, not only the name of a crime (NL labour inspectorate)', async () => {
    const el = await mount('NL');
    const other = $$(el, '.other').find((o) => o.querySelector('.subheading')!.textContent!.includes('Nederlandse Arbeidsinspectie'));
    const labour = other?.querySelector('[part="scope"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? 'no such line';
    // Until 2026-12-07: "Nederlandse Arbeidsinspectie · Labour exploitation", beside "Report a crime anonymously",
    // "Support for victims of crime": it reads as what the inspectorate does.
    expect(labour).to.equal('Report labour exploitation');
  });

  it('does not say a line has chat when the card offers no chat link (US hotline)', async () => {
    const el = await mount('US');
    const primaryLanguages = $(el, '[part="languages"]').textContent!.replace(/\s+/g, ' ').trim();
    const hasChatLink = $$(el, '[part="chat-link"]').length > 0;
    // Until 2026-12-07: "… Text and chat in English and Spanish", and no "Chat online" link anywhere on the card
    // (the chat URL is left out on purpose: docs/hotline-data.md).
    expect([primaryLanguages.includes('Text messages in English and Spanish'), /chat/i.test(primaryLanguages), hasChatLink]).to.deep.equal([true, false, false]);
    expect(textOf(el)).to.contain('Text HELP to 233733');
  });

  it('asks quiz questions in plain words: "sign", not the jargon "indicator", in a prompt', () => {
    const prompts = builtInBank().filter((q) => /\bindicators?\b/i.test(q.prompt)).map((q) => `${q.id}: ${q.prompt}`);
    // Until 2026-12-07: l5 "… Which indicator does this match?" (the only prompt that says it; the title asks "Can you spot the signs?").
    expect(prompts).to.deep.equal([]);
  });
});
