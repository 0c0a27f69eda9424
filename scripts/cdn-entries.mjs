/** CDN files (dist/cdn/<name>.js) and their entry modules. Each is built self-contained. */
import {readFileSync} from 'node:fs';

/** The shipped languages, as lit-localize.json lists them. */
export const TARGET_LOCALES = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales;
export const CDN_ENTRIES = {
  signpost: 'src/define.ts',
  'hotline-card': 'src/components/hotline-card/define.ts',
  'quick-exit': 'src/components/quick-exit/define.ts',
  'red-flag-quiz': 'src/components/red-flag-quiz/define.ts',
  'campaign-banner': 'src/components/campaign-banner/define.ts',
  'news-ticker': 'src/components/news-ticker/define.ts',
};
// One self-contained file per shipped language: dist/cdn/locales/<code>.js.
for (const code of TARGET_LOCALES) {
  CDN_ENTRIES[`locales/${code}`] = `src/i18n/locales/${code}.ts`;
}
