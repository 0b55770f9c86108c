/**
 * The index and cues as content scripts read them: one stored string. What a
 * frame decodes must find and decide exactly what the background compiled,
 * and a value it cannot use must leave the page alone, not throw into it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildAliasIndex, FORMAT } from '../../../lib/match/alias-index';
import { useContextCues } from '../../../lib/match/context-cues';
import { decodeMatchData, encodeMatchData } from '../../../lib/match/match-data';
import { scanText } from '../../../lib/match/scanner';
import { PACKED_CUES, SHIPPED_CUES } from '../../../lib/match/shipped-cues';
import { decideInText } from '../../../lib/match/text-senses';
import { loadSeedSources } from './corpus-check';
import { aiSentences, offTopic } from './senses-corpus';

const index = buildAliasIndex(loadSeedSources());
const sentences = [...Object.values(offTopic), ...Object.values(aiSentences)].flat().map((c) => c.text);

describe('stored match data', () => {
  afterAll(() => useContextCues(SHIPPED_CUES));

  it('is one string that decodes to an index and cues deciding every corpus sentence as the originals do', () => {
    const stored = encodeMatchData({ index, cues: PACKED_CUES });
    expect(typeof stored).toBe('string');
    // storage.local hands a content script a copy.
    const decoded = decodeMatchData(structuredClone(stored));
    expect(decoded).not.toBeNull();

    useContextCues(PACKED_CUES);
    const original = sentences.map((text) => decideInText(text, scanText(index, text)));
    useContextCues(decoded!.cues);
    const fromStorage = sentences.map((text) => decideInText(text, scanText(decoded!.index, text)));
    expect(sentences.length).toBeGreaterThan(300);
    expect(fromStorage).toEqual(original);
    expect(original.flat().filter((d) => d.kept).length).toBeGreaterThan(100);
  });

  it('reads nothing from a missing, damaged or foreign value', () => {
    const good = JSON.parse(encodeMatchData({ index, cues: PACKED_CUES })) as Record<string, unknown>;
    const bad: unknown[] = [
      undefined,
      null,
      42,
      good, // an object, as earlier versions stored it, is not this version's value
      '',
      '{"index":',
      'null',
      JSON.stringify({ ...good, index: { ...index, format: FORMAT + 1 } }),
      JSON.stringify({ ...good, index: { ...index, aliases: 'DeepSeek' } }),
      JSON.stringify({ index }),
      // Cues as written, not packed: a frame carries no compiler for them.
      JSON.stringify({ ...good, cues: SHIPPED_CUES }),
    ];
    for (const value of bad) expect(decodeMatchData(value), String(value).slice(0, 40)).toBeNull();
  });
});
