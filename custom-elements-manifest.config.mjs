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
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
            // Internal state (`{state: true}` in `static properties`) has no attribute.
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            // An attribute is a string or absent: `string | undefined` reads as `string` to editors
            // and Storybook (which would otherwise offer a JSON editor).
            for (const attribute of declaration.attributes ?? []) {
              if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/ \| (undefined|null)\b/g, '');
            }
          }
        }
      },
    },
  ],
};
