/**
 * Guarded custom-element registration.
 *
 * Loading the bundle twice, or two versions of Signpost on one page, must never throw into the
 * host page. The first definition of a tag wins; a later copy with another version warns once.
 */
import {warn} from './warn.js';

let warned = false;
/**
 * Set on globalThis by the CDN build's guard when Trusted Types refused this copy's Lit its
 * `lit-html` policy (vite.config.ts). This copy's first define() runs right after its own Lit, so it
 * takes the flag for itself and removes it: no later copy (an app's own Signpost) reads it.
 */
const REFUSED = Symbol.for('signpost.tt');
let refused: unknown;
type Flags = Record<symbol, unknown>;

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/** Defines `tag` unless it is already defined. Returns true when this call defined it. */
export function define(tag: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  // (Every path that defines nothing ends at the one `return false` below: smaller.)
  if (registry) {
    const existing = registry.get(tag) as VersionedElement | undefined;
    refused ??= (globalThis as Flags)[REFUSED] ?? 0;
    delete (globalThis as Flags)[REFUSED];
    // Lit could not render here: defined, every widget would throw and hide its fallback content.
    if (!(existing || refused)) {
      try {
        // (define() gives undefined, so this is true: smaller than a separate `return true`.)
        return !(registry.define(tag, ctor) as unknown);
      } catch (error) {
        // A race with another copy, or a name clash with a non-Signpost element.
        warn(`could not define <${tag}>: ${(error as Error).message}`);
      }
    } else if (!warned && (!existing || existing.version != ctor.version)) {
      // (The same class has the same version: no `existing !== ctor` check needed, smaller. A version is
      // text or missing, where != is !==: smaller.)
      warned = true;
      warn(
        existing
          ? `<${tag}> is already defined by Signpost ${existing.version}; this copy (${ctor.version}) is not used.`
          : // The page's trusted-types lacks lit-html, or it has it and another Lit took it first.
            `trusted-types needs lit-html (and 'allow-duplicates' beside another Lit).`,
      );
    }
  }
  return false;
}

/** For tests only: lets the once-per-page warning fire again. */
export function resetDefineWarnings(): void {
  warned = false;
}
