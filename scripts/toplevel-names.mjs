// Gives a CDN file's one- and two-letter module variables their names in the order TOPLEVEL_NAMES lists
// (vite.config.ts, on the finished file, after rolldown's minifier and void-name): the minifier names
// the module's variables by how often each is used, and which variable gets which of the same names
// changes how well the file gzips (measured 2026-12-07, in the orders bench/toplevel-names-search.mjs
// found: two letters, −120 B on signpost.js, −79 B the card's, −91 B the quiz's, −7 B the banner's, −29 B
// the ticker's, −30 B the quick exit's; then one letter too, with the search's walk along equal sizes,
// −65 B more on signpost.js, −62 B the card's, −61 B the quiz's, −27 B the banner's, −38 B the ticker's,
// −42 B the quick exit's). Only names that the file declares once, at the top level of the module, are given
// out again, and each is given to exactly one of them, of the same length (the names are swapped among
// themselves, never a new one). Every place that finds the module's variable is rewritten, found by
// the scopes of the module (a parameter, a `var`, a `let`, a catch variable, a function or class
// expression's own name of the same name is another variable, and its places stay as they are; not
// property names, which are not variables, nor labels). A variable never takes a name that a scope
// around one of its places declares (there that name would find the local, not the module's variable:
// `let a=1;function f(b){return a}` cannot swap `a` and `b`). A place whose scope is not sure (a
// parameter's default whose function declares the name in its body; a function declared in a block,
// which a script would also see outside it) keeps its variable's name. After the renaming, TypeScript's
// checker must find, for every name of the file, the declaration it found before, or the step fails.
// A name exported without `as` (its export's name), or written as a shorthand property (`{Rn}`, whose
// key is its name), is left as it is. A module's code is strict: no `with`, and no direct `eval` can
// add a variable (the step fails if the file names either).
// The table names each variable by its name in the sources, as the file's source map gives it at the
// declaration (a name that two variables share there is left out, as is one the map does not give), so
// that it still fits after other changes: a variable the table does not list, or whose listed name is
// no longer one of the file's or one it cannot take, keeps its own name where it can, else takes one of
// those left over that it can take, in the file's order (if one can take none, all of that length keep
// their own). The names keep their lengths, so the source map stays as it is.
import {decode} from '@jridgewell/sourcemap-codec';
import ts from 'typescript';
import {rewriteRanges} from './rewrite-ranges.mjs';

/** The lengths of the names given out: each length's names are swapped only among themselves. */
const LENGTHS = [1, 2];

/** A node whose parameters and `var`s make one scope (a function's body block belongs to it). */
const isFunctionScope = (node) => (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) || ts.isClassStaticBlockDeclaration(node);

/**
 * The file's module variables that can be renamed, with their places, their names in the sources, and
 * the names each cannot take: a name that a scope around one of its places declares (a parameter, a
 * local, a catch variable, a function or class expression's own name), which would take that place.
 * @param {string} code a CDN file as the minifiers wrote it (an ES module)
 * @param {{mappings: string, names: string[]}} map its source map
 * @returns {{name: string, source?: string, places: [number, number][], blocked: Set<string>}[]} in the order of their declarations
 */
