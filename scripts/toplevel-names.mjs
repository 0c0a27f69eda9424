// Gives a CDN file's two-letter module variables their names in the order TOPLEVEL_NAMES lists
// (vite.config.ts, on the finished file, after rolldown's minifier and void-name): the minifier names
// the module's variables by how often each is used, and which variable gets which of the same names
// changes how well the file gzips (measured 2026-12-07, in the orders bench/toplevel-names-search.mjs
// found: −120 B on signpost.js, whose 135 two-letter names the source map names, −79 B the card's, −91 B
// the quiz's, −7 B the banner's, −29 B the ticker's, −30 B the quick exit's; brotli smaller too).
// It does the same: only names that the file declares once, at the top level of the module, are given
// out again, and each is given to exactly one of them (the names are swapped among themselves, never a
// new one). Such a name is no parameter, no local and no label anywhere: every place that names it reads
// the module's variable, before and after, so each place is rewritten (not property names, which are
// not variables). A name exported without `as` (its export's name), or written as a shorthand property
// (`{Rn}`, whose key is its name), is left as it is. A module's code is strict: no `with`, and no direct
// `eval` can add a variable (the step fails if the file names either).
// The table names each variable by its name in the sources, as the file's source map gives it at the
// declaration (a name that two variables share there is left out, as is one the map does not give), so
// that it still fits after other changes: a variable the table does not list, or whose listed name is
// no longer one of the file's, keeps its own name where it can, else takes one of those left over, in
// the file's order. The names keep their lengths, so the source map stays as it is.
import {decode} from '@jridgewell/sourcemap-codec';
import ts from 'typescript';
import {rewriteRanges} from './rewrite-ranges.mjs';

/**
 * The file's module variables that can be renamed, with their places and their names in the sources.
 * @param {string} code a CDN file as the minifiers wrote it (an ES module)
 * @param {{mappings: string, names: string[]}} map its source map
 * @returns {{name: string, source?: string, places: [number, number][]}[]} in the order of their declarations
 */
export function topLevelVariables(code, map) {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const fail = (why) => {
    throw new Error(`a CDN file: ${why} (scripts/toplevel-names.mjs)`);
  };
  if (file.parseDiagnostics.length) fail(`does not parse: ${file.parseDiagnostics[0].messageText}`);
  /** name → places where it names a variable */
  const places = new Map();
  /** name → how many declarations */
  const declared = new Map();
  /** names that must keep their text */
  const kept = new Set();
  /** @param {ts.Identifier} id */
  const role = (id) => {
    const p = id.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === id) return 'property';
    if (ts.isMetaProperty(p)) return 'property';
    if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) && p.name === id) return 'property';
    if (ts.isBindingElement(p) && p.propertyName === id) return 'property';
    if (ts.isExportSpecifier(p)) return p.propertyName ? (p.name === id ? 'property' : 'use') : 'keep';
    if (ts.isShorthandPropertyAssignment(p)) return 'keep';
    if (ts.isBindingElement(p) && p.name === id) return p.propertyName || !ts.isObjectBindingPattern(p.parent) ? 'declaration' : 'keep';
    if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p)) && p.name === id) return 'declaration';
    if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return 'declaration';
    if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return 'keep';
    return 'use';
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.WithStatement) fail('a `with` statement');
    if (ts.isIdentifier(node)) {
      const r = role(node);
      if (r === 'keep') kept.add(node.text);
      if (r === 'declaration') declared.set(node.text, (declared.get(node.text) ?? 0) + 1);
      if (r === 'declaration' || r === 'use') places.set(node.text, [...(places.get(node.text) ?? []), [node.getStart(file), node.getEnd()]]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (places.has('eval')) fail('it names `eval`');
  /** The module's own declarations, in order. */
  const top = [];
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) top.push(...statement.declarationList.declarations.map((d) => d.name).filter(ts.isIdentifier));
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) top.push(statement.name);
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
    .filter((id) => id.text.length === 2 && declared.get(id.text) === 1 && !kept.has(id.text))
    .map((id) => ({name: id.text, source: sourceName(id.getStart(file)), places: places.get(id.text)}));
  const count = new Map();
  for (const {source} of found) count.set(source, (count.get(source) ?? 0) + 1);
  for (const variable of found) if (count.get(variable.source) > 1) variable.source = undefined;
  return found;
}

