import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/red-flag-quiz/define.js';
import '../../src/components/hotline-card/define.js';
import {answer, button, qa, settle, start, type Quiz} from './helpers.js';
import {centre, sendTouch, type TouchStep} from '../helpers/util.js';

/**
 * A double click or double tap (a reader with a tremor, or one who double-clicks everything): the second
 * press lands at the same point, on whatever the first one's render put there. After "See your result"
 * that is the hotline card's Call link (a phone's dialer opened with the hotline's number on screen, in
 * front of whoever watches); after "Start the quiz", the first answer of question 1, which the reader
 * never chose. The browser counts a second press at the same point as the second click (`detail` 2).
 */

/** The element drawn at a point, through shadow roots (the card inside the quiz inside the page). */
function drawnAt(x: number, y: number): Element {
  let el = document.elementFromPoint(x, y) ?? document.body;
  while (el.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

// A phone's column; one fixed question, the hotline Great Britain's.
const mount = async () => {
  const el = await fixture<Quiz>(html`<signpost-red-flag-quiz style="inline-size: 360px" count="1" seed="x" country="GB"></signpost-red-flag-quiz>`);
  await el.updateComplete;
  return el;
};

/** Started and answered: "See your result" is the next press. */
const answered = async () => {
  const el = await mount();
  await start(el);
  await answer(el, 0);
  return el;
};

/** What a press at a point would have done: a link followed, a hotline channel used. */
function watch(el: Quiz) {
  const followed: string[] = [];
  const contacts: string[] = [];
  const reached: string[] = [];
  const seen = (e: Event) => reached.push((e.composedPath()[0] as Element).localName);
  // A link's click that reaches the page unprevented would be followed (a tel: link opens the dialer).
  const stop = (e: Event) => {
    const link = (e.composedPath()[0] as Element).closest?.('a');
    if (!link) return;
    if (!e.defaultPrevented) followed.push(link.getAttribute('href')!);
    e.preventDefault();
  };
  const contact = (e: Event) => contacts.push((e as CustomEvent).detail.channel);
  window.addEventListener('click', seen, true);
  window.addEventListener('click', stop);
  el.addEventListener('signpost-hotline-contact', contact);
  return {
    followed,
    contacts,
    reached,
    stop() {
      window.removeEventListener('click', seen, true);
      window.removeEventListener('click', stop);
      el.removeEventListener('signpost-hotline-contact', contact);
    },
  };
}

/** A click as the browser sends it, `count` the presses it counts there (1: a press alone, 2: a double click's second). */
const clickAt = (x: number, y: number, count: number) => drawnAt(x, y).dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, detail: count, clientX: x, clientY: y, view: window}));

describe('<signpost-red-flag-quiz>: the second click of a double click', () => {
  it('after "See your result", does not follow the hotline link the result put under the pointer', async () => {
    const el = await answered();
    const see = button(el, 'See your result');
    see.scrollIntoView({block: 'center'});
    const [x, y] = centre(see);
    const seen = watch(el);
    try {
      see.click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="result"]') !== null, 'the result shows').to.equal(true);
      // What the result drew under the pointer: in Chromium the Call link; with other fonts, the line
      // beside it. The double click's second press is sent to the Call link in every engine.
      const call = el.shadowRoot!.querySelector('signpost-hotline-card')!.shadowRoot!.querySelector('[part="call-link"]')!;
      if (!drawnAt(x, y).closest('a')) call.scrollIntoView({block: 'center'});
      const [cx, cy] = drawnAt(x, y).closest('a') ? [x, y] : centre(call);
      expect(drawnAt(cx, cy).closest('a') === call, 'the Call link at the point').to.equal(true);
      clickAt(cx, cy, 2);
      expect(seen.contacts, 'hotline channels used').to.deep.equal([]);
      expect(seen.followed, 'links followed').to.deep.equal([]);
      // A press of its own there (the reader meant it) still uses the link.
      clickAt(cx, cy, 1);
      expect(seen.contacts, 'a single press there').to.deep.equal(['call']);
    } finally {
      seen.stop();
    }
  });

  it('after "Start the quiz", does not answer the first question; a press of its own does', async () => {
    const el = await mount();
    const start = button(el, 'Start the quiz');
    start.scrollIntoView({block: 'center'});
    const [x, y] = centre(start);
    start.click();
    await settle(el);
    const radios = () => qa<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.checked);
    expect(drawnAt(x, y).closest('label') !== null, 'an answer under the pointer').to.equal(true);
    clickAt(x, y, 2);
    await settle(el);
    expect(radios().includes(true), 'an answer chosen').to.equal(false);
    clickAt(x, y, 1);
    await settle(el);
    expect(radios().includes(true), 'chosen by a press of its own').to.equal(true);
  });

  it('Enter on a button (its click counts 0 presses) still acts', async () => {
    const el = await answered();
    button(el, 'See your result').focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="result"]') !== null, 'the result shows').to.equal(true);
  });
});

/**
 * Real touches (Chromium's own gesture detection, through CDP: the `send-touch` command of
 * web-test-runner.config.js): two taps 60 ms apart at one point, as a double tap is.
 */
describe('<signpost-red-flag-quiz>: a double tap (real touches, Chromium)', function () {
  before(function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
  });
  const doubleTap = async ([x, y]: [number, number]) => {
    const tap: TouchStep[] = [
      {type: 'touchStart', points: [{x, y}], wait: 30},
      {type: 'touchEnd', wait: 60},
    ];
    await sendTouch([...tap, ...tap]);
    await new Promise((r) => setTimeout(r, 300));
  };

  it('on "See your result": the result shows, and the hotline’s Call link under the finger is not used', async () => {
    const el = await answered();
    const see = button(el, 'See your result');
    see.scrollIntoView({block: 'center'});
    await new Promise((r) => setTimeout(r, 100));
    const seen = watch(el);
    try {
      await doubleTap(centre(see));
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="result"]') !== null, 'the result shows').to.equal(true);
      expect(seen.contacts, `hotline channels used (the taps reached ${seen.reached.join(', ')})`).to.deep.equal([]);
      expect(seen.followed, 'links followed').to.deep.equal([]);
    } finally {
      seen.stop();
    }
  });

  it('on "Start the quiz": the first question shows, unanswered', async () => {
    const el = await mount();
    const start = button(el, 'Start the quiz');
    start.scrollIntoView({block: 'center'});
    await new Promise((r) => setTimeout(r, 100));
    await doubleTap(centre(start));
    await settle(el);
    const radios = qa<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.length, 'the question shows').to.be.above(0);
    expect(radios.some((r) => r.checked), 'an answer chosen').to.equal(false);
  });
});
