import {defineConfig, parseAst} from 'vite';
// @ts-expect-error: a plain .mjs table shared with scripts/build-cdn.mjs
import {CDN_ENTRIES} from './scripts/cdn-entries.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/minify-css.test.mjs
import {minifyCssTemplates} from './scripts/minify-css.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/minify-html.test.mjs
import {minifyHtmlTemplates} from './scripts/minify-html.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/compact-msg-ids.test.mjs
import {compactMsgIds} from './scripts/compact-msg-ids.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/derive-attributes.test.mjs
import {deriveAttributes} from './scripts/derive-attributes.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/bank-msg-ids.test.mjs
import {bankMsgIds} from './scripts/bank-msg-ids.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/scope-msg-ids.test.mjs
import {scopeMsgIds} from './scripts/scope-msg-ids.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/hotline-phones.test.mjs
import {hotlinePhones} from './scripts/hotline-phones.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/data-last.test.mjs
import {dataLast} from './scripts/data-last.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/css-last.test.mjs
import {cssLast} from './scripts/css-last.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/flatten-msg-calls.test.mjs
import {flattenMsgCalls} from './scripts/flatten-msg-calls.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/iife-arrows.test.mjs
import {iifeArrows} from './scripts/iife-arrows.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/void-name.test.mjs
import {voidName} from './scripts/void-name.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/fn-arrows.test.mjs
import {fnArrows} from './scripts/fn-arrows.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/bare-super.test.mjs
import {bareSuper} from './scripts/bare-super.mjs';
// @ts-expect-error: a plain .mjs helper, tested by test/node/lower-escapes.test.mjs
import {lowerEscapes} from './scripts/lower-escapes.mjs';
// @ts-expect-error: a plain .mjs helper and table, tested by test/node/toplevel-names.test.mjs
import {topLevelNames, TOPLEVEL_NAMES} from './scripts/toplevel-names.mjs';
// @ts-expect-error: a plain .mjs table, checked by test/node/mangle-props.test.mjs
import {MANGLED_PROPS_REGEX, MANGLED_NAMES, checkMangledNames} from './scripts/mangle-props.mjs';

/**
 * CDN builds: every file is ONE self-contained ES module (Lit inside, no imports, no chunks),
 * so that `<script type="module" integrity=…>` covers all the code it runs.
 *
 * `vite build --mode <name>` builds one entry of the table below into dist/cdn/.
 * `node scripts/build-cdn.mjs` (a step of `npm run build`) runs every entry in turn.
 * The npm build is plain `tsc -p tsconfig.build.json` (unbundled ESM + .d.ts, Lit external).
 */

type Transform = (code: string, id: string) => unknown;
/** A build step that rewrites the project's own modules (src/…/*.ts); each script returns null for a module it leaves alone. */
const step = (name: string, rewrite: Transform) => ({
  name,
  transform(code: string, id: string) {
    return /[\\/]src[\\/].*\.ts$/.test(id) ? (rewrite(code, id) as {code: string; map: unknown} | null) : null;
  },
});

/** The CDN files get their css`…` templates minified (scripts/minify-css.mjs): the widgets' styles and the page rules of the quick exit. */
const cssTemplates = step('signpost-minify-css-templates', (code) => (code.includes('css`') ? {code: minifyCssTemplates(code) as string, map: null} : null));
/** …and the layout whitespace of their html`…` templates collapsed (scripts/minify-html.mjs). */
const htmlTemplates = step('signpost-minify-html-templates', minifyHtmlTemplates);
/** …and `msg(text, {id})` written `msg(text, id)` (scripts/compact-msg-ids.mjs). */
const msgIds = step('signpost-compact-msg-ids', compactMsgIds);
/** …and the built-in quiz bank's message ids worked out from each question's id (scripts/bank-msg-ids.mjs; after msgIds). */
const bankIds = step('signpost-bank-msg-ids', bankMsgIds);
/** …and the hotline card's scope labels with their message ids worked out from the scope (scripts/scope-msg-ids.mjs; after msgIds). */
const scopeIds = step('signpost-scope-msg-ids', scopeMsgIds);
/** …and the hotline directory's phones written as displayed, their `tel` worked out from the digits (scripts/hotline-phones.mjs). */
const phones = step('signpost-hotline-phones', hotlinePhones);
/** …and the elements' generated constructors written without the arguments that nothing reads (scripts/bare-super.mjs). */
const bareConstructors = step('signpost-bare-super', bareSuper);
/**
 * …and attribute names that are their property's in kebab-case derived by Lit (scripts/derive-attributes.mjs):
 * the CDN files' ReactiveElement starts its `createProperty` with what the base class's override did
 * when the build added one to SignpostElement (`{attribute: kebab-case name, ...options}`, `false` for a
 * symbol), so the same options reach the same code, without a class member and a `super` call
 * (measured 2026-12-02: −9 B on signpost.js). Every Signpost element class extends SignpostElement,
 * so each declaration gets what it got; only LitElement and ReactiveElement themselves, which no CDN
 * file exports and which no page can define usefully (no render), now derive names too, and
 * SignpostElement no longer has a `createProperty` of its own (a page script asking
 * `hasOwnProperty('createProperty')` of it would see that). The build fails if Lit's line changes.
 * The options it makes have no prototype (+3 B gzip on signpost.js): Lit reads `state`, `attribute`,
 * `noAccessor`, `hasChanged`, `reflect`, `converter`… from each declaration, and a page whose query
 * parser took `?__proto__[state]=1` had every widget ignore every attribute (`hasChanged`: throw at each
 * one; `noAccessor`: the quiz rendered nothing) until 2026-12-07 (test/bundle/polluted-lit.test.ts).
 */
const LIT_CREATE_PROPERTY = 'static createProperty(t,s=b){';
const KEBAB_CREATE_PROPERTY = 'static createProperty(t,s){s={__proto__:null,attribute:"string"==typeof t&&t.replace(/[A-Z]/g,"-$&").toLowerCase(),...s};';
const derivedAttributes = [
  step('signpost-derive-attributes', deriveAttributes),
  {
    name: 'signpost-lit-kebab-attributes',
    transform(code: string, id: string) {
      if (!/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) return null;
      if (!code.includes(LIT_CREATE_PROPERTY)) throw new Error(`Lit's code changed: check ${LIT_CREATE_PROPERTY} in vite.config.ts`);
      return {code: code.replace(LIT_CREATE_PROPERTY, () => KEBAB_CREATE_PROPERTY), map: null};
    },
  },
];

/**
 * A second copy of Lit on a page that enforces Trusted Types (`trusted-types lit-html`, without
 * 'allow-duplicates') cannot create its `lit-html` policy: Lit's module throws, uncaught, into the
 * host page. In the CDN files our copy instead goes on without a policy and sets a flag: beside another
 * Signpost it defines nothing the first copy owns and warns once (a version mismatch); beside the
 * page's own Lit it defines nothing, so its fallback content stays, and says to add 'allow-duplicates'
 * (src/internal/define.ts).
 * The build fails if Lit's line changes, so that this is looked at again.
 */
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
const litPolicy = {
  name: 'signpost-lit-policy-guard',
  transform(code: string, id: string) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    if (!code.includes(LIT_POLICY)) throw new Error(`lit-html's Trusted Types policy line changed: check ${LIT_POLICY} in vite.config.ts`);
    return {code: code.replace(LIT_POLICY, 's?(()=>{try{return s.createPolicy("lit-html",{createHTML:t=>t})}catch{globalThis[Symbol.for("signpost.tt")]=1}})():void 0'), map: null};
  },
};

/**
 * Lit's two messages for misusing `css` (a value that is not a `css` result, constructing a
 * CSSResult) are for the authors of the code that calls it: ours, whose tests would meet them. In the
 * CDN files they are shortened (about 95 bytes gzip in every file), and LIT_UNUSED then leaves out the
 * checks that threw them (below, "The `css` tag's joining"). So is lit-html's
 * for a template result whose strings are not a template's (its guard against a result forged from
 * JSON; it still throws: −9 B on signpost.js, measured 2026-12-01). The build fails if any message
 * changes, so that this is looked at again.
 */
