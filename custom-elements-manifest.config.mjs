import {posix} from 'node:path';

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
              if (attribute.type?.text) attribute.type = {...attribute.type, text: attribute.type.text.replace(/ \| (undefined|null)\b/g, '')};
            }
          }
        }
      },
    },
  ],
};
