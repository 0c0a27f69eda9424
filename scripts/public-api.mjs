// The public contract of the package, as one reviewable text: docs/public-api.md. Partners paste tag
// names, attributes and events into pages they may not touch again for years; npm consumers compile
// against the exported types. A change to any of them must be a decision, written in CHANGELOG.md,
// not a side effect of a refactor. test/node/public-api.test.mjs renders the contract from the build
// and fails when it differs from the committed file.
//
//   node scripts/public-api.mjs          prints the contract
//   node scripts/public-api.mjs --write  writes docs/public-api.md (after a deliberate change)
//
// Reads the build (run `npm run build` first): custom-elements.json for each element's attributes,
// properties, events, slots, parts and custom properties; the npm files' declarations (TypeScript's
// checker, comments removed) for every exported name of every entry point in package.json "exports";
// dist/cdn for the files partners load. Descriptions are left out: their words improve often, the
// contract does not.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {resolve, dirname} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FILE = 'docs/public-api.md';

const code = (text) => '`' + text + '`';
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/** One element's contract, from its manifest declaration. */
export function elementSection(d) {
  const out = [`### ${code(`<${d.tagName}>`)} (class ${code(d.name)})`, ''];
  const attrs = [...(d.attributes ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  out.push('Attributes (attribute → property: type = default):', '');
  for (const a of attrs) {
    const type = a.type?.text ? `: ${code(oneLine(a.type.text))}` : '';
    const def = a.default !== undefined ? ` = ${code(oneLine(a.default))}` : '';
    out.push(`- ${code(a.name)} → ${code(a.fieldName ?? '—')}${type}${def}`);
  }
  const withAttribute = new Set(attrs.map((a) => a.fieldName));
  const members = (d.members ?? []).filter(
    (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
  );
  const props = members.filter((m) => m.kind === 'field' && !withAttribute.has(m.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (props.length) {
    out.push('', 'Properties without an attribute:', '');
    for (const m of props) {
      const flags = [m.static && 'static', m.readonly && 'read-only'].filter(Boolean).join(', ');
      out.push(`- ${code(m.name)}${m.type?.text ? `: ${code(oneLine(m.type.text))}` : ''}${flags ? ` (${flags})` : ''}`);
    }
  }
  const methods = members.filter((m) => m.kind === 'method').sort((a, b) => a.name.localeCompare(b.name));
  if (methods.length) {
    out.push('', 'Methods:', '');
    for (const m of methods) {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${oneLine(p.type.text)}` : ''}`);
      out.push(`- ${code(`${m.name}(${params.join(', ')})${m.return?.type?.text ? `: ${oneLine(m.return.type.text)}` : ''}`)}`);
    }
  }
  const list = (title, items, render) => {
    if (!items?.length) return;
    out.push('', `${title}:`, '');
    for (const item of [...items].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) out.push(`- ${render(item)}`);
  };
  list('Events', d.events, (e) => `${code(e.name)}${e.type?.text ? `: ${code(oneLine(e.type.text))}` : ''}`);
  list('Slots', d.slots, (s) => (s.name ? code(s.name) : '(default)'));
  list('Parts', d.cssParts, (p) => code(p.name));
  list('Custom properties', d.cssProperties, (p) => `${code(p.name)}${p.default !== undefined ? ` = ${code(oneLine(p.default))}` : ''}`);
  return out;
}

/** Every name a TypeScript consumer can import from one entry file, each with its declaration. */
function declarations(checker, program, file, seen, entry) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return ['(no exports)'];
  const printer = ts.createPrinter({removeComments: true, newLine: ts.NewLineKind.LineFeed});
  const out = [];
  const exported = checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name));
  for (const symbol of exported) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const alias = symbol.name !== target.name ? ` (as ${symbol.name})` : '';
    if (seen.has(target)) {
      out.push(`// ${symbol.name}${alias}: as in ${seen.get(target)}`);
      continue;
    }
    seen.set(target, `'${entry}'`);
    for (const decl of target.declarations ?? []) {
      const from = decl.getSourceFile();
      let node = decl;
      // A `const` prints with its statement; a class with its public members only (private and
      // protected members, and `#private`, are not part of the contract).
      if (ts.isVariableDeclaration(decl)) node = decl.parent.parent;
      if (ts.isClassDeclaration(decl)) {
        node = ts.factory.updateClassDeclaration(
          decl,
          decl.modifiers,
          decl.name,
          decl.typeParameters,
          // (`implements` names an internal interface the class satisfies: not the consumer's concern.)
          decl.heritageClauses?.filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword),
          decl.members.filter((m) => {
            const flags = ts.getCombinedModifierFlags(m);
            if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
            return !(m.name && ts.isPrivateIdentifier(m.name));
          }),
        );
      }
      const text = printer.printNode(ts.EmitHint.Unspecified, node, from).replace(/^export /, '');
      out.push(`// ${symbol.name}${alias}`, text);
    }
  }
  return out;
}

