// Writes every `void 0` of a CDN file as one module variable that is declared and never assigned
// (vite.config.ts, on the finished file, after terser and rolldown's minifier): the minifiers write
// `undefined` as `void 0` wherever it appears, 87 times in signpost.js; this step declares
// `var ea;` once, before the module's first statement, and writes each `void 0` as `ea`
// (measured 2026-12-01: −27 B on signpost.js, −17 to −23 B on the others).
// It does the same: a `var` declared at the top level of a module holds `undefined` from before the
// module's first statement runs (it is hoisted, with no temporal dead zone), and keeps it, since
// nothing assigns it: the name is one that the file does not hold as any identifier at all (no
// declaration, reading, property name or label; checked on the parsed file, not on its text), so
// nothing but the places written here reads or assigns it, and no scope declares it again (each of
// them sees the module's variable). A module's code is strict: no `with`, and no direct `eval` can add
// a variable (the step fails if the file names `with` or `eval` anyway). An identifier is a primary
// expression, so it stands wherever `void 0` stood, with no parentheses.
// `null` is written the same way, as a second variable declared `= null` in the same declaration,
// which is the first thing the file's code runs, so it holds null before anything reads it, and never
// assigned (the same checks on its name): `null` is a literal, an identifier a primary expression.
// The step runs on the finished file because rolldown's minifier would rename the variable, and all
// the others with it (measured: +207 B). It edits the file's source map to match (only columns move).
import {decode, encode} from '@jridgewell/sourcemap-codec';
import ts from 'typescript';
import {rewriteRanges} from './rewrite-ranges.mjs';

/**
 * The names tried, in order (each gzips well in every CDN file: the letters are the mangler's most
 * common), then any other free two-letter name.
 */
const NAMES = ['ea', 'ed', 'ei', 'ta'];
/** …and for `null` (see below). */
const NULL_NAMES = ['ta', 'ts', 'ti', 'to'];
const LETTERS = 'etnriaoscludfpmhgvybxwkSjCTAEqzNPRMLOIDFBHUWVGKJQXYZ$_';

/**
 * @param {string} code a CDN file as the minifiers wrote it (an ES module)
 * @param {{mappings: string}} [map] its source map, whose `mappings` are rewritten to match
 * @returns {{code: string, mappings?: string, count: number, name: string, nullName?: string} | null} null when there is no `void 0`
 */
export function voidName(code, map) {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @returns {never} */
  const fail = (why) => {
    throw new Error(`a CDN file: ${why} (scripts/void-name.mjs)`);
  };
  if (file.parseDiagnostics.length) fail(`does not parse: ${file.parseDiagnostics[0].messageText}`);
  /** Every identifier the file holds, in any role. */
  const names = new Set();
  /** @type {ts.VoidExpression[]} */
  const voids = [];
  /** @type {ts.Node[]} */
  const nulls = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) names.add(node.text);
    else if (node.kind === ts.SyntaxKind.WithStatement) fail('a `with` statement');
    else if (ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression) && node.expression.text === '0') voids.push(node);
    else if (node.kind === ts.SyntaxKind.NullKeyword) nulls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!voids.length) return null;
  if (names.has('eval')) fail('it names `eval`');
  const free = (name) => !names.has(name) && ts.stringToToken(name) === undefined && ts.isIdentifierText(name, ts.ScriptTarget.Latest);
  const twoLetters = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
  const name = [...NAMES, ...twoLetters].find(free) ?? fail('no free name');
  names.add(name);
  // `null` likewise, as a variable declared `= null` before anything else in the file runs (the first
  // of the declarations below), and never assigned (measured 2026-12-01: −15 B on signpost.js).
  const nullName = nulls.length ? ([...NULL_NAMES, ...twoLetters].find(free) ?? fail('no free name')) : undefined;
  const declared = nullName ? `${name},${nullName}=null` : name;
  const first = file.statements[0];
  if (!first || ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) fail('no first statement, or a directive');
  // `var ea,e=…` when the file starts with a `var` (1 B smaller than a statement of its own), else `var ea;`
  const list = ts.isVariableStatement(first) && !(first.declarationList.flags & ts.NodeFlags.BlockScoped) ? first.declarationList.declarations[0] : undefined;
  const edits = [list ? [list.getStart(file), list.getStart(file), `${declared},`] : [first.getStart(file), first.getStart(file), `var ${declared};`]];
  for (const node of voids) {
    const start = node.getStart(file);
    if (code.slice(start, node.getEnd()) !== 'void 0') fail(`not written \`void 0\`: ${code.slice(start, node.getEnd())}`);
    edits.push([start, node.getEnd(), name]);
  }
  for (const node of nulls) {
    const start = node.getStart(file);
    if (code.slice(start, node.getEnd()) !== 'null') fail(`not written \`null\`: ${code.slice(start, node.getEnd())}`);
    edits.push([start, node.getEnd(), nullName]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  return {code: rewriteRanges(code, edits), ...(map && {mappings: shiftMappings(map.mappings, code, edits)}), count: voids.length, name, nullName};
}

/**
 * The source map's mappings for the file with the edits made: each generated column moves by what the
 * edits before it on its line added or took away; one inside an edited `void 0` moves to its start.
 * @param {string} mappings
 * @param {string} code the file before the edits
 * @param {[number, number, string][]} edits none spanning two lines
 */
function shiftMappings(mappings, code, edits) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  /** @type {Map<number, [number, number, number][]>} each line's edits as columns: [start, end, change] */
  const byLine = new Map();
  for (const [start, end, text] of edits) {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > start) line--;
    if (end > (lineStarts[line + 1] ?? Infinity)) throw new Error('an edit spans two lines (scripts/void-name.mjs)');
    const column = start - lineStarts[line];
    byLine.set(line, [...(byLine.get(line) ?? []), [column, column + end - start, text.length - (end - start)]]);
  }
  // Decoded, each segment's first field is its generated column, counted from the line's start.
  const lines = decode(mappings);
  lines.forEach((segments, index) => {
    const lineEdits = byLine.get(index);
    if (!lineEdits) return;
    for (const segment of segments) {
      const column = segment[0];
      let moved = column;
      for (const [start, end, change] of lineEdits) {
        if (end <= column) moved += change;
        else if (start < column) moved = moved - (column - start);
      }
      segment[0] = moved;
    }
  });
  return encode(lines);
}
