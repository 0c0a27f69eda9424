// Builds every CDN entry of vite.config.ts into dist/cdn/, one self-contained ES module each
// (scripts/build-entry.mjs), and integrity.json: the sha384 of every file, for pinned snippets (the
// configurator reads it).
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {CDN_ENTRIES} from './cdn-entries.mjs';
import {buildEntry} from './build-entry.mjs';
import {bundledPackages, thirdPartyLicenses} from './third-party-licenses.mjs';

rmSync('dist/cdn', {recursive: true, force: true});
const files = {};
for (const name of Object.keys(CDN_ENTRIES)) {
  const {path} = await buildEntry(name);
  files[`${name}.js`] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({version, files}, null, 2)}\n`);
writeFileSync('dist/cdn/THIRD-PARTY-LICENSES.txt', thirdPartyLicenses(bundledPackages('dist/cdn')));
