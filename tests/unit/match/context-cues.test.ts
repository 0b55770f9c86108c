import { afterAll, describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { tokensIn, tokensOf, useContextCues } from '../../../lib/match/context-cues';
import { scanText } from '../../../lib/match/scanner';
import { PACKED_CUES, SHIPPED_CUES } from '../../../lib/match/shipped-cues';
import { decideInText } from '../../../lib/match/text-senses';
import { loadSeedSources } from './corpus-check';
import { aiSentences, offTopic } from './senses-corpus';

const index = buildAliasIndex(loadSeedSources());
const sentences = [...Object.values(offTopic), ...Object.values(aiSentences)].flat().map((c) => c.text);
const decideAll = () => sentences.map((text) => decideInText(text, scanText(index, text)));

describe('packed context cues', () => {
  afterAll(() => useContextCues(SHIPPED_CUES));

  it('decide every corpus sentence as the cue list does, evidence included, after a trip through storage', () => {
    useContextCues(SHIPPED_CUES);
    const fromList = decideAll();
    // storage.local keeps JSON-like values: the copy a content script gets is a structured clone.
    useContextCues(structuredClone(PACKED_CUES));
    const fromPacked = decideAll();
    expect(sentences.length).toBeGreaterThan(300);
    expect(fromPacked).toEqual(fromList);
    // The corpus exercises the cues: some names are dropped on other-topic words, some kept on AI words.
    const evidence = fromList.flat().flatMap((d) => d.evidence.map((e) => e.kind));
    expect(evidence).toContain('other-topic');
    expect(evidence).toContain('ai-word');
    expect(evidence).toContain('qualifier');
  });
});

describe('tokens read chunk by chunk', () => {
  const pages = [...Object.values(offTopic), ...Object.values(aiSentences)].map((cases) => cases.map((c) => c.text).join('\n'));

  it('are the tokens of the window normalized whole, for windows cut anywhere between words', () => {
    let windows = 0;
    for (const page of pages) {
      const spaces = [0, ...[...page.matchAll(/\s/g)].map((m) => m.index!), page.length];
      for (let a = 0; a < spaces.length; a += 7) {
        for (const b of [a + 1, a + 5, a + 40]) {
          const from = spaces[a]!;
          const to = spaces[Math.min(b, spaces.length - 1)]!;
          expect(tokensIn(page, from, to)).toEqual(tokensOf(page.slice(from, to)));
          windows++;
        }
      }
    }
    expect(windows).toBeGreaterThan(1000);
  });
});
