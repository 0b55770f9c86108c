/**
 * The knowledge base in IndexedDB (Dexie), used by the background, the popup
 * and the options page. Content scripts never open it: they read the compiled
 * alias index from storage.
 *
 * What is stored, and why:
 * - `seed`: the shipped entities exactly as shipped, replaced on upgrade.
 * - `overrides`: the user's edits to seed entities, as patches (lib/kb/patch.ts),
 *   so a newer seed updates every fact the user did not touch.
 * - `userEntities`: entities the user added.
 * - `notes`: the user's free-text note per entity.
 * - `meta`: the installed seed version and fingerprint, and a revision counter
 *   of the resolved view.
 * - `resolved`: the merged view (seed + override, or user entity), kept in step
 *   by every write in the same transaction. It carries the indexes the UI
 *   needs: by kind, status, maker, family and normalized name keys, which would
 *   be wrong if they were built on the seed alone.
 */
import Dexie, { type Table } from 'dexie';
import * as v from 'valibot';
import { issuesToProblems } from './issues';
import { problem, type Problem } from './problem';
import { applyPatch, diff, isEmptyPatch, type Patch } from './patch';
import { EntitySchema, type Entity, type Status } from './schema';
import type { Seed } from './seed-check';
import { Abort, atomically, failOnBrokenLinks, refreshResolved, rw, writeEntity, type WriteResult } from './writes';

export { brokenLinks, entityKeys, RESOLVED_REVISION, resolveParts, type WriteResult } from './writes';

export const KB_DB_NAME = 'openness-lens';

/** Where a resolved entity comes from: the seed as shipped, the seed with user edits, or the user. */
export type Origin = 'seed' | 'edited' | 'user';

export interface ResolvedRow {
  id: string;
  kind: Entity['kind'];
  /** Absent for companies and organizations, which are not assessed. */
  status?: Status;
  maker?: string;
  family?: string;
  /** Normalized keys of the names and aliases, both scripts (multiEntry index). */
  keys: string[];
  origin: Origin;
  entity: Entity;
}

export interface OverrideRow {
  id: string;
  patch: Patch;
  updatedAt: number;
}

export interface UserEntityRow {
  id: string;
  entity: Entity;
  addedAt: number;
}

export interface NoteRow {
  id: string;
  text: string;
  updatedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

interface InstalledSeed {
  version: number;
  fingerprint: string;
}

export class KbDatabase extends Dexie {
  declare seed: Table<Entity, string>;
  declare overrides: Table<OverrideRow, string>;
  declare userEntities: Table<UserEntityRow, string>;
  declare notes: Table<NoteRow, string>;
  declare meta: Table<MetaRow, string>;
  declare resolved: Table<ResolvedRow, string>;

  constructor(name: string = KB_DB_NAME) {
    super(name);
    this.version(1).stores({
      seed: 'id',
      overrides: 'id',
      userEntities: 'id',
      notes: 'id',
      meta: 'key',
      resolved: 'id, kind, status, maker, family, origin, *keys',
    });
  }

