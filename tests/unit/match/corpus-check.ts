/**
 * Shared by the corpus test: read a JSONL corpus of sentences with the
 * mentions a reader would expect, in reading order.
 */
import { readFileSync } from 'node:fs';

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
