/**
 * Links between entities: a model's `maker` must be a company or
 * organization, its `family` a family. Shared by the seed check, user edits
 * and imports, so a link that would show as a dead end is refused everywhere.
 */
import type { Entity, Kind } from './schema';

/** Kinds that make things; they are described by their models, not assessed themselves. */
export const MAKER_KINDS: ReadonlySet<Kind> = new Set<Kind>(['company', 'organization']);

export interface LinkProblem {
  field: 'maker' | 'family';
  message: string;
}

/** What is wrong with `entity`'s links, given a way to look up other entities by id. */
export function linkProblems(entity: Pick<Entity, 'maker' | 'family'>, find: (id: string) => Pick<Entity, 'kind'> | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  if (entity.maker !== undefined) {
    const maker = find(entity.maker);
    if (!maker) problems.push({ field: 'maker', message: `no entity has the id "${entity.maker}"` });
    else if (!MAKER_KINDS.has(maker.kind)) {
      problems.push({ field: 'maker', message: `"${entity.maker}" is a ${maker.kind}, not a company or organization` });
    }
  }
  if (entity.family !== undefined) {
    const family = find(entity.family);
    if (!family) problems.push({ field: 'family', message: `no entity has the id "${entity.family}"` });
    else if (family.kind !== 'family') {
      problems.push({ field: 'family', message: `"${entity.family}" is a ${family.kind}, not a family` });
    }
  }
  return problems;
}
