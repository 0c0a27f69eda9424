export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/define.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
};
