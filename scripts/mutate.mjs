// A mutation sweep: are the tests of one source file able to fail? Not part of `npm test` (it takes
// minutes per file); docs/testing.md ("Mutation sweeps") has the usage and the last results.
//
//   node scripts/mutate.mjs <src/…/file.ts> <test file or glob>…
//
// Makes one small change at a time from the file's syntax tree (a comparison or a logical operator
// turned, a `!` dropped, a boolean or a number changed, an `if` made always or never true, a `?:`
// negated, a statement or a `return` value removed), runs the given tests in Chromium under xvfb-run
// (90 s at most: a change that hangs counts as caught), and prints each change the tests did not catch.
// `LIST=1` numbers the changes and runs nothing; `ONLY=3,17` runs those changes only. The file is
// restored at the end, even after an error; run it in a worktree of its own (git worktree add), since
// the file is edited in place while it runs.
// Browser tests that load dist/ see the built files, not the change, unless BUILD names a shell command
// that rebuilds them (BUILD='node bench/size-entry.mjs signpost'): it runs after each change is
// written, and once more at the end, with the file restored. Node tests named in NODE see it (below).
import ts from 'typescript';
import {readFileSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

const [file, ...tests] = process.argv.slice(2);
// Node tests (NODE=test/node/a.test.mjs,…) import the npm build: each change is also written, as
// JavaScript, over the file's copy there (dist/npm/…/file.js), restored at the end as the source is.
const nodeTests = process.env.NODE?.split(',') ?? [];
if (!file || !(tests.length || nodeTests.length)) throw new Error('usage: [NODE=<node tests>] node scripts/mutate.mjs <src file> <test file or glob>…');
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',').map(Number)) : null;
const original = readFileSync(file, 'utf8');
const built = file.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js');
const builtOriginal = nodeTests.length ? readFileSync(built, 'utf8') : '';
// The npm build's own options (tsconfig.build.json), so the JavaScript written there is what tsc writes.
const {options: compilerOptions} = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.build.json', ts.sys.readFile).config, ts.sys, '.');
const sf = ts.createSourceFile(file, original, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const K = ts.SyntaxKind;
const TURNED = {
  [K.EqualsEqualsEqualsToken]: '!==', [K.ExclamationEqualsEqualsToken]: '===', [K.EqualsEqualsToken]: '!=', [K.ExclamationEqualsToken]: '==',
  [K.LessThanToken]: '<=', [K.LessThanEqualsToken]: '<', [K.GreaterThanToken]: '>=', [K.GreaterThanEqualsToken]: '>',
  [K.AmpersandAmpersandToken]: '||', [K.BarBarToken]: '&&', [K.QuestionQuestionToken]: '&&',
  [K.PlusToken]: '-', [K.MinusToken]: '+', [K.AsteriskToken]: '/', [K.SlashToken]: '*', [K.PercentToken]: '*',
};
const changes = [];
const change = (node, text, what, start = node.getStart()) => changes.push({start, end: node.getEnd(), text, what});
(function visit(node) {
  if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
  if (ts.isBinaryExpression(node) && TURNED[node.operatorToken.kind]) {
    const op = node.operatorToken;
    change(op, TURNED[op.kind], `${op.getText()} → ${TURNED[op.kind]}`);
    if (op.kind === K.QuestionQuestionToken) change(node, `(${node.left.getText()})`, '?? dropped');
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === K.ExclamationToken) changes.push({start: node.getStart(), end: node.operand.getStart(), text: '', what: '! dropped'});
  if (node.kind === K.TrueKeyword || node.kind === K.FalseKeyword) change(node, String(node.kind !== K.TrueKeyword), `${node.getText()} turned`);
  if (ts.isNumericLiteral(node)) change(node, String(Number(node.text) + 1), `${node.text} → +1`);
  if (ts.isIfStatement(node)) for (const value of ['false', 'true']) change(node.expression, value, `if (${node.expression.getText().slice(0, 40)}) → ${value}`);
  if (ts.isConditionalExpression(node)) change(node.condition, `!(${node.condition.getText()})`, '?: negated');
  if ((ts.isExpressionStatement(node) || (ts.isReturnStatement(node) && node.expression)) && ts.isBlock(node.parent)) {
    change(node, ts.isReturnStatement(node) ? 'return;' : ';', `removed: ${node.getText().replace(/\s+/g, ' ').slice(0, 50)}`);
  }
  ts.forEachChild(node, visit);
})(sf);

console.log(`${file}: ${changes.length} changes`);
if (process.env.LIST) {
  changes.forEach(({start, what}, n) => console.log(`#${n}, line ${sf.getLineAndCharacterOfPosition(start).line + 1}: ${what}`));
  process.exit(0);
}
const build = process.env.BUILD;
/** Runs BUILD (when given); false when it failed. */
const rebuilt = () => !build || spawnSync('sh', ['-c', build], {stdio: 'ignore'}).status === 0;
const tally = {caught: 0, missed: 0, unparsable: 0};
/** Runs the tests on the file as it stands; true when they all pass. */
function passes() {
  if (nodeTests.length && spawnSync('timeout', ['-k', '5', '90', 'node', '--test', ...nodeTests]).status !== 0) return false;
  if (!tests.length) return true;
  // Two runs at once (another sweep, a test run) may pick the same free port: a run that lost that
  // race tested nothing, and is run again rather than counted as caught.
  let run;
  do run = spawnSync('timeout', ['-k', '5', '90', 'xvfb-run', '-a', 'scripts/run-wtr.sh', 'chrome', '--files', ...tests], {encoding: 'utf8'});
  while (/EADDRINUSE/.test(run.stdout + run.stderr));
  return run.status === 0;
}
// Every change counts as caught when the tests cannot pass at all (no browser installed, a test that
// fails already, a timeout too short for this machine): they must pass on the unchanged file first.
if (!passes()) throw new Error(`the tests fail on the unchanged ${file}: fix that (or install the browsers: bash scripts/ensure-browsers.sh) before a sweep`);
try {
  changes.forEach(({start, end, text, what}, n) => {
    if (only && !only.has(n)) return;
    const code = original.slice(0, start) + text + original.slice(end);
    const {outputText, diagnostics} = ts.transpileModule(code, {compilerOptions, fileName: file, reportDiagnostics: true});
    if (diagnostics?.length) return void tally.unparsable++;
    writeFileSync(file, code);
    // A change the build refuses (a type it checks, a template it parses) cannot ship: not a miss.
    if (!rebuilt()) return void tally.unparsable++;
    if (nodeTests.length) writeFileSync(built, outputText);
    if (!passes()) return void tally.caught++;
    tally.missed++;
    console.log(`missed #${n}, line ${sf.getLineAndCharacterOfPosition(start).line + 1}: ${what}`);
  });
} finally {
  writeFileSync(file, original);
  if (nodeTests.length) writeFileSync(built, builtOriginal);
  if (!rebuilt()) console.log(`BUILD failed on the restored file: rebuild ${file}'s outputs by hand`);
}
console.log(`caught ${tally.caught}, missed ${tally.missed}, unparsable ${tally.unparsable}`);
