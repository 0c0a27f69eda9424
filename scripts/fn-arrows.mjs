// Writes a module's function declarations as arrow functions held by `var`s, in the CDN files
// (vite.config.ts, after terser and scripts/iife-arrows.mjs, before rolldown's minifier, which then
// joins them to the `var` lists beside them):
//   function Fe(){return document.documentElement.hasAttribute(Me)}
// becomes
//   var Fe=()=>{return document.documentElement.hasAttribute(Me)};
// which the minifier writes `Fe=()=>document.documentElement.hasAttribute(Me)` in a `var` list
// (measured 2026-12-06: −65 B on signpost.js, −37 B the card's, −43 B the quiz's, −36 B the banner's,
// −41 B the ticker's, −32 B the quick exit's; 47 of signpost.js's 59 declarations change).
// Only where it does the same. An arrow differs from a function when it is constructed (it cannot be),
// when its `prototype` is read (it has none), and in its `this`, `arguments`, `new.target` and `super`
// (its surroundings'); and a `var` holds it only once its statement has run, where a function
// declaration exists before any of the module runs. So a declaration changes only when:
// - it reads no `this`, `arguments`, `new.target` or `super` of its own (nor do arrows inside it), holds
//   no class, and is not a generator;
// - the file names it only to call it (`f(…)`; never `new f`, `f.x`, `f` passed or stored, nor exported),
//   so that nothing but those calls ever holds the function object: not a page script, not the file's
//   own code;
// - and no call can come before its statement has run: nothing that the module's statements before it
//   run can reach it. What they run is taken widely: every top-level name those statements use (not
//   counting the bodies of the functions they define, nor the methods of the classes they define, which
//   run only when called: a class's static blocks and static fields, which may call them, count for all
//   of it), then every top-level name in all of what each such name declares, and so on; the declaration
//   changes only if its name is not among them. Code of the module runs only when called by code that
//   names it (or names a class whose method it is, or a value that holds it), so nothing outside that
//   reach runs before the statement: not a custom element upgraded by `customElements.define`, not a
//   listener, not a function declared last and called first (scripts/css-last.mjs's texts,
//   data-last.mjs's bank). Callbacks the module leaves to later (timers, promises, observers, events)
//   run after the whole module has, every `var` set. (Names are resolved by TypeScript's binder: a local
//   of the same name is not the top-level one.)
// The function keeps its name (`var f=()=>…` names the arrow `f`) and its `length`. Only if the module
// threw while it ran (the file then fails to load, with that error) could something it left behind
// call a function whose statement never ran.
// The edit comes with a source map.
import ts from 'typescript';
import {sourceEdit} from './source-edit.mjs';
// Whether the function reads `this`, `arguments`, `new.target` or `super` of its own, or holds a class.
import {readsOwnContext} from './iife-arrows.mjs';

/**
 * The module's top-level names, as the file refers to them: for each identifier that names a binding
 * declared at the top of the module (a function, a class, a `var`, `let` or `const`), that binding's
 * name. Found with TypeScript's binder, so that a local of the same name (terser gives locals and
 * top-level names letters from the same list) is not taken for it.
 * @param {ts.SourceFile} file
 * @returns {(node: ts.Node) => string | undefined}
 */
function topLevelNames(file) {
  const options = {allowJs: true, noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.Latest, module: ts.ModuleKind.ESNext};
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name) => (name === file.fileName ? file : undefined);
  const checker = ts.createProgram([file.fileName], options, host).getTypeChecker();
  /** @param {ts.Node} declaration */
  const isTopLevel = (declaration) => {
    let node = declaration;
    while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) node = node.parent;
    if (ts.isVariableDeclaration(node)) return node.parent.parent.parent === file;
    return (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.parent === file;
  };
  return (node) => {
    if (!ts.isIdentifier(node)) return undefined;
    // (in `{f}`, the name is a property's and the value's: the value's binding counts)
    const symbol = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
    return symbol?.declarations?.some(isTopLevel) ? symbol.name : undefined;
  };
}

/**
 * What runs where a value is defined: nothing of a function's; of a class's, its `extends` and computed
 * member names, and, if it has a static block or a static field with a value (which may call its
 * methods through `this`), all of it.
 * @param {ts.Node} value
 * @returns {ts.Node[]}
 */
