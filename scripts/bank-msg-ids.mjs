// For the CDN files (vite.config.ts), after scripts/compact-msg-ids.mjs: the built-in quiz bank's
// message ids are worked out from the question's id instead of being written out 93 times. `q('l1',
// S.ilo, msg('What is this?', 'q-l1-q'), [msg('A', 'q-l1-a'), msg('B', 'q-l1-b')], 1, msg('Because.',
// 'q-l1-e'))` becomes `q('l1', S.ilo, 'What is this?', ['A', 'B'], 1, 'Because.')`, and `q` itself
// calls `msg(prompt, `q-${entry.id}-q`)`, each option's `q-${entry.id}-a`, `-b`… and the explanation's
// `q-${entry.id}-e` (entry: the question's id and topic, below): the same ids, the same texts, looked
// up in the same language (builtInBank runs in the widget's). A true/false question's `[TRUE(),
// FALSE()]` is written `0` and `q` gives those two back. The question's id is not written either: the
// calls are in BANK_INDEX's order (l1–l6, s1–s4, …), so `q` spreads the next entry, its id and topic,
// into the question (`q(S.ilo, 'What is this?', …)`); a call out of that order (not a topic's letter
// and the next number) fails the build, and so do topics that do not follow TOPICS (src/quiz/bank.ts)
// or counts that are not BANK_INDEX's (its `[6, 4, …]`); test/node/bank-msg-ids.test.mjs compares the
// whole bank with the source's. lit-localize's extractor needs every id written in the source, which
// keeps them. A call that does not follow the pattern (an id that is not its question's, a `str`
// template) fails the build, and so does a bank without such a `q`. Found with TypeScript's parser; the
// edit comes with a source map.
// The question's source also goes in as it is: q's `source: {...source, verified: V}` becomes `source`.
// The date a built-in question was last checked against its source is for the project's records (the
// sources, the npm files and their tests keep it); nothing in the CDN files reads a quiz source's
// `verified` (the quiz shows its name and link; the built-in questions are reachable from no export),
// so there the questions are the source's without it (a node test compares them). `source` written
// alone stays; written any other way, it fails the build.
import {readFileSync} from 'node:fs';
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';

/** The module of the built-in bank. */
const BANK_MODULE = /[\\/]src[\\/]data[\\/]quiz-bank\.ts$/;
/** q's parameters, in order; the ones it turns into messages are looked up by name. */
const PARAMETERS = ['id', 'source', 'prompt', 'options', 'correct', 'explanation'];
/** What q's `prompt`, `options` and `explanation` become. */
const MESSAGES = {
  prompt: 'prompt: msg(prompt, `q-${entry.id}-q`)',
  options: "options: options ? options.map((text, i) => msg(text, `q-${entry.id}-${'abcd'[i]}`)) : [TRUE(), FALSE()]",
  explanation: 'explanation: msg(explanation, `q-${entry.id}-e`)',
};

