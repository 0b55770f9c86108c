/**
 * The steps every write to the knowledge base is made of, shared by the
 * entity writes (db.ts) and the import (import-export.ts): store an entity as
 * the user's version, recompute the resolved view, refuse broken links, and
 * run it all in one transaction that a problem rolls back.
 */
import * as v from 'valibot';
import type { Transaction } from 'dexie';
import type { KbDatabase, Origin, OverrideRow, ResolvedRow, UserEntityRow } from './db';
import { nameKey } from './name-key';
import { applyPatch, diff, isEmptyPatch } from './patch';
import { problem, type Problem } from './problem';
import { linkProblems, type LinkProblem } from './references';
import { EntitySchema, type Entity } from './schema';

/** Normalized name and alias keys of an entity, for the `keys` index. */
export function entityKeys(entity: Pick<Entity, 'id' | 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const text of [entity.name.en, entity.name.ar, entity.id, ...entity.aliases.map((a) => a.text)]) {
    const key = nameKey(text);
    if (key) keys.add(key);
  }
  return [...keys];
}

function toRow(entity: Entity, origin: Origin): ResolvedRow {
  const row: ResolvedRow = { id: entity.id, kind: entity.kind, keys: entityKeys(entity), origin, entity };
  if (entity.assessment) row.status = entity.assessment.status;
  if (entity.maker !== undefined) row.maker = entity.maker;
  if (entity.family !== undefined) row.family = entity.family;
  return row;
}

/** The merged entity for one id, from its stored parts. */
export function resolveParts(seed: Entity | undefined, override: OverrideRow | undefined, user: UserEntityRow | undefined): ResolvedRow | undefined {
  if (user) return toRow(user.entity, 'user');
  if (!seed) return undefined;
  if (!override) return toRow(seed, 'seed');
  const merged = v.safeParse(EntitySchema, applyPatch(seed, override.patch));
  // An edit that no longer fits a restructured seed entity is set aside, not lost:
  // the override stays stored and the seed version shows until the user resets or re-edits.
  return merged.success ? toRow(merged.output, 'edited') : toRow(seed, 'seed');
}

/** Recompute the resolved rows of `ids` (all ids when omitted). Call inside a transaction. */
export async function refreshResolved(db: KbDatabase, ids?: Iterable<string>): Promise<void> {
  const wanted = ids
    ? [...new Set(ids)]
    : [...new Set([...(await db.seed.toCollection().primaryKeys()), ...(await db.userEntities.toCollection().primaryKeys())])];
  if (!ids) await db.resolved.clear();
  const [seeds, overrides, users] = await Promise.all([db.seed.bulkGet(wanted), db.overrides.bulkGet(wanted), db.userEntities.bulkGet(wanted)]);
  const puts: ResolvedRow[] = [];
  const deletes: string[] = [];
  wanted.forEach((id, i) => {
    const row = resolveParts(seeds[i], overrides[i], users[i]);
    if (row) puts.push(row);
    else deletes.push(id);
  });
  await db.resolved.bulkPut(puts);
  if (deletes.length) await db.resolved.bulkDelete(deletes);
  // Readers that keep work derived from the resolved view (the search's prepared names) compare this.
  await db.meta.put({ key: RESOLVED_REVISION, value: ((await db.meta.get(RESOLVED_REVISION))?.value as number | undefined ?? 0) + 1 });
}

/** The meta key counting the changes to the resolved view. */
export const RESOLVED_REVISION = 'resolvedRevision';

export function rw<T>(db: KbDatabase, body: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction('rw', db.allTables, body);
}

export type WriteResult = { ok: true } | { ok: false; problems: Problem[] };

/**
 * Store `entity` as the user's version: an edit (patch) when the seed ships
 * this id, otherwise a user entity. Call inside a transaction; the caller
 * refreshes the resolved row and checks links.
 */
export async function writeEntity(db: KbDatabase, entity: Entity, now: number): Promise<void> {
  const seedEntity = await db.seed.get(entity.id);
  if (seedEntity) {
    const patch = diff(seedEntity, entity);
    if (isEmptyPatch(patch)) await db.overrides.delete(entity.id);
    else await db.overrides.put({ id: entity.id, patch, updatedAt: now });
  } else {
    const existing = await db.userEntities.get(entity.id);
    await db.userEntities.put({ id: entity.id, entity, addedAt: existing?.addedAt ?? now });
  }
}

/** Broken links anywhere in the resolved view: what each entity points to, and who points to each. */
export async function brokenLinks(db: KbDatabase): Promise<Array<{ id: string } & LinkProblem>> {
  const rows = await db.resolved.toArray();
  const byId = new Map(rows.map((r) => [r.id, r.entity]));
  return rows.flatMap((row) => linkProblems(row.entity, (id) => byId.get(id)).map((p) => ({ id: row.id, ...p })));
}

export class Abort extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** Run `body` in one transaction; an Abort rolls everything back and becomes a failed result. */
export async function atomically(db: KbDatabase, body: () => Promise<void>): Promise<WriteResult> {
  try {
    await rw(db, body);
    return { ok: true };
  } catch (error) {
    if (error instanceof Abort) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The broken links in the resolved view as problems: at `pathOf(id)` plus
 * the field for an entity being written, or naming the entity that a write
 * would leave broken (pathOf gives undefined).
 */
export async function brokenLinkProblems(db: KbDatabase, pathOf: (id: string) => string | undefined): Promise<Problem[]> {
  return (await brokenLinks(db)).map((b) => {
    const path = pathOf(b.id);
    if (path === undefined) return problem('', 'breaks-link', { id: b.id, field: b.field }, b.problem);
    return { ...b.problem, path: path ? `${path}.${b.field}` : b.field };
  });
}

export async function failOnBrokenLinks(db: KbDatabase, pathOf: (id: string) => string | undefined): Promise<void> {
  const broken = await brokenLinkProblems(db, pathOf);
  if (broken.length) throw new Abort(broken);
}