/**
 * @param {string} code a CDN file as the minifiers wrote it
 * @param {{mappings: string, names: string[]}} map its source map (unchanged by this step)
 * @param {Record<string, string>} table name in the sources → name in the file
 * @returns {{code: string, count: number} | null} null when no name changes
 */
export function topLevelNames(code, map, table) {
  const variables = topLevelVariables(code, map);
  const free = new Set(variables.map((v) => v.name));
  /** variable → its new name */
  const given = new Map();
  for (const variable of variables) {
    const name = variable.source !== undefined && Object.hasOwn(table, variable.source) ? table[variable.source] : undefined;
    if (name !== undefined && free.delete(name)) given.set(variable, name);
  }
  for (const variable of variables) if (!given.has(variable) && free.delete(variable.name)) given.set(variable, variable.name);
  const left = [...free];
  for (const variable of variables) if (!given.has(variable)) given.set(variable, left.shift());
  const edits = variables.filter((v) => given.get(v) !== v.name).flatMap((v) => v.places.map(([start, end]) => [start, end, given.get(v)]));
  if (!edits.length) return null;
  edits.sort((a, b) => a[0] - b[0]);
  return {code: rewriteRanges(code, edits), count: variables.filter((v) => given.get(v) !== v.name).length};
}

/**
 * Each CDN file's module variables, by their names in the sources, and the name each gets in the file
 * (bench/toplevel-names-search.mjs prints these).
 */
