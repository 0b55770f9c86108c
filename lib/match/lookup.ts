/**
 * Quick lookup for the popup's search box: the entities whose aliases start
 * with (or contain) what the user typed, compared under the same
 * normalization as page text, so "اوبن" finds أوبن إيه آي and "gpt oss"
 * finds gpt-oss-120b.
 */
import { aliasKey, asMatchIndex, compactKey, type CompiledIndex, type MatchIndex } from './alias-index';

export interface AliasHit {
  entity: string;
  /** The alias as written in the data. */
  alias: string;
}

/** The normalized, space-free form of a query, as lookups compare it. */
export function normalizeQuery(query: string): string {
  return compactKey(aliasKey(query));
}

/** Entities whose aliases match the query: exact first, then prefix, then substring; one hit per entity. */
export function lookupAliases(index: CompiledIndex | MatchIndex, query: string, limit = 10): AliasHit[] {
  const needle = normalizeQuery(query);
  if (!needle) return [];
  const { compiled } = asMatchIndex(index);
  const scored: { hit: AliasHit; score: number; length: number }[] = [];
  for (const alias of compiled.aliases) {
    const key = compactKey(alias.key);
    const at = key.indexOf(needle);
    if (at < 0) continue;
    const score = key === needle ? 0 : at === 0 ? 1 : 2;
    scored.push({ hit: { entity: compiled.entities[alias.entity]!.id, alias: alias.text }, score, length: key.length });
  }
  scored.sort((a, b) => a.score - b.score || a.length - b.length || (a.hit.entity < b.hit.entity ? -1 : 1));
  const seen = new Set<string>();
  const hits: AliasHit[] = [];
  for (const { hit } of scored) {
    if (seen.has(hit.entity)) continue;
    seen.add(hit.entity);
    hits.push(hit);
    if (hits.length === limit) break;
  }
  return hits;
}