export function topLevelVariables(code, map) {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const fail = (why) => {
    throw new Error(`a CDN file: ${why} (scripts/toplevel-names.mjs)`);
  };
  if (file.parseDiagnostics.length) fail(`does not parse: ${file.parseDiagnostics[0].messageText}`);
  /** @param {ts.Identifier} id */
  const role = (id) => {
    const p = id.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === id) return 'property';
    if (ts.isMetaProperty(p)) return 'property';
    if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) && p.name === id) return 'property';
    if (ts.isBindingElement(p) && p.propertyName === id) return 'property';
    if (ts.isExportSpecifier(p)) return p.propertyName ? (p.name === id ? 'property' : 'use') : 'keep';
    if (ts.isShorthandPropertyAssignment(p)) return p.name === id ? 'keep' : 'use';
    if (ts.isBindingElement(p) && p.name === id) return p.propertyName || !ts.isObjectBindingPattern(p.parent) ? 'declaration' : 'keep declaration';
    if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p)) && p.name === id) return 'declaration';
    if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return 'label';
    if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return 'keep declaration';
    return 'use';
  };
  /**
   * scope node → name → 'param' | 'body' (a function's), 'name' (a function or class expression's own),
   * or 'unsure' (a function declared in a block inside it)
   */
  const scopes = new Map();
  const declare = (scope, name, kind) => {
    if (!scopes.has(scope)) scopes.set(scope, new Map());
    const names = scopes.get(scope);
    const was = names.get(name);
    if (was === undefined || was === 'unsure' || (was !== 'param' && kind !== 'unsure')) names.set(name, kind);
  };
  /** The scope of a `let`, `const`, class or function declaration: the nearest block (a function's body: the function). */
  const blockOf = (node) => {
    for (let n = node.parent; ; n = n.parent) {
      if (ts.isSourceFile(n) || ts.isCaseBlock(n) || ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n) || ts.isCatchClause(n) || isFunctionScope(n)) return n;
      if (ts.isBlock(n) && !isFunctionScope(n.parent) && !ts.isCatchClause(n.parent)) return n;
    }
  };
  const functionOf = (node) => {
    for (let n = node.parent; ; n = n.parent) if (ts.isSourceFile(n) || isFunctionScope(n)) return n;
  };
  /** @param {ts.Identifier} id a declaration's name: its scope, and 'param' or 'body' */
  const scopeOf = (id) => {
    let d = id.parent;
    while (ts.isBindingElement(d) || ts.isObjectBindingPattern(d) || ts.isArrayBindingPattern(d)) d = d.parent;
    if (ts.isParameter(d)) return [d.parent, 'param'];
    if (ts.isImportSpecifier(d) || ts.isImportClause(d) || ts.isNamespaceImport(d)) return [file, 'body'];
    if ((ts.isFunctionExpression(d) || ts.isClassExpression(d)) && d.name === id) return [d, 'name'];
    if (ts.isVariableDeclaration(d) && ts.isCatchClause(d.parent)) return [d.parent, 'body'];
    if (ts.isVariableDeclaration(d) && !(ts.getCombinedNodeFlags(d) & ts.NodeFlags.BlockScoped)) return [functionOf(d), 'body'];
    if (ts.isVariableDeclaration(d) || ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) return [blockOf(d), 'body'];
    return fail(`a declaration of \`${id.text}\` it does not know (${ts.SyntaxKind[d.kind]})`);
  };
  /** every identifier, with its role */
  const ids = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.WithStatement) fail('a `with` statement');
    if (ts.isIdentifier(node)) {
      const r = role(node);
      ids.push([node, r]);
      if (r.endsWith('declaration')) {
        const [scope, kind] = scopeOf(node);
        declare(scope, node.text, kind);
        // A function declared in a block, where a script (not a module) would also see it in the function around.
        if (ts.isFunctionDeclaration(node.parent) && !isFunctionScope(scope) && !ts.isSourceFile(scope)) declare(functionOf(scope), node.text, 'unsure');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (ids.some(([id, r]) => r === 'use' && id.text === 'eval')) fail('it names `eval`');
  /**
   * The scope a place's name is declared in (undefined: no declaration, a global), and the names that
   * the scopes around it, short of the module's, declare. A place in a function's parameters does not
   * see the function's body; one whose name only the body declares there is `unsure`.
   */
  const resolve = (id) => {
    const around = new Set();
    let found;
    let unsure = false;
    for (let n = id.parent, from = id; n; from = n, n = n.parent) {
      const names = scopes.get(n);
      if (!names || (isFunctionScope(n) && 'name' in n && from === n.name)) continue;
      if (!ts.isSourceFile(n)) for (const name of names.keys()) around.add(name);
      const kind = names.get(id.text);
      if (found || kind === undefined) continue;
      if (kind === 'unsure' || (kind === 'body' && isFunctionScope(n) && ts.isParameter(from))) unsure = true;
      else found = n;
    }
    return {found, around, unsure};
  };
  /** The module's own declarations, in order. */
  const top = [];
  for (const statement of file.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const names = ts.isVariableStatement(statement) ? statement.declarationList.declarations.map((d) => d.name).filter(ts.isIdentifier) : (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name ? [statement.name] : [];
    for (const name of names) top.push({id: name, exported});
  }
  const byName = new Map();
  for (const {id, exported} of top) {
    const entry = byName.get(id.text);
    byName.set(id.text, {id, places: [], blocked: new Set(), kept: exported || entry !== undefined, count: (entry?.count ?? 0) + 1});
  }
  for (const [id, r] of ids) {
    if (r === 'property' || r === 'label') continue;
    const {found, around, unsure} = r.endsWith('declaration') ? {found: scopeOf(id)[0], around: new Set(), unsure: false} : resolve(id);
    if (found === undefined && !unsure) continue;
    const variable = ts.isSourceFile(found ?? file) ? byName.get(id.text) : undefined;
    if (!variable) continue;
    if (unsure || r.startsWith('keep')) variable.kept = true;
    variable.places.push([id.getStart(file), id.getEnd()]);
    for (const name of around) variable.blocked.add(name);
  }
  // The name in the sources: the source map's name for the segment that starts at the declaration.
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = decode(map.mappings);
  const sourceName = (position) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > position) line--;
    const segment = lines[line]?.find((s) => s[0] === position - lineStarts[line]);
    return segment?.length === 5 ? map.names[segment[4]] : undefined;
  };
  const found = top
    .map(({id}) => ({id, variable: byName.get(id.text)}))
    .filter(({id, variable}) => LENGTHS.includes(id.text.length) && variable.count === 1 && !variable.kept)
    .map(({id, variable}) => ({name: id.text, source: sourceName(id.getStart(file)), places: variable.places, blocked: variable.blocked}));
  const count = new Map();
  for (const {source} of found) count.set(source, (count.get(source) ?? 0) + 1);
  for (const variable of found) if (count.get(variable.source) > 1) variable.source = undefined;
  return found;
}

