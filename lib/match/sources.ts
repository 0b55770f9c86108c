/**
 * From knowledge-base entities to what the index compiler reads: the one
 * conversion, for the background's published index, the command line, the
 * benchmarks and the tests alike. An entity without an assessment is
 * `unknown` (see lib/kb/status.ts).
 */
import type { Entity } from '../kb/schema';
import { entityStatus } from '../kb/status';
import { entityRecord, namedStatuses, type DatedRelease } from '../claims/verdict';
import { releaseKeysIn } from '../text/versions';
import type { AliasSource } from './types';

export function toAliasSource(entity: Pick<Entity, 'id' | 'aliases' | 'rules' | 'assessment'> & Partial<Pick<Entity, 'kind'>> & { releases?: DatedRelease[] }): AliasSource {
  const source: AliasSource = {
    id: entity.id,
    status: entityStatus(entity),
    aliases: entity.aliases,
  };
  if (entity.rules?.length) source.rules = entity.rules;
  // A highlight takes the status of the release its name gives, where the record lists one.
  const releases = entity.kind && entity.releases ? namedStatuses(entityRecord({ ...entity, kind: entity.kind }), source.status) : undefined;
  if (releases) source.releases = releases;
  // A family's versions: a mention that gives one names a release, not a rocket or a mission ("Falcon 3", "Falcon 9").
  const versions = entity.kind === 'family' ? [...new Set((entity.releases ?? []).flatMap((r) => releaseKeysIn(r.name?.replace(/\(.*?\)/g, '') ?? '')))] : [];
  if (versions.length > 0) source.versions = versions;
  return source;
}
