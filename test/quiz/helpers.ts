import type {SignpostRedFlagQuiz} from '../../src/components/red-flag-quiz/red-flag-quiz.js';

export type Quiz = SignpostRedFlagQuiz;

export const q = <T extends Element = HTMLElement>(el: Quiz, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(el: Quiz, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

export {deepActive} from '../helpers/util.js';

export function button(el: Quiz, label: RegExp | string): HTMLButtonElement {
  const found = qa<HTMLButtonElement>(el, 'button[part="button"]').find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

export async function settle(el: Quiz): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}

/** Answers the current question by clicking option `i` and "Check answer" (`check`: its words in another language). */
export async function answer(el: Quiz, i: number, check: RegExp | string = 'Check answer'): Promise<void> {
  qa<HTMLLabelElement>(el, 'label.option')[i].click();
  await settle(el);
  button(el, check).click();
  await settle(el);
}

/** Clicks "Start the quiz" and waits for the first question. */
export async function start(el: Quiz): Promise<void> {
  button(el, 'Start the quiz').click();
  await settle(el);
}

/** Runs a one-question quiz to its result: Start, its first option checked, "See your result". */
export async function toResult(el: Quiz): Promise<void> {
  await start(el);
  await answer(el, 0);
  button(el, 'See your result').click();
  await settle(el);
}