/** `declare global` blocks (HTMLElementTagNameMap, the events' map) in the npm declarations. */
function globals(program, files) {
  const printer = ts.createPrinter({removeComments: true, newLine: ts.NewLineKind.LineFeed});
  const out = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    for (const statement of source?.statements ?? []) {
      if (ts.isModuleDeclaration(statement) && statement.name.text === 'global') {
        out.push(printer.printNode(ts.EmitHint.Unspecified, statement, source));
      }
    }
  }
  return out;
}

function walk(dir, ext) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return walk(path, ext);
    return entry.name.endsWith(ext) ? [path] : [];
  });
}

/** The contract as Markdown. `manifest` may be passed (the test renders a changed one). */
export function render({root = ROOT, manifest} = {}) {
  const read = (p) => readFileSync(resolve(root, p), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  manifest ??= JSON.parse(read('custom-elements.json'));
  const out = [
    `# The public contract of ${pkg.name}`,
    '',
    'Generated by `node scripts/public-api.mjs --write` from the build; do not edit by hand.',
    '`test/node/public-api.test.mjs` fails when the build differs from this file. What is and is not',
    'covered by semantic versioning, and how a change is made: README.md, "Versions and changes".',
    'Each change is listed in CHANGELOG.md.',
    '',
    '## Elements',
    '',
  ];
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const d of elements) out.push(...elementSection(d), '');

  out.push('## CDN files', '', 'Each under `/<version>/` (the README snippets load `/signpost/0.1.0/signpost.js`):', '');
  const cdn = resolve(root, 'dist/cdn');
  for (const name of readdirSync(cdn).filter((n) => n.endsWith('.js')).sort()) out.push(`- ${code(name)}`);
  const locales = readdirSync(resolve(cdn, 'locales')).filter((n) => n.endsWith('.js')).sort();
  out.push(`- ${code('locales/<code>.js')}: ${locales.map((n) => code(n.replace(/\.js$/, ''))).join(', ')}`);
  out.push('- `integrity.json` (the `integrity` value of each file)', '');

  out.push('## npm entry points', '', 'package.json "exports":', '');
  for (const [key, value] of Object.entries(pkg.exports)) {
    const target = typeof value === 'string' ? value : value.default ?? value.types;
    out.push(`- ${code(key)} → ${code(target)}`);
  }
  out.push('');

  // TypeScript entry files: each export with a `types` condition.
  const entries = Object.entries(pkg.exports)
    .filter(([key, value]) => typeof value === 'object' && value.types && !key.includes('*'))
    .map(([key, value]) => [key, resolve(root, value.types)]);
  const dts = walk(resolve(root, 'dist/npm'), '.d.ts');
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    {noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: []},
  );
  const checker = program.getTypeChecker();
  const seen = new Map();
  for (const [key, file] of entries) {
    if (key === './react' || key === './vue') continue; // generated from the elements above
    out.push(`### ${code(key)}`, '', '```ts', ...declarations(checker, program, file, seen, key), '```', '');
  }
  const global = globals(program, dts.filter((f) => program.getSourceFile(f)).sort());
  out.push('### Global declarations', '', '```ts', ...global, '```', '');
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = render();
  const target = resolve(ROOT, FILE);
  if (process.argv.includes('--write')) {
    writeFileSync(target, text);
    console.log(`wrote ${FILE}`);
  } else {
    process.stdout.write(text);
  }
}
