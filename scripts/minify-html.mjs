// Collapses the layout whitespace inside Lit's html`…` templates for the CDN files (vite.config.ts):
// every run of white space that holds a line break becomes one space. The browser collapses such a run
// to one space anyway (or ignores it between tags and inside a tag), so nothing renders differently;
// the indentation of the source does not ship. Templates holding <pre> or <textarea>, where white space
// shows, are left alone, as is everything inside `${…}` (only the template's own text changes).
// Templates are found with TypeScript's parser, so strings, comments and nested templates cannot
// confuse it; the edit comes with a source map. The npm build keeps readable source.
// Inside a tag, the quotes of a value that is one word of letters, digits, `_` and `-` go too
// (`part="base"` → `part=base`): HTML reads it the same unquoted. Not before a `/` (`type="x"/>`
// would read `x/`), and never in the text between tags. White space just before a tag's `>` goes,
// and so does ` /` before the `>` of an HTML void element (`<br />` → `<br>`: the parser ignores that
// slash on a void element; an SVG element's `/>` stays).
import ts from 'typescript';
import MagicString from 'magic-string';

const KEEPS_WHITE_SPACE = /<(pre|textarea)\b/i;

const LAYOUT = /\s*\n\s*/g;

/** HTML's void elements: a `/` before their `>` means nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * @param {string} code a module's source (TypeScript or JavaScript)
 * @param {string} [id] its file name, for the source map
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when nothing changed
 */
export function minifyHtmlTemplates(code, id = 'module.ts') {
  if (!code.includes('html`')) return null;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let changed = false;
  /** @param {number} start @param {number} end */
  const edit = (start, end) => {
    // Each run on its own, so that the map keeps every tag and word in place.
    for (const run of code.slice(start, end).matchAll(LAYOUT)) {
      out.overwrite(start + run.index, start + run.index + run[0].length, ' ');
      changed = true;
    }
  };
  /**
   * Unquotes one-word values in a template's text parts, read in order: a tag or a quoted value may
   * go on after a `${…}`, which is skipped.
   * @param {[number, number][]} parts
   */
  const unquote = (parts) => {
    /** @type {'text' | 'tag' | '"' | "'"} */
    let state = 'text';
    let open = 0;
    let name = '';
    for (const [start, end] of parts) {
      for (let i = start; i < end; i++) {
        const c = code[i];
        if (state === 'text') {
          if (c === '<') {
            state = 'tag';
            name = /^[a-z][\w-]*/i.exec(code.slice(i + 1, end))?.[0].toLowerCase() ?? '';
          }
        } else if (state === 'tag') {
          if (c === '>') state = 'text';
          else if (c === '"' || c === "'") [state, open] = [c, i];
          else if (/\s/.test(c)) {
            // White space that closes a tag (`</a\n  >`), or ` /` that closes a void element (`<br />`): none.
            let j = i;
            while (j < end && /\s/.test(code[j])) j++;
            const slash = code[j] === '/' && code[j + 1] === '>' && VOID.has(name);
            if (code[j] === '>' || slash) {
              out.remove(i, slash ? j + 1 : j);
              changed = true;
            }
            i = (slash ? j + 1 : j) - 1;
          }
        } else if (c === state) {
          const value = code.slice(open + 1, i);
          // Within one part (no `${…}` inside), after `name=`, before a space or `>`.
          if (c === '"' && open >= start && /^[\w-]+$/.test(value) && /\s[\w-]+=$/.test(code.slice(start, open)) && /[\s>]/.test(code[i + 1] ?? '')) {
            out.overwrite(open, i + 1, value);
            changed = true;
          }
          state = 'tag';
        }
      }
    }
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      const whole = code.slice(template.getStart(file), template.end);
      if (!KEEPS_WHITE_SPACE.test(whole)) {
        /** @type {[number, number][]} */
        const parts = [];
        if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push([template.getStart(file) + 1, template.end - 1]);
        else {
          // head: `…${   middle: }…${   tail: }…`
          parts.push([template.head.getStart(file) + 1, template.head.end - 2]);
          for (const span of template.templateSpans) {
            const literal = span.literal;
            parts.push([literal.getStart(file) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
          }
        }
        for (const [start, end] of parts) edit(start, end);
        unquote(parts);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return changed ? {code: out.toString(), map: out.generateMap({source: id, hires: true, includeContent: true})} : null;
}
