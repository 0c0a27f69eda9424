/**
 * For the CDN language files only: the generated catalogs import `str` from @lit/localize, whose
 * module also sets up its global runtime. Signpost needs just the tag, so the CDN build aliases
 * '@lit/localize' to this file (vite.config.ts). Same shape as lit-localize's `str`.
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});
