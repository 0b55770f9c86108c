import { afterAll, describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { contextCues, cuesIn, findCuesInTokens, forgetCueWords, tokensIn, tokensOf, useContextCues } from '../../../lib/match/context-cues';
import { scanText } from '../../../lib/match/scanner';
import { kinAfter, kinBefore, saidBefore } from '../../../lib/match/person-words';
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

const pages = [...Object.values(offTopic), ...Object.values(aiSentences)].map((cases) => cases.map((c) => c.text).join('\n'));

/** Calls `check(from, to)` on windows of every page cut between words, `step` spaces apart, of the given lengths in words. */
function eachWindow(step: number, lengths: number[], check: (page: string, from: number, to: number) => void): void {
  for (const page of pages) {
    const spaces = [0, ...[...page.matchAll(/\s/g)].map((m) => m.index!), page.length];
    for (let a = 0; a < spaces.length; a += step) {
      for (const b of lengths) check(page, spaces[a]!, spaces[Math.min(a + b, spaces.length - 1)]!);
    }
  }
}

describe('tokens read chunk by chunk', () => {
  it('are the tokens of the window normalized whole, for windows cut anywhere between words', () => {
    let windows = 0;
    eachWindow(7, [1, 5, 40], (page, from, to) => {
      expect(tokensIn(page, from, to)).toEqual(tokensOf(page.slice(from, to)));
      windows++;
    });
    expect(windows).toBeGreaterThan(1000);
  });
});

describe('cues read chunk by chunk', () => {
  it("are the cues of the window's tokens, in the same order, for windows cut anywhere between words", () => {
    useContextCues(SHIPPED_CUES);
    const { for: forTable, against } = contextCues();
    let withCues = 0;
    eachWindow(5, [3, 12, 40], (page, from, to) => {
      const tokens = tokensOf(page.slice(from, to));
      const found = cuesIn(page, from, to);
      expect(found.for).toEqual(findCuesInTokens(forTable, tokens));
      expect(found.against).toEqual(findCuesInTokens(against, tokens));
      if (found.for.length + found.against.length > 0) withCues++;
    });
    // Phrases ("open source", «مفتوح المصدر») and single words on both sides are among them.
    expect(withCues).toBeGreaterThan(1000);
  });

  it('are read again after the caches are emptied or the cue list changes', () => {
    useContextCues(SHIPPED_CUES);
    const text = 'The chatbot answered on the pitch before the match.';
    const before = cuesIn(text, 0, text.length);
    expect(before.for.map((c) => c.text)).toContain('chatbot');
    forgetCueWords();
    expect(cuesIn(text, 0, text.length)).toEqual(before);
    useContextCues({ ...SHIPPED_CUES, for: { strong: ['pitch'], product: [], weak: [] } });
    expect(cuesIn(text, 0, text.length).for.map((c) => c.text)).toEqual(['pitch']);
    useContextCues(SHIPPED_CUES);
    expect(cuesIn(text, 0, text.length).for.map((c) => c.text)).toContain('chatbot');
  });
});


describe('cue words behind a proclitic', () => {
  const topics = (text: string) => findCuesInTokens(contextCues().against, tokensOf(text)).map((c) => c.topic);

  it('read «ك» (like) only on a word long enough to carry it: «كتبت» (she wrote) is no «ك» + «تبت» (Tibet)', () => {
    expect(topics('كتبت التقرير كاملاً')).toEqual([]);
    expect(topics('زارت التبت')).toEqual(['religion']);
    // Other proclitics still come off a three-letter word.
    expect(topics('ولاعب الوسط')).toContain('sport');
  });
});

describe('words for people, from the cue data', () => {
  afterAll(() => useContextCues(SHIPPED_CUES));
  const kept = (text: string) =>
    decideInText(text, scanText(index, text))
      .filter((d) => d.kept)
      .map((d) => d.mention.text);
  const text = 'My colleague Gemma tested the new Gemini 3 chatbot. Gemma, my colleague, liked it.';

  it('make a first name beside them a person, before it or after it', () => {
    useContextCues(SHIPPED_CUES);
    expect(kept(text)).toEqual(['Gemini 3']);
    expect(kinAfter(contextCues().persons, ', my colleague, liked', 0)).toBe('my colleague');
    expect(kinAfter(contextCues().persons, ' from itinerary', 0)).toBeNull();
  });

  it('are no words at all in a cue list stored before there were any', () => {
    const { persons: _, ...older } = SHIPPED_CUES;
    useContextCues(older);
    expect(kinBefore(contextCues().persons, 'my colleague ', 13)).toBeNull();
    expect(saidBefore(contextCues().persons, 'said ', 5)).toBe(false);
    expect(kept(text)).toContain('Gemma');
  });
});
