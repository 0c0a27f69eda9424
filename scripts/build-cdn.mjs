// Builds every CDN entry of vite.config.ts into dist/cdn/, one self-contained ES module each, and
// integrity.json: the sha384 of every file, for pinned snippets (the configurator reads it).
import {build} from 'vite';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {CDN_ENTRIES} from './cdn-entries.mjs';

rmSync('dist/cdn', {recursive: true, force: true});
const files = {};
for (const name of Object.keys(CDN_ENTRIES)) {
  await build({mode: name, logLevel: 'warn'});
  const file = `${name}.js`;
  files[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64')}`;
}
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({version, files}, null, 2)}\n`);
