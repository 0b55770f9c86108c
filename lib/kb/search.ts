/**
 * Ranking entities for the popup's quick lookup.
 *
 * Queries and names are compared as keys (lib/kb/name-key.ts), so script
 * variants, hamza forms, spacing and hyphens do not matter. On top of that the
 * query may carry an Arabic proclitic (و ف ب ل ك, ال, لل and combinations,
 * also before a Latin name: "لـOpenAI"), a version ("Llama 3.1", "لاما 4")
 * after a versioned alias, or a small spelling slip.
 */
import { normalizeText } from '../text/normalize';
import { PROCLITICS } from '../text/proclitics';
import { nameKey } from './name-key';
import type { Entity } from './schema';

export interface SearchHit {
  entity: Entity;
  /** The name or alias that matched best. */
  matched: string;
  score: number;
}

interface Candidate {
  text: string;
  key: string;
  versioned: boolean;
}

interface QueryVariant {
  key: string;
  penalty: number;
  /** A proclitic was taken off: what is left must be a whole name. */
  stripped: boolean;
}

/** The query key and the keys left after stripping a leading proclitic, with a small penalty each. */
function queryVariants(key: string): QueryVariant[] {
  const variants = [{ key, penalty: 0, stripped: false }];
  for (const { text: p } of PROCLITICS) {
    if (key.startsWith(p) && key.length - p.length >= 2) variants.push({ key: key.slice(p.length), penalty: 4, stripped: true });
  }
  return variants;
}

function candidates(entity: Entity): Candidate[] {
  const list: Candidate[] = [
    { text: entity.name.en, key: nameKey(entity.name.en), versioned: false },
    { text: entity.name.ar, key: nameKey(entity.name.ar), versioned: false },
    { text: entity.id, key: nameKey(entity.id), versioned: false },
  ];
  for (const alias of entity.aliases) list.push({ text: alias.text, key: nameKey(alias.text), versioned: alias.versioned === true });
  return list.filter((c) => c.key.length > 0);
}

/** Edit distance, giving up (returning max + 1) as soon as it exceeds `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** A version suffix as the matcher reads it: starts with a digit ("3.1" → "31", "4", "8x7b"). */
const VERSION_REST = /^\p{N}[\p{L}\p{N}]*$/u;

/**
 * Keys of every run of whole words in the query ("نموذج ديب سيك الجديد" holds
 * "ديبسيك"), so a name inside a longer query is found without matching inside
 * a word ("pineapple" does not hold "apple").
 */
function wordRuns(query: string, maxWords = 5): Set<string> {
  const words = normalizeText(query)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
      run += words[j];
      runs.add(run);
      for (const variant of queryVariants(run).slice(1)) runs.add(variant.key);
    }
  }
  return runs;
}

/**
 * How well one query key matches one name key; 0 for no match. A query read
 * without its first letters as a proclitic counts only when the rest is a
 * whole name (or one with a slip), never the start of one: "لميتا" is "for
 * Meta", but "لاما" is Llama, not the beginning of "أمازون" after a ل.
 */
function scoreKey(variant: QueryVariant, candidate: Candidate, runs: Set<string>): number {
  const { key: query, stripped } = variant;
  const key = candidate.key;
  if (query === key) return 100;
  if (candidate.versioned && query.startsWith(key) && VERSION_REST.test(query.slice(key.length))) return 92;
  if (!stripped) {
    if (key.startsWith(query)) return 70 + 20 * (query.length / key.length);
    if (query.length >= 2 && key.includes(query)) return 50 + 10 * (query.length / key.length);
    if (key.length >= 2 && runs.has(key)) return 40 + 10 * (key.length / query.length);
  }
  const allowance = query.length >= 9 ? 2 : query.length >= 5 ? 1 : 0;
  if (allowance > 0) {
    const distance = boundedDistance(query, key, allowance);
    if (distance <= allowance) return 45 - 5 * distance;
  }
  return 0;
}

/** An entity with the keys of its names and aliases, computed once: normalizing them is most of a search's cost. */
export interface Searchable {
  entity: Entity;
  candidates: Candidate[];
}

export function prepareForSearch(entities: readonly Entity[]): Searchable[] {
  return entities.map((entity) => ({ entity, candidates: candidates(entity) }));
}

/** Prepared entities matching `query`, best first; at most `limit`. */
export function rankPrepared(prepared: readonly Searchable[], query: string, limit = 20): SearchHit[] {
  const key = nameKey(query);
  if (!key) return [];
  const variants = queryVariants(key);
  const runs = wordRuns(query);
  const hits: SearchHit[] = [];
  for (const { entity, candidates: list } of prepared) {
    let best: SearchHit | undefined;
    for (const candidate of list) {
      for (const variant of variants) {
        const raw = scoreKey(variant, candidate, runs);
        const score = raw > 0 ? raw - variant.penalty : 0;
        if (score > 0 && (!best || score > best.score)) best = { entity, matched: candidate.text, score };
      }
    }
    if (best) hits.push(best);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.entity.name.en.localeCompare(b.entity.name.en))
    .slice(0, limit);
}

/** Entities matching `query`, best first; at most `limit`. */
export function rankEntities(entities: readonly Entity[], query: string, limit = 20): SearchHit[] {
  return rankPrepared(prepareForSearch(entities), query, limit);
}
