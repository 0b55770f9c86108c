/**
 * The seed knowledge base's aliases, read straight from the entity files, the
 * same input the background compiles into the content script's index.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AliasSource } from '../lib/match/types';
import type { Entity } from '../lib/kb/schema';
import { toAliasSource } from '../lib/match/sources';

/** One alias with the entity it names: what the corpus plants and the baselines search for. */
export interface BenchAlias {
  entity: string;
  text: string;
  caseSensitive?: boolean;
  article?: boolean;
  versioned?: boolean;
}

export function loadSeedSources(root: string): AliasSource[] {
  const dir = join(root, 'assets/kb/entities');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entity)
    .map(toAliasSource);
}

export function flattenAliases(sources: readonly AliasSource[]): BenchAlias[] {
  return sources.flatMap((s) =>
    s.aliases.map((a) => ({
      entity: s.id,
      text: a.text,
      caseSensitive: a.caseSensitive,
      article: a.article,
      versioned: a.versioned,
    })),
  );
}

const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06FF]/;

export function isLatinAlias(text: string): boolean {
  return LATIN.test(text) && !ARABIC.test(text);
}

export function isArabicAlias(text: string): boolean {
  return ARABIC.test(text);
}
