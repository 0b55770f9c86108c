/**
 * Shared by the corpus tests: the JSONL corpora of sentences with the
 * mentions a reader would expect (in reading order), and the seed entities.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../../lib/kb/schema';
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

/** The seed knowledge base as the extension ships it, read from assets/kb/entities. */
export function loadSeedSources(): AliasSource[] {
  const dir = fileURLToPath(new URL('../../../assets/kb/entities/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new Error(`no entity files in ${dir}`);
  return files.sort().map((f) => toAliasSource(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entity));
}
