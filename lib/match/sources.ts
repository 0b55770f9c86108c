/**
 * From knowledge-base entities to what the index compiler reads: the one
 * conversion, for the background's published index, the command line, the
 * benchmarks and the tests alike. An entity without an assessment is
 * `unknown` (see lib/kb/status.ts).
 */
import type { Entity } from '../kb/schema';
import { entityStatus } from '../kb/status';
import { entityRecord, namedStatuses, type DatedRelease } from '../claims/verdict';
import type { AliasSource } from './types';

export function toAliasSource(entity: Pick<Entity, 'id' | 'aliases' | 'rules' | 'assessment'> & Partial<Pick<Entity, 'kind'>> & { releases?: DatedRelease[] }): AliasSource {
  const source: AliasSource = {
    id: entity.id,
    status: entityStatus(entity),
    aliases: entity.aliases,
  };
  if (entity.rules?.length) source.rules = entity.rules;
  // A highlight takes the status of the release its name gives, where the record lists one.
  const record = entity.kind && entity.releases ? entityRecord({ ...entity, kind: entity.kind }) : undefined;
  const releases = record ? namedStatuses(record, source.status) : undefined;
  if (releases) source.releases = releases;
  // A family's versions (the record keys its releases by them): a mention that gives one names a release, not a
  // rocket or a mission ("Falcon 3", "Falcon 9").
  const versions = entity.kind === 'family' ? [...new Set(record?.releases?.map((r) => r.version))] : [];
  if (versions.length > 0) source.versions = versions;
  return source;
}
