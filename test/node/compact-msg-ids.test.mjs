// The CDN build's msg() id compaction (scripts/compact-msg-ids.mjs): `msg(text, {id})` → `msg(text, id)`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compactMsgIds} from '../../scripts/compact-msg-ids.mjs';

test('rewrites the options of msg() calls, plain and with str`…`, and nothing else', () => {
  const source = [
    "const a = () => msg('Call now', {id: 'x-call'});",
    'const b = (n: string) => msg(str`Call ${n}`, {id: "x-call-n"});',
    "const c = other('Text', {id: 'kept'});",
    "const d = msg('Two options', {id: 'x-two', desc: 'kept'});",
    "const e = msg('No id');",
  ].join('\n');
  assert.equal(
    compactMsgIds(source)?.code,
    [
      "const a = () => msg('Call now', 'x-call');",
      'const b = (n: string) => msg(str`Call ${n}`, "x-call-n");',
      "const c = other('Text', {id: 'kept'});",
      "const d = msg('Two options', {id: 'x-two', desc: 'kept'});",
      "const e = msg('No id');",
    ].join('\n'),
  );
  assert.equal(compactMsgIds("const x = other('a', {id: 'b'});"), null);
});

test('maps the result back to the source', () => {
  const result = compactMsgIds("export const t = {\n  copy: () => msg('Copy', {id: 'x-copy'}),\n};\n", 'm.ts');
  assert.deepEqual(result?.map.sources, ['m.ts']);
  assert.equal(result?.code.split('\n')[1], "  copy: () => msg('Copy', 'x-copy'),");
});
