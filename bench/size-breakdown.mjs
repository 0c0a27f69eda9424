// Attributes the bytes of a built CDN file to its sources, through the source map, and estimates each
// source's share of the gzip size (gzip of that source's generated code alone). Usage:
//   node bench/size-breakdown.mjs dist/cdn/signpost.js
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {TraceMap, eachMapping} from '@jridgewell/trace-mapping';

const file = process.argv[2] ?? 'dist/cdn/signpost.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const offsets = [];
let acc = 0;
for (const l of lines) {
  offsets.push(acc);
  acc += l.length + 1;
}
const segments = [];
eachMapping(map, (m) => segments.push([offsets[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(none)']));
segments.sort((a, b) => a[0] - b[0]);
const bySource = new Map();
for (let i = 0; i < segments.length; i++) {
  const [start, source] = segments[i];
  const end = i + 1 < segments.length ? segments[i + 1][0] : code.length;
  const name = source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  bySource.set(name, (bySource.get(name) ?? '') + code.slice(start, end));
}
const rows = [...bySource].map(([name, text]) => [name, text.length, gzipSync(text, {level: 9}).length]);
rows.sort((a, b) => b[2] - a[2]);
console.log(`${file}: ${code.length} B, gzip ${gzipSync(code, {level: 9}).length} B`);
for (const [name, raw, gz] of rows) console.log(`${String(gz).padStart(6)} gz ${String(raw).padStart(7)} raw  ${name}`);
