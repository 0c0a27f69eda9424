// Builds one CDN file (dist/cdn/<name>.js, its map beside it) as `npm run build` ships it; used by
// scripts/build-cdn.mjs and by bench/size-entry.mjs, so that a measure is of the file that ships.
//
// Each widget file is minified twice, with vite.config.ts's terser settings and with those plus the
// ones below, and the second is kept when it gzips at least MARGIN bytes smaller: the two settle
// differently from file to file (measured, 2026-11-29: up to 120 bytes either way). The margin keeps
// the pick, and so the file and its integrity hash, the same on a machine whose zlib compresses a byte
// or two differently. Both change only the code's form, never what it does: the second keeps
// statements as statements instead of joining them into comma sequences. (Until 2026-11-30 it also
// put function declarations first and wrote one `let` per declaration, with two passes: that no
// longer won on any file; this one takes 16–20 B off signpost.js, the card's and the quiz's files.)
// The language files are built once, with the usual settings.
import {build} from 'vite';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const OTHER_TERSER = {compress: {sequences: false}};
const MARGIN = 8;

/**
 * @param {string} name a key of CDN_ENTRIES (scripts/cdn-entries.mjs)
 * @param {'warn' | 'silent'} [logLevel]
 * @returns {Promise<{path: string, gzip: number, other?: number, usual: number}>} the file written and
 *   its gzip size; for a widget file, the gzip sizes of both builds too
 */
export async function buildEntry(name, logLevel = 'warn') {
  const path = `dist/cdn/${name}.js`;
  const gzipped = () => gzipSync(readFileSync(path), {level: 9}).length;
  if (name.startsWith('locales/')) {
    await build({mode: name, logLevel});
    const gzip = gzipped();
    return {path, gzip, usual: gzip};
  }
  await build({mode: name, logLevel, build: {terserOptions: OTHER_TERSER}});
  const other = {code: readFileSync(path), map: readFileSync(`${path}.map`), gzip: gzipped()};
  await build({mode: name, logLevel});
  const usual = gzipped();
  if (other.gzip + MARGIN > usual) return {path, gzip: usual, other: other.gzip, usual};
  writeFileSync(path, other.code);
  writeFileSync(`${path}.map`, other.map);
  return {path, gzip: other.gzip, other: other.gzip, usual};
}
