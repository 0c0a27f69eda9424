// Minifies the CSS inside Lit's css`…` templates for the CDN files (vite.config.ts): comments out,
// whitespace collapsed, no spaces around braces, semicolons, commas and `>`, no `;` before `}`.
// (`color: red` keeps its space: measured, gzip compresses it better alongside the JavaScript.)
// Quoted strings are kept as written; templates with `${…}` interpolations are left alone.
// The npm build keeps readable source for the consumer's own minifier.

/** @param {string} css */
function minifyCss(css) {
  // Comments and quoted strings are found in one pass, so that a quote inside a comment ("the host's")
  // or a comment marker inside a string cannot fool the other.
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (m) => (m.startsWith('/*') ? ' ' : m));
  return withoutComments
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** @param {string} code a module's source */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);
}
