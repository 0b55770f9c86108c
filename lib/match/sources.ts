/**
 * From knowledge-base entities to what the index compiler reads: the one
 * conversion, for the background's published index, the command line, the
 * benchmarks and the tests alike. An entity without an assessment is
 * `unknown` (see lib/kb/status.ts).
 */
import type { Entity } from '../kb/schema';
import { entityStatus } from '../kb/status';
import type { AliasSource } from './types';

export function toAliasSource(entity: Pick<Entity, 'id' | 'aliases' | 'rules' | 'assessment'>): AliasSource {
  const source: AliasSource = {
    id: entity.id,
    status: entityStatus(entity),
    aliases: entity.aliases,
  };
  if (entity.rules?.length) source.rules = entity.rules;
  return source;
}
