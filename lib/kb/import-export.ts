/**
 * Export and import of the knowledge base as one JSON document:
 *
 *   { "format": "openness-lens-kb", "version": 1, "exportedAt"?: ISO date,
 *     "entities": [ resolved entities, sorted by id ],
 *     "userNotes": [ { "id", "text" }, sorted by id ] }
 *
 * The export holds the resolved view (what the user sees), so a file is a
 * complete, self-describing knowledge base that can be read and shared.
 * Importing stores each entity the same way a user edit is stored: as a patch
 * when the seed ships that id (no patch at all when it equals the seed), as a
 * user entity otherwise. So export → import into an empty database → export
 * gives the same document; `exportedAt`, the only volatile field, is optional
 * and left out unless asked for.
 *
 * Imports are validated with the schema (every problem reported at once,
 * with its path and the entity it is in, in plain words), size-limited
 * before parsing, and applied in one transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import { getKb, MAX_NOTE_LENGTH, type KbDatabase } from './db';
import { issuesToProblems } from './issues';
import { problem, problemToString, type Problem } from './problem';
import { linkProblems } from './references';
import { EntityIdSchema, EntitySchema, type Entity } from './schema';
import { Abort, atomically, brokenLinkProblems, refreshResolved, writeEntity } from './writes';

export const EXPORT_FORMAT = 'openness-lens-kb';
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are read as JSON. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface UserNote {
  id: string;
  text: string;
}

export interface KbExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt?: string;
  entities: Entity[];
  userNotes: UserNote[];
}

/**
 * Each repeated `id` in a list, reported on the later item and naming the
 * earlier one. Read from the file as parsed, whatever else is wrong with its
 * items, so a file gets both kinds of problem in one report.
 */
function duplicateIds(list: unknown, listName: string, what: 'entity' | 'note'): Problem[] {
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  list.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.push(problem(`${listName}[${index}].id`, 'duplicate-id', { id, at: `${listName}[${first}]`, what }));
  });
  return problems;
}

const UserNoteSchema = v.object({
  id: EntityIdSchema,
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('a note cannot be empty'), v.maxLength(MAX_NOTE_LENGTH, `a note can hold at most ${MAX_NOTE_LENGTH} characters`)),
});

const NOT_AN_OBJECT = problem('', 'not-kb-object', {}).message;

/** Just enough to tell whether this is our file, and in a version this code reads. */
const HeaderSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT),
    version: v.literal(EXPORT_VERSION),
  },
  NOT_AN_OBJECT,
);

export const KbExportSchema = v.object({
  ...HeaderSchema.entries,
  exportedAt: v.optional(v.pipe(v.string(), v.isoTimestamp('should be a date and time such as "2025-08-05T12:00:00Z"'))),
  entities: v.array(EntitySchema),
  userNotes: v.optional(v.array(UserNoteSchema), []),
});

/** An entity with its keys in schema order, so equal entities serialize identically. */
function canonical(entity: Entity): Entity {
  return v.parse(EntitySchema, entity);
}

/** The export document for these entities and notes (pure; also used by the CLI for the seed). */
export function buildExport(entities: readonly Entity[], notes: readonly UserNote[] = [], exportedAt?: Date): KbExport {
  const doc: KbExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, entities: [], userNotes: [] };
  if (exportedAt) doc.exportedAt = exportedAt.toISOString();
  doc.entities = [...entities].sort((a, b) => a.id.localeCompare(b.id)).map(canonical);
  doc.userNotes = [...notes].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ id: n.id, text: n.text }));
  return doc;
}

/** The whole knowledge base as the user sees it, with their notes. */
export async function exportKb(db: KbDatabase = getKb(), options: { exportedAt?: Date } = {}): Promise<KbExport> {
  const [rows, notes] = await db.transaction('r', [db.resolved, db.notes], () => Promise.all([db.resolved.toArray(), db.notes.toArray()]));
  return buildExport(
    rows.map((r) => r.entity),
    notes.map((n) => ({ id: n.id, text: n.text })),
    options.exportedAt,
  );
}

/** The file contents for an export. */
export function serializeExport(doc: KbExport): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | { ok: true; mode: ImportMode; entities: number; notes: number }
  | {
      ok: false;
      problems: Problem[];
      /** The problems as lines, `path: message`, ready to show. */
      messages: string[];
    };

