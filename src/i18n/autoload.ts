/**
 * Loading a language file on demand, for the CDN files only (vite.config.ts wraps each entry; the npm
 * entries never load anything by themselves). When a widget needs a shipped language that is not
 * loaded, `locales/<code>.js` is imported from beside the script, unless the page pinned the script
 * with `integrity`: then the page must include the language files it needs explicitly (they could not
 * be integrity-checked otherwise).
 */
import {targetLocales} from '../generated/locale-codes.js';
import {availableLocales, onLocalesChanged, setLocaleLoader} from './registry.js';
import {warn} from '../internal/warn.js';

export function enableAutoLoad(moduleUrl: string): void {
  const path = (url: string) => url.split(/[?#]/)[0];
  const file = path(moduleUrl).replace(/.*\//, '/');
  // Our script tags with an integrity value (a script without the attribute has '', as a blank one). By file
  // name, not URL: a CDN may redirect a version range (`@0.1/…`) to an exact one, and import.meta.url is
  // where the file came from.
  const ours = [...document.scripts].filter((s) => s.integrity.trim() && path(s.src).endsWith(file));
  // One entry per shipped language asked for: the file's load (settles when it arrives or fails), or nothing
  // (what warn() gives). Each branch sets its own entry: smaller than a local set once.
  // (A dictionary without a prototype, which no code can reach past: smaller than a Map.)
  const loads = {__proto__: null} as unknown as Record<string, Promise<unknown> | undefined>;
  setLocaleLoader((candidates) => {
    const code = candidates.find((c) => (targetLocales as readonly string[]).includes(c));
    // Not a shipped language: false, and the widget says once that it shows English.
    if (!code) return false;
    if (!(code in loads)) {
      if (ours[0]) {
        // The page adds its language files itself: when this one is on the page (beside a pinned
        // script of ours, with any query: ?ver=…), wait until it has registered (the widget waits at
        // most 3 s), so that the widget does not show English first.
        const urls = ours.map((s) => new URL(`locales/${code}.js`, s.src).href);
        loads[code] = [...document.scripts].some((s) => urls.includes(path(s.src)))
          ? new Promise<void>((done) => onLocalesChanged(() => availableLocales().includes(code) && done()))
          : warn(`no "${code}" text: a pinned Signpost script needs <script type="module" src=".../locales/${code}.js" integrity=…> too.`);
      } else {
        // With the bundle's query (a cache-busting ?v=…), so a new bundle never pairs with an old file.
        const url = new URL(`locales/${code}.js${new URL(moduleUrl).search}`, moduleUrl).href;
        loads[code] = import(/* @vite-ignore */ url).catch(() => warn(`could not load ${url}; showing English.`));
      }
    }
    return loads[code];
  });
}
