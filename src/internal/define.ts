/**
 * Guarded custom-element registration.
 *
 * Loading the bundle twice, or two versions of Signpost on one page, must never throw into the
 * host page. The first definition of a tag wins; a later copy with another version warns once.
 */
import {warn} from './warn.js';

let mismatchWarned = false;

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/** Defines `tag` unless it is already defined. Returns true when this call defined it. */
export function define(tag: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version && !mismatchWarned) {
      mismatchWarned = true;
      warn(`<${tag}> is already defined by Signpost ${existing.version}; this copy (${ctor.version}) is not used. Load one version per page.`);
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A race with another copy, or a name clash with a non-Signpost element.
    warn(`could not define <${tag}>: ${(error as Error).message}`);
    return false;
  }
}

/** For tests only: lets the once-per-page warning fire again. */
export function resetDefineWarnings(): void {
  mismatchWarned = false;
}
