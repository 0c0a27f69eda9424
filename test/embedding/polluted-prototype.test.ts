import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {until} from '../helpers/util.js';
import {restorePage} from '../../src/quick-exit/exit-page.js';

// A partner page with a prototype-pollution bug (a query-string parser that takes `?__proto__[chat]=…`)
// gives every object in the page the attacker's fields. Signpost cannot stop the pollution, but it must
// not be what carries it to the reader: no added contact, number, hours or heading in a card, and no
// error thrown into the page.
const POLLUTION: Record<string, unknown> = {
  chat: 'javascript:alert(1)',
  report: 'https://attacker.example/report',
  website: 'https://attacker.example/',
  email: 'help@attacker.example',
  phoneAbroad: {tel: '+19005550100', display: '+1 900 555 0100'},
  tty: {tel: '+19005550101', display: '+1 900 555 0101'},
  sms: {number: {tel: '+19005550102', display: '+1 900 555 0102'}},
  whatsapp: true,
  spoofed: 'yes',
  hours: '24/7',
  emergency: '555 0199',
  name: 'Attacker’s hotline',
  window: 1,
  // Fields of the objects inside a line: its languages, its text line.
  text: 'x',
  interpreters: true,
  keyword: 'SEND MONEY',
  // An option of the widgets' MutationObservers: falsy beside an attributeFilter, observe() throws.
  attributes: '',
};

/** What a reader sees and can follow: the text and every link target. */
function seen(el: Element): string {
  const root = el.shadowRoot!;
  const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  return `${root.textContent!.replace(/\s+/g, ' ').trim()} ${JSON.stringify(links)}`;
}

async function render(markup: string): Promise<{el: Element & {updateComplete: Promise<unknown>}; host: HTMLElement}> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.firstElementChild as Element & {updateComplete: Promise<unknown>};
  await el.updateComplete;
  return {el, host};
}

describe('a page whose Object.prototype was polluted', () => {
  const cases = [
    // Canada's entry has no sourced emergency number; Great Britain's lines have no chat, and two no hours.
    '<signpost-hotline-card country="CA"></signpost-hotline-card>',
    '<signpost-hotline-card country="GB"></signpost-hotline-card>',
    '<signpost-hotline-card country="US" quick-exit></signpost-hotline-card>',
    // Lines with some languages given (Mexico, Germany, France), and a text line with no keyword (Thailand).
    '<signpost-hotline-card country="MX"></signpost-hotline-card>',
    '<signpost-hotline-card country="DE"></signpost-hotline-card>',
    '<signpost-hotline-card country="FR"></signpost-hotline-card>',
    '<signpost-hotline-card country="TH"></signpost-hotline-card>',
    '<signpost-hotline-card line-name="Partner line" line-phone="+44 20 7946 0000" line-sms="+44 7700 900000"></signpost-hotline-card>',
    '<signpost-hotline-card line-name="Partner line" line-phone="+44 20 7946 0000"></signpost-hotline-card>',
    '<signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner>',
    '<signpost-campaign-banner campaign="world-day" from="2000-01-01" until="2999-12-31"></signpost-campaign-banner>',
  ];
  for (const markup of cases) {
    it(`shows the same as on a clean page: ${markup}`, async () => {
      const clean = await render(markup);
      const expected = seen(clean.el);
      clean.host.remove();
      const {shown, errors} = await pollutedRender(markup, POLLUTION, () => true);
      expect(errors).to.deep.equal([]);
      expect(shown).to.equal(expected);
    });
  }

  /** Renders `markup` with `pollution` on Object.prototype until `ready` holds; what it shows, and the page's errors. */
  async function pollutedRender(markup: string, pollution: Record<string, unknown>, ready: (el: Element) => boolean) {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(proto, pollution);
      const {el, host} = await render(markup);
      await until(() => ready(el)).catch(() => {});
      const shown = seen(el);
      host.remove();
      return {shown, errors};
    } finally {
      for (const key of Object.keys(pollution)) delete proto[key];
      window.removeEventListener('error', onError);
    }
  }

  it('a ticker reading an RSS feed: its stories load, and carry no content note or source the page did not give', async () => {
    const markup = '<signpost-news-ticker mode="list" src="/test/fixtures/feeds/rss2-basic.xml"></signpost-news-ticker>';
    const stories = (el: Element) => el.shadowRoot!.querySelectorAll('[part="item"]').length > 1;
    const clean = await render(markup);
    await until(() => stories(clean.el));
    const expected = seen(clean.el);
    clean.host.remove();
    // fetch() reads `window`, `method` and `body` from its options; a story its contentNote and source.
    const {shown, errors} = await pollutedRender(markup, {...POLLUTION, method: 'POST', contentNote: 'Your visit was reported', source: 'Attacker'}, stories);
    expect(errors).to.deep.equal([]);
    expect(shown).to.equal(expected);
  });

  it('a quick exit connects its shortcut and click listeners with no error, even with a polluted `signal` option', async () => {
    const markup = '<signpost-quick-exit></signpost-quick-exit>';
    const clean = await render(markup);
    const expected = seen(clean.el);
    clean.host.remove();
    const {shown, errors} = await pollutedRender(markup, {signal: 'x'}, (el) => !!el.shadowRoot?.querySelector('[part="button"]'));
    expect(errors).to.deep.equal([]);
    expect(shown).to.equal(expected);
  });

  it('a quick exit still tells Shift used as a modifier (Shift+click, Shift+wheel) from Shift pressed alone, with no error', async () => {
    const {el, host} = await render('<signpost-quick-exit></signpost-quick-exit>');
    const calls: string[] = [];
    (el as unknown as {navigate: (url: string) => void}).navigate = (url) => calls.push(url);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const proto = Object.prototype as Record<string, unknown>;
    const key = (type: string) => document.body.dispatchEvent(new KeyboardEvent(type, {key: 'Shift', code: 'ShiftLeft', shiftKey: type == 'keydown', bubbles: true, composed: true}));
    try {
      Object.assign(proto, {pointerdown: 'x', wheel: 'x'});
      for (const use of [() => new PointerEvent('pointerdown', {shiftKey: true, bubbles: true, composed: true}), () => new WheelEvent('wheel', {shiftKey: true, deltaX: 50, bubbles: true, composed: true})]) {
        for (let i = 0; i < 3; i++) {
          key('keydown');
          document.body.dispatchEvent(use());
          key('keyup');
        }
      }
      expect(calls, 'Shift as a modifier, six times').to.deep.equal([]);
      for (let i = 0; i < 3; i++) {
        key('keydown');
        key('keyup');
      }
      expect(calls, 'Shift alone, three times').to.have.length(1);
    } finally {
      delete proto.pointerdown;
      delete proto.wheel;
      window.removeEventListener('error', onError);
      host.remove();
      restorePage();
    }
    expect(errors).to.deep.equal([]);
  });
});
