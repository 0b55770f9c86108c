/**
 * From knowledge-base entities to what the index compiler reads. An entity
 * without an assessment is `unknown`, which the page shows as "not known",
 * never as a risk.
 */
import type { Entity } from '../kb/schema';
import type { AliasSource } from './types';

export function toAliasSource(entity: Pick<Entity, 'id' | 'aliases' | 'rules' | 'assessment'>): AliasSource {
  const source: AliasSource = {
    id: entity.id,
    status: entity.assessment?.status ?? 'unknown',
    aliases: entity.aliases,
  };
  if (entity.rules?.length) source.rules = entity.rules;
  return source;
}
