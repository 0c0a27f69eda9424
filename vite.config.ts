import {defineConfig} from 'vite';

/**
 * CDN builds: every file is ONE self-contained ES module (Lit inside, no imports, no chunks),
 * so that `<script type="module" integrity=…>` covers all the code it runs.
 *
 * `vite build --mode <name>` builds one entry of the table below into dist/cdn/.
 * `npm run build:cdn` (scripts/build-cdn.mjs) runs every entry in turn.
 * The npm build is plain `tsc -p tsconfig.build.json` (unbundled ESM + .d.ts, Lit external).
 */
export const CDN_ENTRIES: Record<string, string> = {
  signpost: 'src/define.ts',
  'hotline-card': 'src/components/hotline-card/define.ts',
  'locales/es': 'src/i18n/locales/es.ts',
  'locales/ar': 'src/i18n/locales/ar.ts',
};

export default defineConfig(({mode}) => {
  const name = mode in CDN_ENTRIES ? mode : 'signpost';
  return {
    // The demo page (`npm start`) is served from demo/ with the sources compiled on the fly.
    root: process.env.SIGNPOST_DEMO ? 'demo' : undefined,
    server: {host: '127.0.0.1', port: 5173, fs: {allow: ['..']}},
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: CDN_ENTRIES[name],
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rolldownOptions: {
        output: {inlineDynamicImports: true},
      },
    },
  };
});
