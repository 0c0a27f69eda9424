// Builds every CDN entry of vite.config.ts into dist/cdn/, one self-contained ES module each.
import {build} from 'vite';
import {rmSync} from 'node:fs';

import {CDN_ENTRIES} from './cdn-entries.mjs';
rmSync('dist/cdn', {recursive: true, force: true});
for (const mode of Object.keys(CDN_ENTRIES)) {
  await build({mode, logLevel: 'warn'});
}
