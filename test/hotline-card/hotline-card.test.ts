import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/ar.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';
import {$, $$, at, captureWarnings, markupOf, noNavigation, readerDays, textOf, until} from '../helpers/util.js';

const mount = (tpl: ReturnType<typeof html>) => fixture<SignpostHotlineCard>(tpl);
/** The words a link shows: its own text, not the line's name hidden after it for screen readers (nor Lit's comment markers). */
const shownWords = (a: Element) =>
  [...a.childNodes]
    .filter((n) => n.nodeType == Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

describe('<signpost-hotline-card>', () => {
  it('is defined and shows the US hotline with its call, text and emergency number', async () => {
    const el = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    expect(el).to.be.instanceOf(customElements.get('signpost-hotline-card')!);
    const call = $<HTMLAnchorElement>(el, '[part="call-link"]');
    expect(call.getAttribute('href')).to.equal('tel:+18883737888');
    // What the link says is its whole accessible name (WCAG 2.5.3): nothing hidden, nothing spelled apart.
    // A <wbr> follows each hyphen: where the number wraps when it alone is wider than the line. Nothing
    // invisible is in its text, so a reader who selects and copies it gets the number as shown.
    expect(call.textContent!.trim()).to.equal('Call 1-888-373-7888');
    expect(call.querySelectorAll('.number wbr')).to.have.length(3);
    expect(call.querySelectorAll('[aria-hidden], .visually-hidden, [aria-label]')).to.have.length(0);
    expect(call.hasAttribute('aria-label')).to.equal(false);
    const sms = $<HTMLAnchorElement>(el, '[part="sms-link"]');
    expect(sms.getAttribute('href')).to.equal('sms:233733?&body=HELP');
    expect(sms.textContent).to.contain('Text HELP to 233733');
    expect($(el, '[part="heading"]').textContent).to.equal('National Human Trafficking Hotline');
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    const text = textOf(el);
    expect(text).to.contain('Open 24 hours a day, 7 days a week');
    expect(text).to.contain('This is not an emergency service.');
    expect(text).to.contain('In immediate danger, call 911.');
    // The emergency number can be dialled from the card, as its other numbers can: the sentence is its link.
    expect($(el, '[part="emergency"] a[href^="tel:"]').getAttribute('href')).to.equal('tel:911');
    expect($(el, '[part="emergency"] a').textContent!.trim()).to.equal('In immediate danger, call 911.');
    expect(text).to.contain('TTY (textphone): 711');
    expect(text).to.contain('Languages: English and Spanish, and interpreters for many others');
    expect($(el, '[part="source"]').textContent).to.match(/Source: humantraffickinghotline\.org · reviewed on November 29, 2026/);
  });

  it('has no axe violations, in English and in Arabic (RTL)', async () => {
    const en = await mount(html`<signpost-hotline-card country="US" country-picker></signpost-hotline-card>`);
    await expect(en).to.be.accessible();
    const ar = await mount(html`<signpost-hotline-card lang="ar" country="FR" country-picker></signpost-hotline-card>`);
    expect($(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    await expect(ar).to.be.accessible();
  });

  it('mirrors its layout in Arabic: the call link starts on the right', async () => {
    const el = await mount(html`<div style="width: 600px"><signpost-hotline-card lang="ar" country="US"></signpost-hotline-card></div>`);
    const card = el.querySelector('signpost-hotline-card')!;
    await card.updateComplete;
    const base = $(card, '[part="base"]').getBoundingClientRect();
    const call = $(card, '[part="call-link"]').getBoundingClientRect();
    expect(getComputedStyle($(card, '[part="base"]')).direction).to.equal('rtl');
    expect(base.right - call.right).to.be.lessThan(call.left - base.left);
  });

  it('says plainly when a country has no dedicated line and lists labelled alternatives', async () => {
    const el = await mount(html`<signpost-hotline-card country="IE"></signpost-hotline-card>`);
    const text = textOf(el);
    expect(text).to.contain('Ireland: no dedicated national trafficking hotline is listed.');
    expect($(el, '[part="heading"]').textContent).to.equal('Get help');
    expect(text).to.contain('Crimestoppers');
    expect(text).to.contain('Police');
    expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:+3531800250025');
    // No stated emergency number for Ireland in our sources: a generic instruction, never a guess (nor a link).
    expect(text).to.contain('In immediate danger, call your local emergency number.');
    expect([...el.shadowRoot!.querySelectorAll('[part="emergency"] a')].map((a) => a.getAttribute('href'))).to.deep.equal([]);
  });

  it('warns that the US hotline’s number has been spoofed, and that it never calls unasked (HHS); no other line says so', async () => {
    const us = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    const warning = $(us, '[part="scam-warning"]');
    expect(warning.textContent!.trim()).to.equal('Scammers have made calls that seem to come from this number. The hotline never calls you unasked for personal details or money.');
    // Under the hotline it is about, before the other services.
    expect(markupOf(warning.closest('details'))).to.equal(null);
    const gb = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
    expect($$(gb, '[part="scam-warning"]')).to.have.length(0);
  });

  it('names a police line as the police, not as a support hotline (Spain)', async () => {
    const el = await mount(html`<signpost-hotline-card country="ES"></signpost-hotline-card>`);
    expect($(el, '[part="heading"]').textContent!.trim()).to.equal('Policía Nacional');
    expect($(el, '[part="scope"]').textContent!.trim()).to.equal('Report to law enforcement');
  });

  it('names who runs a named line among the other services (the HSI Tip Line is immigration enforcement)', async () => {
    const el = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    const other = $(el, '[part="more"] [part="subheading"]');
    expect(other.firstElementChild!.textContent).to.equal('HSI Tip Line');
    expect(other.querySelector('[part="scope"]')!.textContent!.trim()).to.equal('U.S. Immigration and Customs Enforcement · Report to law enforcement');
    // A line named after its organisation is not named twice.
    const gb = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
    const scopes = $$(gb, '[part="more"] [part="scope"]').map((s) => s.textContent!.trim());
    expect(scopes).to.include('Police');
    expect(scopes.join()).to.not.contain('Police (non-emergency) ·');
  });

  it('keeps a Latin line name, and a source host, in its order in an Arabic card (a leading number, closing brackets, "24-horas.mx")', async () => {
    /** Where the name's first and last characters are drawn, left to right. */
    const ends = (el: Element, name: string) => {
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && node.textContent !== name);
      expect(node, name).to.not.equal(null);
      const x = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, i);
        range.setEnd(node!, i + 1);
        return range.getBoundingClientRect().left;
      };
      return [x(0), x(name.length - 1)];
    };
    const ph = await mount(html`<signpost-hotline-card lang="ar" country="PH"></signpost-hotline-card>`);
    const [one, n] = ends(ph, '1343 Actionline');
    expect(one, '"1343" before "Actionline"').to.be.below(n);
    const gb = await mount(html`<signpost-hotline-card lang="ar" country="GB"></signpost-hotline-card>`);
    $<HTMLDetailsElement>(gb, '[part="more"]').open = true;
    const [p, bracket] = ends(gb, 'Police (non-emergency)');
    expect(p, 'the closing bracket at the end').to.be.below(bracket);
    // The source's host inside the Arabic sentence: "24-horas.mx", not "horas.mx-24".
    const mx = await mount(html`<signpost-hotline-card lang="ar" country="MX"></signpost-hotline-card>`);
    const source = [...$(mx, '[part="source"] a').childNodes].find((n) => n.textContent!.includes('24-horas.mx'))!;
    const at = source?.textContent!.indexOf('24-horas.mx') ?? -1;
    expect(at, 'the host is in the source line').to.be.above(-1);
    const x = (i: number) => {
      const range = document.createRange();
      range.setStart(source, i);
      range.setEnd(source, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(x(at), '"24" before "horas.mx"').to.be.below(x(at + 3));
  });

  it('its quick exit says what it does and does not do (history is not erased)', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" quick-exit></signpost-hotline-card>`);
    const exit = $(el, '[part="quick-exit"]') as HTMLElement & {updateComplete: Promise<unknown>};
    await exit.updateComplete;
    const explanation = exit.shadowRoot!.querySelector('[part="explanation"]')!;
    expect(explanation, 'the "What this button does" disclosure').to.not.equal(null);
    expect(explanation.textContent).to.contain('browsing history');
  });

  it('its quick exit without quick-exit-href leaves for the default destination, and nothing warns', async () => {
    let el!: SignpostHotlineCard;
    let exit!: HTMLElement & {updateComplete: Promise<unknown>};
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-hotline-card country="US" quick-exit></signpost-hotline-card>`);
      exit = $(el, '[part="quick-exit"]') as typeof exit;
      await exit.updateComplete;
    });
    expect(warnings, 'no "href is not an http(s) URL" warning for an href the partner never wrote').to.deep.equal([]);
    expect(exit.hasAttribute('href'), 'the card gives its quick exit no href').to.equal(false);
    // docs/quick-exit.md: the default destination is Wikipedia's front page.
    expect(exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.href).to.equal('https://www.wikipedia.org/');
  });

  it('its quick exit follows the direction the page gives the card, not only its language', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" quick-exit dir="rtl"></signpost-hotline-card>`);
    const exit = $(el, '[part="quick-exit"]') as HTMLElement & {updateComplete: Promise<unknown>};
    await exit.updateComplete;
    expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect(exit.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), 'the quick exit inside').to.equal('rtl');
    expect(getComputedStyle(exit.shadowRoot!.querySelector('[part="button"]')!).direction).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    await el.updateComplete;
    await exit.updateComplete;
    expect(exit.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), 'changed back').to.equal('ltr');
  });

  it("lets a page style its quick exit's button, dots and explanation (quick-exit-button, -indicator, -explanation)", async () => {
    const style = document.createElement('style');
    style.textContent = `signpost-hotline-card::part(quick-exit-button) { outline: 3px solid rgb(1, 2, 3); }
      signpost-hotline-card::part(quick-exit-indicator) { color: rgb(4, 5, 6); }
      signpost-hotline-card::part(quick-exit-explanation) { color: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const el = await mount(html`<signpost-hotline-card country="US" quick-exit></signpost-hotline-card>`);
      const exit = $(el, '[part="quick-exit"]') as HTMLElement & {updateComplete: Promise<unknown>};
      await exit.updateComplete;
      const inner = (part: string) => getComputedStyle(exit.shadowRoot!.querySelector(`[part="${part}"]`)!);
      expect(inner('button').outlineColor).to.equal('rgb(1, 2, 3)');
      expect(inner('indicator').color).to.equal('rgb(4, 5, 6)');
      expect(inner('explanation').color).to.equal('rgb(7, 8, 9)');
      // The card's own parts keep their meaning.
      expect(getComputedStyle($(el, '[part="call-link"]')).outlineColor).not.to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('lets a page style every sub-heading and scope (::part(subheading), ::part(scope)): a line named under "Get help", and the other services', async () => {
    const style = document.createElement('style');
    style.textContent = `signpost-hotline-card::part(subheading) { color: rgb(1, 2, 3); }
      signpost-hotline-card::part(scope) { color: rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const ie = await mount(html`<signpost-hotline-card country="IE"></signpost-hotline-card>`);
      const named = $$(ie, '[part="subheading"]')[0];
      expect(named.textContent).to.contain('Crimestoppers');
      expect(getComputedStyle(named).color, 'the line named under "Get help"').to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(named.querySelector('.scope')!).color, 'its scope').to.equal('rgb(4, 5, 6)');
      const gb = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
      const others = $$(gb, 'details[part="more"] [part="subheading"]');
      expect(others.length, 'each other service').to.be.greaterThan(0);
      expect(others).to.have.length($$(gb, 'details[part="more"] .other').length);
      for (const heading of others) {
        expect(getComputedStyle(heading).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(heading.querySelector('.scope')!).color).to.equal('rgb(4, 5, 6)');
      }
      expect(getComputedStyle($(gb, 'header [part="scope"]')).color, "the card's own line").to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('shows other services in a disclosure and never 116 006 outside the countries that run it', async () => {
    const el = await mount(html`<signpost-hotline-card country="DE"></signpost-hotline-card>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="more"]');
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('Other services (2)');
    expect(textOf(el)).to.contain('116 006');
    const es = await mount(html`<signpost-hotline-card country="ES"></signpost-hotline-card>`);
    expect(textOf(es)).not.to.contain('116');
  });

  it("other services' call buttons are the main one's height (inside the disclosure, as outside it, and on a page whose * { all: unset } reaches the host)", async () => {
    const heights = async (hostStyle: string) => {
      const el = await mount(html`<signpost-hotline-card country="GB" style=${hostStyle}></signpost-hotline-card>`);
      $<HTMLDetailsElement>(el, 'details[part="more"]').open = true;
      return $$(el, '[part="call-link"]').map((a) => Math.round(a.getBoundingClientRect().height));
    };
    for (const hostStyle of ['', 'all: unset']) {
      const [main, ...others] = await heights(hostStyle);
      expect(others.length, 'Crimestoppers and the police').to.equal(2);
      expect(main, 'one line: the 2.75em minimum').to.equal(44);
      expect(others, hostStyle || 'as written').to.deep.equal(others.map(() => main));
    }
  });

  it('reflects attributes and properties', async () => {
    const el = await mount(html`<signpost-hotline-card country="gb" heading-level="3"></signpost-hotline-card>`);
    expect(el.resolvedCountry).to.equal('GB');
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
    expect(textOf(el)).to.contain('In immediate danger, call 999.');
    el.country = 'CA';
    await el.updateComplete;
    expect(textOf(el)).to.contain('Canadian Human Trafficking Hotline');
    expect($(el, '[part="chat-link"]').getAttribute('href')).to.equal('https://www.canadianhumantraffickinghotline.ca/chat/');
    el.countryPicker = true;
    await el.updateComplete;
    expect(el.hasAttribute('country-picker')).to.equal(true);
    expect($$(el, 'select option').length).to.be.greaterThan(10);
  });

  it('a country a framework leaves unset (null or undefined) is no country: no warning, the page language’s region', async () => {
    for (const unset of [null, undefined]) {
      let el!: SignpostHotlineCard;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-hotline-card lang="en-GB" .country=${unset as never}></signpost-hotline-card>`);
      });
      expect([el.resolvedCountry, warnings], String(unset)).to.deep.equal(['GB', []]);
      expect(textOf($(el, '[part="heading"]')), String(unset)).to.equal('Modern Slavery & Exploitation Helpline');
    }
  });

  it('a heading level set as text (as Vue sets a property) puts the sub-headings one level below the heading', async () => {
    const el = await mount(html`<signpost-hotline-card country="gb" .headingLevel=${'3' as never}></signpost-hotline-card>`);
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
    expect($$(el, '[part="subheading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    // At the deepest level there is (6), the sub-headings stay at 6: there is no level 7, which a screen reader would not read as a heading level.
    el.headingLevel = 6;
    await el.updateComplete;
    expect([$(el, '[part="heading"]').getAttribute('aria-level'), ...$$(el, '[part="subheading"]').map((h) => h.getAttribute('aria-level'))]).to.deep.equal(['6', '6', '6']);
  });

  it('two links of one card that show the same words (Germany’s two "Chat online") are told apart in a screen reader’s list of links: each also names its line, after its own words, unseen', async () => {
    for (const country of ['DE', 'US']) {
      const el = await mount(html`<signpost-hotline-card country=${country}></signpost-hotline-card>`);
      $<HTMLDetailsElement>(el, '[part="more"]').open = true;
      const links = $$(el, '[part="chat-link"], [part="report-link"], [part="website-link"]');
      // The name a screen reader gives such a link: its whole text (it has no aria-label and no image).
      const names = links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(links.filter((a) => a.hasAttribute('aria-label'))).to.have.length(0);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      for (const a of links) {
        // The line's name: the other service's sub-heading, else the card's (the main line's).
        const name = (a.closest('.other') ?? el.shadowRoot!).querySelector('bdi')!.textContent;
        const hidden = a.querySelector('.visually-hidden')!;
        // Its own words first (voice control says what it sees), then the line's name, heard but not seen.
        const shown = shownWords(a);
        expect(shown).to.match(/^(Chat online|Report online|Website)$/);
        expect(a.textContent!.replace(/\s+/g, ' ').trim(), country).to.equal(`${shown}, ${name}`);
        expect(hidden.getBoundingClientRect().width, 'unseen').to.be.at.most(1);
        expect(a.getBoundingClientRect().width, 'the link itself is seen').to.be.above(1);
      }
      if (country == 'DE') expect(names.filter((n) => n.startsWith('Chat online'))).to.have.length(2);
    }
  });

  it('names each way to reach a line in words, says WhatsApp and the text or chat languages only for the lines that have them, and copies the main number only', async () => {
    const words = (el: Element, part: string) => $$(el, `[part="${part}"]`).map(shownWords);
    // Each paragraph's lines (the text or chat languages on a line of their own), as the reader sees them.
    const languages = (el: Element) => $$(el, '[part="languages"]').map((p) => p.innerText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()));
    const us = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    expect(words(us, 'website-link')[0]).to.equal('Website');
    expect(words(us, 'report-link')).to.deep.equal(['Report online']);
    // Polaris answers texts in English and Spanish too.
    expect(languages(us)[0]).to.deep.equal(['Languages: English and Spanish, and interpreters for many others', 'Text messages in English and Spanish']);
    expect($$(us, '[part="call-link"]').length, 'more than one line to call').to.be.greaterThan(1);
    expect($$(us, '[part="copy-button"]').length, 'one copy button: the main line’s').to.equal(1);
    expect(textOf(us), 'no US line takes WhatsApp').not.to.contain('WhatsApp');
    const ca = await mount(html`<signpost-hotline-card country="CA"></signpost-hotline-card>`);
    expect(words(ca, 'chat-link')).to.deep.equal(['Chat online']);
    expect(languages(ca)[0]).to.deep.equal(['Languages: English and French, and interpreters for many others', 'Chat online in English and French']);
    // Mexico's national line takes WhatsApp messages; its 089 line does not.
    const mx = await mount(html`<signpost-hotline-card country="MX"></signpost-hotline-card>`);
    expect($$(mx, 'p').filter((p) => textOf(p) === 'Also on WhatsApp, same number').length).to.equal(1);
    expect($$(mx, '[part="call-link"]').length).to.be.greaterThan(1);
    expect(languages(mx)).to.deep.equal([['Languages: Spanish']]);
  });

  it("says what the operator's chat page says: no answer in 5 minutes, try again or call; it ends after 5 minutes' silence or on leaving its page", async () => {
    const note = "If no one answers the chat within 5 minutes, try again or call. The chat ends if you don't write for 5 minutes, or if you leave its page.";
    const ca = await mount(html`<signpost-hotline-card country="CA"></signpost-hotline-card>`);
    const chat = $(ca, '[part="chat-link"]');
    // After the chat link, before the line's source.
    const shown = $$(ca, 'p').find((p) => textOf(p).trim() === note);
    expect(shown, 'the note, as a paragraph of its own').to.not.equal(undefined);
    expect(chat.compareDocumentPosition(shown!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shown!.compareDocumentPosition($(ca, '[part="source"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const ar = await mount(html`<signpost-hotline-card lang="ar" country="CA"></signpost-hotline-card>`);
    expect(textOf(ar)).to.contain('إذا لم يردّ أحد في المحادثة خلال 5 دقائق');
    // Another line's chat (its operator states no time-outs) gets no such note.
    const de = await mount(html`<signpost-hotline-card country="DE"></signpost-hotline-card>`);
    expect($$(de, '[part="chat-link"]').length).to.be.greaterThan(0);
    expect(textOf(de)).not.to.contain('5 minutes');
  });

  it("says under France's call link that outside opening hours a caller can leave a message and is called back (domain.md); no other line says so", async () => {
    const note = 'Outside opening hours, you can leave a message and they will call you back.';
    const fr = await mount(html`<signpost-hotline-card country="FR"></signpost-hotline-card>`);
    const shown = $$(fr, 'p').find((p) => textOf(p).trim() === note);
    expect(shown, 'the note, as a paragraph of its own').to.not.equal(undefined);
    // Under the hours and the call link it speaks of, before the line's source.
    const hours = $$(fr, 'p').find((p) => /^Hours: .+ 9:00 AM–7:00 PM/.test(textOf(p).trim()))!;
    for (const before of [hours, $(fr, '[part="call-link"]')]) {
      expect(before.compareDocumentPosition(shown!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    expect(shown!.compareDocumentPosition($(fr, '[part="source"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const ar = await mount(html`<signpost-hotline-card lang="ar" country="FR"></signpost-hotline-card>`);
    expect(textOf(ar)).to.contain('يمكنك ترك رسالة');
    // Germany's lines keep hours too, and take no messages that our sources state.
    const de = await mount(html`<signpost-hotline-card country="DE"></signpost-hotline-card>`);
    expect(textOf(de)).to.contain('Hours:');
    expect(textOf(de)).not.to.contain('leave a message');
  });

  it("says Canada's TTY is available, as its source does, without naming a number the source does not give", async () => {
    const ca = await mount(html`<signpost-hotline-card country="CA"></signpost-hotline-card>`);
    const tty = $(ca, '[part="tty"]');
    expect(textOf(tty).trim()).to.equal('TTY (textphone) available');
    expect(markupOf(tty.querySelector('a')), 'no TTY link: the source gives no TTY number').to.equal(null);
    const ar = await mount(html`<signpost-hotline-card lang="ar" country="CA"></signpost-hotline-card>`);
    expect(textOf($(ar, '[part="tty"]')).trim()).to.equal('الهاتف النصي (TTY) متاح');
  });

  it("lists the picker's countries by name in the reader's alphabet, building no Intl names or collator in English", async () => {
    const names = (el: HTMLElement) => $$(el, 'select option').map((o) => o.textContent!.trim());
    const sorted = (list: string[], locale: string) => [...list].sort(new Intl.Collator(locale).compare);
    // Count what the English card builds: DisplayNames and Collator each cost a page ≈ 10–15 ms the first time.
    const writable = Intl as {DisplayNames: typeof Intl.DisplayNames; Collator: typeof Intl.Collator};
    const {DisplayNames, Collator} = writable;
    let built = 0;
    writable.DisplayNames = class extends DisplayNames {
      constructor(...args: ConstructorParameters<typeof DisplayNames>) {
        super(...args);
        built++;
      }
    };
    writable.Collator = class extends Collator {
      constructor(...args: ConstructorParameters<typeof Collator>) {
        super(...args);
        built++;
      }
    } as typeof Collator;
    let en: string[];
    try {
      en = names(await mount(html`<signpost-hotline-card lang="en"></signpost-hotline-card>`)).slice(1);
      expect(built).to.equal(0);
    } finally {
      writable.DisplayNames = DisplayNames;
      writable.Collator = Collator;
    }
    expect(en).to.have.length(14);
    expect(en).to.deep.equal(sorted(en, 'en'));
    expect(en.slice(0, 3)).to.deep.equal(['Argentina', 'Australia', 'Canada']);
    expect(en.slice(-2)).to.deep.equal(['United Kingdom', 'United States']);
    const ar = names(await mount(html`<signpost-hotline-card lang="ar"></signpost-hotline-card>`)).slice(1);
    expect(ar).to.deep.equal(sorted(ar, 'ar'));
    expect(ar).to.not.deep.equal(en);
  });

  it('fires signpost-hotline-contact with the channel and country only', async () => {
    const el = await mount(html`<signpost-hotline-card country="US"></signpost-hotline-card>`);
    const release = noNavigation(el);
    setTimeout(() => $(el, '[part="sms-link"]').click());
    const event = await oneEvent(el, 'signpost-hotline-contact');
    expect(event.detail).to.deep.equal({channel: 'sms', country: 'US'});
    expect(event.bubbles && event.composed).to.equal(true);
    setTimeout(() => $(el, '[part="call-link"]').click());
    expect((await oneEvent(el, 'signpost-hotline-contact')).detail).to.deep.equal({channel: 'call', country: 'US'});
    release();
    // A partner's line with no country: the country is null (documented), not undefined, which JSON would drop.
    const partner = await mount(html`<signpost-hotline-card lang="en-GB"><script type="application/json">${JSON.stringify({name: 'City Helpline', phone: '+442079460000'})}</script></signpost-hotline-card>`);
    const released = noNavigation(partner);
    setTimeout(() => $(partner, '[part="call-link"]').click());
    const detail = (await oneEvent(partner, 'signpost-hotline-contact')).detail;
    released();
    expect([detail, JSON.stringify(detail)]).to.deep.equal([{channel: 'call', country: null}, '{"channel":"call","country":null}']);
  });

  it('tells the page which channel was used, for every channel a line can have', async () => {
    const line = {name: 'City Helpline', phone: '+442079460000', chat: 'https://example.org/chat', report: 'https://example.org/report', website: 'https://example.org/', email: 'help@example.org', tty: '+442079460001'};
    const el = await mount(html`<signpost-hotline-card country="GB"><script type="application/json">${JSON.stringify(line)}</script></signpost-hotline-card>`);
    const release = noNavigation(el); // no tab opens, no mail client starts
    const used: unknown[] = [];
    el.addEventListener('signpost-hotline-contact', (e) => used.push((e as CustomEvent).detail));
    for (const part of ['chat-link', 'report-link', 'website-link', 'email-link']) $(el, `[part="${part}"]`).click();
    $(el, '[part="tty"] a').click();
    release();
    expect(used).to.deep.equal(['chat', 'report', 'website', 'email', 'tty'].map((channel) => ({channel, country: 'GB'})));
  });

  it('copies the number, announces the result in a status region and shows it beside the button', async () => {
    const el = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (s: string) => void written.push(s)},
    });
    try {
      const status = $(el, '[role="status"]');
      expect(status.textContent!.trim()).to.equal('');
      setTimeout(() => $(el, '[part="copy-button"]').click());
      const event = await oneEvent(el, 'signpost-hotline-contact');
      expect(event.detail.channel).to.equal('copy');
      await el.updateComplete;
      expect(written).to.deep.equal(['08000 121 700']);
      expect(status.textContent!.trim()).to.equal('Number copied: 0 8 0 0 0, 1 2 1, 7 0 0');
      // Seen beside the button too, with the number as written (the status region, which spells it, is
      // for screen readers; this one is not read twice).
      const shown = () => el.shadowRoot!.querySelector('[part="call-link"] ~ [part="copy-status"]');
      expect(shown()?.textContent, 'shown beside the button').to.equal('Number copied: 08000 121 700');
      expect(shown()!.getClientRects().length).to.be.greaterThan(0);
      expect(shown()!.getAttribute('aria-hidden')).to.equal('true');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {writeText: async () => Promise.reject(new Error('denied'))},
      });
      const contacts: string[] = [];
      el.addEventListener('signpost-hotline-contact', (e) => contacts.push(e.detail.channel));
      const announced: string[] = [];
      new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, {childList: true, subtree: true, characterData: true});
      const failed = 'Could not copy. The number is 0 8 0 0 0, 1 2 1, 7 0 0.';
      const times = () => announced.filter((text) => text === failed).length;
      for (let i = 1; i <= 2; i++) {
        $(el, '[part="copy-button"]').click();
        await until(() => times() === i);
      }
      expect(status.textContent!.trim()).to.equal(failed);
      expect(shown()?.textContent, 'a failure is seen: the number to note down').to.equal('Could not copy. The number is 08000 121 700.');
      // Read digit by digit, announced again on a second click (the region changed in between),
      // and no "contact" reported for a copy that did not happen.
      expect(announced.filter((text) => text === failed)).to.have.length(2);
      expect(contacts).to.deep.equal([]);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  /** A partner line with `phone`: its call link, what Copy number wrote to the clipboard, and what the status region then said. */
  const copyPartnerNumber = async (phone: string) => {
    const el = await mount(html`<signpost-hotline-card line-name="Partner line" line-phone=${phone}></signpost-hotline-card>`);
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (s: string) => void written.push(s)}});
    try {
      const link = $(el, '[part="call-link"]');
      setTimeout(() => $(el, '[part="copy-button"]').click());
      await oneEvent(el, 'signpost-hotline-contact');
      await el.updateComplete;
      return {link: link.textContent!.trim(), href: link.getAttribute('href'), written, said: $(el, '[role="status"]').textContent!.trim()};
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  };

  it('copies and spells "+44 (0)20 …" as dialled from abroad, without the (0), while the link keeps the partner’s text', async () => {
    expect(await copyPartnerNumber('+44 (0)20 7946 0000')).to.deep.equal({
      link: 'Call +44 (0)20 7946 0000',
      href: 'tel:+442079460000',
      written: ['+44 20 7946 0000'],
      said: 'Number copied: +4 4, 2 0, 7 9 4 6, 0 0 0 0',
    });
  });

  it('shows, dials and copies a partner’s "+61 1800 …" as dialled in Australia, where a phone may not put the +61 form through', async () => {
    expect(await copyPartnerNumber('+61 1800 333 000')).to.deep.equal({
      link: 'Call 1800 333 000',
      href: 'tel:1800333000',
      written: ['1800 333 000'],
      said: 'Number copied: 1 8 0 0, 3 3 3, 0 0 0',
    });
  });

  it('keeps a copy result with its line: a country picked, a partner number or the page language changed, or a late clipboard answer never shows another line’s number', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" country-picker></signpost-hotline-card>`);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    let answer: (ok: boolean) => void = () => {};
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: () => new Promise<void>((resolve, reject) => (answer = (ok) => (ok ? resolve() : reject(new Error('denied')))))},
    });
    const shown = () => el.shadowRoot!.querySelector('[part="copy-status"]')?.textContent ?? '';
    const status = () => $(el, '[role="status"]').textContent!.trim();
    const pick = async (country: string) => {
      const select = $<HTMLSelectElement>(el, 'select');
      select.value = country;
      select.dispatchEvent(new Event('change', {bubbles: true}));
      await el.updateComplete;
    };
    try {
      $(el, '[part="copy-button"]').click();
      answer(true);
      await until(() => shown() === 'Number copied: 1-888-373-7888');
      await pick('GB');
      expect(shown(), 'the US number is not shown beside the UK line').to.equal('');
      await until(() => status() === 'United Kingdom: Modern Slavery & Exploitation Helpline');
      // A copy the clipboard answers (here: refuses) only after the reader picked another country.
      $(el, '[part="copy-button"]').click();
      await pick('US');
      answer(false);
      // The pick is announced once it has settled (half a second), and then only it.
      await until(() => status() === 'United States: National Human Trafficking Hotline');
      expect(shown(), 'no "the number is 08000 121 700" beside the US line').to.equal('');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
    // A partner's line whose number a framework changes.
    const partner = await mount(html`<signpost-hotline-card line-name="City Helpline" line-phone="+442079460000"></signpost-hotline-card>`);
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async () => {}}});
    try {
      const said = (card: SignpostHotlineCard) => $(card, '[role="status"]').textContent!.trim();
      $(partner, '[part="copy-button"]').click();
      await until(() => !!partner.shadowRoot!.querySelector('[part="copy-status"]'));
      await until(() => said(partner).startsWith('Number copied'));
      partner.setAttribute('line-phone', '+442079460001');
      await partner.updateComplete;
      expect(partner.shadowRoot!.querySelector('[part="copy-status"]')?.textContent ?? '', 'the old number’s message is gone').to.equal('');
      expect(said(partner), 'from the status region too (a screen reader’s browse mode reads it)').to.equal('');
      // A card whose country comes from the page's language, which changes (a site's language switch).
      const regional = await mount(html`<signpost-hotline-card lang="en-US"></signpost-hotline-card>`);
      $(regional, '[part="copy-button"]').click();
      await until(() => !!regional.shadowRoot!.querySelector('[part="copy-status"]'));
      await until(() => said(regional).startsWith('Number copied'));
      regional.lang = 'en-GB';
      await until(() => regional.resolvedCountry === 'GB');
      await regional.updateComplete;
      expect(regional.shadowRoot!.querySelector('[part="copy-status"]')?.textContent ?? '', 'not the US number beside the UK line').to.equal('');
      expect(said(regional), 'nor in the status region').to.equal('');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('says nothing of a copy whose line changed before its announcement (the 0.1 s a status region needs between two texts)', async () => {
    const partner = await mount(html`<signpost-hotline-card line-name="City Helpline" line-phone="+442079460000"></signpost-hotline-card>`);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async () => {}}});
    try {
      const status = $(partner, '[role="status"]');
      const announced: string[] = [];
      new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, {childList: true, subtree: true, characterData: true});
      $(partner, '[part="copy-button"]').click();
      // Shown beside the button at once; the status region empties first and speaks 0.1 s later.
      await until(() => !!partner.shadowRoot!.querySelector('[part="copy-status"]'));
      partner.setAttribute('line-phone', '+442079460001');
      await partner.updateComplete;
      await new Promise((r) => setTimeout(r, 250));
      expect(partner.shadowRoot!.querySelector('[part="copy-status"]')?.textContent ?? '').to.equal('');
      expect(announced.filter(Boolean), 'the old number is never read out').to.deep.equal([]);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('announces only the country the reader settles on, not each one an arrow key passes in a closed list', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country="US" country-picker></signpost-hotline-card>`);
    const status = $(el, '[role="status"]');
    const announced: string[] = [];
    new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, {childList: true, subtree: true, characterData: true});
    const select = $<HTMLSelectElement>(el, 'select');
    for (const country of ['CA', 'DE', 'FR', 'GB']) {
      select.value = country;
      select.dispatchEvent(new Event('change'));
      await new Promise((resolve) => setTimeout(resolve, 50)); // an arrow key every 50 ms, well inside the half second
    }
    await until(() => status.textContent!.trim() !== '');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(announced.filter(Boolean)).to.deep.equal(['United Kingdom: Modern Slavery & Exploitation Helpline']);
    expect(el.resolvedCountry, 'the card follows every step').to.equal('GB');
  });

  it('says the line’s name when a country without a dedicated hotline is picked (the heading only says "Get help")', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" country-picker></signpost-hotline-card>`);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'DE';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await until(() => $(el, '[role="status"]').textContent!.trim() !== '');
    expect($(el, '[part="heading"]').textContent!.trim()).to.equal('Get help');
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Germany: Hilfetelefon Gewalt gegen Frauen');
  });

  it("gives way to the country a reader picks beside a partner's line, and comes back when they pick the card's own again", async () => {
    const el = await mount(html`<signpost-hotline-card country="GB" country-picker line-name="Safe Harbour Helpline" line-phone="+442079460000"></signpost-hotline-card>`);
    expect($(el, '[part="heading"]').textContent!.trim()).to.equal('Safe Harbour Helpline');
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    await until(() => $(el, '[role="status"]').textContent!.trim() !== '');
    // Germany's lines, as the announcement says: not the British partner's line under Germany's name.
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Germany: Hilfetelefon Gewalt gegen Frauen');
    expect(textOf(el)).to.not.contain('Safe Harbour Helpline');
    expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:116016');
    select.value = 'GB';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '[part="heading"]').textContent!.trim()).to.equal('Safe Harbour Helpline');
    expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:+442079460000');
    // Without \`country\`, the line's country is unknown (a region is a guess): it stays whatever is picked.
    const unknown = await mount(html`<signpost-hotline-card lang="en-US" country-picker line-name="Safe Harbour Helpline" line-phone="+442079460000"></signpost-hotline-card>`);
    // Nor is its emergency number the page language's (911 under a British line): none until the reader picks.
    expect(textOf(unknown)).to.contain('In immediate danger, call your local emergency number.').and.not.contain('911');
    expect([unknown.resolvedCountry, $<HTMLSelectElement>(unknown, 'select').value]).to.deep.equal(['', '']);
    const choose = $<HTMLSelectElement>(unknown, 'select');
    choose.value = 'GB';
    choose.dispatchEvent(new Event('change'));
    await unknown.updateComplete;
    expect([$(unknown, '[part="heading"]').textContent!.trim(), textOf(unknown).includes('call 999')]).to.deep.equal(['Safe Harbour Helpline', true]);
  });

  it('asks the reader to choose a country when none resolves, and switches on choice', async () => {
    const el = await mount(html`<signpost-hotline-card lang="en"></signpost-hotline-card>`);
    expect(textOf(el)).to.contain('Choose your country to see the right hotline.');
    expect($$(el, '[part="call-link"]')).to.have.length(0);
    const select = $<HTMLSelectElement>(el, 'select');
    expect($(el, 'label').textContent).to.equal('Country');
    // Focus reaches the picker by keyboard (it is a native select).
    select.focus();
    expect(el.shadowRoot!.activeElement === select).to.equal(true);
    select.value = 'PH';
    setTimeout(() => select.dispatchEvent(new Event('change', {bubbles: true})));
    const event = await oneEvent(el, 'signpost-hotline-country-change');
    expect(event.detail).to.deep.equal({country: 'PH'});
    await el.updateComplete;
    expect($(el, '[part="call-link"]').getAttribute('href')).to.equal('tel:1343');
    expect(el.resolvedCountry).to.equal('PH');
    // The picker stays, the same control, still focused: a wrong choice can be undone.
    expect($<HTMLSelectElement>(el, 'select')).to.equal(select);
    expect(el.shadowRoot!.activeElement).to.equal(select);
    select.value = 'MX';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
    expect(el.resolvedCountry).to.equal('MX');
  });

  it('puts the call link, copy button and links first in document order, each taking focus with no tabindex (real Tab keys: keyboard-theme.test.ts)', async () => {
    const el = await mount(html`<signpost-hotline-card country="US" country-picker></signpost-hotline-card>`);
    const focusables = $$(el, 'a[href], button, select, summary');
    const parts = focusables.map((f) => f.getAttribute('part') ?? f.localName);
    expect(parts.slice(0, 4)).to.deep.equal(['call-link', 'copy-button', 'sms-link', 'website-link']);
    // Everything outside the closed "Other services" disclosure takes focus; nothing has a tabindex.
    const reachable = focusables.filter((f) => !f.closest('details') || f.localName === 'summary');
    for (const f of reachable) {
      f.focus();
      expect(el.shadowRoot!.activeElement === f, `focus on ${f.getAttribute('part') ?? f.localName}`).to.equal(true);
      expect(f.hasAttribute('tabindex')).to.equal(false);
    }
    // The copy button is a native button: Enter and Space activate it.
    expect($(el, '[part="copy-button"]').localName).to.equal('button');
  });

  it('marks outbound links so they send no referrer and cannot reach the page', async () => {
    const el = await mount(html`<signpost-hotline-card country="GB"></signpost-hotline-card>`);
    const report = $<HTMLAnchorElement>(el, '[part="report-link"]');
    expect(report.rel).to.equal('noopener noreferrer');
    expect(report.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(report.target).to.equal('_blank');
    // Every web link of every kind of card: website, chat, report and the source line.
    for (const country of ['US', 'CA', 'GB', 'DE', 'MX']) {
      const card = await mount(html`<signpost-hotline-card country=${country}></signpost-hotline-card>`);
      const web = $$<HTMLAnchorElement>(card, 'a[href^="http"]');
      expect(web.some((a) => a.closest('[part="source"]')), `${country}: the source link is checked too`).to.equal(true);
      for (const a of web) {
        expect(a.rel, `${country} ${a.href}`).to.equal('noopener noreferrer');
        expect(a.getAttribute('referrerpolicy'), `${country} ${a.href}`).to.equal('no-referrer');
      }
    }
  });

  it('keeps a stated schedule honest at a fixed instant (France, 116 006 9–19h)', async () => {
    const el = await mount(
      html`<signpost-hotline-card country="FR" .clock=${at('2026-11-29T17:30:00Z')}></signpost-hotline-card>`,
    );
    // 17:30 UTC is 18:30 in Paris in winter: open, closes at 19:00.
    expect($(el, '[part="hours"]').textContent).to.contain('Open now, closes at 7:00 PM');
    el.clock = at('2026-11-29T18:30:00Z');
    await el.updateComplete;
    // Sunday 19:30 in Paris: it opens on Monday at 9:00 there (08:00 UTC), the line's next day. A reader for
    // whom that is their next day too hears "tomorrow" (UTC, Los Angeles); one for whom it is still the same
    // day (Tokyo, Kiritimati: already Monday; Pago Pago: still Sunday) hears the line's weekday.
    const tomorrow = readerDays('2026-11-29T18:30:00Z', '2026-11-30T08:00:00Z') === 1;
    expect($(el, '[part="hours"]').textContent).to.contain(tomorrow ? 'Closed, opens tomorrow at 9:00 AM' : 'Closed, opens Monday at 9:00 AM');
  });
});

