/**
 * Loading a language file on demand, for the CDN bundle only (the npm entry never loads anything by
 * itself). When a widget needs a shipped language that is not loaded, `locales/<code>.js` is imported
 * from beside the bundle — unless the page pinned the bundle with `integrity`, in which case the page
 * must include the language files it needs explicitly (they cannot be integrity-checked otherwise).
 */
import {targetLocales} from '../generated/locale-codes.js';
import {setLocaleLoader} from './registry.js';
import {warn} from '../internal/warn.js';

export function enableAutoLoad(moduleUrl: string): void {
  const pinned = [...document.querySelectorAll<HTMLScriptElement>('script[integrity]')].some((s) => s.src === moduleUrl);
  const requested = new Set<string>();
  setLocaleLoader((candidates) => {
    const code = candidates.find((c) => (targetLocales as readonly string[]).includes(c));
    if (!code) {
      warn(`no "${candidates[0]}" translation yet; showing English.`);
      return;
    }
    if (requested.has(code)) return;
    requested.add(code);
    if (pinned) {
      warn(`"${code}" text is not loaded. This page pins signpost.js with integrity: add <script type="module" src=".../locales/${code}.js" integrity=…> too.`);
      return;
    }
    const url = new URL(`./locales/${code}.js`, moduleUrl).href;
    import(/* @vite-ignore */ url).catch(() => warn(`could not load ${url}; showing English.`));
  });
}