function runsWhereDefined(value) {
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isFunctionDeclaration(value)) return [];
  if (!ts.isClassLike(value)) return [value];
  if (value.members.some((member) => ts.isClassStaticBlockDeclaration(member) || (ts.isPropertyDeclaration(member) && member.initializer && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)))) return [value];
  return [...(value.heritageClauses ?? []), ...value.members.flatMap((member) => (member.name && ts.isComputedPropertyName(member.name) ? [member.name] : []))];
}

/**
 * @param {string} code a chunk as terser (and scripts/iife-arrows.mjs) wrote it
 * @returns {{code: string, map: import('magic-string').SourceMap, count: number, names: string[]} | null} null when nothing changed
 */
export function fnArrows(code) {
  const {file, out, fail, result} = sourceEdit(code, 'chunk.js', 'fn-arrows.mjs', ts.ScriptKind.JS);
  const statements = file.statements;
  const topLevelName = topLevelNames(file);
  /** Every top-level name a node refers to (or declares), at any depth. @param {ts.Node} root */
  const namesIn = (root) => {
    /** @type {string[]} */
    const found = [];
    /** @param {ts.Node} node */
    const visit = (node) => {
      const name = topLevelName(node);
      if (name !== undefined) found.push(name);
      ts.forEachChild(node, visit);
    };
    visit(root);
    return found;
  };
  /** What each top-level name declares: the code that runs when it is used. @type {Map<string, ts.Node[]>} */
  const declared = new Map();
  const declare = (name, node) => declared.set(name, [...(declared.get(name) ?? []), node]);
  for (const statement of statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) declare(statement.name.text, statement);
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        for (const name of namesIn(declaration.name)) declare(name, declaration);
      }
    }
  }
  // Where each top-level name is used, anywhere in the file, and which are exported.
  /** @type {Map<string, ts.Identifier[]>} */
  const uses = new Map();
  /** @param {ts.Node} node */
  const visit = (node) => {
    const name = topLevelName(node);
    if (name !== undefined) uses.set(name, [...(uses.get(name) ?? []), /** @type {ts.Identifier} */ (node)]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  // (`export default f` and `export function` name it otherwise: kept as they are too)
  const exported = new Set();
  for (const statement of statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) exported.add((specifier.propertyName ?? specifier.name).text);
    }
  }

  /** The names that the statements seen so far can reach. */
  const reached = new Set();
  /** @param {ts.Node} node */
  const reach = (node) => {
    const queue = [node];
    while (queue.length) {
      for (const name of namesIn(queue.pop())) {
        if (reached.has(name)) continue;
        reached.add(name);
        queue.push(...(declared.get(name) ?? []));
      }
    }
  };
  /** @type {string[]} */
  const names = [];
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      // A `var` whose value is a function runs nothing by being there either: its function's body counts
      // only when its name is reached (the function can run only when called by code that names it).
      for (const declaration of statement.declarationList.declarations) {
        // (a pattern's defaults run: reached, with the names it declares, which only keeps more as they are)
        if (!ts.isIdentifier(declaration.name)) reach(declaration.name);
        if (declaration.initializer) runsWhereDefined(declaration.initializer).forEach(reach);
      }
      continue;
    }
    if (ts.isClassDeclaration(statement)) {
      runsWhereDefined(statement).forEach(reach);
      continue;
    }
    if (ts.isFunctionDeclaration(statement)) {
      // A declaration runs nothing by being there: only what reaches its name counts.
      const name = statement.name?.text;
      if (!name || !statement.body) fail(statement, 'a function declaration without a name or a body');
      const isAsync = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
      const otherModifiers = statement.modifiers?.some((m) => m.kind !== ts.SyntaxKind.AsyncKeyword);
      const onlyCalled = !exported.has(name) && (uses.get(name) ?? []).every((use) => use === statement.name || (ts.isCallExpression(use.parent) && use.parent.expression === use));
      if (!reached.has(name) && !statement.asteriskToken && !otherModifiers && onlyCalled && declared.get(name).length === 1 && !readsOwnContext(statement)) {
        const params = code.slice(statement.parameters.pos - 1, statement.parameters.end + 1);
        if (!/^\(.*\)$/s.test(params)) fail(statement, 'could not read the parameters');
        out.overwrite(statement.getStart(file), statement.body.getStart(file), `var ${name}=${isAsync ? 'async' : ''}${params}=>`);
        out.appendLeft(statement.end, ';');
        names.push(name);
      }
      continue;
    }
    reach(statement);
  }
  return names.length ? result({count: names.length, names}) : null;
}
