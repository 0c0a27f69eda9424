/**
 * Feed text → plain text, without a DOM (the same code runs in Node): markup dropped, entities
 * decoded, whitespace collapsed. The result is only ever used as text, never as HTML.
 */
// Names and their characters, each name followed by its one character: the XML five, typography,
// the Latin-1 signs Spanish, French and Portuguese feeds write (&iquest; &iexcl; &ordm;…), and what German,
// French and Czech ones write through PHP's htmlentities (&bdquo; &sect; &oelig; &scaron;).
// (&reg; first and &hellip; last: the order that gzips smallest. Each name is its own key, so the order
// changes nothing.)
// No prototype: `&constructor;` and `&Constructor;` are unknown names, not Object's members.
const NAMED: Record<string, string> = Object.create(null);
for (const [, name, char] of 'reg®amp&lt<gt>quot"apos\'mdash—ndash–lsquo‘rsquo’ldquo“rdquo”bull•trade™euro€times×szligßnbsp\u00a0shy\u00adiexcl¡pound£copy©ordfªlaquo«deg°middot·ordmºraquo»iquest¿bdquo„sbquo‚sect§oeligœscaronšhellip…'.matchAll(/([a-z]+)([^a-z])/g)) NAMED[name] = char;
// The Latin-1 small letters, U+00E0–U+00FF, in order (a capital name is the capital: see below).
'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
  .split(' ')
  .forEach((name, i) => (NAMED[name] = String.fromCharCode(224 + i)));

/** &#128;–&#159; as HTML reads them: Windows-1252 (feeds written in it say &#146; for ’). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes HTML character references (named subset, decimal, hex); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  // (`\d` for 0-9 in the classes: the same characters, and it gzips smaller.)
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z][\da-z]{1,31});/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      // `#x1F` and `#31` read as the numbers `0x1F` and `031` (Number() reads hex after 0x or 0X, and no octal).
      const code = Number(`0${ref.slice(1)}`);
      // None for 0 (the expression reads no sign), past U+10FFFF, or a surrogate (U+D800–U+DFFF).
      if (!code || code > 0x10ffff || code >> 11 == 0xd800 >> 11) return '';
      // CP1252 has one character for each of 128–159, and none at any other index.
      return CP1252[code - 128] ?? String.fromCodePoint(code);
    }
    // &Eacute; is É: a capitalised name is the capital letter.
    return NAMED[ref] ?? NAMED[ref.toLowerCase()]?.toUpperCase() ?? match;
  });
}

/**
 * A feed's bytes → text, as browsers read a page: a byte order mark wins (UTF-8's, or UTF-16's in
 * either order: a UTF-8 file served as ISO-8859-1 is still UTF-8), else the charset the server
 * states, else the one its XML declaration states (older government feeds are often ISO-8859-1),
 * else UTF-8. A stated UTF-16 without its mark is read as UTF-8 (.NET writes `encoding="utf-16"` on
 * text it sends as UTF-8), and so is an unknown charset.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const [a, b] = bytes;
  // UTF-16's mark is FF FE or FE FF (their sum, 509, is no pair of bytes a feed otherwise starts with);
  // UTF-8's first byte (0xEF) is enough: a feed, XML or JSON, otherwise starts with "<", "{" or white space.
  const utf16 = a + b == 509;
  // The XML declaration is looked for in the first bytes taken one character each (only ASCII counts in it).
  // No Content-Type (null) is read by exec as the text "null", which states no charset.
  // JSON is UTF-8 (RFC 8259) whatever a server states (browsers' response.json() reads it so): "{" as its
  // first byte (as signpost-feed writes it), no charset. (After white space, the stated charset still
  // applies: looking past it measured 4 B more on the ticker's file, which had 5 B of room.)
  // (A mark's tests first, UTF-16's then UTF-8's, then JSON's: the order that gzips smallest.)
  const stated = utf16 || a == 239 || a == 123 ? null : /charset=["']?([\w.:-]+)/i.exec(contentType as string) ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(String.fromCharCode(...bytes.slice(0, 200)));
  try {
    // (FF FE: "utf-16", the Encoding Standard's label for UTF-16LE, as "utf-16le" is: shorter.)
    const decoder = new TextDecoder(utf16 ? (a > b ? 'utf-16' : 'utf-16be') : stated?.[1]);
    return (!utf16 && decoder.encoding.startsWith('utf-16') ? new TextDecoder() : decoder).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * HTML (or text that may contain it) → plain text of at most `max` characters (an item's title, id or
 * summary: 300). `plain`: the input is text already (an Atom title without an HTML type, a JSON Feed
 * title, a page's textContent), so a "<" in it is a character: "<The Glory> trailer" stays whole.
 */
export function toPlainText(input: unknown, max = 300, plain?: boolean): string {
  if (typeof input !== 'string') return '';
  let text = input.slice(0, 200_000);
  if (!plain)
    text = text
      // (`[^]`: any character, line breaks too, as `[\s\S]`; shorter, here and in the XML reader.)
      .replace(/<!--[^]*?(-->|$)/g, ' ')
      // Not a custom element that starts alike (<svg-icon>, <script-x>): that is a tag (below).
      .replace(/<(script|style|template|noscript|iframe|object|svg|math)(?![\w-])[^]*?(<\/\1\s*>|$)/gi, ' ')
      // Tags only: "fines for paying <minimum wage" (a decoded &lt;) is text, and a quoted ">" inside an
      // attribute does not end its tag (a tag cut off at the end of a summary, `<a href="…`, stays as text).
      // Outside quotes no class repeats over "<", so a failed match stops at the next one: linear time
      // on any input ('<a ' × 66,666 took 34 s with the first version of this expression).
      // A tag inside a line of text (<b>, <a>, <span>, <abbr>, <q>…: the phrasing elements news text uses)
      // joins what is either side, as a page shows it ("#<span>IIIF</span>", "The <abbr>UN</abbr>'s"); any
      // other tag (a paragraph, a break) is a space.
      .replace(/<\/?([abiqsu]|abbr|cite|code|del|em|font|ins|mark|small|span|strong|su[bp]|time|wbr)(\s(?:"[^"]*"|'[^']*'|[^'"<>])*)?\/?>/gi, '')
      .replace(/<\/?[a-z][\w:-]*(\s(?:"[^"]*"|'[^']*'|[^'"<>])*)?\/?>|<[!?/][^<>]*>/gi, ' ');
  text = decodeEntities(text)
    // Controls (C0 and C1, which &#129; and the like also give), zero-width space and bidi overrides/isolates go; joiners (ZWJ, ZWNJ) and LRM/RLM stay,
    // as Persian, Indic scripts, emoji sequences and mixed-direction text need them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(text, max);
}

/**
 * Plain text cut to at most `max` characters with an ellipsis, never splitting a surrogate pair (half an emoji).
 * The text is trimmed already (toPlainText's, or a summary it gave): trim() takes off only the space before the cut.
 */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '').trim()}…` : text;
}
