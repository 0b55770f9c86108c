/**
 * Keeps new aliases honest: a Latin alias that is an English word or a
 * first name must say so with `ambiguous`, or the matcher would take every
 * "apple" or "Claude" for the entity. The word lists come from packages the
 * caller reads (scripts/word-lists.ts); this module only compares.
 */
import type { Alias } from './schema';

export interface WordLists {
  /** Lower-case English words. */
  words: ReadonlySet<string>;
  /** Lower-case first names. */
  names: ReadonlySet<string>;
}

const LATIN_WORD = /^[A-Za-z]+$/;

/**
 * A case-sensitive alias written in a case no ordinary word takes ("LLaMA",
 * "OLMo", "xAI") cannot be that word.
 */
function distinctiveByCase(alias: Alias): boolean {
  const t = alias.text;
  const title = t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
  return alias.caseSensitive === true && t !== t.toLowerCase() && t !== t.toUpperCase() && t !== title;
}

/** Why an alias must be marked ambiguous, or null when it need not be. */
export function commonWordOf(alias: Alias, lists: WordLists): string | null {
  const text = alias.text.trim();
  if (!LATIN_WORD.test(text) || distinctiveByCase(alias)) return null;
  const lower = text.toLowerCase();
  if (lists.words.has(lower)) return 'an English word';
  if (lists.names.has(lower)) return 'a first name';
  return null;
}

/** One problem per alias that is a common word or a first name without an `ambiguous` reason. */
export function unmarkedAmbiguousAliases(entities: readonly { id: string; aliases: readonly Alias[] }[], lists: WordLists): string[] {
  const problems: string[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const kind = alias.ambiguous ? null : commonWordOf(alias, lists);
      if (kind) problems.push(`${entity.id}: alias "${alias.text}" is ${kind}; mark it "ambiguous" with a short reason`);
    }
  }
  return problems;
}
