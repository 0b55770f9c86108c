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
 * Imports are validated with the schema (every problem reported with its
 * path, in plain words), size-limited before parsing, and applied in one
 * transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import { getKb, internals, MAX_NOTE_LENGTH, type KbDatabase } from './db';
import { issuesToProblems, problemToString, type Problem } from './issues';
import { EntityIdSchema, EntitySchema, type Entity } from './schema';

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
 * Reports each repeated `id` in a list, on the later item, naming the earlier
 * one. valibot runs this even when some items failed their own checks (the
 * list is then raw data), so a file gets both kinds of problem in one report.
 */
function noDuplicateIds<T extends { id: string }>(listName: string, what: string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Map<string, number>();
    list.forEach((item: unknown, index) => {
      if (typeof item !== 'object' || item === null) return;
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, index);
        return;
      }
      addIssue({
        message: `duplicate id "${id}": ${listName}[${first}] already has ${what} with this id`,
        path: [
          { type: 'array', origin: 'value', input: list as T[], key: index, value: item as T },
          { type: 'object', origin: 'value', input: item as Record<string, unknown>, key: 'id', value: id },
        ],
      });
    });
  });
}

const UserNoteSchema = v.object({
  id: EntityIdSchema,
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('a note cannot be empty'), v.maxLength(MAX_NOTE_LENGTH, `a note can hold at most ${MAX_NOTE_LENGTH} characters`)),
});

const NOT_AN_OBJECT = 'the file should hold a JSON object with "format", "version" and "entities"';

/** Just enough to tell whether this is our file, and in a version this code reads. */
const HeaderSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT, (issue) => `this is not an Openness Lens knowledge-base file (format is ${String(issue.received)}, expected "${EXPORT_FORMAT}")`),
    version: v.literal(
      EXPORT_VERSION,
      (issue) => `this file is format version ${String(issue.received)}; this version of Openness Lens reads version ${EXPORT_VERSION}`,
    ),
  },
  NOT_AN_OBJECT,
);

export const KbExportSchema = v.object({
  ...HeaderSchema.entries,
  exportedAt: v.optional(v.pipe(v.string(), v.isoTimestamp('should be a date and time such as "2025-08-05T12:00:00Z"'))),
  entities: v.pipe(v.array(EntitySchema), noDuplicateIds<Entity>('entities', 'an entity')),
  userNotes: v.optional(v.pipe(v.array(UserNoteSchema), noDuplicateIds<UserNote>('userNotes', 'a note')), []),
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

/** Parse and validate a file's contents without touching the database. */
export async function parseImport(input: string | Blob): Promise<{ ok: true; doc: KbExport } | { ok: false; problems: Problem[] }> {
  const size = typeof input === 'string' ? utf8Length(input) : input.size;
  if (size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: [{ path: '', message: `the file is ${formatMegabytes(size)}; files larger than ${formatMegabytes(MAX_IMPORT_BYTES)} are not imported` }],
    };
  }
  const text = typeof input === 'string' ? input : await input.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the file is not valid JSON (${(error as Error).message})` }] };
  }
  // valibot's object schema also accepts arrays; a list at the top is not our document.
  if (Array.isArray(data)) return { ok: false, problems: [{ path: '', message: NOT_AN_OBJECT }] };
  const header = v.safeParse(HeaderSchema, data);
  if (!header.success) return { ok: false, problems: issuesToProblems(header.issues) };
  const parsed = v.safeParse(KbExportSchema, data);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.issues) };
  return { ok: true, doc: parsed.output as KbExport };
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
  if (!parsed.ok) return failure(parsed.problems);
  const { entities, userNotes } = parsed.doc;
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));

  const result = await internals.atomically(db, async () => {
    if (mode === 'replace') {
      await Promise.all([db.overrides.clear(), db.userEntities.clear(), db.notes.clear()]);
    }
    const now = Date.now();
    for (const entity of entities) await internals.writeEntity(db, entity, now);
    await internals.refreshResolved(db);
    await internals.failOnBrokenLinks(db, (id) => {
      const index = indexOf.get(id);
      return index === undefined ? undefined : `entities[${index}]`;
    });
    const missing: Problem[] = [];
    const known = new Set(await db.resolved.toCollection().primaryKeys());
    userNotes.forEach((note, i) => {
      if (!known.has(note.id)) missing.push({ path: `userNotes[${i}].id`, message: `no entity has the id "${note.id}"` });
    });
    if (missing.length) throw new internals.Abort(missing);
    await db.notes.bulkPut(userNotes.map((n) => ({ id: n.id, text: n.text, updatedAt: now })));
  });
  if (!result.ok) return failure(result.problems);
  return { ok: true, mode, entities: entities.length, notes: userNotes.length };
}