/** The topics in TOPICS' order (src/quiz/bank.ts, beside the bank's folder). */
const topicsBeside = (id) => {
  const list = /\bTOPICS = \[([^\]]*)\]/.exec(readFileSync(id.replace(BANK_MODULE, '/src/quiz/bank.ts'), 'utf8'));
  if (!list) throw new Error('src/quiz/bank.ts: no `TOPICS = [...]` (scripts/bank-msg-ids.mjs)');
  return [...list[1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
};

/**
 * @param {string} code the bank module's source (after compact-msg-ids: `msg(text, 'id')`; `{id}` is read too)
 * @param {string} [id] its file name, for the source map
 * @param {string[]} [topics] TOPICS, in order (read from src/quiz/bank.ts when not given)
 * @returns {{code: string, map: import('magic-string').SourceMap, questions: number} | null} null for other modules
 */
export function bankMsgIds(code, id = '/src/data/quiz-bank.ts', topics) {
  if (!BANK_MODULE.test(id)) return null;
  topics ??= topicsBeside(id);
  const {file, out, fail, msgCall, result} = sourceEdit(code, id, 'bank-msg-ids.mjs');
  /** The text of `msg('text', 'q-<question>-<letter>')` (or `{id: …}`), checked. */
  const text = (node, question, letter) => {
    const call = msgCall(node);
    if (call.id !== `q-${question}-${letter}`) fail(node, `the id must be q-${question}-${letter}`);
    return call.text.getText(file);
  };
  let declared = false;
  let questions = 0;
  /** Each topic's letter and its number of questions, in the order of the calls: `[['l', 6], …]`. */
  const groups = [];
  /** BANK_INDEX's counts per topic (the one array of numbers in its initializer). */
  let counts;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'BANK_INDEX') {
      const find = (n) => (ts.isArrayLiteralExpression(n) && n.elements.length && n.elements.every(ts.isNumericLiteral) ? n : ts.forEachChild(n, find));
      counts = find(node)?.elements.map((e) => Number(e.text)) ?? fail(node, 'BANK_INDEX must hold its counts as [n, …]');
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'q') {
      const fn = node.initializer;
      const names = fn && ts.isArrowFunction(fn) ? fn.parameters.map((p) => p.name.getText(file)) : [];
      let body = fn && ts.isArrowFunction(fn) ? fn.body : undefined;
      while (body && ts.isParenthesizedExpression(body)) body = body.expression;
      if (names.join() !== PARAMETERS.join() || !body || !ts.isObjectLiteralExpression(body)) fail(node, `q must be (${PARAMETERS}) => ({…})`);
      const done = new Set();
      for (const property of body.properties) {
        if (ts.isShorthandPropertyAssignment(property) && property.name.text in MESSAGES) {
          out.overwrite(property.getStart(file), property.getEnd(), MESSAGES[property.name.text]);
          done.add(property.name.text);
        }
        // `source: {...source, verified: V}` → `source` (above: nothing in the CDN files reads the date);
        // `source` alone stays.
        if (ts.isShorthandPropertyAssignment(property) && property.name.text === 'source') done.add('source');
        else if (property.name?.getText(file) === 'source') {
          const value = ts.isPropertyAssignment(property) ? property.initializer : undefined;
          const [spread, verified, ...more] = value && ts.isObjectLiteralExpression(value) ? value.properties : [];
          const dated =
            spread && ts.isSpreadAssignment(spread) && spread.expression.getText(file) === 'source' &&
            verified && ts.isPropertyAssignment(verified) && verified.name.getText(file) === 'verified' && !more.length;
          if (!dated) fail(property, 'q\'s source must be written {...source, verified: …}');
          out.overwrite(property.getStart(file), property.getEnd(), 'source');
          done.add('source');
        }
      }
      // The object starts with the entry's two keys, in its order: `{id, topic: …, …}`.
      const [first, topic] = body.properties;
      const starts = first && ts.isShorthandPropertyAssignment(first) && first.name.text === 'id' && topic && ts.isPropertyAssignment(topic) && topic.name.getText(file) === 'topic';
      if (done.size !== Object.keys(MESSAGES).length + 1 || !starts) fail(node, `q's object must hold ${Object.keys(MESSAGES)} and source as written, and start with id and a topic`);
      // `(id, source, …, explanation) => ({id, topic: …, …})` → `(source, …, explanation, entry = BANK_INDEX[question++]) => ({...entry, …})`:
      // the entry's own keys are id and topic, so the question has the same keys in the same order.
      out.overwrite(first.getStart(file), topic.getEnd(), '...entry');
      out.remove(fn.parameters[0].getStart(file), fn.parameters[1].getStart(file));
      out.appendLeft(fn.parameters.at(-1).getEnd(), ', entry = BANK_INDEX[question++]');
      out.appendLeft(node.parent.parent.getStart(file), 'let question = 0; ');
      declared = true;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'q') {
      const [question, , prompt, options, , explanation] = node.arguments;
      if (node.arguments.length !== PARAMETERS.length || !ts.isStringLiteralLike(question)) fail(node, 'q() takes six arguments, the first a string');
      const edit = (arg, replacement) => out.overwrite(arg.getStart(file), arg.getEnd(), replacement);
      const [, letter, number] = /^([a-z])([1-9]\d*)$/.exec(question.text) ?? fail(question, 'a question id is a letter and a number');
      // The next number of the topic in hand, or 1 of a topic not seen before.
      const [last, count] = groups.at(-1) ?? [];
      const same = letter === last;
      if (Number(number) !== (same ? count + 1 : 1) || (!same && groups.some(([l]) => l === letter))) fail(question, 'the questions must be in BANK_INDEX order');
      if (same) groups.at(-1)[1]++;
      else groups.push([letter, 1]);
      out.remove(question.getStart(file), node.arguments[1].getStart(file));
      edit(prompt, text(prompt, question.text, 'q'));
      if (!ts.isArrayLiteralExpression(options)) fail(options, 'the options must be an array');
      const calls = options.elements.map((e) => (ts.isCallExpression(e) && e.arguments.length === 0 ? e.expression.getText(file) : ''));
      if (calls.join() === 'TRUE,FALSE') edit(options, '0');
      else {
        if (options.elements.length > 4) fail(options, 'at most four options');
        options.elements.forEach((option, i) => edit(option, text(option, question.text, 'abcd'[i])));
      }
      edit(explanation, text(explanation, question.text, 'e'));
      questions++;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!declared || !questions) throw new Error(`${id}: no q = (${PARAMETERS}) => ({…}) or no q() call: check scripts/bank-msg-ids.mjs`);
  // q takes BANK_INDEX's entries by position, so the calls must list TOPICS' topics in order, each with BANK_INDEX's count.
  if (!counts) throw new Error(`${id}: no BANK_INDEX, whose entries q takes by position (scripts/bank-msg-ids.mjs)`);
  const index = topics.map((topic, t) => `${topic[0]}${counts[t]}`).join();
  if (groups.map(([letter, count]) => letter + count).join() !== index) {
    throw new Error(`${id}: the questions (${groups.map(([l, n]) => `${l}1–${l}${n}`)}) are not BANK_INDEX's (${index}: TOPICS' first letters and BANK_INDEX's counts) (scripts/bank-msg-ids.mjs)`);
  }
  return result({questions});
}
