/**
 * User edits stored as patches on top of the shipped seed.
 *
 * An edit is kept as the difference between the seed entity and the edited
 * one. When a newer seed ships, the patch is applied to the new seed entity:
 * fields the user changed keep the user's value, every other field takes the
 * new seed facts. Objects merge key by key; arrays and plain values are
 * replaced whole; `null` removes a key the seed has (e.g. a cleared `maker`).
 */

export type Patch = { [key: string]: PatchValue };
type PatchValue = null | string | number | boolean | PatchValue[] | Patch;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A key's own value. JSON may hold a key named "__proto__" (an edit file is
 * the user's, or anyone's): read through `obj[key]` it is the prototype, and
 * written that way it would replace the prototype instead of adding a field.
 */
function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structural equality for JSON data (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(own(a, key), own(b, key))) return false;
    return true;
  }
  return false;
}

/** The smallest patch that turns `base` into `target`; empty when they are equal. */
export function diff(base: Record<string, unknown>, target: Record<string, unknown>): Patch {
  const patch: Patch = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(target)]);
  for (const key of keys) {
    const from = own(base, key);
    const to = own(target, key);
    if (jsonEqual(from, to)) continue;
    if (to === undefined) setOwn(patch, key, null);
    else if (isPlainObject(from) && isPlainObject(to)) setOwn(patch, key, diff(from, to));
    else setOwn(patch, key, structuredClone(to));
  }
  return patch;
}

/** `base` with `patch` applied; neither argument is modified. */
export function applyPatch<T extends Record<string, unknown>>(base: T, patch: Patch): T {
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, change] of Object.entries(patch)) {
    const current = own(out, key);
    if (change === null) delete out[key];
    else if (isPlainObject(change) && isPlainObject(current)) setOwn(out, key, applyPatch(current, change as Patch));
    else if (isPlainObject(change)) setOwn(out, key, applyPatch({}, change as Patch));
    else setOwn(out, key, structuredClone(change));
  }
  return out as T;
}

export function isEmptyPatch(patch: Patch): boolean {
  return Object.keys(patch).length === 0;
}
