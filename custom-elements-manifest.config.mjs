import {readFileSync, readdirSync} from 'node:fs';
import {posix} from 'node:path';
import ts from 'typescript';

/**
 * What the package's public entries (package.json `exports` into dist/npm) export, each followed to
 * where it is declared: a set of "dist/npm/<module>.js#<name>". Resolved by TypeScript, so that
 * `export *` (define.ts) and re-exports (feeds/normalize.ts's readXml) count. Also returns the
 * entries' own paths.
 */
function publicDeclarations() {
  const sources = [];
  const {exports} = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const target of Object.values(exports)) {
    const file = typeof target === 'string' ? target : target.default;
    const match = /^\.\/dist\/npm\/(.*)\.js$/.exec(file ?? '');
    if (!match) continue;
    const source = `src/${match[1]}.ts`;
    if (!source.includes('*')) {
      sources.push(source);
      continue;
    }
    // One `*` within a file name (./locales/*.js): every source file of that folder it matches.
    const folder = posix.dirname(source);
    const [before, after] = posix.basename(source).split('*');
    for (const name of readdirSync(folder)) {
      if (name.startsWith(before) && name.endsWith(after)) sources.push(`${folder}/${name}`);
    }
  }
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic() {}});
  const program = ts.createProgram(sources, {...config.options, noEmit: true});
  const checker = program.getTypeChecker();
  const names = new Set();
  for (const source of sources) {
    const file = program.getSourceFile(source);
    const entry = file && checker.getSymbolAtLocation(file);
    if (!entry) throw new Error(`custom-elements-manifest.config.mjs: cannot read the public entry ${source}`);
    for (const exported of checker.getExportsOfModule(entry)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        const path = posix.relative(process.cwd(), declaration.getSourceFile().fileName);
        names.add(`${path.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js')}#${symbol.getName()}`);
      }
    }
  }
  return {names, entries: new Set(sources.map((source) => source.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js')))};
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/define.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The manifest is the public API (editors, Storybook controls, framework types): private and
      // protected members are implementation, so they are left out.
      name: 'signpost-public-only',
      packageLinkPhase({customElementsManifest}) {
        const definitions = [];
        for (const mod of customElementsManifest.modules) {
          // Paths name the published files (dist/npm/…/*.js), not sources the package does not ship.
          const source = mod.path;
          mod.path = source.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js');
          const walk = (node) => {
            if (!node || typeof node !== 'object') return;
            if (typeof node.module === 'string') {
              // Re-exports name their module relative to the file ("./banner/campaigns.js").
              const module = node.module.startsWith('.') ? posix.join(posix.dirname(source), node.module) : node.module;
              node.module = module.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/npm/$1.js');
            }
            Object.values(node).forEach(walk);
          };
          walk(mod.exports);
          walk(mod.declarations);
          for (const declaration of mod.declarations ?? []) {
            // Each tag is registered by its folder's define.js (excluded from the analysis: it only registers).
            if (declaration.tagName?.startsWith('signpost-')) {
              const folder = mod.path.replace(/[^/]+$/, '');
              definitions.push({
                kind: 'javascript-module',
                path: `${folder}define.js`,
                declarations: [],
                exports: [{kind: 'custom-element-definition', name: declaration.tagName, declaration: {name: declaration.name, module: mod.path}}],
              });
            }
          }
        }
        customElementsManifest.modules.push(...definitions);
        // Only the public API: each module keeps its custom elements and what a public entry exports
        // (helpers, styles and messages the widgets share are internal, and their files are not in
        // `exports`). The public entries' own exports, and the tag definitions, stay as they are.
        const {names: exported, entries} = publicDeclarations();
        const kept = new Set();
        for (const mod of customElementsManifest.modules) {
          if (!mod.declarations) continue;
          mod.declarations = mod.declarations.filter((d) => d.customElement || exported.has(`${mod.path}#${d.name}`));
          for (const declaration of mod.declarations) kept.add(`${mod.path}#${declaration.name}`);
        }
        for (const mod of customElementsManifest.modules) {
          if (!mod.exports || entries.has(mod.path)) continue;
          mod.exports = mod.exports.filter(
            (e) => e.kind === 'custom-element-definition' || kept.has(`${e.declaration?.module}#${e.declaration?.name}`),
          );
        }
        customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations?.length || m.exports?.length);
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
            // Internal state (`{state: true}` in `static properties`) has no attribute.
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            // An attribute is a string or absent: `string | undefined` reads as `string` to editors
            // and Storybook (which would otherwise offer a JSON editor). The analyzer shares the type
            // object with the property, which keeps its `| undefined`: the attribute gets a copy.
            for (const attribute of declaration.attributes ?? []) {
              // The analyzer reads an attribute's default from `static properties` (a converter's argument:
              // `textAttr(DEFAULT_EXIT_URL)` gave the quick exit's href the default "DEFAULT_EXIT_URL" and no
              // type, which Storybook's table and editors showed): its property's, as the class declares it.
              const field = declaration.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
              if (field) {
                attribute.type ??= field.type && {...field.type};
                attribute.default = field.default;
              }
              if (attribute.type?.text) attribute.type = {...attribute.type, text: attribute.type.text.replace(/ \| (undefined|null)\b/g, '')};
            }
          }
        }
      },
    },
  ],
};
