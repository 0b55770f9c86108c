/**
 * Read-side of the knowledge base for the background, popup and options
 * page. Everything reads the resolved view (seed + user edits + user
 * entities), so what the user sees always includes their changes. Each
 * function takes the database last, defaulting to the extension's own, so
 * tests pass a fresh one.
 */
import { getKb, RESOLVED_REVISION, type KbDatabase, type Origin, type ResolvedRow } from './db';
import { nameKey } from './name-key';
import { prepareForSearch, rankEntities, rankPrepared, type Searchable, type SearchHit } from './search';
import type { Entity, Kind, Status } from './schema';

export type { SearchHit } from './search';

/** An entity with what the UI shows around it. */
export interface KbEntry {
  entity: Entity;
  origin: Origin;
  /** Whether "restore the article version" applies (a seed entity with user edits). */
  resettable: boolean;
  note?: string;
}

/** The resolved entity, or undefined when no such id exists. */
export async function getEntity(id: string, db: KbDatabase = getKb()): Promise<Entity | undefined> {
  return (await db.resolved.get(id))?.entity;
}

/** The resolved entities of `ids`, in the same order (undefined where no such id exists), in one read. */
export async function getEntities(ids: string[], db: KbDatabase = getKb()): Promise<Array<Entity | undefined>> {
  return (await db.resolved.bulkGet(ids)).map((row) => row?.entity);
}

/** The resolved entity with its origin and the user's note. */
export async function getEntry(id: string, db: KbDatabase = getKb()): Promise<KbEntry | undefined> {
  const [row, note] = await Promise.all([db.resolved.get(id), db.notes.get(id)]);
  if (!row) return undefined;
  const entry: KbEntry = { entity: row.entity, origin: row.origin, resettable: row.origin === 'edited' };
  if (note) entry.note = note.text;
  return entry;
}

export interface ListFilter {
  status?: Status;
  kind?: Kind;
  /** Only the models, families and products of this maker. */
  maker?: string;
  /** Free text, ranked as in `search`; without it the list is sorted by English name. */
  text?: string;
}

/** Entities matching every given filter. */
export async function listEntities(filter: ListFilter = {}, db: KbDatabase = getKb()): Promise<Entity[]> {
  let rows: ResolvedRow[];
  if (filter.maker !== undefined) rows = await db.resolved.where('maker').equals(filter.maker).toArray();
  else if (filter.status !== undefined) rows = await db.resolved.where('status').equals(filter.status).toArray();
  else if (filter.kind !== undefined) rows = await db.resolved.where('kind').equals(filter.kind).toArray();
  else rows = await db.resolved.toArray();
  const entities = rows
    .filter((r) => filter.status === undefined || r.status === filter.status)
    .filter((r) => filter.kind === undefined || r.kind === filter.kind)
    .map((r) => r.entity);
  if (filter.text?.trim()) return rankEntities(entities, filter.text, entities.length).map((hit) => hit.entity);
  return entities.sort(byName);
}

const KIND_ORDER: Record<Kind, number> = { family: 0, model: 1, product: 2, company: 3, organization: 4 };

function byName(a: Entity, b: Entity): number {
  return a.name.en.localeCompare(b.name.en, 'en', { sensitivity: 'base' });
}

/** What a company or organization makes: families first, then models, then products. */
export async function modelsOf(makerId: string, db: KbDatabase = getKb()): Promise<Entity[]> {
  const rows = await db.resolved.where('maker').equals(makerId).toArray();
  return rows.map((r) => r.entity).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byName(a, b));
}

/** The members of a family. */
export async function membersOf(familyId: string, db: KbDatabase = getKb()): Promise<Entity[]> {
  const rows = await db.resolved.where('family').equals(familyId).toArray();
  return rows.map((r) => r.entity).sort(byName);
}

/**
 * Quick lookup by name in either script, best match first. Tolerant of
 * spacing, hyphens, hamza forms, Arabic proclitics, version suffixes and
 * small spelling slips.
 */
export async function search(text: string, options: { limit?: number } = {}, db: KbDatabase = getKb()): Promise<SearchHit[]> {
  if (!text.trim()) return [];
  return rankPrepared(await searchableOf(db), text, options.limit ?? 10);
}

/**
 * The entities prepared for search (their names' keys computed once), kept
 * while the resolved view's revision stays the same: a keystroke then ranks
 * what is in memory instead of reading and normalizing every name again,
 * which took about 100 ms per keystroke with 5,000 user entities. The
 * revision lives in the database, so writes from any extension page count.
 */
const prepared = new WeakMap<KbDatabase, { revision: unknown; list: Searchable[] }>();

function searchableOf(db: KbDatabase): Promise<Searchable[]> {
  return db.transaction('r', [db.meta, db.resolved], async () => {
    const revision = (await db.meta.get(RESOLVED_REVISION))?.value;
    const cached = prepared.get(db);
    if (cached && cached.revision === revision && revision !== undefined) return cached.list;
    const list = prepareForSearch((await db.resolved.toArray()).map((r) => r.entity));
    prepared.set(db, { revision, list });
    return list;
  });
}

/** Entities one of whose names or aliases is this name, up to normalization (uses the name index). */
export async function findByName(name: string, db: KbDatabase = getKb()): Promise<Entity[]> {
  const key = nameKey(name);
  if (!key) return [];
  return (await db.resolved.where('keys').equals(key).toArray()).map((r) => r.entity);
}
