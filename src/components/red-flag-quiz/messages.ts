/** The quiz's words, in English. Translations live in xliff/<locale>.xlf. */
import {msg, str} from '../../i18n/msg.js';

export const t = {
  title: () => msg('Can you spot the signs?', {id: 'quiz-title'}),
  questions: (count: number) => msg(str`Questions: ${count}`, {id: 'quiz-count'}),
  intro: () =>
    msg('Short questions about the signs of human trafficking. Each answer comes with an explanation and its source.', {id: 'quiz-intro'}),
  note: () =>
    msg('Content note: some questions mention exploitation and abuse, without graphic detail.', {id: 'quiz-note'}),
  loading: () => msg('Loading questions…', {id: 'quiz-loading'}),
  start: () => msg('Start the quiz', {id: 'quiz-start'}),
  progress: (n: number, total: number) => msg(str`Question ${n} of ${total}`, {id: 'quiz-progress'}),
  check: () => msg('Check answer', {id: 'quiz-check'}),
  choose: () => msg('Choose an answer first.', {id: 'quiz-choose'}),
  correct: () => msg('Correct.', {id: 'quiz-correct'}),
  incorrect: () => msg('Not quite.', {id: 'quiz-incorrect'}),
  answerIs: (answer: string) => msg(str`The answer is: ${answer}`, {id: 'quiz-answer-is'}),
  yourAnswer: () => msg('your answer', {id: 'quiz-your-answer'}),
  rightAnswer: () => msg('correct answer', {id: 'quiz-right-answer'}),
  source: (name: string) => msg(str`Source: ${name}`, {id: 'quiz-source'}),
  next: () => msg('Next question', {id: 'quiz-next'}),
  finish: () => msg('See your result', {id: 'quiz-finish'}),
  resultTitle: () => msg('Your result', {id: 'quiz-result-title'}),
  score: (score: number, total: number) => msg(str`Correct answers: ${score} of ${total}`, {id: 'quiz-score'}),
  thanks: () =>
    msg('Thank you for taking the time to learn the signs. Knowing them helps you notice when someone may need help.', {id: 'quiz-thanks'}),
  remember: () => msg('Remember', {id: 'quiz-remember'}),
  notProof: () => msg('Signs are not proof: one sign alone does not mean someone is being trafficked.', {id: 'quiz-not-proof'}),
  noIntervene: () => msg('Do not confront anyone or try to intervene yourself.', {id: 'quiz-no-intervene'}),
  report: () =>
    msg('Report what you noticed to a hotline. If someone is in immediate danger, call the emergency number.', {id: 'quiz-report'}),
  again: () => msg('Try again', {id: 'quiz-again'}),
};
