/**
 * What the sense decision does to quality, on the project's own corpora:
 * false highlights per 1,000 words on the held-out off-topic sentences
 * (tests/fixtures/senses, each file read as one page), and precision and
 * recall on the news corpus (tests/fixtures/corpus, each file read as one
 * page, every expected mention a reader's answer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledIndex } from '../lib/match/alias-index';
import type { Mention } from '../lib/match/types';

interface Matcher {
  index: CompiledIndex;
  scanText: (index: CompiledIndex, text: string) => Mention[];
  keptInText: (text: string, mentions: readonly Mention[]) => Mention[];
}

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export interface SenseQuality {
  offTopicWords: number;
  offTopicFalse: number;
  offTopicFalsePer1000Words: number;
  newsPrecision: number;
  newsRecall: number;
  /** Recall of the scanner alone on the same corpus, before the decision. */
  newsRecallBefore: number;
}

/** Expected mentions matched by found ones with the same entity and text, in order. */
function matched(expected: { entity: string; text: string }[], found: Mention[]): number {
  const pool = [...found];
  let hits = 0;
  for (const e of expected) {
    const at = pool.findIndex((m) => m.entity === e.entity && m.text === e.text);
    if (at >= 0) {
      hits++;
      pool.splice(at, 1);
    }
  }
  return hits;
}

export function senseQuality(root: string, m: Matcher): SenseQuality {
  let words = 0;
  let falseHits = 0;
  for (const language of ['en', 'ar']) {
    const cases = jsonLines<{ text: string }>(join(root, `tests/fixtures/senses/off-topic-${language}.jsonl`));
    const page = cases.map((c) => c.text).join('\n');
    words += page.split(/\s+/).filter((w) => w.length > 0).length;
    falseHits += m.keptInText(page, m.scanText(m.index, page)).length;
  }
  let expected = 0;
  let found = 0;
  let right = 0;
  let rightBefore = 0;
  for (const language of ['en', 'ar']) {
    const cases = jsonLines<{ text: string; mentions: { entity: string; text: string }[] }>(join(root, `tests/fixtures/corpus/${language}.jsonl`));
    const page = cases.map((c) => c.text).join('\n');
    const scanned = m.scanText(m.index, page);
    const kept = m.keptInText(page, scanned);
    const wanted = cases.flatMap((c) => c.mentions);
    expected += wanted.length;
    found += kept.length;
    right += matched(wanted, kept);
    rightBefore += matched(wanted, scanned);
  }
  return {
    offTopicWords: words,
    offTopicFalse: falseHits,
    offTopicFalsePer1000Words: (falseHits * 1000) / words,
    newsPrecision: found === 0 ? 1 : right / found,
    newsRecall: right / expected,
    newsRecallBefore: rightBefore / expected,
  };
}
