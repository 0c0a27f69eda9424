// The CDN build's msg() id compaction (scripts/compact-msg-ids.mjs): `msg(text, {id})` → `msg(text, id)`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compactMsgIds} from '../../scripts/compact-msg-ids.mjs';

test('rewrites the options of msg() calls, plain and with str`…`, and nothing else', () => {
  const source = [
    "const a = () => msg('Call now', {id: 'x-call'});",
    'const b = (n: string) => msg(str`Call ${n}`, {id: "x-call-n"});',
    "const c = other('Text', {id: 'kept'});",
    "const d = msg('Two options', {id: 'x-two', desc: 'for translators'});",
  ].join('\n');
  assert.equal(
    compactMsgIds(source)?.code,
    [
      "const a = () => msg('Call now', 'x-call');",
      'const b = (n: string) => msg(str`Call ${n}`, "x-call-n");',
      "const c = other('Text', {id: 'kept'});",
      "const d = msg('Two options', 'x-two');",
    ].join('\n'),
  );
  assert.equal(compactMsgIds("const x = other('a', {id: 'b'});"), null);
});

test('fails on options it cannot write as the id alone, and on a call without an id', () => {
  for (const call of ["msg('No id')", "msg('a', options)", "msg('a', {id: ID})", "msg('a', {desc: 'b'})", "msg('a', {...o, id: 'b'})", "msg('a', {id: 'b'}, 1)"]) {
    assert.throws(() => compactMsgIds(`const x = ${call};`), /msg\(\) options must be/, call);
  }
});

test("has msg.ts's render take the id as given, and fails if it cannot find it", () => {
  const reader = "function render(source, options) {\n  const id = typeof options === 'string' ? options : options?.id;\n  return id;\n}\n";
  assert.equal(compactMsgIds(reader, '/x/src/i18n/msg.ts')?.code, 'function render(source, options) {\n  const id = options;\n  return id;\n}\n');
  // Other modules keep their own `id`s.
  assert.equal(compactMsgIds(reader, '/x/src/other.ts'), null);
  assert.throws(() => compactMsgIds('function render(source, options) {}', '/x/src/i18n/msg.ts'), /no `const id = …`/);
});

test('maps the result back to the source', () => {
  const result = compactMsgIds("export const t = {\n  copy: () => msg('Copy', {id: 'x-copy'}),\n};\n", 'm.ts');
  assert.deepEqual(result?.map.sources, ['m.ts']);
  assert.equal(result?.code.split('\n')[1], "  copy: () => msg('Copy', 'x-copy'),");
});
