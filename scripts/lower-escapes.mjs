// Writes the hex digits of each `\uXXXX` escape in a widget CDN file's strings and untagged templates
// in lower case (vite.config.ts, on the finished file; not the language files, which have no escapes):
// rolldown's minifier, asked for ASCII only, writes every character past ASCII as such an escape with
// upper-case digits (`\u201C`), while the letters around them, and the escapes that the sources write
// themselves, are lower case; lower-case digits gzip smaller (measured 2026-12-07: −11 B on
// signpost.js, −2 B the card's, −3 B the quiz's, −13 B the ticker's, the banner's and the quick exit's
// the same).
// It does the same: JavaScript reads an escape's hex digits in either case, so each string and each
// untagged template holds the same characters. Tagged templates (Lit's `html`, the messages' `str`),
// whose raw text a tag may read, and regular expressions, whose `source` a script may read, are left as
// they are (the minifier writes neither's characters as escapes, and the sources' are lower case).
// Each escape keeps its length, so the source map stays exact.
import ts from 'typescript';
import {rewriteRanges} from './rewrite-ranges.mjs';

/**
 * @param {string} code a CDN file as the minifiers wrote it (an ES module)
 * @returns {{code: string, count: number} | null} null when no escape has an upper-case digit
 */
export function lowerEscapes(code) {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (file.parseDiagnostics.length) throw new Error(`a CDN file does not parse: ${file.parseDiagnostics[0].messageText} (scripts/lower-escapes.mjs)`);
  /** [start, end] of each string and each untagged template's text. */
  const ranges = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      visit(node.tag);
      if (ts.isTemplateExpression(node.template)) node.template.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) ranges.push([node.getStart(file), node.getEnd()]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let count = 0;
  const edits = ranges.map(([start, end]) => [
    start,
    end,
    // Escapes read from the left, so that `\\u201C` (a backslash, then text) is left alone. (`rest`: a
    // `\u` escape's five characters, or the one character after any other backslash.)
    code.slice(start, end).replace(/\\(u[\dA-Fa-f]{4}|[^])/g, (escape, rest) => {
      if (rest.length < 5 || !/[A-F]/.test(rest)) return escape;
      count++;
      return escape.toLowerCase();
    }),
  ]);
  return count ? {code: rewriteRanges(code, edits), count} : null;
}