const LIT_MESSAGES: [RegExp, [string, string][]][] = [
  [
    /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    [
      ['Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'Error("Lit: not constructable")'],
      [
        `Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
        `Error("Lit: not a css result: "+t)`,
      ],
    ],
  ],
  [/[\\/]lit-html[\\/]lit-html\.js$/, [['Error("invalid template strings array")', 'Error("Lit: not a template")']]],
];
const litMessages = {
  name: 'signpost-lit-messages',
  transform(code: string, id: string) {
    const messages = LIT_MESSAGES.find(([file]) => file.test(id))?.[1];
    if (!messages) return null;
    for (const [message, short] of messages) {
      if (!code.includes(message)) throw new Error(`Lit's message changed: check ${message} in vite.config.ts`);
      code = code.replace(message, short);
    }
    return {code, map: null};
  },
};

/**
 * Parts of Lit that Signpost never uses, left out of the CDN files (whose Lit is theirs
 * alone; the npm files use the consumer's Lit, untouched). Each is replaced by exactly what the code
 * does without it, and the build fails if Lit's text changes, so that this is looked at again;
 * test/node/lit-trims.test.mjs checks that no source uses what is left out.
 * - The globals for standard decorators: ReactiveElement polyfills `Symbol.metadata` and creates
 *   `litPropertyMetadata`, where Lit's decorators store the properties they declare. Signpost uses
 *   no decorators (its properties are in `static get properties()`), so its copy creates neither. A
 *   class finalized still reads that store when it exists, `?.` where it may not: a partner's
 *   subclass decorated with their own Lit's decorators (whose Lit creates both) works as before
 *   (measured 2026-11-30: −18 to −21 B gzip per file).
 * - `svg` and `mathml` templates (result types 2 and 3): lit-html wraps their markup in
 *   `<svg>`/`<math>` and unwraps it again. Signpost writes only `html` templates (the banner's icon
 *   is an `<svg>` element inside one), so every template is parsed as HTML, as it already was
 *   (measured 2026-11-30: −54 to −69 B gzip per file). Only a subclass whose own render() returns
 *   another Lit's `svg` templates would see a difference (parsed as HTML): not a documented use.
 *   The result type then read nowhere, lit-html's helper that makes a template's HTML is given its
 *   strings alone, and its Template constructor drops that type and the options it no longer reads
 *   (measured 2026-12-01: −3 B on signpost.js, −17 B the card's, −20 B the quiz's, −1 to −3 B the others).
 * - Bindings inside raw text elements (`<script>`, `<style>`, `<textarea>`, `<title>`) and inside
 *   comments: Signpost's templates have no such elements and no comments (test/node/lit-trims.test.mjs
 *   reads every html template), so lit-html's template parser no longer looks for them (measured
 *   2026-11-30: about −170 B gzip on every widget file). As with `svg`, only a subclass with its own
 *   render() would see a difference: not a documented use. Element bindings (`<div ${ref(…)}>`),
 *   common in Lit code, are kept: leaving them out would save 63 B but bind a subclass's values to
 *   the wrong places without a word. Nor does the parser look for where a comment ends (`-->`, or the
 *   `>` of `</` and no letter): the same test finds no `<!`, `<?` or such `</` in any template, so the
 *   parser never entered those states (measured 2026-12-02: −55 B on signpost.js). Only a subclass
 *   whose template holds a comment with what reads as a tag and an unclosed quote inside
 *   (`<!-- <a title="x -->`) would see a difference: its later bindings misplaced.
 *   Nor does it put a space between an unquoted attribute binding and a self-closing tag's `/>`
 *   (`<input value=${v}/>`, where HTML would read the slash into the value): in the templates as the
 *   CDN build minifies them (a void element's ` />` becomes `>`), no binding is followed by `/>`
 *   (test/node/lit-trims.test.mjs), so that space was never added (measured 2026-12-07: −25 B on
 *   signpost.js, −23 to −25 B on the others). Only a subclass whose template writes `${v}/>` would see
 *   a difference: a `/` at the end of that attribute's value.
 * - lit-html's `render` and its parts without options: in the CDN files only LitElement's update calls
 *   it (lit-html is no export of theirs, and no source calls `render` or names `renderOptions`:
 *   test/node/lit-trims.test.mjs), always with the element's `renderOptions`, an object whose `host`
 *   is the element, which every part then shares; so render() no longer stands in `{}` for missing
 *   options, a child part no longer asks whether it has any, and an event binding calls its listener
 *   with that host, no longer falling back to the element it is on. And ReactiveElement's own mark
 *   that it is finalized is `true`, not a Map: only `hasOwnProperty` reads it (−10 B on signpost.js,
 *   −9 to −11 B on the others, measured 2026-12-07). Only a subclass that replaces its `renderOptions`
 *   with one without a host, or a script reading that mark's value, would see a difference.
 *   With comment parts gone, the Template makes only child, attribute and element parts, so the
 *   template instance no longer checks for another type when it clones one, nor for a hole (Lit's
 *   comment part made none) in its parts when it sets their values (measured 2026-12-02: −5 B on
 *   signpost.js). Nobody can see a difference: no other part is made (test/node/lit-trims.test.mjs
 *   reads the built files).
 *   The event part's constructor, which Lit's production build writes with its five parameters
 *   passed on to the attribute part's, is written as the property and boolean parts' are
 *   (`super(...arguments)`): the template instance always calls it with those five, so the same
 *   values reach the same constructor (measured 2026-12-02: −8 B on signpost.js). Only a script that
 *   reads an event part's `constructor.length` (a partner directive given the part) would see a difference.
 * - The conversion of a `CSSStyleSheet` in a class's `styles` to text (`getCompatibleStyle`), for
 *   engines that cannot adopt constructed sheets: Signpost's styles are all `css` results (no source
 *   names `CSSStyleSheet` or `unsafeCSS`: test/node/lit-trims.test.mjs), and where sheets can be
 *   adopted (every engine with constructable sheets) the conversion was already the identity. Only
 *   a subclass that puts a sheet of its own in `styles`, in an engine without adopted sheets, would
 *   see a difference (those styles missing): not a documented use, and README says so (measured
 *   2026-12-01: −45 B on signpost.js, −49 B the ticker's; its two calls in `finalizeStyles` then
 *   written as their result, −6 B more).
 * - A render's `creationScope` (the scoped custom element registry that
 *   `@lit-labs/scoped-registry-mixin` passes in a class's `renderOptions`): templates are cloned by the
 *   document, as they were for every Signpost class, which sets no `creationScope` (no source names
 *   it: test/node/lit-trims.test.mjs; measured 2026-12-01: −12 B on signpost.js). Only a subclass with
 *   its own scoped registry would see a difference (its elements created from the global one): not a
 *   documented use, and README says so.
 * - Templates compiled ahead of time (`@lit-labs/compiler`, whose results carry a prepared template
 *   object as their `_$litType$` instead of the number 1): lit-html no longer prepares those. Signpost's
 *   templates are all written as `html` and prepared at run time (test/node/lit-trims.test.mjs), as
 *   every template a subclass writes with the `html` tag is (measured 2026-12-01: −38 B on signpost.js,
 *   −34 to −44 B on the others). Only a subclass whose render() returns compiled templates would see a
 *   difference (it throws): not a documented use, and README says so.
 * - The hooks for Lit's `polyfill-support.js` (`reactiveElementPolyfillSupport`,
 *   `litHtmlPolyfillSupport`, `litElementPolyfillSupport`), which patch Lit for ShadyDOM/ShadyCSS in
 *   engines without native shadow DOM. No engine that can run these files (ES2022: class static
 *   blocks, `#private` fields) lacks it; there the hooks change nothing unless the page loads
 *   ShadyCSS's ApplyShim (CSS `@apply`), which Signpost's styles do not use and cannot see inside
 *   constructed sheets (measured 2026-11-30: −50 to −64 B gzip on every widget file). Without the
 *   hooks, ShadyCSS has no say in how styles are applied either: css-tag no longer asks it whether
 *   shadow DOM is native (`ShadyCSS.nativeShadow`, true wherever shadow DOM is, unless a page forces
 *   the ShadyDOM polyfill, which no engine that runs these files needs), only whether the engine
 *   adopts constructed sheets (measured 2026-12-01: −22 B on signpost.js, −18 to −22 B on the others).
 *   And that is asked of `document.adoptedStyleSheets` alone: every engine that can run these files
 *   (README: Chrome/Edge 94, Firefox 93, Safari 16.4 or later) has `ShadowRoot`, and shipped
 *   constructed sheets' `replace` in the same version as `adoptedStyleSheets` (Chrome 73, Firefox 101,
 *   Safari 16.4), as the polyfill for them adds both, so Lit's other two checks were true wherever
 *   this one is (measured 2026-12-02: −14 B on signpost.js). Only a page script that gives the
 *   document `adoptedStyleSheets` without giving `CSSStyleSheet` a `replace`, or deletes `ShadowRoot`,
 *   would see a difference.
 * - LitElement's hook for `@lit-labs/ssr-client`'s hydration support (`litElementHydrateSupport`),
 *   which lets an element take over a shadow root that Lit rendered on the server. The CDN files'
 *   elements are never server-rendered (Lit SSR renders the npm files' classes, in Node); a page
 *   that loads hydration support for its own components still gets them, and its patch leaves an
 *   element without a server-rendered shadow root as it was (measured 2026-12-01: −19 B on
 *   signpost.js, −12 to −22 B on the others). So is LitElement's `_$litElement$` mark, by which Lit
 *   SSR's renderer (`@lit-labs/ssr`, on a server) knows a LitElement class: no other Lit code reads
 *   it, and no Signpost source names it (−9 B on signpost.js, −5 to −14 B on the others, measured
 *   2026-12-02). Only a server renderer or a page script looking for the mark on a CDN class would see
 *   a difference; the CDN files cannot run on a server (lit-html reads `document` as it loads).
 * - Two helpers that the production build defines as identities and still calls: ShadyDOM's `wrap`
 *   (`i=t=>t` in lit-html) and Closure's `JSCompiler_renameProperty` (`d=(t,s)=>t` in
 *   ReactiveElement). Each call is written as its result; the definitions are checked to be those.
 *   (Measured 2026-11-30: −5 B on signpost.js, −10 to −37 B on the others.)
 * - Two helpers that the CDN files call once, each written where it is called, as it is: the `html`
 *   tag made by lit-html's tag factory (`x(1)`, whose other uses are `svg` and `mathml`), and the
 *   check that a value is iterable, whose argument is a parameter (measured 2026-11-30: −20 B on
 *   signpost.js, −14 to −28 B on the others). The factory and the check stay defined as Lit wrote them.
 *   Likewise the template element that lit-html's Template makes for each template (its static
 *   `createElement`, called only there since compiled templates went, and not exported: −21 B on
 *   signpost.js, −16 B the ticker's), written in the constructor with `document`, which is what
 *   lit-html's own name for it holds (the constructor has a local of that name). And ReactiveElement's
 *   constructor's two helpers (`_$Ev` and the `_$E_` it calls, private, named nowhere else in Lit),
 *   written in the constructor, the second as a block (−7 B on signpost.js, −8 to −17 B on the others).
 *   And lit-html's expression for a tag's attributes, which it builds once with `RegExp` from a string
 *   holding its whitespace class three times, written as the regular expression literal it makes
 *   (the same pattern and flags: test/node/lit-trims.test.mjs compares them; measured 2026-12-02:
 *   −26 B on signpost.js). Nobody can see a difference: the expression is lit-html's own, unexported.
 * - css-tag's cache of constructed sheets by template (a WeakMap keyed by a `css` template's strings,
 *   so that two results of one template evaluated twice share a sheet). Every Signpost `css` template
 *   is evaluated once, at the top level of its module (test/node/lit-trims.test.mjs), so the cache
 *   never found one: each result builds its own sheet once, on first use, as before (measured
 *   2026-12-01: −39 B on signpost.js, −40 to −55 B on the others). A subclass whose `css` template
 *   runs more than once gets a sheet per result instead of one shared: the same styles.
 * - The `css` tag's joining of a template's values (other results' text, numbers) between its
 *   strings: no Signpost css template has a value (test/node/lit-trims.test.mjs), so the tag makes its
 *   result from the one string, as it did. The tag is no export of any CDN file: a partner's
 *   templates are tagged by their own Lit's `css`, so nobody else can see a difference (measured
 *   2026-12-02: −52 B on signpost.js, −46 to −55 B on the others). Nor does it check that it was given
 *   one string (it threw "not a css result" for more): that test holds it for every template, and
 *   scripts/css-last.mjs fails the build on a template with a value (measured 2026-12-07: −20 B on
 *   signpost.js, −21 to −26 B on the others). The CSSResult class, which only
 *   that tag constructs here (no source constructs one: the same test), then no longer checks that it
 *   was given the tag's secret symbol (−23 B on signpost.js, −17 to −27 B on the others, measured
 *   2026-12-02). Only a page script that reaches the class through a CDN element class's `styles` or
 *   `elementStyles` and calls `new` on it would see a difference: a result where Lit refused with "not
 *   constructable" (LIT_MESSAGES).
 * - The `useDefault` property option (Lit 3.3): a property declared with it keeps its first value,
 *   does not count or reflect setting it, and gets it back when its attribute is removed. No Signpost
 *   property declares it (test/node/lit-trims.test.mjs; the widgets' converters give each attribute
 *   its default when removed), so it was always false: the code written as it runs then (measured
 *   2026-12-01: −94 B on signpost.js, −89 to −102 B on the others). Only a subclass that declares a
 *   property with `useDefault` would see a difference (treated as without it): not a documented
 *   use, and README says so.
 * - Accessors that a class defines for a property it declares (Lit 3.3 wraps them, and at the first
 *   update lists such a property as changed if it already holds a value): no Signpost class defines a
 *   getter, setter, method or `accessor` of a name it declares (test/node/lit-trims.test.mjs), so no
 *   declaration was ever marked `wrapped` and the first update's loop over them did nothing (measured
 *   2026-12-02: −77 B on signpost.js). Only a subclass that declares a property and defines its own
 *   accessor for it (or a legacy `@property()` on an accessor) would see a difference: its setter is
 *   still wrapped, but a value it held before the first update, not set through that setter, is
 *   missing from that update's changed properties. Not a documented use, and README says so.
 * - Reactive controllers and class initializers (`addController`, `removeController`, the `host…`
 *   callbacks, `static addInitializer`): Signpost's classes add no controller and no initializer (no
 *   source names them: test/node/lit-trims.test.mjs), so the sets Lit keeps for them were always empty
 *   and every call on them did nothing (measured 2026-12-02: −109 B on signpost.js, −112 B the ticker's,
 *   −123 B the banner's; the same test checks that no built CDN file calls them). Not invisible: a page
 *   script calling a CDN widget's `addController`, or a partner subclass using a controller or an
 *   initializer (`@lit/task`, `@lit/context`, `@lit/localize`'s `@localized`), now throws; README says so.
 * - JSON in attributes: Lit's default converter reads an attribute of a property declared with
 *   `type: Object` or `type: Array` as JSON and writes such a property's value to its attribute as
 *   JSON. No Signpost property is of either type (test/node/lit-trims.test.mjs: every `type` is
 *   `Boolean`, `String` or `Number`), so the converter, which the widgets reach for the attributes
 *   they reflect and for their properties without a converter of their own, keeps only its `Boolean`
 *   and `Number` cases and otherwise passes the value on, as it did for every Signpost property
 *   (measured 2026-12-02: −67 B on signpost.js). A partner subclass that declares a property of
 *   type `Object` or `Array` and sets it from its attribute (or reflects it) would see a difference: it
 *   gets the attribute's text, not the parsed value (and `[object Object]` written back); so would a
 *   page script calling that converter, reached through a CDN class's `getPropertyOptions`.
 *   Not a documented use, and README says so.
 * - Three getters of lit-html's parts for custom directives: a child part's `startNode` and
 *   `endNode` and an attribute part's `tagName`. Only a directive is given a part (and lit-html's
 *   `render`, which no source imports); Signpost writes and imports no directive
 *   (test/node/lit-trims.test.mjs), and the directives of Lit's own packages (`ref`, `repeat`,
 *   `classMap`, … and directive-helpers) read the parts' `_$A…` members, never these getters
 *   (measured 2026-12-02: −29 B on signpost.js). Nor the `parentNode` getter of a child part and of
 *   a template instance, read by nothing but each other and Lit's development build (−33 B more on
 *   signpost.js). A partner's own directive that reads `part.startNode`, `part.endNode`,
 *   `part.parentNode` or `part.tagName`, in a subclass's template, would see a difference
 *   (undefined): not a documented use, and README says so.
 * - Listener objects and listener options in event bindings: lit-html's event part also takes an
 *   object with `handleEvent` and passes a listener's `capture`, `once` and `passive` to
 *   `addEventListener`, adding it again when they change. Every Signpost event binding's value is a
 *   function (an arrow, or a method of its class: test/node/lit-trims.test.mjs), which carries none
 *   of those, so the listener was added once with no options and called on the host, as it still is
 *   (measured 2026-12-02: −51 B on signpost.js). A partner subclass whose template binds an object
 *   listener (`@click=${{handleEvent() {…}}}`) would see a difference: it throws when the event comes;
 *   so would one that gives a listener options (`{handleEvent, passive: true}`, or a function given
 *   such properties), which are no longer passed. Not a documented use, and README says so.
 * - ReactiveElement's empty `enableUpdating` method: its constructor gives every element its own
 *   `enableUpdating` (the resolver of the promise the first update waits for), which is what
 *   `connectedCallback` calls, so the class's was never called, nor could a subclass's be (no source
 *   names it: test/node/lit-trims.test.mjs; measured 2026-12-02: −6 B on signpost.js). Only a page
 *   script asking a CDN class's prototype for `enableUpdating` would see a difference (undefined).
 * - First values of undefined or null for private members that are read only as "none yet" before they
 *   are set (ReactiveElement's kept instance properties and property being set from its attribute,
 *   LitElement's rendered part, lit-html's parts' `_$AN`): left unset, which reads the same (measured
 *   2026-12-07: −23 B on signpost.js, −23 B the quiz's). Only a script listing the own keys of an
 *   element or of a part would see a difference. And three of ReactiveElement's loops written shorter with
 *   the same result (its styles, its declared properties' keys, the decorators' store), and a local it
 *   cleared just before a throw: −10 B on signpost.js, −17 B the quiz's.
 */
const LIT_UNUSED: [RegExp, [string, string][]][] = [
  [
    /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    [
      ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      ['if(null!==t){const s=litPropertyMetadata.get(t);', 'if(null!=t){const s=globalThis.litPropertyMetadata?.get(t);'],
      // (…and that store's entries for the class looked up and looped over in one statement: none where there
      // is no store or no metadata, as before, since a WeakMap finds nothing for a key that is not an object;
      // measured 2026-12-07 after the two below: −1 B on signpost.js, −8 the quiz's)
      ['const t=this[Symbol.metadata];if(null!=t){const s=globalThis.litPropertyMetadata?.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', 'for(const[t,s]of globalThis.litPropertyMetadata?.get(this[Symbol.metadata])??[])this.elementProperties.set(t,s);'],
      // globalThis read where it is used, as Signpost's own code does, not through the module's alias of it
      // (each of the four Lit modules had one, globalThis itself taken as the module ran; once nothing reads
      // it, terser drops it). Measured 2026-12-04, the four together: −3 B on signpost.js, −2 the card's,
      // −8 the quick exit's, −6 the quiz's, −23 the banner's, −14 the ticker's (without lit-html's,
      // signpost.js −7 but the card's +3 and the quick exit's +5).
      ['a=globalThis,c=a.trustedTypes,', 'a=globalThis,c=globalThis.trustedTypes,'],
      ['(a.reactiveElementVersions??=[])', '(globalThis.reactiveElementVersions??=[])'],
      // …and Object's functions likewise, called as Object's where they are used, not through the aliases
      // the module took of them as it ran (each is called in one place; a page that replaced one after
      // Signpost ran now reaches Lit's calls too, as it reaches Signpost's own Object.hasOwn and such).
      // Measured 2026-12-04: −29 B on signpost.js, −27 the card's, −19 the quick exit's, −23 the quiz's,
      // −27 the banner's, −22 the ticker's.
      ['const{is:i,defineProperty:e,getOwnPropertyDescriptor:h,getOwnPropertyNames:r,getOwnPropertySymbols:o,getPrototypeOf:n}=Object,', 'const '],
      ['f=(t,s)=>!i(t,s)', 'f=(t,s)=>!Object.is(t,s)'],
      ['void 0!==h&&e(this.prototype,t,h)', 'void 0!==h&&Object.defineProperty(this.prototype,t,h)'],
      ['const{get:e,set:r}=h(this.prototype,t)??', 'const{get:e,set:r}=Object.getOwnPropertyDescriptor(this.prototype,t)??'],
      ['s=[...r(t),...o(t)]', 's=[...Object.getOwnPropertyNames(t),...Object.getOwnPropertySymbols(t)]'],
      // (…and those two lists, names then symbols, as the one list Reflect.ownKeys gives, in the same order, looped
      // over where it is made; measured 2026-12-07: −7 B on signpost.js, 0 the quiz's)
      ['const t=this.properties,s=[...Object.getOwnPropertyNames(t),...Object.getOwnPropertySymbols(t)];for(const i of s)', 'const t=this.properties;for(const i of Reflect.ownKeys(t))'],
      ['const t=n(this);t.finalize()', 'const t=Object.getPrototypeOf(this);t.finalize()'],
      [',d=(t,s)=>t,', ',d=(t,s)=>t,'],
      ['p=a.reactiveElementPolyfillSupport,', ''],
      ['p?.({ReactiveElement:y}),', ''],
      // the constructor's one helper (a private method named nowhere else) written in the constructor (its
      // class's properties read where they are looped over, not through a variable: the same steps; −2 B
      // on signpost.js, −2 the card's, −2 the quiz's, −3 the banner's, −7 the ticker's, −1 the quick exit's,
      // measured 2026-12-06)
      ['this._$Em=null,this._$Ev()}_$Ev(){this._$ES=', 'this._$Em=null,this._$ES='],
      // (…and no first value for two private members, the instance properties kept before the first update and
      // the property being set from its attribute: each is read only as "none yet" (a test of its truth, or a
      // comparison with a property's name) before it is set, which an unset member gives as undefined and null
      // did; with LitElement's own such member below, measured 2026-12-07: −12 B on signpost.js, −9 the quiz's.
      // Only a script listing an element's own keys would see a difference: two fewer, of Lit's private names.)
      ['constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,', 'constructor(){super(),this.isUpdatePending=!1,this.hasUpdated=!1,'],
      [
        'this._$AL=new Map,this._$E_(),this.requestUpdate(),',
        'this._$AL=new Map;{const t=new Map;for(const i of this.constructor.elementProperties.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t)}this.requestUpdate(),',
      ],
      ['_$E_(){const t=new Map,s=this.constructor.elementProperties;for(const i of s.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t)}', ''],
      // getCompatibleStyle is the identity (css-tag.js, above): its two calls are written as their result
      ['for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));', 'for(const s of e)i.unshift(s)}else void 0!==s&&i.push(s);'],
      // …and the styles, each kept where it last occurs, made as one array reversed rather than unshifted one by
      // one: the same array (measured 2026-12-07: −2 B on signpost.js, −7 the quiz's)
      [
        'static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(s)}else void 0!==s&&i.push(s);return i}',
        'static finalizeStyles(s){return Array.isArray(s)?[...new Set(s.flat(1/0).reverse())].reverse():void 0!==s?[s]:[]}',
      ],
      ...['elementProperties', 'finalized', 'properties'].map((name): [string, string] => [`d("${name}")`, `"${name}"`]),
      // (ReactiveElement's own mark that it is finalized: only `hasOwnProperty` reads it, never its value, a Map)
      ['y["finalized"]=new Map', 'y["finalized"]=!0'],
      // no property declared with `useDefault`: nothing keeps its first value, nothing restores it
      [',useDefault:!1,hasChanged:f}', ',hasChanged:f}'],
      ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
      // (the attribute's value, then read nowhere else, set as it is converted, and the converter it is
      // converted by read where it is called: the same steps, smaller. Only the element's mark that it is
      // setting this property from its attribute, private, is now set before the options' converter is
      // read, which runs nothing of the element's: −2 B on signpost.js, −1 to −3 B on each widget file,
      // measured 2026-12-06)
      [
        ',h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,',
        ';this._$Em=e,this[e]=("function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u).fromAttribute(s,t.type),',
      ],
      [
        'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),',
        'C(t,s,{reflect:e}){(this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),',
      ],
      // no declared property has an accessor of its class's own: none is wrapped, none recorded as changed at first update for that
      ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
      ['const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}', ''],
      ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      ['void 0!==t.l&&(this.l=[...t.l]),', ''],
      // (…and LitElement's render options set here, after all of this, as its constructor did once this one
      // had run: LitElement below has no constructor of its own, the same steps in the same order)
      ['this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}', 'this.requestUpdate(),this.renderOptions={host:this}}'],
      ['addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}', ''],
      ['removeController(t){this._$EO?.delete(t)}', ''],
      [',this._$EO?.forEach(t=>t.hostConnected?.())}', '}'],
      ['this._$EO?.forEach(t=>t.hostUpdate?.()),', ''],
      ['this._$EO?.forEach(t=>t.hostUpdated?.()),', ''],
      // ReactiveElement's four methods that LitElement overrides and calls with `super` are written in
      // LitElement's (below), which every element extends: no class of Signpost's extends ReactiveElement
      // itself (test/node/lit-trims.test.mjs), so these ran only from there, in the same order
      ['disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}', ''],
      ['connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0)}', ''],
      ['update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}', ''],
      ['createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return s(t,this.constructor.elementStyles),t}', ''],
      // three private methods called in one place each written there: an attribute's change (Lit's other
      // callers of `_$AK`, its server rendering's hydration, are not in the CDN files), a changed property's
      // record (`C`), and the end of an update (`_$AE`): the same steps in the same order
      ['attributeChangedCallback(t,s,i){this._$AK(t,i)}', ''],
      ['_$AK(t,s){', 'attributeChangedCallback(t,o,s){'],
      ['this.C(t,s,i)}', 'this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===i.reflect&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}'],
      ['C(t,s,{reflect:e}){(this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}', ''],
      ['t&&this._$AE(s)}', 't&&(this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s))}'],
      ['_$AE(t){this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}', ''],
      // LitElement is marked finalized (below), so ReactiveElement's finalize never runs, and no element's
      // styles are ReactiveElement's own (each element's class is finalized with its own)
      ['y.elementStyles=[],', ''],
      ['y["finalized"]=!0,', ''],
      // no property is of type Object or Array: the default converter reads and writes no JSON
      [
        'u={toAttribute(t,s){switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}}',
        'u={toAttribute:(t,s)=>s===Boolean?t?l:null:t,fromAttribute:(t,s)=>s===Boolean?null!==t:s===Number?null===t?null:Number(t):t}',
      ],
      // every element's constructor sets its own `enableUpdating` (the update promise's resolver), which hides this one
      ['enableUpdating(t){}', ''],
      // …and, the same way, createProperty's new symbol made as it is passed, not through a variable read once
      // (the same steps; measured 2026-12-06: −7 B on signpost.js; with the attribute's value above, −3 B more,
      // and lit-html's attribute part below, −6 B more: −15 to −17 B on each widget file, the three together)
      ['const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);', 'const h=this.getPropertyDescriptor(t,Symbol(),s);'],
      // requestUpdate's element class read where its options are looked up, not through a variable read once
      // (measured 2026-12-06: −4 B on signpost.js, −3 the card's, −4 the quiz's, −3 the banner's, −2 the
      // ticker's, −2 the quick exit's). `this.constructor` is now read after the property's getter, and
      // only when no options were given: reading it runs nothing (a class's prototype holds it as a value).
      ['if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),i??=r.getPropertyOptions(t),', 'if(void 0!==t){if(!1===e&&(h=this[t]),i??=this.constructor.getPropertyOptions(t),'],
      // no element has a shouldUpdate of its own: every update goes ahead, so Lit's (which said yes), its flag
      // and the branch that skipped an update go. An update that throws still clears the changes and runs
      // neither firstUpdated nor updated (the flag it cleared is gone); one that does not runs the same steps
      // in the same order.
      // (test/node/lit-trims.test.mjs; measured 2026-12-08: −25 B on signpost.js, −29 the card's, −28 the
      // quiz's, −23 the banner's, −26 the ticker's, −25 the quick exit's)
      ['shouldUpdate(t){return!0}', ''],
      [
        'let t=!1;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this.update(s)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&(',
        'const s=this._$AL;try{this.willUpdate(s),this.update(s)}catch(s){throw this._$EM(),s}(',
      ],
    ],
  ],
  [
    /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    [
      // every css template is one string (no values): the tag makes its result from that string (and
      // checks nothing: scripts/css-last.mjs finds it by its shape, `t=>new n(t[0])`)
      [
        'i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Lit: not a css result: "+t)})(s)+t[o+1],t[0]);return new n(o,t,s)}',
        'i=t=>new n(t[0],t,s)',
      ],
      ['c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t;', 'c=t=>t;'],
      // no ShadyCSS hooks: whether the engine adopts sheets is all that counts
      // …and whether the engine adopts sheets is whether the document has adoptedStyleSheets (engines above)
      ['e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype', 'e="adoptedStyleSheets"in Document.prototype'],
      // no css template is evaluated twice: each result makes its own sheet, as it did
      [',o=new WeakMap;class n{', ';class n{'],
      ['this.cssText=t,this.t=e}', 'this.cssText=t}'],
      // globalThis read where it is used (reactive-element.js above says why)
      ['n=t.litNonce', 'n=globalThis.litNonce'],
      [
        'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
        'get styleSheet(){let t=this.o;return e&&void 0===t&&(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t}',
      ],
      ['constructor(t,e,o){if(this._$cssResult$=!0,o!==s)throw Error("Lit: not constructable");this.cssText=t}', 'constructor(t){this._$cssResult$=!0,this.cssText=t}'],
      ['i=t=>new n(t[0],t,s)', 'i=t=>new n(t[0])'],
    ],
  ],
  [
    /[\\/]lit-element[\\/]lit-element\.js$/,
    [
      ['const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ''],
      [',s.litElementHydrateSupport?.({LitElement:i});', ';'],
      ['i._$litElement$=!0,', ''],
      // globalThis read where it is used (reactive-element.js above says why)
      ['(s.litElementVersions??=[])', '(globalThis.litElementVersions??=[])'],
      // the rendered part, unset until the first render rather than set to undefined (ReactiveElement's
      // constructor above says why, and measures it with this)
      // (and the render options set by ReactiveElement's constructor, above, once it has done all else)
      ['constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}', ''],
      // ReactiveElement's methods written where LitElement called them (ReactiveElement's edits above say why)
      ['import{ReactiveElement as t}from"@lit/reactive-element";', 'import{ReactiveElement as t,adoptStyles as a}from"@lit/reactive-element";'],
      ['const t=super.createRenderRoot();return this.renderOptions', 'const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return a(t,this.constructor.elementStyles),this.renderOptions'],
      ['super.update(t),', 'this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM(),'],
      ['super.connectedCallback(),', 'this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),'],
      ['super.disconnectedCallback(),', ''],
    ],
  ],
  [
    /[\\/]lit-html[\\/]lit-html\.js$/,
    [
      ['l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
      ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
      // the result type is then read nowhere: the template's HTML is made from its strings alone, and the
      // Template (made only as `new S(t)`, by _$AC) takes no options, which only createElement read; the
      // helper's other name, `_$LH.L`, is not in any CDN file (_$LH is left out: nothing imports it)
      ['const N=(t,i)=>{const s=t.length-1,', 'const N=t=>{const s=t.length-1,'],
      ['constructor({strings:t,_$litType$:i},e){', 'constructor({strings:t}){'],
      [',[f,v]=N(t,i);', ',[f,v]=N(t);'],
      // (its parts array made where it is first named: the same steps, smaller; measured with the push below)
      ['constructor({strings:t}){let r;this.parts=[];let l=0,a=0;const u=t.length-1,d=this.parts,', 'constructor({strings:t}){let r,l=0,a=0;const d=this.parts=[],u=t.length-1,'],
      [
        'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
        '(this.el=document.createElement("template")).innerHTML=f,P.currentNode=this.el.content;',
      ],
      // Template.createElement, called only there (lit-html exports no Template), written where it is called
      ['static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}', ''],
      ['const t=globalThis,i=t=>t,', 'const t=globalThis,i=t=>t,'],
      ['const s=i(t).nextSibling;i(t).remove()', 'const s=t.nextSibling;t.remove()'],
      ['e=(t?.creationScope??l).importNode(i,!0)', 'e=document.importNode(i,!0)'],
      // document read where it is used, not through the module's alias of it (reactive-element.js above says why;
      // window.document cannot be replaced, so it is the same object; measured 2026-12-04: −8 B on signpost.js,
      // −3 the card's, −7 the quick exit's, −2 the quiz's, −5 the banner's, −4 the ticker's)
      ['l=document,c=()=>l.createComment("")', 'c=()=>document.createComment("")'],
      ['P=l.createTreeWalker(l,129)', 'P=document.createTreeWalker(document,129)'],
      ['P.currentNode=l,e}', 'P.currentNode=document,e}'],
      ['this.T(l.createTextNode(t))', 'this.T(document.createTextNode(t))'],
      ['$(t){const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);', '$(t){const{values:i}=t,e=this._$AC(t);'],
      // helpers called once, written where they are called (the check's definition checked to be this)
      ['b=x(1),', 'b=(i,...s)=>({_$litType$:1,strings:i,values:s}),'],
      ['d=t=>u(t)||"function"==typeof t?.[Symbol.iterator],', 'd=t=>Array.isArray(t)||"function"==typeof t?.[Symbol.iterator],'],
      [':d(t)?this.k(t)', ':Array.isArray(t)||"function"==typeof t?.[Symbol.iterator]?this.k(t)'],
      // Array.isArray called as Array's where it is used, not through the module's alias of it (as Object's
      // functions in reactive-element.js above; measured 2026-12-04: −2 B on signpost.js, −8 the card's,
      // −7 the quick exit's, −12 the quiz's, −7 the banner's, −1 the ticker's)
      [',u=Array.isArray,', ','],
      ['if(!u(t)||!t.hasOwnProperty', 'if(!Array.isArray(t)||!t.hasOwnProperty'],
      ['k(t){u(this._$AH)||', 'k(t){Array.isArray(this._$AH)||'],
      [',B=t.litHtmlPolyfillSupport;B?.(S,k),', ';'],
      // globalThis read where it is used (reactive-element.js above says why)
      ['s=t.trustedTypes,', 's=globalThis.trustedTypes,'],
      ['(t.litHtmlVersions??=[])', '(globalThis.litHtmlVersions??=[])'],
      // no raw text elements: nothing to skip to their end tag, nothing to split inside them
      ['(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', 'c=p'],
      ['c=n??v', 'c=v'],
      ['c===_||c===m?c=v:(c=p,n=void 0)', 'c=v'],
      // the tag state's expression written as a literal, its whitespace class spelled out (the same expression)
      ['p=RegExp(`>|${f}(?:([^\\\\s"\'>=/]+)(${f}*=${f}*(?:[^ \\t\\n\\f\\r"\'\\`<>=]|("|\')|))|$)`,"g")', 'p=/>|[ \\t\\n\\f\\r](?:([^\\s"\'>=/]+)([ \\t\\n\\f\\r]*=[ \\t\\n\\f\\r]*(?:[^ \\t\\n\\f\\r"\'`<>=]|("|\')|))|$)/g'],
      // no comments either: the parser no longer looks for where one ends (`-->`, or `>` after `</` and
      // no letter), so only a tag's start (or a `<` last) leaves text, and a quoted value goes back to the tag
      ['v=/<(?:(!--|\\/[^a-zA-Z])|(\\/?[a-zA-Z][^>\\s]*)|(\\/?$))/g', 'v=/<(?:\\/?[a-zA-Z][^>\\s]*|\\/?$)/g'],
      ['c===v?"!--"===u[1]?c=_:void 0!==u[1]?c=m:void 0!==u[2]?c=p:void 0!==u[3]&&(c=p):', 'c===v?c=p:'],
      [':c===$||c===g?c=p:c=v;', ':c=p;'],
      ['_=/-->/g,m=/>/g,', ''],
      // no bindings inside comments (part type 7)
      ['if(r.data===n)d.push({type:2,index:l});else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', 'r.data===n&&d.push({type:2,index:l});'],
      ['if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}', ''],
      // the Template now makes child, attribute and element parts only (types 2, 1, 6): each template part
      // the instance clones is one of them, and every part it holds is defined (Lit's checks were for type 7)
      // (…and the part made is pushed as it is made, the variable that held it for that gone: the same steps,
      // smaller; with the Template's parts array below, measured 2026-12-06: −10 B on signpost.js, −6 the
      // card's, −6 the quiz's, −12 the banner's, −15 the ticker's, −14 the quick exit's)
      [
        'let i;2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i)',
        'this._$AV.push(2===r.type?new k(h,h.nextSibling,this,t):1===r.type?new r.ctor(h,r.name,r.strings,this,t):new Z(h,this,t))',
      ],
      ['void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++', 'void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i]),i++'],
      // no directive reads a part's DOM through its public getters (Lit's own use the parts' `_$A…` members),
      // nor does lit-html but in the parentNode getters themselves (the template instance's, then the child part's)
      ['get startNode(){return this._$AA}get endNode(){return this._$AB}', ''],
      ['get parentNode(){return this._$AM.parentNode}', ''],
      ['get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}', ''],
      ['get tagName(){return this.element.tagName}', ''],
      // every event binding's value is a function: no listener object, no listener options to compare or pass
      [
        'const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}',
        'const s=this._$AH;t===A&&s!==A&&this.element.removeEventListener(this.name,this),t!==A&&s===A&&this.element.addEventListener(this.name,this),this._$AH=t}handleEvent(t){this._$AH.call(this.options.host,t)}',
      ],
      // (an attribute part's name and strings read where they are used, not through variables read once: the
      // same calls, none of which can see the others' order; reactive-element.js above has the measurement.
      // Its description's keys in the order that gzips smallest: only lit-html reads them, each by name.)
      [
        'const i=v[a++],s=r.getAttribute(t).split(o),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H})',
        'const e=/([.?@])?(.*)/.exec(v[a++]);d.push({type:1,strings:r.getAttribute(t).split(o),ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H,name:e[2],index:l})',
      ],
      // the event part's constructor written as its siblings' (property, boolean): it passes on what it is given
      ['class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', 'class z extends H{constructor(){super(...arguments),this.type=5}'],
      // the parts' and the template instance's `_$AN` (the connected async directives under them) unset rather
      // than set to undefined: lit-html never reads it, and async-directive.js (a partner directive's, from their
      // own Lit) tests it against undefined before it makes it a Set (measured 2026-12-07: −11 B on signpost.js,
      // −14 the quiz's). Only a script listing a part's own keys would see a difference.
      ['this._$AN=void 0,', ''],
      // lit-html's render() is called only by LitElement's update, with the element's renderOptions (an object
      // whose host is the element): each part's options are that object, never undefined, and hold a host
      ['const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}', 'const e=s.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s)}'],
      ['this._$Cv=e?.isConnected??!0', 'this._$Cv=e.isConnected??!0'],
      // no binding is followed by a self-closing tag's `/>` (test/node/lit-trims.test.mjs): no space to add before it
      ['const x=c===p&&t[i+1].startsWith("/>")?" ":"";l+=c===v?s+r:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o+x):s+o+(-2===d?i:x)}', 'l+=c===v?s+r:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o):s+o+(-2===d?i:"")}'],
    ],
  ],
];
const litUnused = {
  name: 'signpost-lit-unused',
  transform(code: string, id: string) {
    const edits = LIT_UNUSED.find(([file]) => file.test(id))?.[1];
    if (!edits) return null;
    // Each text must be there (one that stays as it is only checks that it is); every copy is replaced.
    for (const [text, replacement] of edits) {
      if (!code.includes(text)) throw new Error(`Lit's code changed: check ${text} in vite.config.ts (LIT_UNUSED)`);
      code = code.replaceAll(text, replacement);
    }
    return {code: reorderMembers(code, id), map: null};
  },
};

/**
 * The members of Lit's classes in the CDN files in the orders that gzip smallest (each class known by its
 * members' keys, listed in the new order). A class's methods and accessors are defined on its prototype
 * or on itself as the class is made, whatever their order in its body, and none of these has a field or a
 * static block whose order counts, nor two members of one key: only a script listing the names of a
 * CDN class's prototype (Object.getOwnPropertyNames) would see another order. The build fails if a class
 * of the list is not found with exactly those members, so that a new Lit is looked at again. The orders
 * were found by moving one member at a time in signpost.js (measured 2026-12-07: −55 B on signpost.js,
 * −48 the card's, −42 the quiz's, −54 the banner's, −57 the ticker's, −53 the quick exit's). Set
 * SIGNPOST_DUMP_MEMBERS=1 to print each class's members as the build sees them.
 */
const LIT_MEMBER_ORDER: [RegExp, string[][]][] = [
  [
    /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    [
      // ReactiveElement
      ['static getPropertyDescriptor', 'static get observedAttributes', 'static getPropertyOptions', 'static _$Ei', 'static finalize', 'static _$Eu', 'static createProperty', 'static finalizeStyles', 'attributeChangedCallback', '_$ET', 'requestUpdate', 'constructor', 'scheduleUpdate', 'willUpdate', 'performUpdate', '_$EM', 'firstUpdated', 'getUpdateComplete', '_$EP', 'updated', 'get updateComplete'],
    ],
  ],
  [
    /[\\/]lit-html[\\/]lit-html\.js$/,
    [
      // ChildPart, AttributePart, TemplateInstance
      ['constructor', 'O', 'k', 'T', '$', 'setConnected', '_$AR', '_', '_$AC', 'get _$AU', '_$AI'],
      ['constructor', 'j', 'get _$AU', '_$AI'],
      ['constructor', 'get _$AU', 'p', 'u'],
    ],
  ],
  // LitElement
  [/[\\/]lit-element[\\/]lit-element\.js$/, [['render', 'createRenderRoot', 'update', 'connectedCallback', 'disconnectedCallback']]],
];

function reorderMembers(code: string, id: string): string {
  const orders = LIT_MEMBER_ORDER.find(([file]) => file.test(id))?.[1] ?? [];
  if (!orders.length && !process.env.SIGNPOST_DUMP_MEMBERS) return code;
  const keyOf = (m: {static?: boolean; kind?: string; key?: {name?: string; value?: unknown}}) =>
    `${m.static ? 'static ' : ''}${m.kind == 'get' || m.kind == 'set' ? `${m.kind} ` : ''}${m.key?.name ?? String(m.key?.value)}`;
  const bodies: {start: number; end: number; body: {start: number; end: number; static?: boolean; kind?: string; key?: {name?: string}}[]}[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node != 'object') return;
    if ((node as {type?: string}).type == 'ClassBody') bodies.push(node as (typeof bodies)[number]);
    for (const value of Object.values(node)) (Array.isArray(value) ? value : [value]).forEach(visit);
  };
  visit(parseAst(code));
  const edits: [number, number, string][] = [];
  for (const body of bodies) {
    const keys = body.body.map(keyOf);
    if (process.env.SIGNPOST_DUMP_MEMBERS) console.log(id, JSON.stringify(keys));
    const order = orders.find((o) => o.length == keys.length && [...o].sort().join() == [...keys].sort().join());
    if (!order) continue;
    const text = (key: string) => code.slice(body.body[keys.indexOf(key)].start, body.body[keys.indexOf(key)].end);
    edits.push([body.body[0].start, body.body.at(-1)!.end, order.map(text).join('')]);
  }
  if (edits.length != orders.length) throw new Error(`Lit's classes changed: check LIT_MEMBER_ORDER in vite.config.ts (${id})`);
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** …and the built-in data written last in each file, where it is out of the way of the code's repeats (scripts/data-last.mjs). */
const dataAtEnd = {
  name: 'signpost-data-last',
  renderChunk: (code: string) => dataLast(code) as {code: string; map: unknown} | null,
};
/** …and, in the files with data, the text of their styles written after it (scripts/css-last.mjs). */
const cssAtEnd = {
  name: 'signpost-css-last',
  renderChunk: (code: string) => cssLast(code) as {code: string; map: unknown} | null,
};

/** …and, after terser, the messages with values written where they are used (scripts/flatten-msg-calls.mjs). */
const msgCalls = {
  name: 'signpost-flatten-msg-calls',
  renderChunk: {order: 'post' as const, handler: (code: string) => flattenMsgCalls(code) as {code: string; map: unknown} | null},
};
/** …and the functions terser left called at once that only return a value written as arrows (scripts/iife-arrows.mjs). */
const iifes = {
  name: 'signpost-iife-arrows',
  renderChunk: {order: 'post' as const, handler: (code: string) => iifeArrows(code) as {code: string; map: unknown} | null},
};
/**
 * …and, after that, the module's function declarations that nothing can call before their statement has run,
 * and that are only called, written as arrow functions in `var`s (scripts/fn-arrows.mjs), which rolldown's
 * minifier joins to the `var` lists beside them.
 */
const fnArrowsStep = {
  name: 'signpost-fn-arrows',
  renderChunk: {order: 'post' as const, handler: (code: string) => fnArrows(code) as {code: string; map: unknown} | null},
};
/**
 * …and, last before rolldown's minifier, a check that the short names MANGLED_NAMES gives the file's mangled
 * properties are not property names its code uses already (scripts/mangle-props.mjs).
 */
const mangledNames = (name: string) => ({
  name: 'signpost-check-mangled-names',
  renderChunk: {order: 'post' as const, handler: (code: string) => void checkMangledNames(code, MANGLED_NAMES[name] ?? {})},
});
/**
 * …and, in the finished file (after rolldown's minifier, which would rename them), every `void 0` and
 * every `null` written as two module variables that are never assigned after their declaration
 * (scripts/void-name.mjs), its source map to match.
 */
const voids = {
  name: 'signpost-void-name',
  generateBundle(_options: unknown, bundle: Record<string, {type: string; fileName: string; code?: string; map?: {mappings: string} | null; source?: unknown}>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const mapFile = bundle[`${chunk.fileName}.map`];
      if (!chunk.map || !mapFile || typeof mapFile.source !== 'string') throw new Error(`${chunk.fileName}: no source map to edit (signpost-void-name)`);
      const edited = voidName(chunk.code, chunk.map) as {code: string; mappings: string} | null;
      if (!edited) continue;
      chunk.code = edited.code;
      chunk.map.mappings = edited.mappings;
      mapFile.source = JSON.stringify({...JSON.parse(mapFile.source), mappings: edited.mappings});
    }
  },
};
/**
 * …and, in the finished file too (rolldown's minifier writes the escapes), the hex digits of each `\uXXXX`
 * escape in its strings and untagged templates in lower case (scripts/lower-escapes.mjs; each escape keeps
 * its length, so the source map stays as it is).
 */
const escapes = {
  name: 'signpost-lower-escapes',
  generateBundle(_options: unknown, bundle: Record<string, {type: string; code?: string}>) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = (lowerEscapes(chunk.code) as {code: string} | null)?.code ?? chunk.code;
  },
};
/**
 * …and, after those, the file's one- and two-letter module variables named in the order TOPLEVEL_NAMES gives
 * (scripts/toplevel-names.mjs; the names keep their lengths, so the source map stays as it is).
 */
const topLevel = (name: string) => ({
  name: 'signpost-toplevel-names',
  generateBundle(_options: unknown, bundle: Record<string, {type: string; code?: string; map?: {mappings: string; names: string[]} | null}>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.map) continue;
      chunk.code = (topLevelNames(chunk.code, chunk.map, TOPLEVEL_NAMES[name] ?? {}) as {code: string} | null)?.code ?? chunk.code;
    }
  },
});

