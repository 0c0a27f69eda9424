// Generates editor data and framework types from custom-elements.json, so they never drift:
//   dist/editor/vscode.html-custom-data.json, dist/editor/vscode.css-custom-data.json
//   dist/editor/web-types.json (JetBrains IDEs; package.json "web-types" points at it)
//   dist/types/react.d.ts (React 19 JSX intrinsic elements), dist/types/vue.d.ts (Vue global components)
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {literals} from '../demo/union-values.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('signpost-'));
/** The values an editor offers: the literals but the empty one (which means "none"). */
const enumValues = (type) => literals(type).filter(Boolean);

/**
 * Each custom property once, for an editor that does not know which widget is styled: one description
 * where the widgets say the same, else each widget's own, named (`--signpost-open` is the card's
 * "open now" dot and the quiz's correct answer).
 */
function sharedProperties() {
  const byName = new Map();
  for (const el of elements) for (const p of el.cssProperties ?? []) byName.set(p.name, [...(byName.get(p.name) ?? []), [el.tagName, p.description ?? '']]);
  return [...byName].map(([name, uses]) => ({
    name,
    description: new Set(uses.map(([, d]) => d)).size === 1 ? uses[0][1] : uses.map(([tag, d]) => `<${tag}>: ${d}`).join('\n'),
  }));
}

mkdirSync('dist/editor', {recursive: true});
mkdirSync('dist/types', {recursive: true});

writeFileSync(
  'dist/editor/vscode.html-custom-data.json',
  JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((el) => ({
        name: el.tagName,
        description: el.summary ?? el.description ?? '',
        attributes: (el.attributes ?? []).map((a) => {
          const values = a.type?.text === 'boolean' ? [] : enumValues(a.type?.text).map((name) => ({name}));
          return {name: a.name, description: a.description ?? '', ...(a.type?.text === 'boolean' ? {valueSet: 'v'} : {}), ...(values.length ? {values} : {})};
        }),
      })),
    },
    null,
    2,
  ),
);
writeFileSync(
  'dist/editor/vscode.css-custom-data.json',
  JSON.stringify(
    {
      version: 1.1,
      properties: sharedProperties(),
      pseudoElements: [{name: '::part()', description: `Parts: ${[...new Set(elements.flatMap((el) => (el.cssParts ?? []).map((p) => p.name)))].join(', ')}`}],
    },
    null,
    2,
  ),
);

/**
 * Public properties with no attribute (the ticker's `items`, the quick exit's `navigate`, `clock`):
 * React 19 and Vue set them as properties; JetBrains editors complete them. Read-only getters are left out.
 */
const writable = (el) => {
  const attributes = new Set((el.attributes ?? []).map((a) => a.fieldName));
  return (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !attributes.has(m.name));
};

// JetBrains web-types (https://github.com/JetBrains/web-types, schema/web-types.json): elements with
// their attributes, events, slots, CSS custom properties and parts.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = (list = []) => list.map((x) => ({name: x.name, description: x.description ?? ''}));
const webTypesAttribute = (a) => {
  const t = a.type?.text ?? 'string';
  const values = t === 'boolean' ? [] : enumValues(t);
  const literal = /^'(.+)'$/.exec(a.default ?? '')?.[1] ?? (/^\d+$/.test(a.default ?? '') ? a.default : undefined);
  const value = t === 'boolean' ? {type: 'boolean', required: false} : {type: values.length ? 'enum' : t === 'number' ? 'number' : 'string', ...(literal ? {default: literal} : {})};
  return {name: a.name, description: a.description ?? '', value, ...(values.length ? {values: values.map((name) => ({name}))} : {})};
};
writeFileSync(
  'dist/editor/web-types.json',
  JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      'js-types-syntax': 'typescript',
      contributions: {
        html: {
          elements: elements.map((el) => ({
            name: el.tagName,
            description: el.description || el.summary || '',
            source: {symbol: el.name},
            attributes: (el.attributes ?? []).map(webTypesAttribute),
            ...(el.slots?.length ? {slots: entries(el.slots)} : {}),
            js: {properties: writable(el).map((m) => ({name: m.name, description: m.description ?? '', ...(m.type?.text ? {type: m.type.text} : {})})), events: entries(el.events)},
            css: {properties: entries(el.cssProperties), parts: entries(el.cssParts)},
          })),
        },
      },
    },
    null,
    2,
  ),
);

