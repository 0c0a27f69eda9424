/** The quiz's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg, str} from '../../i18n/msg.js';

export const t = {
  title: () => msg('Can you spot the signs?', {id: 'q-title'}),
  questions: (count: number) => msg(str`Questions: ${count}`, {id: 'q-count'}),
  intro: () =>
    msg('Short questions about the signs of human trafficking. Each answer comes with an explanation and its source.', {id: 'q-intro'}),
  note: () =>
    msg('Content note: some questions mention exploitation and abuse, without graphic detail.', {id: 'q-note'}),
  loading: () => msg('Loading questions…', {id: 'q-loading'}),
  start: () => msg('Start the quiz', {id: 'q-start'}),
  progress: (n: number, total: number) => msg(str`Question ${n} of ${total}`, {id: 'q-progress'}),
  check: () => msg('Check answer', {id: 'q-check'}),
  choose: () => msg('Choose an answer first.', {id: 'q-choose'}),
  correct: () => msg('Correct.', {id: 'q-correct'}),
  incorrect: () => msg('Not quite.', {id: 'q-incorrect'}),
  answerIs: (answer: string) => msg(str`The answer is: ${answer}`, {id: 'q-answer-is'}),
  yourAnswer: () => msg('your answer', {id: 'q-your-answer'}),
  rightAnswer: () => msg('correct answer', {id: 'q-right-answer'}),
  source: (name: string) => msg(str`Source: ${name}`, {id: 'q-source'}),
  next: () => msg('Next question', {id: 'q-next'}),
  finish: () => msg('See your result', {id: 'q-finish'}),
  resultTitle: () => msg('Your result', {id: 'q-result-title'}),
  score: (score: number, total: number) => msg(str`Correct answers: ${score} of ${total}`, {id: 'q-score'}),
  thanks: () =>
    msg('Thank you for taking the time to learn the signs. Knowing them helps you notice when someone may need help.', {id: 'q-thanks'}),
  remember: () => msg('Remember', {id: 'q-remember'}),
  notProof: () => msg('Signs are not proof: one sign alone does not necessarily mean someone is being trafficked.', {id: 'q-not-proof'}),
  noIntervene: () => msg('Do not confront anyone or try to intervene yourself.', {id: 'q-no-intervene'}),
  report: () =>
    msg('Report what you noticed to a hotline. If someone is in immediate danger, call the emergency number.', {id: 'q-report'}),
  again: () => msg('Try again', {id: 'q-again'}),
};
