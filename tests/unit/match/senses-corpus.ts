/**
 * Shared by the sense tests and the bench: the held-out corpora of
 * tests/fixtures/senses. Off-topic sentences use the ambiguous names in
 * another sense (nothing may be highlighted); AI sentences use them in their
 * AI sense, with the entities a reader expects.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface OffTopicCase {
  topic: string;
  text: string;
}

export interface AiCase {
  text: string;
  /** Every entity the sentence names, sorted. */
  entities: string[];
}

function readLines<T>(name: string): T[] {
  const path = fileURLToPath(new URL(`../../fixtures/senses/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const offTopic = { en: readLines<OffTopicCase>('off-topic-en.jsonl'), ar: readLines<OffTopicCase>('off-topic-ar.jsonl') };
export const aiSentences = { en: readLines<AiCase>('ai-en.jsonl'), ar: readLines<AiCase>('ai-ar.jsonl') };

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}
