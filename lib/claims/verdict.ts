/**
 * A claim against the record, on the order closed < restricted <
 * open-weights < open. "Restricted" is never claimed in so many words; it
 * sits between closed and open weights, so "open weights" said of a model
 * whose licence restricts use is overstated.
 */
import type { Entity, Status } from '../kb/schema';
import type { ClaimKind, EntityRecord, Verdict } from './types';

const RANK: Record<Exclude<Status, 'unknown'>, number> = { closed: 0, restricted: 1, 'open-weights': 2, open: 3 };

/** Null when the record has nothing to compare with: a company, or an unknown status. */
export function verdictOf(claim: ClaimKind, record: EntityRecord | undefined): Verdict | null {
  const status = record?.status;
  if (status === undefined || status === 'unknown') return null;
  const said = RANK[claim];
  const known = RANK[status];
  return said > known ? 'overstated' : said < known ? 'understated' : 'consistent';
}

interface DatedRelease {
  date: string;
  status: Status;
}

/**
 * The status as of today: the latest dated release's, when the entity lists
 * releases, else its assessment's. Companies and organizations carry none.
 */
export function entityRecord(entity: Pick<Entity, 'kind' | 'assessment'> & { releases?: DatedRelease[] }): EntityRecord {
  if (entity.kind === 'company' || entity.kind === 'organization') return { kind: entity.kind };
  const latest = entity.releases?.length
    ? entity.releases.reduce((a, b) => (b.date > a.date ? b : a))
    : undefined;
  const status = latest?.status ?? entity.assessment?.status;
  return status ? { kind: entity.kind, status } : { kind: entity.kind };
}
