// Builds every CDN entry of vite.config.ts into dist/cdn/, one self-contained ES module each.
import {build} from 'vite';
import {rmSync} from 'node:fs';

import {CDN_ENTRIES} from './cdn-entries.mjs';
rmSync('dist/cdn', {recursive: true, force: true});
for (const mode of Object.keys(CDN_ENTRIES)) {
  await build({mode, logLevel: 'warn'});
}

// integrity.json: the sha384 of every CDN file, for pinned snippets (the configurator reads it).
import {readFileSync as read, writeFileSync as write} from 'node:fs';
import {createHash} from 'node:crypto';
const version = JSON.parse(read('package.json', 'utf8')).version;
const files = {};
for (const name of Object.keys(CDN_ENTRIES)) {
  const file = `${name}.js`;
  files[file] = `sha384-${createHash('sha384').update(read(`dist/cdn/${file}`)).digest('base64')}`;
}
write('dist/cdn/integrity.json', `${JSON.stringify({version, files}, null, 2)}\n`);
