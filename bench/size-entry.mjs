// node bench/size-entry.mjs [name ...]: builds CDN files as `npm run build` ships them
// (scripts/build-entry.mjs: both terser settings, the second kept when 8 B smaller) and prints each
// one's gzip size; no other step of the build. For measuring a change in seconds (default: signpost);
// writes dist/cdn/<name>.js. Run `npx lit-localize build` first if the messages changed.
import {buildEntry} from '../scripts/build-entry.mjs';

const names = process.argv.slice(2);
for (const name of names.length ? names : ['signpost']) {
  const {gzip, other, usual} = await buildEntry(name, 'silent');
  console.log(`${name}.js ${gzip} B gzip${other === undefined ? '' : ` (sequences off ${other}, usual ${usual})`}`);
}