function failure(problems: Problem[]): ImportResult {
  return { ok: false, problems, messages: problems.map((p) => problemToString(p)) };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at least one byte and at most three: skip encoding when the answer is certain.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

/** Why the header is not ours: another format, or a version this code does not read. */
function headerProblems(data: unknown): Problem[] {
  const header = v.safeParse(HeaderSchema, data);
  if (header.success) return [];
  const record = data as Record<string, unknown>;
  return header.issues.map((issue) => {
    const key = issue.path?.[0]?.key;
    if (key === 'format') return problem('format', 'wrong-format', { got: String(issue.received), want: EXPORT_FORMAT });
    if (key === 'version') return problem('version', 'wrong-version', { got: String(issue.received ?? record.version), want: EXPORT_VERSION });
    return problem('', 'not-kb-object', {});
  });
}

export type ParsedImport =
  | { ok: true; doc: KbExport }
  | {
      ok: false;
      problems: Problem[];
      /** The file's entity list as read, when the file is ours but some of it is wrong. */
      entities?: unknown[];
    };

/** Parse and validate a file's contents without touching the database. */
export async function parseImport(input: string | Blob): Promise<ParsedImport> {
  const size = typeof input === 'string' ? utf8Length(input) : input.size;
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [problem('', 'file-too-large', { size: formatMegabytes(size), max: formatMegabytes(MAX_IMPORT_BYTES) })] };
  }
  const text = typeof input === 'string' ? input : await input.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('', 'not-json', { why: (error as Error).message })] };
  }
  // valibot's object schema also accepts arrays; a list at the top is not our document.
  if (Array.isArray(data) || typeof data !== 'object' || data === null) return { ok: false, problems: [problem('', 'not-kb-object', {})] };
  const wrongHeader = headerProblems(data);
  if (wrongHeader.length) return { ok: false, problems: wrongHeader };
  const parsed = v.safeParse(KbExportSchema, data);
  const { entities, userNotes } = data as { entities?: unknown; userNotes?: unknown };
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(parsed.issues)),
    ...duplicateIds(entities, 'entities', 'entity'),
    ...duplicateIds(userNotes, 'userNotes', 'note'),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, doc: parsed.output as KbExport };
  return { ok: false, problems: namingEntities(problems, entities), ...(Array.isArray(entities) ? { entities } : {}) };
}

/** An entity of the file as read: its id and a name to show, when it has them. */
function entityOf(item: unknown): { id: string; name: string } | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, name } = item as { id?: unknown; name?: { en?: unknown; ar?: unknown } };
  if (typeof id !== 'string') return undefined;
  const shown = [name?.en, name?.ar].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  return { id, name: shown ?? id };
}

const ENTITY_PATH = /^entities\[(\d+)\](?:\.(.*))?$/;

/**
 * Each problem inside `entities[i]` also names that entity (its id and
 * name) and the field inside it, so a person finds it by what it is, not by
 * its place in the file.
 */
function namingEntities(problems: Problem[], entities: unknown): Problem[] {
  if (!Array.isArray(entities)) return problems;
  return problems.map((p) => {
    const at = ENTITY_PATH.exec(p.path);
    const entity = at ? entityOf(entities[Number(at[1])]) : undefined;
    return entity ? { ...p, entity, field: at![2] ?? '' } : p;
  });
}

/**
 * The broken maker and family links of a file that also has schema problems,
 * so that every problem is listed at once: each entity that has an id and a
 * string link is checked against the file's other entities and the database
 * (only the shipped entities when the import replaces the user's).
 */
async function rawLinkProblems(entities: unknown[], db: KbDatabase, mode: ImportMode): Promise<Problem[]> {
  const inFile = new Map<string, { kind: Entity['kind'] }>();
  for (const item of entities) {
    const { id, kind } = (typeof item === 'object' && item !== null ? item : {}) as { id?: unknown; kind?: unknown };
    if (typeof id === 'string' && typeof kind === 'string') inFile.set(id, { kind: kind as Entity['kind'] });
  }
  const stored = new Map(
    mode === 'replace'
      ? (await db.seed.toArray()).map((e) => [e.id, e] as const)
      : (await db.resolved.toArray()).map((r) => [r.id, r.entity] as const),
  );
  const problems: Problem[] = [];
  entities.forEach((item, i) => {
    const entity = entityOf(item);
    if (!entity) return;
    const { maker, family } = item as { maker?: unknown; family?: unknown };
    const links = { ...(typeof maker === 'string' ? { maker } : {}), ...(typeof family === 'string' ? { family } : {}) };
    for (const link of linkProblems(links, (id) => inFile.get(id) ?? stored.get(id))) {
      problems.push({ ...link.problem, path: `entities[${i}].${link.field}`, entity, field: link.field });
    }
  });
  return problems;
}

/**
 * Import a knowledge-base file. `merge` (default) adds the file's entities
 * and notes, replacing entries with the same id and keeping everything else;
 * `replace` first drops all user edits, user entities and notes, so the
 * result is the shipped seed plus the file. All or nothing.
 */
export async function importKb(input: string | Blob, options: { mode?: ImportMode } = {}, db: KbDatabase = getKb()): Promise<ImportResult> {
  const mode = options.mode ?? 'merge';
  const parsed = await parseImport(input);
  if (!parsed.ok) {
    const links = parsed.entities ? await rawLinkProblems(parsed.entities, db, mode) : [];
    return failure([...parsed.problems, ...links]);
  }
  const { entities, userNotes } = parsed.doc;
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));

  const result = await atomically(db, async () => {
    if (mode === 'replace') {
      await Promise.all([db.overrides.clear(), db.userEntities.clear(), db.notes.clear()]);
    }
    const now = Date.now();
    for (const entity of entities) await writeEntity(db, entity, now);
    await refreshResolved(db);
    const problems = await brokenLinkProblems(db, (id) => {
      const index = indexOf.get(id);
      return index === undefined ? undefined : `entities[${index}]`;
    });
    const known = new Set(await db.resolved.toCollection().primaryKeys());
    userNotes.forEach((note, i) => {
      if (!known.has(note.id)) problems.push(problem(`userNotes[${i}].id`, 'no-entity', { id: note.id }));
    });
    if (problems.length) throw new Abort(problems);
    await db.notes.bulkPut(userNotes.map((n) => ({ id: n.id, text: n.text, updatedAt: now })));
  });
  if (!result.ok) return failure(namingEntities(result.problems, entities));
  return { ok: true, mode, entities: entities.length, notes: userNotes.length };
}
