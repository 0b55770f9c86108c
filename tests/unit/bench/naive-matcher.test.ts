import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus';
import { compileNaive, naivePatternSource, naiveScan } from '../../../bench/naive-matcher';
import { ARABIC_WORDS, ENGLISH_WORDS, FIXTURE_ALIASES } from './fixture-aliases';

const patterns = compileNaive(FIXTURE_ALIASES);
const found = (text: string) => naiveScan(patterns, text).map((m) => `${m.text}→${m.entity}`);

describe('the naive one-RegExp-per-alias baseline', () => {
  it('matches whole words only, by Unicode letters rather than ASCII \\b', () => {
    expect(found('Metaverse and ميتافيرس, not Meta')).toEqual(['Meta→meta']);
    expect(found('قالت ميتا إن')).toEqual(['ميتا→meta']);
  });

  it('honours case sensitivity per alias', () => {
    expect(found('meta and llama are words; openai and DEEPSEEK are names')).toEqual([
      'openai→openai',
      'DEEPSEEK→deepseek',
    ]);
  });

  it('lets a space or hyphen in an alias be a space, a hyphen or nothing', () => {
    expect(found('gpt oss 120b, gptoss-120b and gpt-oss-120b')).toEqual([
      'gpt oss 120b→gpt-oss-120b',
      'gptoss-120b→gpt-oss-120b',
      'gpt-oss-120b→gpt-oss-120b',
    ]);
    expect(naivePatternSource('a.b (c)')).toContain('a\\.b[\\s-]?\\(c\\)');
  });

  it('resolves overlaps leftmost-longest', () => {
    expect(found('Google Chrome is a browser by Google')).toEqual(['Google Chrome→chrome', 'Google→google']);
  });

  it('cannot see a Latin name glued to an Arabic proclitic (which the scanner reads)', () => {
    expect(found('وOpenAI')).toEqual([]);
  });

  it('finds every planted Latin mention that is not glued to a proclitic, and nothing in the traps', () => {
    const c = generateCorpus({
      targetBytes: 80_000,
      aliases: FIXTURE_ALIASES,
      arabicWords: ARABIC_WORDS,
      englishWords: ENGLISH_WORDS,
    });
    const starts = new Set(naiveScan(patterns, c.text).map((m) => m.start));
    const latin = c.planted.filter((m) => m.script === 'latin' && !m.attached);
    const missed = latin.filter((m) => !starts.has(m.start));
    expect(latin.length).toBeGreaterThan(100);
    // "Google" planted right before "Chrome" reads as one "Google Chrome": still found, one start.
    expect(missed.length).toBeLessThanOrEqual(latin.length * 0.01);
  });
});
