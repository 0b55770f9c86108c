/**
 * Links between entities: a model's `maker` must be a company or
 * organization, its `family` a family. Shared by the seed check, user edits
 * and imports, so a link that would show as a dead end is refused everywhere.
 */
import { problem, type Problem } from './problem';
import type { Entity, Kind } from './schema';

/** Kinds that make things; they are described by their models, not assessed themselves. */
export const MAKER_KINDS: ReadonlySet<Kind> = new Set<Kind>(['company', 'organization']);

export interface LinkProblem {
  field: 'maker' | 'family';
  /** What is wrong, with no path: the caller knows where the entity is. */
  problem: Problem;
}

/** What is wrong with `entity`'s links, given a way to look up other entities by id. */
export function linkProblems(entity: Pick<Entity, 'maker' | 'family'>, find: (id: string) => Pick<Entity, 'kind'> | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  if (entity.maker !== undefined) {
    const maker = find(entity.maker);
    if (!maker) problems.push({ field: 'maker', problem: problem('', 'no-entity', { id: entity.maker }) });
    else if (!MAKER_KINDS.has(maker.kind)) {
      problems.push({ field: 'maker', problem: problem('', 'not-a-maker', { id: entity.maker, kind: maker.kind }) });
    }
  }
  if (entity.family !== undefined) {
    const family = find(entity.family);
    if (!family) problems.push({ field: 'family', problem: problem('', 'no-entity', { id: entity.family }) });
    else if (family.kind !== 'family') {
      problems.push({ field: 'family', problem: problem('', 'not-a-family', { id: entity.family, kind: family.kind }) });
    }
  }
  return problems;
}
