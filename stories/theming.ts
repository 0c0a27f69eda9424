// Theming controls for the stories, read from custom-elements.json (the `@cssprop` / `@csspart` / `@slot`
// JSDoc of the class files), so every documented custom property, part and named slot gets a control
// and none drift.
import type {ArgTypes} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import manifest from '../custom-elements.json' with {type: 'json'};
import {allLocales} from '../src/generated/locale-codes.js';

interface Doc {
  name: string;
  description?: string;
}
type Attribute = Doc & {type?: {text: string}; default?: string};
interface Declaration {
  tagName?: string;
  /** The class's JSDoc: what the widget is, and its limits. */
  description?: string;
  attributes?: Attribute[];
  members?: (Doc & {kind: string})[];
  cssProperties?: Doc[];
  cssParts?: Doc[];
  slots?: Doc[];
}

/**
 * Args set by the theming controls: `--signpost-accent` (a value), `part:call-link` (declarations),
 * and `slot:heading` (text a story places in a child with `slot="heading"`; `theme` ignores it).
 */
export interface ThemeArgs {
  [name: `--${string}` | `part:${string}` | `slot:${string}`]: string | undefined;
}

export const PROPERTIES = 'CSS custom properties';
export const PARTS = 'CSS parts';
export const SLOTS = 'slots';

/** The manifest's declaration of `tag`. */
export function declaration(tag: string): Declaration {
  const found = (manifest as {modules: {declarations?: Declaration[]}[]}).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

const colourLike = (p: Doc) => /colou?r|accent|background|surface|border/i.test(`${p.name} ${p.description ?? ''}`);

/** An attribute's row, as Storybook shows it when no part has the same name. */
const attributeRow = (a: Attribute) => {
  const boolean = a.type?.text === 'boolean';
  return {description: a.description, type: boolean ? 'boolean' : 'string', control: boolean ? 'boolean' : 'text', table: {category: 'attributes', type: {summary: a.type?.text}, defaultValue: {summary: a.default}}};
};

/**
 * The description of an attribute whose stories start from a showcase value rather than the element's
 * own default (which the table's Default column shows): the manifest's words, `more` of the story's, then both values.
 */
export function showcase(tag: string, name: string, value: string | boolean, more = ''): string {
  const a = declaration(tag).attributes?.find((x) => x.name === name);
  if (!a) throw new Error(`${tag} has no attribute ${name} in custom-elements.json`);
  // The manifest writes defaults as source text: `false`, `''`, `null`.
  const words: Record<string, string> = {true: 'on', false: 'off', '': 'none', "''": 'none', null: 'none', undefined: 'none'};
  const shown = (v: string | boolean | undefined) => words[String(v)] ?? `\`${v}\``;
  return `${[a.description, more].filter(Boolean).join(' ')}\n\n*Stories start from a showcase value, ${shown(value)}; the element's own default is ${shown(a.default)}.*`;
}

/**
 * The `lang` control of every story: '' (the page's language: the toolbar's), every shipped language,
 * and regional forms that change dates, times and the card's country.
 */
export const langControl = {control: 'select', options: ['', ...allLocales, 'en-GB', 'es-MX', 'pt-BR', 'fr-CA']} as const;

/**
 * Storybook argTypes for every CSS custom property, part and named slot of `tag`; properties that are not also
 * an attribute (`countryPicker` beside `country-picker`, read-only `items`, functions such as
 * `navigate`) stay documented in the table without a control that could do nothing.
 */
export function themeArgTypes(tag: string): ArgTypes {
  const el = declaration(tag);
  const attributes = new Map((el.attributes ?? []).map((a) => [a.name, a]));
  const slots = (el.slots ?? []).filter((s) => s.name);
  // The default slot (the element's own children: its no-JavaScript fallback, the banner's message, the
  // ticker's stories) has no name, so Storybook's reading of the manifest leaves it out: a row of its
  // own, documentation only (a story that places children gives it a control).
  const unnamed = (el.slots ?? []).find((s) => !s.name);
  return Object.fromEntries([
    ...(unnamed ? [['slot:default', {name: 'slot:default', description: `${unnamed.description ?? ''} The element's own children (no \`slot\` attribute).`, control: false, table: {category: SLOTS}}]] : []),
    ...(el.members ?? []).filter((m) => m.kind === 'field' && !attributes.has(m.name)).map((m) => [m.name, {control: false}]),
    ...(el.cssProperties ?? []).map((p) => [p.name, {name: p.name, description: p.description, type: 'string', control: colourLike(p) ? 'color' : 'text', table: {category: PROPERTIES}}]),
    ...(el.cssParts ?? []).map((p) => [`part:${p.name}`, {name: `part:${p.name}`, description: `${p.description ?? ''} CSS declarations for \`${tag}::part(${p.name})\`, e.g. \`outline: 3px dashed red\`.`, type: 'string', control: 'text', table: {category: PARTS}}]),
    ...slots.map((s) => [`slot:${s.name}`, {name: `slot:${s.name}`, description: `${s.description ?? ''} Text the story places in a child with \`slot="${s.name}"\`; empty: no such child.`, type: 'string', control: 'text', table: {category: SLOTS}}]),
    // Storybook's own reading of the manifest also lists each part and named slot under its bare name,
    // one row in place of another (a part hides the slot and the attribute of the same name), with a
    // control that does nothing: hide it, or give the attribute back. The rows above keep both.
    ...[...(el.cssParts ?? []), ...slots].map((d) => [d.name, attributes.has(d.name) ? attributeRow(attributes.get(d.name)!) : {table: {disable: true}}]),
  ]);
}

/** Drops what could end a declaration block or the `<style>` element. */
const clean = (value: string) => value.replace(/[{}<]/g, '');

/** What a story's render needs from the theming args: a `style` for the element and a `<style>` for its parts. */
export function theme(tag: string, args: object): {style: string | typeof nothing; parts: TemplateResult | typeof nothing} {
  const set = Object.entries(args).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
  const style = set
    .filter(([name]) => name.startsWith('--'))
    .map(([name, value]) => `${name}: ${clean(value).replace(/;/g, '')}`)
    .join('; ');
  const rules = set
    .filter(([name]) => name.startsWith('part:'))
    .map(([name, value]) => `${tag}::part(${name.slice(5)}) { ${clean(value)} }`)
    .join('\n');
  return {style: style || nothing, parts: rules ? html`<style>${rules}</style>` : nothing};
}
