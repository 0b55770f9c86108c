/**
 * The link table: which knowledge-base entity each expert record describes.
 * It lives in assets/kb/expert/links.json so every link can be reviewed and
 * corrected by hand; `npm run kb -- link-expert` only adds records that have
 * no entry yet, and drops entries whose file is gone.
 *
 * A new record is linked by its names, compared as name keys:
 * 1. to a hand-written model, family or product with that name or alias, or
 *    with a versioned alias plus a version number ("Llama 3.1" → llama); the
 *    Index's end-model name is tried first, as it is the most specific;
 * 2. else to the entity another expert record was already linked to under
 *    the same name (the Index and the MOF grading the same model);
 * 3. else to a new entity id made from the name.
 */
import { nameKey } from '../kb/name-key';
import { MAKER_KINDS } from '../kb/references';
import type { Entity } from '../kb/schema';
import type { MofRecord } from './mof';
import type { OsaiRecord } from './osai';
import { compareText } from './source-meta';

export interface LinkTable {
  osai: Record<string, string>;
  mof: Record<string, string>;
}

/** A lowercase slug for an entity id: "Llama 3.1" → "llama-3-1", "Tülu" → "tulu". */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return slug || 'model';
}

/** Names the Index gives a system, most specific first; the end model only when it extends the system name. */
export function osaiNames(record: Pick<OsaiRecord, 'name' | 'endmodel'>): string[] {
  const names = [record.name];
  if (record.endmodel && nameKey(record.endmodel).startsWith(nameKey(record.name))) names.unshift(record.endmodel);
  return names;
}

class Linker {
  private readonly byKey = new Map<string, string>();
  private readonly handWritten = new Map<string, string>();
  /** Keys of hand-written versioned aliases: "Llama 3.1" links to the family that answers to "Llama" + version. */
  private readonly versioned = new Map<string, string>();
  private readonly ids = new Set<string>();

  constructor(entities: readonly Entity[], existing: LinkTable) {
    for (const entity of entities) {
      this.ids.add(entity.id);
      if (MAKER_KINDS.has(entity.kind)) continue;
      for (const text of [entity.id, entity.name.en, ...entity.aliases.map((a) => a.text)]) {
        const key = nameKey(text);
        if (key && !this.handWritten.has(key)) this.handWritten.set(key, entity.id);
      }
      for (const alias of entity.aliases) if (alias.versioned && !this.versioned.has(nameKey(alias.text))) this.versioned.set(nameKey(alias.text), entity.id);
    }
    for (const id of [...Object.values(existing.osai), ...Object.values(existing.mof)]) this.ids.add(id);
  }

  /** Remembers a reviewed link so later records with the same name join it. */
  remember(names: readonly string[], id: string): void {
    for (const name of names) if (!this.byKey.has(nameKey(name))) this.byKey.set(nameKey(name), id);
  }

  /** A hand-written entity answering to this name, or to it without a version number ("Llama 3.1" → Llama). */
  private handWrittenFor(name: string): string | undefined {
    const key = nameKey(name);
    const exact = this.handWritten.get(key);
    if (exact) return exact;
    const bare = key.match(/^(.*\D)\d{1,4}$/)?.[1];
    return bare ? this.versioned.get(bare) : undefined;
  }

  link(names: readonly string[], exact: readonly string[]): string {
    for (const name of exact) {
      const id = this.handWrittenFor(name);
      if (id) return id;
    }
    for (const name of names) {
      const id = this.byKey.get(nameKey(name));
      if (id) return id;
    }
    let id = slugOf(names[names.length - 1] ?? 'model');
    for (let n = 2; this.ids.has(id); n++) id = `${slugOf(names[names.length - 1] ?? 'model')}-${n}`;
    this.ids.add(id);
    this.remember(names, id);
    return id;
  }
}

/** The link table after adding every record that has no entry (existing entries are kept, stale ones dropped). */
export function updateLinks(entities: readonly Entity[], osai: readonly OsaiRecord[], mof: readonly MofRecord[], existing: LinkTable): LinkTable {
  const linker = new Linker(entities, existing);
  const next: LinkTable = { osai: {}, mof: {} };
  const osaiSorted = [...osai].sort((a, b) => compareText(a.file, b.file));
  const mofSorted = [...mof].sort((a, b) => compareText(a.file, b.file));
  // Reviewed entries first, so new records join them rather than the other way round.
  for (const r of osaiSorted) if (existing.osai[r.file]) linker.remember(osaiNames(r), (next.osai[r.file] = existing.osai[r.file]!));
  for (const r of mofSorted) if (existing.mof[r.file]) linker.remember([r.name], (next.mof[r.file] = existing.mof[r.file]!));
  for (const r of osaiSorted) if (!next.osai[r.file]) next.osai[r.file] = linker.link(osaiNames(r), osaiNames(r));
  for (const r of mofSorted) if (!next.mof[r.file]) next.mof[r.file] = linker.link([r.name], [r.name]);
  return next;
}
