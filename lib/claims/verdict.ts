/**
 * A claim against the record, on the order closed < restricted <
 * open-weights < open. "Restricted" is never claimed in so many words; it
 * sits between closed and open weights, so "open weights" said of a model
 * whose licence restricts use is overstated.
 */
import type { Entity, Status } from '../kb/schema';
import type { NamedStatuses } from '../match/types';
import { releaseKeysIn, versionsIn } from '../text/versions';
import type { ClaimKind, EntityRecord, JudgedRelease, VersionedRelease, Verdict } from './types';

const RANK: Record<Exclude<Status, 'unknown'>, number> = { closed: 0, restricted: 1, 'open-weights': 2, open: 3 };

/** Null when the record has nothing to compare with: a company, or an unknown status. */
export function verdictOf(claim: ClaimKind, record: EntityRecord | { status?: Status } | undefined): Verdict | null {
  const status = record?.status;
  if (status === undefined || status === 'unknown') return null;
  const said = RANK[claim];
  const known = RANK[status];
  return said > known ? 'overstated' : said < known ? 'understated' : 'consistent';
}

export interface DatedRelease {
  name?: string;
  date: string;
  status: Status;
}

/**
 * The status as of today: the latest dated release's, when the entity lists
 * releases, else its assessment's. Companies and organizations carry none.
 * A family keeps its releases by version, for a mention that names one; a
 * model keeps its updates by name.
 */
export function entityRecord(entity: Pick<Entity, 'kind' | 'assessment'> & { releases?: DatedRelease[] }): EntityRecord {
  if (entity.kind === 'company' || entity.kind === 'organization') return { kind: entity.kind };
  const latest = entity.releases?.length
    ? entity.releases.reduce((a, b) => (b.date > a.date ? b : a))
    : undefined;
  const status = latest?.status ?? entity.assessment?.status;
  const record: EntityRecord = status ? { kind: entity.kind, status } : { kind: entity.kind };
  const releases: VersionedRelease[] = [];
  for (const r of entity.releases ?? []) {
    if (r.name === undefined) continue;
    // A model's releases are its updates ("DeepSeek-V3", "DeepSeek-V3-0324"): each is judged only where a mention
    // gives all its versions, in any script («ديب سيك V3»), so a model named bare is judged as a whole.
    if (entity.kind !== 'family') releases.push({ name: r.name, version: signature(r.name), date: r.date, status: r.status });
    // "Ministral 3B, 8B" names two models: each of its versions is that release's.
    else for (const version of releaseKeysIn(r.name.replace(/\(.*?\)/g, ''))) releases.push({ name: r.name, version, date: r.date, status: r.status });
  }
  if (releases.length > 0) record.releases = releases;
  return record;
}

/** Every version a name gives, as one key: "3 0324" for "DeepSeek-V3-0324". */
function signature(name: string): string {
  return releaseKeysIn(name).join(' ');
}

/** The first version a name gives ("3" in "Gemma 3", "40b" in "Falcon-40B", "2.5" in «كوين2.5»), or null. */
export function versionIn(name: string): string | null {
  return versionsIn(name)[0] ?? null;
}

/**
 * What a mention is judged against: the newest release of the family that
 * has the version the mention names ("Gemma 3", «غروك 4»), when the record
 * lists one, or, for a model, the update whose versions the mention gives
 * all of; else the entity's status as of today. A family names its
 * generations, and a claim about Gemma 3 is about Gemma 3's licence.
 */
export function judgedAgainst(record: EntityRecord | undefined, mentionText: string): { status?: Status; release?: JudgedRelease } {
  if (!record?.releases) return { status: record?.status };
  const versions = releaseKeysIn(mentionText);
  if (versions.length === 0) return { status: record.status };
  let named: VersionedRelease | undefined;
  if (record.kind !== 'family') named = record.releases.find((r) => r.version === versions.join(' '));
  else for (const r of record.releases) if (r.version === versions[0] && (!named || r.date > named.date)) named = r;
  return named ? { status: named.status, release: { name: named.name, status: named.status } } : { status: record.status };
}

/**
 * The statuses a mention can name that differ from `status`, the entity's, for
 * the index the highlights read: "Grok 4" is closed though the Grok family is
 * restricted, "Kimi K2" open weights though Kimi K3 is restricted. Keyed as
 * `judgedAgainst` reads a mention: a family by the first version a name gives,
 * a model by all of them ("3 0324").
 */
export function namedStatuses(record: EntityRecord, status: Status): NamedStatuses | undefined {
  const chosen = new Map<string, VersionedRelease>();
  for (const r of record.releases ?? []) {
    const had = chosen.get(r.version);
    if (!had || (record.kind === 'family' && r.date > had.date)) chosen.set(r.version, r);
  }
  const by: Record<string, Status> = {};
  for (const [version, r] of chosen) if (version && r.status !== status) by[version] = r.status;
  if (Object.keys(by).length === 0) return undefined;
  return record.kind === 'family' ? { by } : { whole: true, by };
}