/**
 * Every CDN file but the language files loads a shipped language from `locales/<code>.js` beside
 * itself when a widget needs one (src/i18n/autoload.ts): its entry is wrapped in a virtual module
 * that exports the entry and installs the loader. The npm files never load anything by themselves.
 */
const CDN_WRAPPER = '\0signpost-cdn:';
const cdnEntry = {
  name: 'signpost-cdn-entry',
  resolveId(source: string) {
    // Vite may have made the lib entry absolute: keep what follows the marker.
    const at = source.indexOf('signpost-cdn:');
    return at >= 0 ? `\0${source.slice(at)}` : null;
  },
  load(id: string) {
    if (!id.startsWith(CDN_WRAPPER)) return null;
    const entry = JSON.stringify(new URL(id.slice(CDN_WRAPPER.length), import.meta.url).pathname);
    const loader = JSON.stringify(new URL('./src/i18n/autoload.ts', import.meta.url).pathname);
    return `export * from ${entry};\nimport {enableAutoLoad} from ${loader};\nenableAutoLoad(import.meta.url);\n`;
  },
};

export default defineConfig(({mode}) => {
  const entries = CDN_ENTRIES as Record<string, string>;
  const name = mode in entries ? mode : 'signpost';
  return {
    // The demo page (`npm start`) is served from demo/ with the sources compiled on the fly.
    root: process.env.SIGNPOST_DEMO ? 'demo' : undefined,
    // Derived attribute names in the CDN builds only: the dev server and Storybook run Lit's development
    // build, which warns about an overridden createProperty.
    // The Lit trims (litUnused) in the CDN files and the bench's baseline built like them only: Storybook's
    // build and the dev server run the same config, and their own code (the stories' widgetDir directive
    // reads part.parentNode) may use what the CDN files leave out.
    plugins: [cdnEntry, cssTemplates, htmlTemplates, msgIds, bankIds, scopeIds, phones, ...(mode in entries ? [...derivedAttributes, bareConstructors] : []), litPolicy, litMessages, ...(mode in entries || mode === 'bench-minimal-lit' ? [litUnused] : []), ...(mode in entries ? [dataAtEnd, cssAtEnd, msgCalls, iifes, fnArrowsStep, mangledNames(name), voids, ...(name.startsWith('locales/') ? [] : [escapes, topLevel(name)])] : [])],
    server: {host: '127.0.0.1', port: 5173, fs: {allow: ['..']}},
    // The language files need only lit-localize's `str` tag, not its runtime.
    resolve: {alias: [{find: /^@lit\/localize$/, replacement: new URL('./src/i18n/str-shim.ts', import.meta.url).pathname}]},
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: 'terser',
      // `inline: 1`: a once-used function that takes arguments (a message with a value) is written
      // where it is called as `(e=>…)(x)`, never with its arguments moved into new variables of the
      // caller (`(v=x,…)` and a `var v`): the one shape repeats, and gzips smaller (measured
      // 2026-11-30: 2 to 54 B off every widget file, the language files unchanged).
      // `mangle.properties`: the widgets' private state fields get short names (scripts/mangle-props.mjs
      // lists them, and the keys of a few internal objects; measured 2026-11-30: −141 B on signpost.js, −60 B the
      // card's file, −83 B the quiz's), and so do the private members of Lit's element classes (−12 B more).
      // In the CDN files rolldown's minifier shortens them instead (`mangleProps` below).
      // `unsafe_arrows`: an anonymous function expression that reads neither `this` nor `arguments` is
      // written as an arrow, which differs only in having no `prototype`, no `new.target` and not being
      // constructible (nor generator: terser leaves those). In these files such a function is either
      // called where it is written (a function called at once: nothing else holds it, so nothing can
      // `new` it or read its prototype) or msg()'s render (src/i18n/msg.ts), which nothing constructs
      // and which is no export of any CDN file; every other function is a class, a method (left as
      // they are) or already an arrow, and no file reads `new.target` (measured 2026-12-01: −16 B on
      // signpost.js, −16 B the quiz's, −11 B the ticker's, −7 B the card's, −2 B the quick exit's).
      // `passes: 4`: one more round of the same compress steps, which with unsafe_arrows finds a few more
      // to take (measured 2026-12-01: −7 B on signpost.js, the card's and the quiz's files, 0 on the others;
      // a fifth pass changes nothing).
      terserOptions: {ecma: 2020, module: true, compress: {passes: 4, inline: 1, unsafe_arrows: true}, mangle: mode in entries ? true : {properties: {regex: MANGLED_PROPS_REGEX}}, format: {comments: false}},
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: name.startsWith('locales/') ? entries[name] : `signpost-cdn:./${entries[name]}`,
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rolldownOptions: {
        // V8's explicit compile hint (Chromium 136+; other engines read a comment): the widgets run
        // most of their functions on first mount, so compile them eagerly while the file streams, off
        // the main thread, instead of one by one during the first render (docs/performance.md).
        // `mangleProps`: in the CDN files, the names of scripts/mangle-props.mjs are shortened by rolldown's
        // minifier, after every other step, rather than by terser: each file is one program, and the minifier
        // gives the names used most often the shortest (terser's property names came in the order it met
        // them, skipping every name in its list of DOM properties, so a dozen had two letters), never a
        // property name that the file uses anywhere else, nor one in `reserved`: `id`, the one name of two
        // letters or fewer that an element has (each state field becomes an accessor of its element class),
        // and `l`, where Preact 10 keeps an element's event listeners (scripts/mangle-props.mjs).
        // Like terser, it renames property names, never strings (test/node/mangle-props.test.mjs), and the
        // rules for the list are the same (scripts/mangle-props.mjs; that test still refuses a DOM name,
        // which this minifier would not skip). Measured 2026-12-06: −14 B on signpost.js, −12 B the quick
        // exit's, −15 B the card's, −17 B the quiz's, −8 B the banner's, −21 B the ticker's.
        // `cache`: each file's short names as MANGLED_NAMES in scripts/mangle-props.mjs gives them, the
        // minifier's own letters in the assignment that gzips smallest (the build fails on one that the file
        // uses as a property name already: the check `mangledNames`, above). SIGNPOST_MANGLE_DEBUG=1 writes
        // the names out in full instead (`_$busy$_`), for bench/mangle-names-search.mjs.
        // `inlineConst: false`: rolldown no longer writes a constant that one module exports and another
        // imports as its value where it is read in a condition (its default); the minifier, which sees the
        // whole file, still writes such values where it finds them shorter. Doing less, it can change nothing
        // at run time (measured 2026-12-06, with `mangleProps`: −7 B on signpost.js, +6 B the quick exit's,
        // +3 B the card's, −4 B the quiz's, −3 B the banner's, +10 B the ticker's; `mode: 'all'`, every such
        // constant everywhere, −6 B on signpost.js but it writes the version where it is read, and
        // test/server.js makes an older release by changing the one place the version is written).
        ...(mode in entries ? {optimization: {inlineConst: false}} : {}),
        // `codegen.asciiOnly` (the widget files, not the language files): the minifier writes each character
        // past ASCII in a string, an untagged template or a regular expression as its escape (`’` as
        // `\u2019`), which JavaScript reads as the same character: the same texts, styles and patterns (no
        // pattern of these files holds such a character, so no `source` changes either). Tagged templates
        // (Lit's `html`, the messages' `str`), whose raw text a tag may read, keep theirs. The escapes gzip
        // smaller than UTF-8's two and three bytes (measured 2026-12-07: −114 B on signpost.js, −24 B the
        // card's, −39 B the quiz's, −11 B the banner's, −71 B the ticker's, −5 B the quick exit's; brotli,
        // ungated, +12, +5, −77, +5, −15 and +34 B); in a language file, mostly such characters, they would
        // gzip larger (+150 B French, +827 B Chinese).
        output: {
          codeSplitting: false,
          minify: mode in entries ? {mangleProps: {include: MANGLED_PROPS_REGEX, reserved: ['id', 'l'], ...(process.env.SIGNPOST_MANGLE_DEBUG ? {debug: true} : {cache: MANGLED_NAMES[name]})}, codegen: {asciiOnly: !name.startsWith('locales/')}} : true,
          comments: false,
          postBanner: name.startsWith('locales/') ? undefined : '//# allFunctionsCalledOnLoad',
        },
      },
    },
  };
});