export const TOPLEVEL_NAMES = {
  signpost: {a: 'de', v: 'fe', p: 'ce', g: 'pe', $: 'pn', C: 'en', T: 'Ht', N: 'ct', S: 'Wt', R: 'Me', k: 'ae', H: 'Re', I: 'Je', L: '_e', z: 'Rn', Z: 've', i: 'ln', title: 'wt', shared: 'Dn', panels: 'jn', K: 'gn', HIDE: 'Vn', V: 'je', navigate: 'Pt', cache: 'Ye', re: 'qt', targetLocales: 'Hn', ALIASES: 'Le', SCRIPT_CATALOG_LANGUAGES: 'Zt', pe: 'ze', me: 'Ue', RTL_LANGUAGES: 'Xe', ge: 'ht', be: 'et', ENGLISH_LANGUAGE_NAMES: 'We', ENGLISH: 'qe', ve: 'Mt', $e: 'dn', ke: 'Ve', MONTHS: 'Ke', LOWER_CASE_NAMES: 'hn', NAMED: 'Ze', Se: 'ue', Te: 'Ae', refused: 'ot', TOKEN: 'tt', ATTRIBUTE: 'Nt', REFUSED: 'St', ze: 'Ot', KEY: 'Se', availableLocales: 'oe', De: 'ut', registerLocale: 'be', Me: 'Ut', observer: 'he', current: 'ft', VERSION: 'ye', connected: 'He', waited: 'Fe', renderAll: 'Ft', Ke: 'zt', oneOf: 'vt', bare: 'Ne', et: 'kt', tt: 'xt', it: 'Lt', nt: '$t', removeSheet: 'lt', PADDING: 'Ln', update: 'Be', ut: 'jt', pt: 'Vt', pressed: 'ie', timer: 'dt', refreshShortcut: 'Kt', onClick: 'At', modified: 'Qt', reset: 'Qe', onPageshow: 'Yt', onInput: 'Jt', chord: 'Bt', onBeforeunload: 'Tt', listen: 'Gt', shift: 'st', clicks: 'nt', SignpostQuickExit: 'Pn', systemClock: '$e', newTabNote: 'Ge', t: 'cn', WEEKDAYS: 'Dt', jt: 'at', parseTime: 'wn', parsePhone: 'nn', DAY_CODES: 'Ct', phoneText: 'rn', fromAbroad: 'On', codeLength: 'on', Jt: 'Rt', placed: 'se', Xt: 'Xt', directory: 'an', lineKeys: 'me', lineName: 'sn', lineAbout: '_n', SignpostHotlineCard: 'Fn', newestFirst: 'bt', children: 'gt', alternate: 'le', atomText: 'Cn', dateOf: 'mn', ui: 'mt', pi: 'xe', fi: '_t', normalizeFeed: 'yn', browserXml: 'Ie', clamp: 'fn', SignpostNewsTicker: 'Bn', campaignText: 'It', WORLD_DAY: 'Tn', PREVENTION_MONTH: 'En', WEAR_BLUE_DAY: 'Et', WINDOWS: 'pt', Ti: 'zn', REMEMBER: 'Ce', SignpostCampaignBanner: 'Mn', Ni: 'Nn', validateBank: 'un', selectQuestions: 'Sn', BANK_INDEX: 'In', SignpostRedFlagQuiz: 'ge', builtInBank: 'yt', CAMPAIGNS: 'An', HOTLINES: 'it', ENGLISH_COUNTRY_NAMES: 'ke', SCOPE: 'bn'},
  'hotline-card': {g: 'pt', $: 'fe', C: 'At', w: 'Ht', N: 'Ze', R: 'Ce', k: 'se', I: 'ye', L: '_e', z: 'Tt', e: 'ee', n: 'Be', c: 'he', l: 'Ft', u: 'it', f: 'oe', b: 've', i: 'be', systemClock: '$e', K: 'Dt', targetLocales: 'Te', ALIASES: 'bt', SCRIPT_CATALOG_LANGUAGES: 'zt', te: 'Ct', ie: 'Nt', RTL_LANGUAGES: 'Ae', se: 'jt', KEY: 'Me', ae: 'Oe', ce: 'Pe', le: 'Ue', observer: 'ue', connected: 'te', waited: 'Le', renderAll: 'Fe', ye: 'Re', SignpostElement: 'ke', oneOf: 'He', we: 'tt', _e: 'We', ke: 'Je', numberAttr: 'ce', textAttr: 'je', shared: 'Ke', cache: 'Ge', Le: 'ct', removeSheet: 're', PADDING: 'qe', ze: 'Qe', Re: 'ne', HIDE: 'ge', Ie: 'rt', pressed: 'ie', navigate: 'we', refreshShortcut: 'Et', onClick: 'Ee', reset: 'Bt', onPageshow: 'ze', chord: 'Ve', onBeforeunload: 'De', listen: 'Ne', shift: 'le', clicks: 'Ot', SignpostQuickExit: 'gt', ENGLISH_LANGUAGE_NAMES: '_t', ut: 'vt', mt: 'pe', MONTHS: 'st', LOWER_CASE_NAMES: 'Xe', t: 'yt', WEEKDAYS: 'ft', parsePhone: 'wt', DAY_CODES: 'Ie', phoneText: 'ot', fromAbroad: 'St', codeLength: 'mt', Ct: 'at', async: 'ut', Ut: 'et', directory: 'Vt', lineKeys: 'xt', refused: 'Pt', lineName: 'nt', lineAbout: 'Lt', SignpostHotlineCard: 'It', REFUSED: 'Mt', Mt: 'lt', ENGLISH_COUNTRY_NAMES: 'dt', SCOPE: 'kt'},
  'red-flag-quiz': {C: 'et', $: 'Zt', N: 'ht', R: 'We', k: 'se', H: 'Et', I: 'me', L: '_e', z: 'be', Z: 'Ct', e: 'ce', n: 'Re', c: 'St', l: '_t', u: 'ie', f: 'ye', b: 'we', i: 'Ee', W: 'tn', systemClock: 'kt', K: 'en', targetLocales: '$e', ALIASES: 'Fe', SCRIPT_CATALOG_LANGUAGES: 'zt', te: 'le', ne: 'Ne', RTL_LANGUAGES: 'Ye', oe: 'Jt', se: 'pt', KEY: 'Ke', ce: 'De', le: 'Me', he: 'Oe', observer: 'ue', connected: 'He', waited: 'Be', renderAll: 'jt', be: 'Tt', SignpostElement: 'ke', oneOf: 'Ce', bare: 'de', _e: 'Nt', Ae: 'qe', Se: '$t', textAttr: 'je', shared: 'Xe', panels: 'Ze', cache: 'Ae', Pe: 'ne', removeSheet: 'ct', PADDING: 'xe', update: 'pe', Re: 'It', De: 'Bt', HIDE: 'Te', We: 'Qt', pressed: 'Pe', timer: 'Pt', navigate: 'oe', refreshShortcut: 'Rt', onClick: 'Ot', reset: 'ze', onPageshow: 'mt', chord: 'rt', onBeforeunload: 'gt', listen: 'Ht', shift: 'Wt', clicks: 'ge', SignpostQuickExit: 'xt', newTabNote: 've', ENGLISH_LANGUAGE_NAMES: 'Ve', bt: 'wt', wt: 'Ie', MONTHS: 'Le', LOWER_CASE_NAMES: 'Je', t: 'ft', WEEKDAYS: 'Dt', parsePhone: 'lt', DAY_CODES: 'At', phoneText: 'Mt', fromAbroad: 'at', codeLength: 'it', Lt: 'Ft', async: 'fe', placed: 'Lt', Ht: 'dt', directory: 'ot', lineKeys: 're', refused: 'nt', lineName: 'st', lineAbout: 'Ut', SignpostHotlineCard: 'Vt', REFUSED: 'Kt', Wt: 'qt', Kt: 'yt', BANK_INDEX: 'Ge', SignpostRedFlagQuiz: 'ut', builtInBank: 'Yt', HOTLINES: 'tt', ENGLISH_COUNTRY_NAMES: 'Ue', SCOPE: 'vt'},
  'campaign-banner': {b: 'ee', e: 'te', r: 'ne', g: 'Se', $: 'xe', N: 'oe', S: 'se', R: 'ce', k: 'De', I: 'me', z: 'fe', Z: 'Ce', ALIASES: 'ue', SCRIPT_CATALOG_LANGUAGES: 'he', RTL_LANGUAGES: 'ge', numberAttr: '_e', boolAttr: 've', KEY: 'ye', SignpostElement: 'be', WINDOWS: 'pe', wt: 're', refused: 'ie', styles: 'we', REMEMBER: 'Te', SignpostCampaignBanner: 'Ee', warned: 'le'},
  'news-ticker': {c: 'Ae', l: '_e', b: 'Ke', s: 'De', e: 'ie', h: 'he', r: 'Ne', g: 'be', $: 'ye', C: 'oe', q: 'pe', N: 'fe', S: 'Pe', R: 'Me', k: 'We', I: 'Te', L: 'we', z: 'Ee', Z: 'Ce', X: 'xe', systemClock: 'ue', ATTRIBUTE: 've', alternate: 'de', dateOf: 'Re', key: 'Oe', $t: 'ke', browserXml: 'ne', cache: 'je', _t: 'Fe', targetLocales: 'Ue', ALIASES: 'se', SCRIPT_CATALOG_LANGUAGES: 'ge', kt: 'Be', RTL_LANGUAGES: 'Le', Ut: 'Ge', Pt: 'ze', Ot: 'Ie', KEY: 'Ve', zt: 'me', Mt: 'le', str: 'ae', waited: 're', SignpostElement: 'He', styles: 'qe'},
  'quick-exit': {e: 'ie', h: 'de', n: 'ee', r: 'Te', g: 'ge', $: 'he', C: 'ze', U: 'Ge', N: 'ce', S: 'se', R: 'Me', k: 'Se', I: 'me', L: 'xe', z: 'De', Z: 'oe', i: 'ae', D: 'te', targetLocales: 'ye', ALIASES: 've', SCRIPT_CATALOG_LANGUAGES: 'Ee', G: 'we', RTL_LANGUAGES: 'Ce', KEY: 'be', it: 're', observer: 'pe', waited: 'fe', SignpostElement: 'le', ft: 'ne', PADDING: 'Ae', _t: 'Re', HIDE: 'ue', At: 'Ve', pressed: 'Oe', navigate: 'Pe', onClick: 'Ne', reset: 'Le', onPageshow: 'je', chord: 'ke', onBeforeunload: 'Be', listen: 'Ie', clicks: 'He', refused: 'Fe', styles: 'We', SignpostQuickExit: 'Ue', REFUSED: 'qe'},
};
