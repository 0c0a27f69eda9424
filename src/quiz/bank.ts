/**
 * Question banks: the shape, validation of untrusted banks (JSON from `src` or a child script),
 * and seeded selection. Pure functions; no DOM.
 */
import {safeUrl} from '../internal/safe-url.js';
import {own, shortText as text} from '../internal/input.js';

export const TOPICS = ['labour', 'sexual', 'children', 'myths', 'general'] as const;
export type Topic = (typeof TOPICS)[number];

export interface QuizSource {
  name: string;
  /** Absolute http(s) URL of the source. */
  url: string;
  /** YYYY-MM-DD: when the question was last checked against the source (the built-in bank). */
  verified?: string;
}

export interface QuizQuestion {
  id: string;
  topic: Topic;
  /** A short scenario or statement. */
  prompt: string;
  /** 2–4 answers. */
  options: string[];
  /** Index of the correct option. */
  correct: number;
  explanation: string;
  source: QuizSource;
}

export interface BankResult {
  questions: QuizQuestion[] | null;
  errors: string[];
}

/**
 * Parses a `topics` attribute ("labour, myths") into known topics; unknown names are reported. `labor`,
 * as US English spells it, is `labour`: otherwise a labour-only quiz would warn and ask every topic.
 * (Declared first: the order of the functions that gzips smallest.)
 */
export function parseTopics(value: string | null | undefined): {topics: Topic[]; unknown: string[]} {
  const names = String(value ?? '').toLowerCase().replace(/\blabor\b/g, 'labour').split(/[\s,]+/).filter(Boolean);
  return {topics: [...new Set(names.filter((n): n is Topic => TOPICS.includes(n as Topic)))], unknown: names.filter((n) => !TOPICS.includes(n as Topic))};
}

/**
 * Validates an untrusted bank (`{"questions": [...]}`, see docs/schemas/quiz-bank.schema.json).
 * Never throws; copies only checked values into fresh objects (no prototype keys survive).
 * The limits are the schema's: at most 200 questions; texts (characters) of at most 64 for an id,
 * 600 a prompt, 240 an option, 1200 an explanation and 160 a source's name.
 */
export function validateBank(input: unknown): BankResult {
  const errors: string[] = [];
  // own() reads objects only: an array is the one object to leave out.
  const list = Array.isArray(input) ? undefined : own(input, 'questions');
  const questions: QuizQuestion[] = [];
  // A bank that is not one, or too short or long, has that one error (and no questions, as any error gives).
  if (!Array.isArray(list)) errors.push('a bank is an object with a "questions" array');
  else if (!list.length || list.length > 200) errors.push('"questions" must hold 1–200 questions');
  else list.forEach((raw: unknown, i: number) => {
    const at = `question ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors.push(`${at} is not an object`); // (forEach ignores what its callback returns: no void, shorter)
    /** Adds an error about this question's field. */
    const bad = (problem: string) => void errors.push(`${at}: ${problem}`);
    // A text field: its text, or (undefined) an error. Each is read where it is checked, in the errors' order.
    const need = (field: string, max: number) => text(own(raw, field), max) ?? bad(`"${field}" must be text of 1–${max} characters`);
    const id = need('id', 64);
    // Checked against the questions kept so far, rather than a Set of their ids kept beside them (bytes):
    // a question is kept only while there is no error, so they hold the same ids. (A missing id, undefined,
    // equals none of theirs, all text: not tested first, smaller.)
    if (questions.some((question) => question.id == id)) bad(`"id" ${id} is used twice`);
    const topic = own(raw, 'topic');
    if (!TOPICS.includes(topic as Topic)) bad(`"topic" must be one of ${TOPICS.join(', ')}`);
    const prompt = need('prompt', 600);
    const rawOptions = own(raw, 'options');
    const options = Array.isArray(rawOptions) ? rawOptions.map((o) => text(o, 240)) : [];
    if (2 > options.length || options.length > 4 || options.some((o) => !o)) bad('"options" must be 2–4 texts of 1–240 characters');
    const correct = own(raw, 'correct');
    // An index of the array map() made, which has every index below its length.
    if (!Number.isInteger(correct) || !((correct as number) in options)) bad('"correct" must be the index of an option');
    const explanation = need('explanation', 1200);
    const rawSource = own(raw, 'source');
    const sourceName = text(own(rawSource, 'name'), 160);
    const sourceUrl = safeUrl(own(rawSource, 'url'), null); // absolute: not a page of the host site
    if (!sourceName || !sourceUrl) bad('"source" needs a "name" and an absolute http(s) "url"');
    if (errors.length) return;
    questions.push({
      id: id!,
      topic: topic as Topic,
      prompt: prompt!,
      options: options as string[],
      correct: correct as number,
      explanation: explanation!,
      source: {name: sourceName!, url: sourceUrl!},
    });
  });
  return {questions: errors.length ? null : questions, errors};
}

/** A small seeded PRNG (mulberry32) from any string. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  // The hash is the generator's state as it is: mulberry32 starts from it as unsigned (h >>> 0), which
  // is h or h + 2 ** 32, and its first step's | 0 gives the same whole number from either.
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    // (mulberry32's `t = (t + …) ^ t`, written as an xor-assignment: smaller.)
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Picks `count` question ids from `bank`, limited to `topics` (all when empty), in an order that
 * depends only on `seed` (same seed, same questions and order).
 */
export function selectQuestions(bank: readonly Pick<QuizQuestion, 'id' | 'topic'>[], topics: readonly Topic[], count: number, seed: string): string[] {
  const pool = bank.filter((q) => !topics.length || topics.includes(q.topic)).map((q) => q.id);
  const random = seededRandom(seed);
  // Fisher–Yates from the last index down to 1: i is one more than the index swapped until `i--` in the
  // draw (written so for size; the same draws and swaps as a loop over the index itself).
  for (let i = pool.length; i > 1; ) {
    // Math.floor, written | 0 (bytes): random() is in [0, 1) and no engine's array reaches 2 ** 31 items,
    // so the product is 0 or more and below 2 ** 31, where the two agree.
    const j = (random() * i--) | 0;
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.max(count, 1));
}
