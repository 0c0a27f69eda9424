// Minifies the CSS inside Lit's css`…` templates for the CDN files (vite.config.ts): comments out,
// whitespace collapsed, no spaces around braces, semicolons, commas and `>` nor before `!important`
// nor after `:` nor around `*` in calc() or a `/` between numbers, no `;` before `}`, one colon before CSS 2's
// pseudo-elements (`::before` → `:before`), boolean media features (`(forced-colors)`), no leading zero
// before a decimal point, six-digit colours written in three where they can be. (`color: red` kept its space until
// 2026-11-30: in the fifth session `color:red` gzipped 0.1 KB worse alongside the JavaScript; measured
// again in the eleventh, after the other steps, it was 17–27 B smaller on every file.)
// Quoted strings are kept as written, but for an attribute selector's value that is an identifier
// (`[part~='base']` → `[part~=base]`, the same selector); templates with `${…}` interpolations are left alone.
// The private custom properties that every widget's `:host` sets for itself (shared.ts's tokens, the
// quick exit's colours) get one-letter names (`--_accent` → `--_s`), the same in every template: each
// host sets its own, so an ancestor's value never reaches them; only a page rule that names the private
// property on the element itself would (under either name, as before).
// The others keep theirs: `--_tint`, `--_corner` and `--_room` may come from an ancestor, and the
// ticker's script sets `--_d` (short already).
// The npm build keeps readable source for the consumer's own minifier.

/**
 * Private name → short name. Any distinct letters would do (not `d`, the ticker's); these are the
 * ones that gzip smallest beside the code (measured 2026-12-02 over the letters a–z: −5 B on
 * signpost.js, −4 B on the banner's file, −1 to −3 B on the others, against the names' initials).
 */
const SHORT = {
  accent: 's',
  'on-accent': 'l',
  surface: 'r',
  text: 'i',
  muted: 'e',
  border: 't',
  ok: 'n',
  radius: 'a',
  space: 'p',
  'exit-bg': 'm',
  'exit-fg': 'f',
};

/**
 * CSS's system colours (CSS Color 4), keywords like any other: ASCII case-insensitive, so `CanvasText`
 * and `canvastext` are the same colour; lower case gzips smaller beside the JavaScript. Never part of
 * a longer name (`var(--my-Canvas)`: custom property names keep their case).
 */
const SYSTEM_COLOR = /(?<![\w-])(?:AccentColor|AccentColorText|ActiveText|ButtonBorder|ButtonFace|ButtonText|Canvas|CanvasText|Field|FieldText|GrayText|Highlight|HighlightText|LinkText|Mark|MarkText|SelectedItem|SelectedItemText|VisitedText)(?![\w-])/g;
/** Properties whose value is colours and lengths only (no names an author chooses, which keep their case). */
const COLOR_PROPERTY = /^(?:color|background(?:-color)?|border(?:-(?:block|inline)(?:-(?:start|end))?|-(?:top|right|bottom|left))?(?:-color)?|outline(?:-color)?|box-shadow|text-decoration(?:-color)?|caret-color|accent-color|fill|stroke)$/;

/** @param {string} css */
function minifyCss(css) {
  // Comments and quoted strings are found in one pass, so that a quote inside a comment ("the host's")
  // or a comment marker inside a string cannot fool the other.
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (m) => (m.startsWith('/*') ? ' ' : m));
  return withoutComments
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i, parts) =>
      i % 2
        ? /^(['"])[a-z_][\w-]*\1$/i.test(part) && /\[\s*[\w-]+\s*[~|^$*]?=\s*$/.test(parts[i - 1]) && /^\s*\]/.test(parts[i + 1])
          ? part.slice(1, -1)
          : part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/;}/g, '}')
            // aspect-ratio: 16 / 9 → 16/9.
            .replace(/(\d) \/ (?=\d)/g, '$1/')
            // calc(var(--_p) * .5): no spaces needed around * (they are around + and -).
            .replace(/calc\([^;{}]*/g, (calc) => calc.replace(/ \* /g, '*'))
            .replace(/: /g, ':')
            .replace(/--_([\w-]+)/g, (name, key) => (Object.hasOwn(SHORT, key) ? `--_${SHORT[key]}` : name))
            .replace(/ !important/g, '!important')
            // ::before → :before (and ::after, ::first-line, ::first-letter): the four pseudo-elements
            // of CSS 2, whose one-colon form every engine reads as the same pseudo-element. Not after
            // a `)` (::part(x)::before), where only the two-colon form is sure to be read.
            .replace(/(?<!\))::(before|after|first-line|first-letter)\b/gi, ':$1')
            // The same values in fewer characters: 0.5em → .5em, -0.4em → -.4em (a minus sign, not a
            // name's hyphen), #ffffff → #fff.
            .replace(/(?:(?<![\w.#-])|(?<=(?<![\w.#-])-))0\.(?=\d)/g, '.')
            .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
            // A media feature whose only other value is its `none` (or `no-preference`) is true in a
            // boolean context exactly when it has its one value: (forced-colors: active) → (forced-colors).
            .replace(/@media[^{]*/g, (query) => query.replace(/\((forced-colors:active|prefers-reduced-(?:motion|transparency|data):reduce|inverted-colors:inverted)\)/g, (_, feature) => `(${feature.split(':')[0]})`))
            // CanvasText → canvastext, and transparent → #0000 (CSS Color 4 defines it as that colour,
            // transparent black), in the values of colour properties only.
            .replace(/([{;])([a-z-]+):([^;{}]*)/g, (decl, before, property, value) =>
              COLOR_PROPERTY.test(property) ? `${before}${property}:${value.replace(SYSTEM_COLOR, (c) => c.toLowerCase()).replace(/(?<![\w-])transparent(?![\w-])/gi, '#0000')}` : decl,
            ),
    )
    .join('')
    .trim();
}

/** @param {string} code a module's source */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss`([^`$]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);
}