describe('<signpost-hotline-card> narrow and large text', () => {
  /** The range of each group of digits of the number in a link (its text nodes: a <wbr> follows each hyphen). */
  function groups(link: Element) {
    const walker = document.createTreeWalker(link.querySelector('.number')!, NodeFilter.SHOW_TEXT);
    const ranges: Range[] = [];
    for (let node: Node | null; (node = walker.nextNode()); ) {
      for (const m of node.textContent!.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        ranges.push(range);
      }
    }
    return ranges;
  }
  const lines = (range: Range) => new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  /** Gives the call link this content width (fonts differ by browser, so widths are measured). */
  function linkWidth(px: number) {
    const style = Object.assign(document.createElement('style'), {textContent: `signpost-hotline-card::part(call-link) { box-sizing: content-box; inline-size: ${px}px; }`});
    document.head.append(style);
    return style;
  }
  // Spaces (GB) and hyphens (US: Firefox, as Unicode's line breaking says, does not break between a hyphen and a digit).
  for (const country of ['GB', 'US']) {
    it(`moves a phone number to the next line whole when it fits there, and wraps one too wide only between its groups of digits (${country})`, async () => {
      const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card country=${country} style="font-size: 24px"></signpost-hotline-card>`);
      const link = $(el, '[part="call-link"]');
      const number = document.createRange();
      number.selectNodeContents(link.querySelector('.number')!);
      const width = number.getBoundingClientRect().width;
      // "Call", before the number.
      const word = document.createRange();
      word.selectNodeContents([...link.querySelector('.number')!.parentNode!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
      // Room for the number, not for the words before it: the link wraps before the number, not inside it.
      let style = linkWidth(Math.ceil(width) + 8);
      try {
        expect(number.getBoundingClientRect().top, 'the number below "Call"').to.be.at.least(word.getBoundingClientRect().bottom - 1);
        expect(lines(number), 'the number on one line').to.equal(1);
      } finally {
        style.remove();
      }
      // Less room than the number takes (but more than its longest group): it wraps between groups, never inside one ("…-788" over "8").
      for (const share of [0.45, 0.55, 0.65, 0.75, 0.85, 0.95]) {
        style = linkWidth(Math.floor(width * share));
        try {
          expect(lines(number), `the number wraps (${share})`).to.be.greaterThan(1);
          expect(groups(link).map(String), 'its groups').to.deep.equal(country === 'GB' ? ['08000', '121', '700'] : ['1', '888', '373', '7888']);
          for (const group of groups(link)) expect(lines(group), `"${group}" on one line (${share})`).to.equal(1);
        } finally {
          style.remove();
        }
      }
    });
  }
});

describe('<signpost-hotline-card> right to left', () => {
  it('keeps phone numbers in order inside Arabic text (left to right, isolated)', async () => {
    const el = await fixture<SignpostHotlineCard>(html`<signpost-hotline-card lang="ar" country="GB"></signpost-hotline-card>`);
    const visible = $(el, '[part="call-link"]').textContent!.trim();
    expect(visible).to.equal('اتصل بالرقم 08000 121 700');
    expect(textOf(el)).to.contain('فاتصل بالرقم 999.');
    // The emergency number too: left to right, in its own box, inside its link.
    expect($(el, '[part="emergency"] a[href="tel:999"] .number[dir="ltr"]').textContent).to.equal('999');
    // The digits keep their left-to-right order on screen: "08000" is left of "700".
    const link = $(el, '[part="call-link"]');
    const range = document.createRange();
    const node = [...link.querySelector('[dir="ltr"]')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('08000'))!;
    const text = node.textContent!;
    range.setStart(node, text.indexOf('08000'));
    range.setEnd(node, text.indexOf('08000') + 5);
    const first = range.getBoundingClientRect();
    range.setStart(node, text.indexOf('700'));
    range.setEnd(node, text.indexOf('700') + 3);
    const last = range.getBoundingClientRect();
    expect(first.left).to.be.lessThan(last.left);
    // The copy result shown beside the button keeps it in order too.
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async () => undefined}});
    try {
      $(el, '[part="copy-button"]').click();
      await until(() => !!el.shadowRoot!.querySelector('[part="copy-status"]'));
      expect($(el, '[part="copy-status"] [dir="ltr"]').textContent).to.equal('08000 121 700');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });
});
