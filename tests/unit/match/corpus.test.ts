/**
 * The news corpus against the seed knowledge base the extension ships:
 * every sentence must give exactly the mentions a reader expects, in order,
 * with exact text and version. Negative sentences expect none.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { loadSeedSources, readCorpus, type CorpusCase } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const corpusPath = (name: string) => fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));
const corpora: Record<string, CorpusCase[]> = {
  ar: readCorpus(corpusPath('ar.jsonl')),
  en: readCorpus(corpusPath('en.jsonl')),
};

const REQUIRED = [
  'openai', 'gpt-oss', 'gpt-oss-120b', 'gpt-oss-20b', 'chatgpt', 'meta', 'llama', 'deepseek', 'deepseek-r1',
  'deepseek-v3', 'apple', 'fastvlm', 'mobileclip2', 'google', 'chrome', 'chromium', 'android', 'gemini', 'gemma',
  'osi', 'alibaba', 'qwen', 'mistral-ai', 'anthropic', 'claude',
];

describe.each(Object.entries(corpora))('%s corpus', (_language, cases) => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const mentions = scanText(index, c.text);
    for (const m of mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => (m.version === undefined ? { entity: m.entity, text: m.text } : { entity: m.entity, text: m.text, version: m.version }))).toEqual(
      c.mentions,
    );
  });
});

describe('corpus coverage', () => {
  it('holds at least 150 sentences, about half in each language, with negatives', () => {
    const all = [...corpora.ar!, ...corpora.en!];
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(corpora.ar!.length).toBeGreaterThanOrEqual(70);
    expect(corpora.en!.length).toBeGreaterThanOrEqual(70);
    expect(all.filter((c) => c.mentions.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('names every required entity', () => {
    const named = new Set([...corpora.ar!, ...corpora.en!].flatMap((c) => c.mentions.map((m) => m.entity)));
    expect(REQUIRED.filter((id) => !named.has(id))).toEqual([]);
  });

  it('uses only rules the matcher can attach to an alias of their entity', () => {
    const unattached = index.rules.map((_, r) => r).filter((r) => !index.aliases.some((a) => a.rules?.includes(r)));
    expect(unattached).toEqual([]);
  });
});
