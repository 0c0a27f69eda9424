// Collapses the layout whitespace inside Lit's html`…` templates for the CDN files (vite.config.ts):
// every run of white space that holds a line break becomes one space. The browser collapses such a run
// to one space anyway (or ignores it between tags and inside a tag), so nothing renders differently;
// the indentation of the source does not ship. Templates holding <pre> or <textarea>, where white space
// shows, are left alone, as is everything inside `${…}` (only the template's own text changes).
// Templates are found with TypeScript's parser, so strings, comments and nested templates cannot
// confuse it; the edit comes with a source map. The npm build keeps readable source.
// Inside a tag, the quotes of a value that is one word of letters, digits, `_` and `-` go too
// (`part="base"` → `part=base`): HTML reads it the same unquoted (and an empty value, `=""` and all,
// as a name alone: `value=""` → `value`); so do those of a value with `${…}`
// in it whose own text is such letters and `:` (`href="tel:${n}"`: see unquote() below). Not before a `/` (`type="x"/>`
// would read `x/`), and never in the text between tags. White space just before a tag's `>` goes,
// and so does ` /` before the `>` of an HTML void element (`<br />` → `<br>`: the parser ignores that
// slash on a void element; an SVG element's `/>` stays).
// The end tags that close a template (`…</a></p>` at its very end) go too: the end of the template's
// content closes every element still open, as those tags did, and nothing comes after them (HTML's
// parser stops there, whatever is open). Only end tags that each close the element last opened in the
// template, in a template whose tags closingEndTags() below can follow, and never the whole last part:
// lit-html adds a `<?>` node after an empty one. Not when the tags end in text (`</p> ` ends with a
// space, which stays after the element). test/node/minify-html.test.mjs parses every template of the
// sources with and without them (parse5, HTML's tree construction) and compares the nodes.
import ts from 'typescript';
import MagicString from 'magic-string';

const KEEPS_WHITE_SPACE = /<(pre|textarea)\b/i;

const LAYOUT = /\s*\n\s*/g;

/** HTML's void elements: a `/` before their `>` means nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose content HTML parses by rules of its own (tables, select lists, raw text…). */
const OWN_RULES = /^(table|caption|colgroup|col|tbody|thead|tfoot|tr|td|th|template|select|optgroup|option|datalist|script|style|textarea|title|noscript|noembed|noframes|iframe|xmp|plaintext|listing|frameset|frame|head|body|html|math|image|ruby|rb|rp|rt|rtc)$/;
/** Start tags that close an open `p`. */
const CLOSES_P = /^(address|article|aside|blockquote|center|details|dialog|dir|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|li|main|menu|nav|ol|p|pre|search|section|summary|ul)$/;
/** Start tags that close an open element of their own kind (`li` in `li`, a link in a link…). */
const CLOSES_OWN = {li: ['li'], dd: ['dd', 'dt'], dt: ['dd', 'dt'], a: ['a'], button: ['button'], nobr: ['nobr'], form: ['form']};
/** HTML elements that end an `<svg>` when they start inside it. */
const LEAVES_SVG = /^(b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|hr|i|img|li|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|sub|sup|table|tt|u|ul|var|font)$/;

/**
 * How many characters at the end of a template's last part are end tags that the end of the template
 * closes the same: 0 when there are none or when the template's tags cannot all be followed.
 * Followed: every `<` starts a tag, every end tag closes the element last opened and still open, no
 * start tag closes an element already open (HTML's implied end tags: a block in a `p`, an `li` in an
 * `li`, a heading in a heading, a link in a link…) or leaves an `<svg>`, and none is of an element
 * whose content HTML parses by other rules.
 * @param {string[]} texts the template's parts as they will ship (between its `${…}`)
 * @returns {number}
 */