/**
 * For each identifier of the file, where TypeScript's checker finds its declaration (-1: none), as a
 * check of a renaming that is independent of the scopes above.
 * @param {string} code
 * @returns {number[]}
 */
export function bindings(code) {
  const name = '/signpost/chunk.js';
  const options = {allowJs: true, checkJs: false, noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.Latest};
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (path) => (path === name ? ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS) : undefined);
  host.fileExists = (path) => path === name;
  host.readFile = (path) => (path === name ? code : undefined);
  const program = ts.createProgram([name], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(name);
  const out = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const symbol = ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : ts.isExportSpecifier(p) && !p.propertyName ? checker.getExportSpecifierLocalTargetSymbol(p) : checker.getSymbolAtLocation(node);
      const declaration = symbol?.declarations?.[0];
      out.push(node.getStart(file), declaration ? (declaration.name ?? declaration).getStart(file) : -1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * Names for the variables: the table's where it is free and the variable can take it, else its own where
 * free, else the first left over that it can take; when one can take none of those, that length's
 * variables all keep their own names.
 * @param {ReturnType<typeof topLevelVariables>} variables
 * @param {Record<string, string>} table
 * @returns {Map<object, string>}
 */
export function giveNames(variables, table) {
  const given = new Map();
  for (const length of LENGTHS) {
    const group = variables.filter((v) => v.name.length === length);
    const free = new Set(group.map((v) => v.name));
    const mine = new Map();
    for (const variable of group) {
      const name = variable.source !== undefined && Object.hasOwn(table, variable.source) ? table[variable.source] : undefined;
      if (name !== undefined && free.has(name) && !variable.blocked.has(name)) {
        free.delete(name);
        mine.set(variable, name);
      }
    }
    for (const variable of group) if (!mine.has(variable) && free.delete(variable.name)) mine.set(variable, variable.name);
    let whole = true;
    for (const variable of group) {
      if (mine.has(variable)) continue;
      const name = [...free].find((n) => !variable.blocked.has(n));
      if (name === undefined) whole = false;
      else {
        free.delete(name);
        mine.set(variable, name);
      }
    }
    for (const variable of group) given.set(variable, whole ? mine.get(variable) : variable.name);
  }
  return given;
}

/**
 * @param {string} code a CDN file as the minifiers wrote it
 * @param {{mappings: string, names: string[]}} map its source map (unchanged by this step)
 * @param {Record<string, string>} table name in the sources → name in the file
 * @returns {{code: string, count: number} | null} null when no name changes
 */
export function topLevelNames(code, map, table) {
  const variables = topLevelVariables(code, map);
  const given = giveNames(variables, table);
  const changed = variables.filter((v) => given.get(v) !== v.name);
  const edits = changed.flatMap((v) => v.places.map(([start, end]) => [start, end, given.get(v)]));
  if (!edits.length) return null;
  edits.sort((a, b) => a[0] - b[0]);
  const renamed = rewriteRanges(code, edits);
  checkRenaming(code, renamed);
  return {code: renamed, count: changed.length};
}

/**
 * Fails unless every name of `renamed` finds, by TypeScript's checker, the declaration that it found in
 * `code` (the same places: the names kept their lengths), so that no place was taken by another variable.
 * @param {string} code
 * @param {string} renamed
 */
export function checkRenaming(code, renamed) {
  const before = bindings(code);
  const after = bindings(renamed);
  const moved = before.findIndex((position, i) => after[i] !== position);
  if (moved < 0 && before.length === after.length) return;
  const at = before[moved - (moved % 2)];
  throw new Error(`a CDN file: renaming would change what \`${renamed.slice(at, at + 8)}…\` at ${at} names (scripts/toplevel-names.mjs)`);
}

/**
 * Each CDN file's module variables, by their names in the sources, and the name each gets in the file
 * (bench/toplevel-names-search.mjs prints these).
 */
export const TOPLEVEL_NAMES = {
  signpost: {l: '_', u: 'P', f: 'w', y: 'W', s: 'Y', h: 'fn', o: 'f', r: 'qt', a: 'de', v: 'ee', p: 'nt', g: 'pt', $: 'pn', E: 'G', A: 'h', C: 'en', T: '$e', N: 'Mt', U: 'C', R: 'Pn', k: 'We', H: 'Cn', I: 'Ve', L: 'Ce', z: 'Vn', Z: 'Re', title: 'Ie', shared: 'zn', panels: 'jn', J: 'N', K: 'Vt', HIDE: 'Bn', G: 'je', navigate: 'ae', V: 'j', findCountry: 'x', cache: 'Ye', ne: 'J', se: 'u', re: 'tt', targetLocales: 'ye', ALIASES: 'sn', SOURCE_LOCALE: 'l', he: 'O', languageOf: 'y', SCRIPT_CATALOG_LANGUAGES: 'zt', pe: 'le', me: 'be', RTL_LANGUAGES: 'pe', ge: 'ht', be: 'et', ENGLISH_LANGUAGE_NAMES: '_n', ENGLISH: 'qe', ve: 'ne', $e: 'ce', ke: 'Be', MONTHS: 'nn', LOWER_CASE_NAMES: 'me', NAMED: 'mn', Se: 'ue', Ce: 'a', Te: 'Me', refused: 'he', TOKEN: 'Nn', ATTRIBUTE: 'Ct', REFUSED: 'St', ze: 'Xe', KEY: 'Se', Oe: 'm', availableLocales: 'xe', De: 'ut', registerLocale: 'Ae', Me: 'Yt', observer: 'oe', current: 'mt', msg: 'k', str: 'M', VERSION: 'Ge', connected: 'He', waited: 'Fe', renderAll: 'Fn', Ke: 'Qt', SignpostElement: 'E', oneOf: 'Rt', bare: 'yt', Qe: 'D', et: 'ft', tt: 'Jt', it: 'Gt', nt: '$t', numberAttr: 'V', boolAttr: 'Q', textAttr: 'F', at: 'I', removeSheet: 'lt', owners: 'L', PADDING: 'Bt', update: 've', ut: 'At', pt: 'kt', mt: 'R', pressed: 'Qe', timer: 'fe', refreshShortcut: 'on', shortcutOwner: 'K', onClick: 'Dt', left: 'v', modified: 'Kt', reset: 'Ke', onPageshow: 'Zt', counter: 'Z', onInput: '_t', chord: 'vt', onBeforeunload: 'Xt', listen: 'ke', targets: 'H', shift: 'st', clicks: 'jt', Nt: 'A', DEFAULT_EXIT_URL: 's', SignpostQuickExit: 'yn', systemClock: 'In', Ot: 'z', newTabNote: 'ze', t: 'Pt', WEEK: 'X', WEEKDAYS: 'gt', jt: 'S', parseTime: 'dt', parsePhone: 'dn', DAY_CODES: 'Nt', phoneText: 'cn', fromAbroad: 'Sn', codeLength: 'hn', Jt: 'Ot', placed: 'se', numbered: 'q', Xt: 'rn', directory: 'Ze', lineKeys: 'Ne', lineName: 'un', lineAbout: 'bn', SignpostHotlineCard: 'On', FeedError: 'U', newestFirst: 'bt', children: 'gn', alternate: 'wn', child: 'B', atomText: 'Dn', childText: 'o', dateOf: 'Hn', ui: 'Ht', pi: 'Je', link: 'T', fi: 'it', normalizeFeed: 'An', browserXml: 'Ut', clamp: 'Rn', SignpostNewsTicker: 'En', campaignText: 'It', WORLD_DAY: 'xt', PREVENTION_MONTH: 'Lt', WEAR_BLUE_DAY: 'Ln', WINDOWS: 'Et', Ti: 'Ft', REMEMBER: 'Le', SignpostCampaignBanner: 'Tn', TOPICS: 'ie', Ni: 'Tt', validateBank: 'at', selectQuestions: 'an', BANK_INDEX: 'Ue', SignpostRedFlagQuiz: 'ge', builtInBank: 'wt', CAMPAIGNS: 'kn', HOTLINES: 'ct', ENGLISH_COUNTRY_NAMES: '_e', SCOPE: 'Mn'},
  'hotline-card': {s: 'K', h: 'Z', o: 'S', r: 'Y', a: 'u', v: 'R', p: 'f', g: 'pt', $: 'ft', E: '_', A: 'h', C: 'et', w: 'Te', N: 'Ke', x: 'W', R: 'Ce', k: 'We', H: 'I', I: 'Le', L: 'Ie', z: 'ye', l: 'it', u: 'fe', f: 'se', y: 'b', F: 'o', systemClock: '$e', K: 'x', targetLocales: 'ht', ALIASES: 'we', SOURCE_LOCALE: 'c', X: 'd', languageOf: 'm', SCRIPT_CATALOG_LANGUAGES: 'Ft', te: 'ct', ie: 'Ct', RTL_LANGUAGES: 'pe', oe: 'Ot', KEY: 'St', re: 'O', ae: 'ne', ce: 'Ae', le: 'kt', observer: 'ue', current: 'v', msg: 'D', str: 'k', connected: 'e', waited: 're', renderAll: 'jt', ye: 'Ht', SignpostElement: 'ke', oneOf: 'Xe', bare: 'T', we: 'tt', ke: 'Ze', _e: 'Je', numberAttr: 'ce', boolAttr: 'j', textAttr: 'je', shared: 'dt', cache: 'At', Ue: 'J', Le: 'at', removeSheet: 'F', title: 'U', owners: 'L', PADDING: 'gt', update: '_e', Re: 'Fe', Me: 'zt', je: 'De', HIDE: 'ge', Ie: 'yt', pressed: 'Ue', timer: 'nt', navigate: 'Pe', refreshShortcut: 'ut', shortcutOwner: 'H', onClick: 'bt', left: 'V', modified: 'B', reset: 'Bt', onPageshow: 'Vt', counter: 'r', onInput: 'X', chord: 'Ve', onBeforeunload: 'lt', listen: 'qe', targets: 'q', shift: 'le', clicks: 'te', rt: 'G', DEFAULT_EXIT_URL: 'a', SignpostQuickExit: 'Me', ENGLISH_LANGUAGE_NAMES: 'Re', ENGLISH: 'Q', dt: 'w', ut: '_t', mt: 'z', MONTHS: 'He', LOWER_CASE_NAMES: 'Ee', t: 'Ne', WEEK: 'P', WEEKDAYS: 'mt', vt: 'N', parseTime: 'E', parsePhone: 'Et', DAY_CODES: 'Dt', phoneText: 'wt', fromAbroad: 'Nt', codeLength: 'vt', Ct: 'Oe', async: 'ze', numbered: 'C', Ut: 'rt', directory: 'Qe', lineKeys: 'oe', refused: 'xt', lineName: 'st', lineAbout: 'Mt', SignpostHotlineCard: 'It', REFUSED: 'Tt', jt: 'Pt', HOTLINES: 'A', ENGLISH_COUNTRY_NAMES: 'Ge', SCOPE: 'ot'},
  'red-flag-quiz': {V: 'A', s: 'e', h: 'F', o: 'd', r: 'X', a: 'y', v: 'D', p: 'b', g: 'pe', E: 'B', A: 'h', C: 'ht', N: 'Vt', R: 'Re', k: 'We', H: 'W', I: 'Pe', L: 'Pt', z: 'ft', Z: 'Wt', l: 'Qt', u: 'Ae', f: 'se', y: 're', F: 'f', W: 'w', systemClock: '$e', Y: 'kt', K: 'k', targetLocales: '_e', ALIASES: 'Le', SOURCE_LOCALE: 'c', Q: 'S', languageOf: 'u', SCRIPT_CATALOG_LANGUAGES: 'gt', te: 'ct', ie: 'mt', RTL_LANGUAGES: 'ot', oe: 'rt', se: 'et', KEY: 'St', ae: 'm', ce: 'oe', le: 'Zt', he: 'le', observer: 'ye', current: 'o', msg: 'v', str: 'V', connected: 'He', waited: 'xe', renderAll: 'jt', be: 'dt', SignpostElement: 'ke', oneOf: 'Ye', bare: 'ue', ke: 'T', xe: 'Z', _e: 'Jt', Ae: 'Mt', Se: '$t', numberAttr: 'R', boolAttr: 'j', textAttr: 'je', shared: 'Oe', panels: 'Ce', cache: 'At', Pe: 'J', Oe: 'Ht', removeSheet: 'lt', title: 'z', owners: 'L', PADDING: 'ge', update: 'Te', Re: 'Ie', De: 'qe', Fe: 'Y', HIDE: 'Xe', We: 'en', pressed: 'ze', timer: 'nt', navigate: 'Me', refreshShortcut: 'yt', shortcutOwner: 'K', onClick: 'zt', left: 'U', modified: 'Kt', reset: 'Ke', onPageshow: 'Ut', counter: 'q', onInput: 'P', chord: 'qt', onBeforeunload: 'It', listen: 'Ft', targets: 'H', shift: 'xt', clicks: 'Ze', ht: 'I', DEFAULT_EXIT_URL: 'a', SignpostQuickExit: 'De', newTabNote: 'be', ENGLISH_LANGUAGE_NAMES: 'Fe', ENGLISH: 'M', yt: 'x', bt: 'Tt', wt: 'Ue', MONTHS: 'tn', LOWER_CASE_NAMES: 'Nt', t: 'Ne', WEEK: 'E', WEEKDAYS: 'ut', At: 'N', parseTime: 'O', parsePhone: 'Ot', DAY_CODES: 'Yt', phoneText: 'wt', fromAbroad: 'pt', codeLength: 'vt', Lt: 'at', async: 'fe', placed: 'tt', numbered: 'C', Ht: 'Dt', directory: 'ie', lineKeys: 'ee', refused: 'me', lineName: 'st', lineAbout: '_t', SignpostHotlineCard: 'Je', REFUSED: 'Bt', Wt: 'Et', TOPICS: 'Q', Yt: 'Lt', FeedError: 'G', BANK_INDEX: 'Ge', SignpostRedFlagQuiz: 'de', builtInBank: 'Rt', HOTLINES: 'it', ENGLISH_COUNTRY_NAMES: 'Be', SCOPE: 'Ve'},
  'campaign-banner': {systemClock: 'G', l: 'Q', u: 'Z', f: 'U', y: 'e', h: 'W', o: '$', a: 'y', v: 'p', p: 'x', g: 'Se', $: 'xe', E: 'B', A: 'd', C: 'L', P: 'R', N: 'ge', S: 'Ce', k: 'De', H: 'H', I: 'me', z: 'Te', Z: 'we', targetLocales: 'j', ALIASES: 'se', SOURCE_LOCALE: 'f', J: 'b', languageOf: 'C', SCRIPT_CATALOG_LANGUAGES: 'ye', G: 'K', RTL_LANGUAGES: 'pe', X: 'P', tt: 'I', numberAttr: 'Ee', boolAttr: 'fe', textAttr: 'E', nt: 'X', KEY: '_e', ot: 'O', at: 'N', lt: 'z', ht: 'M', observer: 'A', current: 'u', msg: 'h', connected: 'g', waited: 'F', renderAll: 'q', SignpostElement: 've', bt: 'w', campaignText: 'T', WINDOWS: 'ue', key: 'V', yt: 'J', wt: 'oe', refused: 're', styles: 'he', REMEMBER: 'be', SignpostCampaignBanner: 'ie', REFUSED: 'Y'},
  'news-ticker': {t: 'e', refused: 'E', REFUSED: 'B', oneOf: 'X', numberAttr: 'J', boolAttr: 'Q', textAttr: 'j', l: 'je', u: 'z', f: 'k', y: 'l', h: 'he', o: 'h', r: 'Ne', v: 'p', p: 'y', g: 'be', $: 'ye', E: 'N', A: 'f', C: 'ue', P: '$', q: 'ze', N: 'Ve', S: 'Me', D: 'T', R: 'Ue', k: 'We', H: 'H', I: 'He', L: 'Fe', z: 'Te', Z: 'Ce', X: 'we', Y: 'W', NAMED: 'S', Q: 'A', tt: 'a', et: 'V', systemClock: 'fe', TOKEN: 'P', ATTRIBUTE: 'qe', FeedError: 'U', newestFirst: 'F', children: 'I', alternate: '_e', child: 'Z', atomText: 'w', childText: 'x', dateOf: 'Re', pt: 'R', mt: 'C', link: 'q', gt: 'K', key: 'Le', $t: 'ae', browserXml: 'ne', cache: 'ke', _t: 'Oe', targetLocales: 'pe', ALIASES: 've', SOURCE_LOCALE: 'o', St: 'm', languageOf: 'O', SCRIPT_CATALOG_LANGUAGES: 'ge', kt: 'oe', RTL_LANGUAGES: 'Ie', Ut: 'Ge', Pt: 'de', Ot: 'se', KEY: 'Be', Rt: 'G', Nt: 'Y', zt: 'me', Mt: 'le', observer: 'L', current: 'u', msg: 'M', str: 'xe', connected: 'D', waited: 're', renderAll: 'r', SignpostElement: 'Ee', styles: 'Pe', clamp: 'v', SignpostNewsTicker: 'c'},
  'quick-exit': {l: 'z', u: 'Y', f: 'A', y: 's', s: 'w', h: 'de', o: 'd', r: 'Ue', a: 'E', v: 'p', p: 'h', g: 'ge', $: 'he', E: 'B', A: 'l', R: 'Me', k: 'We', H: 'H', I: 'me', L: 'He', z: 'Re', B: 'Ie', D: 'Z', targetLocales: 'be', ALIASES: 'Ce', SOURCE_LOCALE: 'o', F: 'm', languageOf: 'C', SCRIPT_CATALOG_LANGUAGES: 'Le', RTL_LANGUAGES: 'fe', J: 'I', KEY: 'Se', tt: 'O', et: 'M', it: 're', st: 'U', observer: 'Ee', current: 'u', msg: 'W', connected: '_', waited: 've', renderAll: 'v', SignpostElement: 'Fe', oneOf: 'x', boolAttr: 'J', textAttr: 'X', ft: 'ne', removeSheet: 'N', title: 'G', owners: 'L', PADDING: 'Ae', update: 'V', _t: 'Ne', vt: 'D', HIDE: 'xe', At: 'Ve', pressed: 'Oe', timer: 'Q', navigate: 'le', refreshShortcut: 'k', shortcutOwner: 'F', onClick: 'ke', left: 'T', modified: 'P', reset: 'Pe', onPageshow: 'qe', counter: 'K', onInput: 'R', chord: 'Te', onBeforeunload: 'je', listen: 'De', targets: 'q', shift: 'j', clicks: 'ze', Bt: '$', refused: 'pe', styles: 'ye', DEFAULT_EXIT_URL: 'a', SignpostQuickExit: 'ue', REFUSED: 'Be'},
};
