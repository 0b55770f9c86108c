/**
 * The seed knowledge base's aliases, read from the same files the extension
 * bundles, the same input the background compiles into the content script's
 * index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AliasSource } from '../lib/match/types';
import { readSeedAliasSources } from '../scripts/kb-files';

/** One alias with the entity it names: what the corpus plants and the baselines search for. */
export interface BenchAlias {
  entity: string;
  text: string;
  caseSensitive?: boolean;
  article?: boolean;
  versioned?: boolean;
}

/**
 * Every entity the extension ships, expert-index entries included: the bench
 * measures the alias count a reader's browser really holds.
 */
export function loadSeedSources(root: string): AliasSource[] {
  if (!existsSync(join(root, 'assets/kb/entities'))) return [];
  return readSeedAliasSources(root);
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
