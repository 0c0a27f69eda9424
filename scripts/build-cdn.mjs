// Builds every CDN entry of vite.config.ts into dist/cdn/, one self-contained ES module each, and
// integrity.json: the sha384 of every file, for pinned snippets (the configurator reads it).
//
// Each widget file is minified twice, with vite.config.ts's terser settings and with those plus the
// ones below, and the second is kept when it gzips at least MARGIN bytes smaller: the two settle
// differently from file to file (measured, 2026-11-29: up to 120 bytes either way). The margin keeps
// the pick, and so the file and its integrity hash, the same on a machine whose zlib compresses a byte
// or two differently. Both change only the code's form, never what it does: the second keeps
// statements as statements instead of joining them into comma sequences. (Until 2026-11-30 it also
// put function declarations first and wrote one `let` per declaration, with two passes: that no
// longer won on any file; this one takes 16–20 B off signpost.js, the card's and the quiz's files.)
import {build} from 'vite';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import {CDN_ENTRIES} from './cdn-entries.mjs';
import {bundledPackages, thirdPartyLicenses} from './third-party-licenses.mjs';

const OTHER_TERSER = {compress: {sequences: false}};
const MARGIN = 8;

rmSync('dist/cdn', {recursive: true, force: true});
const files = {};
const gzipped = (file) => gzipSync(readFileSync(file), {level: 9}).length;
for (const name of Object.keys(CDN_ENTRIES)) {
  const file = `${name}.js`;
  const path = `dist/cdn/${file}`;
  if (!name.startsWith('locales/')) {
    await build({mode: name, logLevel: 'warn', build: {terserOptions: OTHER_TERSER}});
    const other = {code: readFileSync(path), map: readFileSync(`${path}.map`), gzip: gzipped(path)};
    await build({mode: name, logLevel: 'warn'});
    if (other.gzip + MARGIN <= gzipped(path)) {
      writeFileSync(path, other.code);
      writeFileSync(`${path}.map`, other.map);
    }
  } else await build({mode: name, logLevel: 'warn'});
  files[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({version, files}, null, 2)}\n`);
writeFileSync('dist/cdn/THIRD-PARTY-LICENSES.txt', thirdPartyLicenses(bundledPackages('dist/cdn')));
