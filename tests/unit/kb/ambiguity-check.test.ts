import { describe, expect, it } from 'vitest';
import { commonWordOf, unmarkedAmbiguousAliases } from '../../../lib/kb/ambiguity-check';
import { loadWordLists } from '../../../scripts/word-lists';
import { loadSeedSources } from '../match/corpus-check';

const lists = loadWordLists();

describe('ambiguous aliases', () => {
  it('every seed alias that is an English word or a first name is marked ambiguous', () => {
    expect(unmarkedAmbiguousAliases(loadSeedSources(), lists)).toEqual([]);
  });

  it('finds an unmarked common word, first name or capitalized word, and accepts it once marked', () => {
    const entities = [
      { id: 'falcon', aliases: [{ text: 'Falcon', caseSensitive: true }, { text: 'Claude' }, { text: 'JAIS' }] },
    ];
    const problems = unmarkedAmbiguousAliases(entities, lists);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"Falcon" is an English word');
    expect(problems[1]).toContain('"Claude" is a first name');
    const marked = entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, ambiguous: 'reason' })) }));
    expect(unmarkedAmbiguousAliases(marked, lists)).toEqual([]);
  });

  it('takes a case-sensitive alias in a case no word is written in as distinctive, but not its plain forms', () => {
    expect(commonWordOf({ text: 'LLaMA', caseSensitive: true }, lists)).toBeNull();
    expect(commonWordOf({ text: 'LLaMA' }, lists)).toBe('an English word');
    expect(commonWordOf({ text: 'LLAMA', caseSensitive: true }, lists)).toBe('an English word');
    expect(commonWordOf({ text: 'DeepSeek' }, lists)).toBeNull();
    expect(commonWordOf({ text: 'Hugging Face' }, lists)).toBeNull();
  });
});
