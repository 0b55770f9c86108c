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

/** Structural equality for JSON data (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The smallest patch that turns `base` into `target`; empty when they are equal. */
export function diff(base: Record<string, unknown>, target: Record<string, unknown>): Patch {
  const patch: Patch = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(target)]);
  for (const key of keys) {
    const from = base[key];
    const to = target[key];
    if (jsonEqual(from, to)) continue;
    if (to === undefined) patch[key] = null;
    else if (isPlainObject(from) && isPlainObject(to)) patch[key] = diff(from, to);
    else patch[key] = structuredClone(to) as PatchValue;
  }
  return patch;
}

/** `base` with `patch` applied; neither argument is modified. */
export function applyPatch<T extends Record<string, unknown>>(base: T, patch: Patch): T {
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, change] of Object.entries(patch)) {
    if (change === null) delete out[key];
    else if (isPlainObject(change) && isPlainObject(out[key])) {
      out[key] = applyPatch(out[key] as Record<string, unknown>, change as Patch);
    } else if (isPlainObject(change)) out[key] = applyPatch({}, change as Patch);
    else out[key] = structuredClone(change);
  }
  return out as T;
}

export function isEmptyPatch(patch: Patch): boolean {
  return Object.keys(patch).length === 0;
}
