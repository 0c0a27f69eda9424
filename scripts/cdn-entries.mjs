/** CDN files (dist/cdn/<name>.js) and their entry modules. Each is built self-contained. */
export const CDN_ENTRIES = {
  signpost: 'src/define.ts',
  'hotline-card': 'src/components/hotline-card/define.ts',
  'quick-exit': 'src/components/quick-exit/define.ts',
  'red-flag-quiz': 'src/components/red-flag-quiz/define.ts',
  'campaign-banner': 'src/components/campaign-banner/define.ts',
  'news-ticker': 'src/components/news-ticker/define.ts',
};
// One self-contained file per shipped language: dist/cdn/locales/<code>.js.
for (const code of ['es', 'ar', 'fr', 'pt', 'zh-Hans', 'ru', 'uk', 'th', 'tl', 'vi', 'ro']) {
  CDN_ENTRIES[`locales/${code}`] = `src/i18n/locales/${code}.ts`;
}
