/**
 * Browsing by where an entity's knowledge comes from: the seed article, a
 * hand-written entry, the European Open Source AI Index, or the Model
 * Openness Framework; and ordering by the Index's count of open dimensions.
 */
import type { Entity } from '../kb/schema';
import { openDimensionCount } from './grades-view';

export const ENTITY_SOURCES = ['article', 'hand-written', 'osai', 'mof'] as const;
export type EntitySource = (typeof ENTITY_SOURCES)[number];

export function hasSource(entity: Entity, source: EntitySource): boolean {
  switch (source) {
    case 'article':
      return (entity.articleClaims?.length ?? 0) > 0;
    case 'hand-written':
      return !entity.expert?.derived;
    case 'osai':
      return entity.expert?.osai !== undefined;
    case 'mof':
      return entity.expert?.mof !== undefined;
  }
}

/** Most open dimensions first; entities the Index has not graded last, in their previous order. */
export function byOpenDimensions(entities: readonly Entity[]): Entity[] {
  return entities
    .map((entity, i) => ({ entity, i, open: openDimensionCount(entity) ?? -1 }))
    .sort((a, b) => b.open - a.open || a.i - b.i)
    .map((x) => x.entity);
}
