// node bench/size-entry.mjs [name ...]: builds CDN files the way scripts/build-cdn.mjs does (both terser
// settings, the second kept when 8 B smaller) and prints each one's gzip size, leaving the file that build would ship; no
// other step of `npm run build`. For measuring a change in seconds (default: signpost); writes dist/cdn/<name>.js.
// Run `npx lit-localize build` first if the messages changed.
import {build} from 'vite';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const names = process.argv.slice(2);
for (const name of names.length ? names : ['signpost']) {
  const path = `dist/cdn/${name}.js`;
  const gzip = () => gzipSync(readFileSync(path), {level: 9}).length;
  await build({mode: name, logLevel: 'silent', build: {terserOptions: {compress: {sequences: false}}}});
  const other = gzip();
  const kept = {code: readFileSync(path), map: readFileSync(`${path}.map`)};
  await build({mode: name, logLevel: 'silent'});
  const usual = gzip();
  // The file the real build would ship stays in dist/cdn (the node tests read it).
  if (other + 8 <= usual) {
    writeFileSync(path, kept.code);
    writeFileSync(`${path}.map`, kept.map);
  }
  console.log(`${name}.js ${other + 8 <= usual ? other : usual} B gzip (sequences off ${other}, usual ${usual})`);
}
