// For the tests of the CDN build's source rewrites (bank-msg-ids, scope-msg-ids, hotline-phones):
// a module of the npm build (dist/npm, run `npm run build` first) rewritten as the CDN build does,
// imported beside the original so a test can compare the two.
import assert from 'node:assert/strict';
import {readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

export const NPM = new URL('../../dist/npm/', import.meta.url);

/**
 * Imports dist/npm/<path> and its rewrite (written beside it for the test, removed after), and hands
 * both to `check`.
 * @param {string} path e.g. 'data/hotlines.js'
 * @param {(code: string) => string} rewrite the built module's code → the CDN form
 * @param {(source: any, rewritten: any) => Promise<void> | void} check
 */
export async function withCdnForm(path, rewrite, check) {
  const original = new URL(path, NPM);
  const copy = new URL(path.replace(/\.js$/, '.cdn-test.js'), NPM);
  await writeFile(copy, rewrite(await readFile(original, 'utf8')));
  try {
    await check(await import(original.href), await import(copy.href));
  } finally {
    await rm(fileURLToPath(copy), {force: true});
  }
}

/** Registers every language the npm build ships and returns `inLocale` and their codes (at least 11). */
export async function shippedLanguages() {
  const {inLocale} = await import(new URL('i18n/msg.js', NPM).href);
  const locales = (await readdir(new URL('i18n/locales/', NPM))).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
  assert.ok(locales.length >= 11);
  for (const code of locales) await import(new URL(`i18n/locales/${code}.js`, NPM).href);
  return {inLocale, locales};
}
