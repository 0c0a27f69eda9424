/**
 * A small XML reader for feeds: elements, attributes, text and CDATA, with XML's character
 * references (and the HTML names feeds use). It reads no DTD, so no entity is ever expanded, and it
 * builds plain objects, never DOM: no string reaches a markup sink, so it works on pages that enforce
 * Trusted Types, where `DOMParser.parseFromString` is refused. The browser and the `signpost-feed`
 * command use it alike. Throws an Error on text that is not well-formed XML.
 */
import {decodeEntities} from './text.js';

/** What the normaliser reads of an element or a text node. */
export interface XmlNode {
  nodeType: number;
  localName?: string | null;
  /** The prefix of a qualified name (`atom` for `atom:link`), or null. */
  prefix?: string | null;
  textContent: string | null;
  parentNode: XmlNode | null;
  childNodes: ArrayLike<XmlNode>;
  /** Present on elements: every node the normaliser reads attributes of (children() and child() return elements only). */
  getAttribute?(name: string): string | null;
}

interface Element extends XmlNode {
  name: string;
  childNodes: XmlNode[];
}

// One token at a time: comment, processing instruction or declaration, doctype (with an internal
// subset; written so that no input makes it backtrack more than linearly), CDATA, end tag, start tag (attributes quoted), or text.
// (`[^]` is any character, line breaks too, as `[\s\S]` is: shorter.)
const TOKEN = /<!--[^]*?-->|<\?[^]*?\?>|<!DOCTYPE[^[>]*(?:\[[^]*?\]\s*)?>|<!\[CDATA\[([^]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// (Feeds need about 12 levels, Atom's XHTML content included; each level adds a pass over the text below it.)
const MAX_DEPTH = 32;

// (An arrow: scripts/fn-arrows.mjs turns only-called functions into arrows, but leaves this one, which is
// also passed as a value; written as an arrow here, it is smaller.)
export const readXml = (text: string): {documentElement: XmlNode | null} => {
  const open: Element[] = [];
  let root: Element | null = null;
  // The sticky expression starts at 0, then goes on where its last match ended (set once: smaller).
  for (let at = (TOKEN.lastIndex = 0); at < text.length; at = TOKEN.lastIndex) {
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`stray "<" at ${at}`);
    const [, cdata, end, name, attributes, empty, chars] = match;
    const parent: Element | undefined = open.at(-1);
    if ((cdata ?? chars) != undefined) {
      const value = cdata ?? decodeEntities(chars);
      if (parent) parent.childNodes.push({nodeType: 3, textContent: value} as XmlNode);
      else if (value.trim()) throw new Error('text after the root');
    } else if (name) {
      if (root && !parent) throw new Error('two roots');
      const values = new Map<string, string>();
      for (const [, key, double, single] of attributes.matchAll(ATTRIBUTE)) values.set(key, decodeEntities(double ?? single));
      const colon = name.indexOf(':');
      const element: Element = {
        nodeType: 1,
        // (The keys in the order that gzips smallest: the node is only read by name.)
        prefix: colon > 0 ? name.slice(0, colon) : null,
        getAttribute: (key) => values.get(key) ?? null,
        // Read on demand: a copy per element would cost depth × size in memory (100 levels deep).
        get textContent() {
          return this.childNodes.map((n) => n.textContent).join('');
        },
        localName: name.slice(colon + 1),
        childNodes: [],
        name,
        parentNode: parent ?? null,
      };
      if (parent) parent.childNodes.push(element);
      else root = element;
      if (!empty && open.push(element) > MAX_DEPTH) throw new Error('too deep');
    } else if (end) {
      const element = open.pop();
      if (element?.name != end) throw new Error(`stray </${end}>`);
    }
  }
  if (open.length) throw new Error(`unclosed <${open.pop()!.name}>`);
  return {documentElement: root};
};