const tsType = (a) => {
  const t = a.type?.text ?? 'string';
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number | string';
  const values = literals(t);
  return values.length ? values.map((v) => `'${v}'`).join(' | ') : 'string';
};
/** One optional member of a generated type, with its description as a one-line JSDoc comment. */
const member = (doc, name, type) => `      /** ${(doc ?? '').replace(/\*\//g, '* /').replace(/\s+/g, ' ')} */\n      ${name}?: ${type};`;
const props = (el) => [...(el.attributes ?? []).map((a) => member(a.description, `'${a.name}'`, tsType(a))), ...propertiesOnly(el)].join('\n');
const propertiesOnly = (el) => writable(el).map((m) => member(m.description, m.name, m.type?.text ?? 'unknown'));
/** The package's types that generated members name (`FeedItem`, `Clock`), imported with the event details. */
const memberTypes = elements.flatMap((el) => writable(el).flatMap((m) => [...(m.type?.text ?? '').matchAll(/\b[A-Z]\w*/g)].map((x) => x[0])));
const events = (el) => (el.events ?? []).map((e) => e.name);
/** An event's type from its `@fires {CustomEvent<Detail>}` tag: the detail types come from the package. */
const eventType = (el, name) => (el.events ?? []).find((e) => e.name === name)?.type?.text ?? 'CustomEvent';
const detailTypes = [...new Set([...elements.flatMap((el) => (el.events ?? []).map((e) => /CustomEvent<(\w+)>/.exec(e.type?.text ?? '')?.[1]).filter(Boolean)), ...memberTypes])];
// The element classes too: a ref or template ref is the element itself (`ref.resolvedCountry`).
// Imported relatively (dist/types → dist/npm), which every TypeScript resolution mode finds.
const classNames = elements.map((el) => el.name);
const detailImport = `import type {${[...detailTypes, ...classNames].join(', ')}} from '../npm/index.js';\n`;

writeFileSync(
  'dist/types/react.d.ts',
  `// Generated from custom-elements.json by scripts/editor-data.mjs. React 19 passes these as attributes
// or properties and binds custom events with on<event-name> props.
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${detailImport}
type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (el) => `      '${el.tagName}': Base<${el.name}> & {
${props(el)}
${events(el).map((e) => `      'on${e}'?: (event: ${eventType(el, e)}) => void;`).join('\n')}
      };`,
  )
  .join('\n')}
    }
  }
}
`.replace(/\n\n+/g, '\n'),
);

// Vue type-checks templates against camelCase props (`country-picker` → `countryPicker`) and
// `@signpost-hotline-contact` against an `onSignpostHotlineContact` prop. Each tag is typed as Vue's
// guide types a custom element: the element class, with HTML's own attributes (id, class, aria-*,
// @click…) beside the widget's, so a template ref is the element.
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const vueProps = (el) =>
  [
    ...(el.attributes ?? []).map((a) => member(a.description, camel(a.name), tsType(a))),
    ...propertiesOnly(el),
    ...(el.events ?? []).map((e) => member(e.description, camel(`on-${e.name}`), `(event: ${eventType(el, e.name)}) => void`)),
  ].join('\n');

writeFileSync(
  'dist/types/vue.d.ts',
  `// Generated from custom-elements.json by scripts/editor-data.mjs. Tell Vue's compiler that tags
// starting with "signpost-" are custom elements (compilerOptions.isCustomElement).
// (PublicProps spelled out: Vue exports the name only from 3.4, its three parts from 3.3.)
import type {AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps} from 'vue';
${detailImport}
type SignpostElement<E extends HTMLElement, Props> = new () => E & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & Props & VNodeProps & AllowedComponentProps & ComponentCustomProps;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map((el) => `    '${el.tagName}': SignpostElement<${el.name}, {\n${vueProps(el)}\n    }>;`)
  .join('\n')}
  }
}
`,
);
console.log(`editor data and types for ${elements.length} elements`);