export function closingEndTags(texts) {
  // A `${…}` between parts is a value inside a tag or a child between tags: it opens and closes nothing.
  const html = texts.join('\0');
  /** Open elements, innermost last. */
  const open = [];
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(html.slice(i));
    if (!tag) return 0;
    // To the tag's `>`, past quoted values.
    let j = i + tag[0].length;
    for (let quote = ''; j < html.length && (quote || html[j] !== '>'); j++) {
      if (quote) quote = html[j] === quote ? '' : quote;
      else if ((html[j] === '"' || html[j] === "'") && html[j - 1] === '=') quote = html[j];
    }
    if (j >= html.length) return 0;
    const name = tag[2].toLowerCase();
    if (tag[1]) {
      if (open.pop() !== name) return 0;
    } else if (open.includes('svg')) {
      if (LEAVES_SVG.test(name)) return 0;
      if (html[j - 1] !== '/') open.push(name);
    } else {
      if (OWN_RULES.test(name)) return 0;
      if (CLOSES_P.test(name) && open.includes('p')) return 0;
      if (/^h[1-6]$/.test(name) && open.some((e) => /^h[1-6]$/.test(e))) return 0;
      if (CLOSES_OWN[name]?.some((e) => open.includes(e))) return 0;
      if (!VOID.has(name) && !(name === 'svg' && html[j - 1] === '/')) open.push(name);
    }
    i = j + 1;
  }
  // The end tags at the very end of the last part, all but what leaves it empty.
  const last = texts.at(-1);
  let cut = last.length;
  for (let m; (m = /<\/[a-zA-Z][\w-]*>$/.exec(last.slice(0, cut))) && m.index > 0; ) cut = m.index;
  return last.length - cut;
}

/**
 * @param {string} code a module's source (TypeScript or JavaScript)
 * @param {string} [id] its file name, for the source map
 * @param {{endTags?: boolean}} [options] `endTags: false` keeps the end tags that close a template (for the test)
 * @returns {{code: string, map: import('magic-string').SourceMap} | null} null when nothing changed
 */
export function minifyHtmlTemplates(code, id = 'module.ts', {endTags = true} = {}) {
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
    /** The part the open quote is in. */
    let openPart = 0;
    let name = '';
    for (const [part, [start, end]] of parts.entries()) {
      for (let i = start; i < end; i++) {
        const c = code[i];
        if (state === 'text') {
          if (c === '<') {
            state = 'tag';
            name = /^[a-z][\w-]*/i.exec(code.slice(i + 1, end))?.[0].toLowerCase() ?? '';
          }
        } else if (state === 'tag') {
          if (c === '>') state = 'text';
          else if (c === '"' || c === "'") [state, open, openPart] = [c, i, part];
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
          if (c === '"' && open >= start && /^[\w-]*$/.test(value) && /\s[\w-]+=$/.test(code.slice(start, open)) && /[\s>]/.test(code[i + 1] ?? '')) {
            // An empty value goes with its `=`: a name alone is an attribute whose value is empty (`value=""` → `value`).
            if (value) out.overwrite(open, i + 1, value);
            else out.remove(open - 1, i + 1);
            changed = true;
          } else if (c === '"' && open < start && /\s[\w-]+=$/.test(code.slice(parts[openPart][0], open)) && /[\s>]/.test(code[i + 1] ?? '')) {
            // A value with `${…}` in it (`href="tel:${n}"`), whose own text is only letters, digits and
            // `_`, `-`, `:` (or none): unquoted too. HTML reads the value the same, to the space or `>`
            // after it; lit-html's markers in it are letters, digits and `$`, and lit-html reads a tag's
            // unquoted value as it does a quoted one (it looks for the white space or `>` after it), so the
            // template gets the same attribute with the same strings around its values (measured
            // 2026-12-06: −8 B on signpost.js, −6 B the card's; the other files have none).
            const texts = [code.slice(open + 1, parts[openPart][1]), ...parts.slice(openPart + 1, part).map(([from, to]) => code.slice(from, to)), code.slice(start, i)];
            if (texts.every((text) => /^[\w:-]*$/.test(text))) {
              out.remove(open, open + 1);
              out.remove(i, i + 1);
              changed = true;
            }
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
        const drop = endTags ? closingEndTags(parts.map(([start, end]) => out.slice(start, end))) : 0;
        if (drop) {
          // The same end tags in the source, where one may still hold white space before its `>`.
          const [start, end] = parts.at(-1);
          const tags = out.slice(start, end).slice(-drop).split('</').length - 1;
          let from = end;
          for (let k = 0; k < tags; k++) from = start + /<\/[a-zA-Z][\w-]*\s*>$/.exec(code.slice(start, from)).index;
          out.remove(from, end);
          changed = true;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return changed ? {code: out.toString(), map: out.generateMap({source: id, hires: true, includeContent: true})} : null;
}