  /** Every table, for transactions that touch the whole knowledge base. */
  get allTables(): Table[] {
    return [this.seed, this.overrides, this.userEntities, this.notes, this.meta, this.resolved];
  }
}

let shared: KbDatabase | undefined;

/** The extension's one database instance (background, popup and options each get their own connection). */
export function getKb(): KbDatabase {
  shared ??= new KbDatabase();
  return shared;
}

export interface SeedResult {
  /** False when the installed seed was already this one. */
  changed: boolean;
  /** The seed version that was installed before, if any. */
  previousVersion?: number;
  version: number;
}

/**
 * Install the shipped seed, or upgrade to it. Safe to call on every start:
 * nothing happens when the same seed is installed. On upgrade the seed table
 * is replaced while user edits stay as they are: edited fields keep the
 * user's values, other fields take the new facts. A user entity whose id the
 * new seed now ships becomes an edit of that seed entity; an edited seed
 * entity that the new seed drops becomes a user entity, so no edit is lost.
 */
export async function ensureSeed(db: KbDatabase, seed: Seed): Promise<SeedResult> {
  // Nearly always the seed is already installed. Checking that with one read, outside
  // a write transaction, keeps every page open from locking all tables against the
  // page's own first reads.
  const current = await installedSeed(db);
  if (isInstalled(current, seed)) return { changed: false, previousVersion: current!.version, version: seed.version };
  return rw(db, async () => {
    // Checked again inside the transaction: another page may have installed it meanwhile.
    const installed = await installedSeed(db);
    if (isInstalled(installed, seed)) return { changed: false, previousVersion: installed!.version, version: seed.version };
    const shipped = new Map(seed.entities.map((e) => [e.id, e]));
    const now = Date.now();

    for (const user of await db.userEntities.toArray()) {
      const seedEntity = shipped.get(user.id);
      if (!seedEntity) continue;
      await db.userEntities.delete(user.id);
      const patch = diff(seedEntity, user.entity);
      if (!isEmptyPatch(patch)) await db.overrides.put({ id: user.id, patch, updatedAt: now });
    }
    for (const override of await db.overrides.toArray()) {
      if (shipped.has(override.id)) continue;
      const old = await db.seed.get(override.id);
      await db.overrides.delete(override.id);
      if (old) await db.userEntities.put({ id: old.id, entity: applyPatch(old, override.patch), addedAt: now });
    }

    await db.seed.clear();
    await db.seed.bulkPut(seed.entities);
    await db.meta.put({ key: 'seed', value: { version: seed.version, fingerprint: seed.fingerprint } satisfies InstalledSeed });
    await refreshResolved(db);
    const result: SeedResult = { changed: true, version: seed.version };
    if (installed) result.previousVersion = installed.version;
    return result;
  });
}

async function installedSeed(db: KbDatabase): Promise<InstalledSeed | undefined> {
  return (await db.meta.get('seed'))?.value as InstalledSeed | undefined;
}

function isInstalled(installed: InstalledSeed | undefined, seed: Seed): boolean {
  return !!installed && installed.version === seed.version && installed.fingerprint === seed.fingerprint;
}

/** The installed seed version, or undefined before the first install. */
export async function installedSeedVersion(db: KbDatabase): Promise<number | undefined> {
  return ((await db.meta.get('seed'))?.value as InstalledSeed | undefined)?.version;
}

function validate(entity: unknown): { ok: true; entity: Entity } | { ok: false; problems: Problem[] } {
  const parsed = v.safeParse(EntitySchema, entity);
  return parsed.success ? { ok: true, entity: parsed.output } : { ok: false, problems: issuesToProblems(parsed.issues) };
}

/**
 * Save the user's version of an entity (new or existing). Validated first;
 * nothing is written when it is invalid or would break a link.
 */
export async function saveEntity(db: KbDatabase, entity: unknown): Promise<WriteResult> {
  const checked = validate(entity);
  if (!checked.ok) return checked;
  const id = checked.entity.id;
  return atomically(db, async () => {
    await writeEntity(db, checked.entity, Date.now());
    await refreshResolved(db, [id]);
    await failOnBrokenLinks(db, (brokenId) => (brokenId === id ? '' : undefined));
  });
}

/** Add a new user entity; refused when the id is taken. */
export async function addEntity(db: KbDatabase, entity: unknown): Promise<WriteResult> {
  const checked = validate(entity);
  if (!checked.ok) return checked;
  if (await db.resolved.get(checked.entity.id)) {
    return { ok: false, problems: [problem('id', 'id-exists', { id: checked.entity.id })] };
  }
  return saveEntity(db, checked.entity);
}

/** Change some fields of an entity (`null` removes an optional field). */
export async function patchEntity(db: KbDatabase, id: string, patch: Patch): Promise<WriteResult> {
  const current = await db.resolved.get(id);
  if (!current) return { ok: false, problems: [problem('id', 'no-entity', { id })] };
  if (patch.id !== undefined && patch.id !== id) {
    return { ok: false, problems: [problem('id', 'id-fixed', {})] };
  }
  return saveEntity(db, applyPatch(current.entity, patch));
}

/**
 * Restore a seed entity to the shipped (article) version by dropping the
 * user's edits. Returns false when there was nothing to reset or when the
 * reset would break a link (e.g. another entity now names it as a maker).
 */
export async function resetEntity(db: KbDatabase, id: string): Promise<boolean> {
  if (!(await db.overrides.get(id))) return false;
  const result = await atomically(db, async () => {
    await db.overrides.delete(id);
    await refreshResolved(db, [id]);
    await failOnBrokenLinks(db, () => undefined);
  });
  return result.ok;
}

/** What `deleteUserEntity` removed, enough to undo it. */
export interface DeletedEntity {
  entity: Entity;
  note?: string;
  addedAt: number;
}

export type DeleteResult = { ok: true; deleted: DeletedEntity } | { ok: false; reason: 'not-found' | 'not-user' | 'in-use'; usedBy?: string[] };

/**
 * Delete an entity the user added (seed entities are reset, not deleted).
 * Refused while other entities name it as their maker or family.
 */
export async function deleteUserEntity(db: KbDatabase, id: string): Promise<DeleteResult> {
  return rw(db, async (): Promise<DeleteResult> => {
    const row = await db.userEntities.get(id);
    if (!row) return { ok: false, reason: (await db.resolved.get(id)) ? 'not-user' : 'not-found' };
    const users = [
      ...(await db.resolved.where('maker').equals(id).primaryKeys()),
      ...(await db.resolved.where('family').equals(id).primaryKeys()),
    ];
    if (users.length) return { ok: false, reason: 'in-use', usedBy: [...new Set(users)].sort() };
    const note = await db.notes.get(id);
    await db.userEntities.delete(id);
    await db.notes.delete(id);
    await refreshResolved(db, [id]);
    const deleted: DeletedEntity = { entity: row.entity, addedAt: row.addedAt };
    if (note) deleted.note = note.text;
    return { ok: true, deleted };
  });
}

/** Undo `deleteUserEntity`. Refused when the id has been taken since. */
export async function restoreUserEntity(db: KbDatabase, deleted: DeletedEntity): Promise<WriteResult> {
  const checked = validate(deleted.entity);
  if (!checked.ok) return checked;
  const id = checked.entity.id;
  return atomically(db, async () => {
    if (await db.resolved.get(id)) throw new Abort([problem('id', 'id-exists-again', { id })]);
    await db.userEntities.put({ id, entity: checked.entity, addedAt: deleted.addedAt });
    if (deleted.note) await db.notes.put({ id, text: deleted.note, updatedAt: Date.now() });
    await refreshResolved(db, [id]);
    await failOnBrokenLinks(db, (brokenId) => (brokenId === id ? '' : undefined));
  });
}

export const MAX_NOTE_LENGTH = 10_000;

/** Set the user's note on an entity; empty text removes it. */
export async function setNote(db: KbDatabase, id: string, text: string): Promise<WriteResult> {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NOTE_LENGTH) {
    return { ok: false, problems: [problem('note', 'note-too-long', { n: MAX_NOTE_LENGTH })] };
  }
  return atomically(db, async () => {
    if (!(await db.resolved.get(id))) throw new Abort([problem('id', 'no-entity', { id })]);
    if (trimmed) await db.notes.put({ id, text: trimmed, updatedAt: Date.now() });
    else await db.notes.delete(id);
  });
}

export async function getNote(db: KbDatabase, id: string): Promise<string | undefined> {
  return (await db.notes.get(id))?.text;
}
