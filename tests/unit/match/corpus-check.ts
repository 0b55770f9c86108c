/**
 * Shared by the corpus tests: the JSONL corpora of sentences with the
 * mentions a reader would expect (in reading order), and the seed entities.
 */
import { readFileSync } from 'node:fs';
import { SEED } from '../../../lib/kb/seed';
import { toAliasSource } from '../../../lib/match/sources';
import type { AliasSource } from '../../../lib/match/types';

export interface ExpectedMention {
  entity: string;
  text: string;
  version?: string;
}

export interface CorpusCase {
  text: string;
  mentions: ExpectedMention[];
}

export function readCorpus(path: string): CorpusCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}

/** The seed knowledge base as the extension ships it: every entity file and the expert-index entries. */
export function loadSeedSources(): AliasSource[] {
  return SEED.entities.map(toAliasSource);
}
