import { describe, expect, it } from 'vitest';
import { generateCorpus, utf8Length } from '../../../bench/corpus';
import { ARABIC_WORDS, ENGLISH_WORDS, FIXTURE_ALIASES } from './fixture-aliases';

const options = { targetBytes: 60_000, aliases: FIXTURE_ALIASES, arabicWords: ARABIC_WORDS, englishWords: ENGLISH_WORDS };

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed, and another for another seed', () => {
    expect(generateCorpus({ ...options, seed: 1 }).text).toBe(generateCorpus({ ...options, seed: 1 }).text);
    expect(generateCorpus({ ...options, seed: 2 }).text).not.toBe(generateCorpus({ ...options, seed: 1 }).text);
  });

  it('reaches the requested size in UTF-8 bytes and characters', () => {
    const c = generateCorpus({ ...options, targetChars: 50_000 });
    expect(c.utf8Bytes).toBe(utf8Length(c.text));
    expect(c.utf8Bytes).toBeGreaterThanOrEqual(60_000);
    expect(c.text.length).toBeGreaterThanOrEqual(50_000);
    expect(c.text).toBe(c.paragraphs.map((p) => p.text).join('\n'));
  });

  it('mixes Arabic and English paragraphs, with Latin names inside Arabic text', () => {
    const c = generateCorpus(options);
    const ar = c.paragraphs.filter((p) => p.lang === 'ar');
    const en = c.paragraphs.filter((p) => p.lang === 'en');
    expect(ar.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(ar.some((p) => p.mentions.some((m) => m.script === 'latin'))).toBe(true);
    expect(en.every((p) => p.mentions.every((m) => m.script === 'latin'))).toBe(true);
  });

  it('records each planted mention at offsets that hold the name as written', () => {
    const c = generateCorpus(options);
    expect(c.planted.length).toBeGreaterThan(200);
    for (const m of c.planted) {
      const written = c.text.slice(m.start, m.end);
      const name = m.version ? written.slice(0, -(m.version.length + 1)) : written;
      const alias = FIXTURE_ALIASES.find((a) => a.text === m.alias)!;
      if (alias.caseSensitive) expect(name).toBe(alias.text);
      else expect(name.toLowerCase()).toBe(alias.text.toLowerCase());
      if (m.version) expect(written.endsWith(' ' + m.version)).toBe(true);
    }
  });

  it('glues proclitics only where it says so, and only Arabic letters', () => {
    const c = generateCorpus(options);
    const attached = c.planted.filter((m) => m.attached);
    expect(attached.length).toBeGreaterThan(0);
    for (const m of attached) expect(c.text[m.start - 1]).toMatch(/[\u0600-\u06FF]/);
    for (const m of c.planted.filter((p) => !p.attached && p.start > 0)) {
      expect(c.text[m.start - 1]).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('plants traps: case-sensitive names in lower case and names glued into longer words', () => {
    const c = generateCorpus({ ...options, targetBytes: 150_000 });
    expect(c.text).toMatch(/(?<![\p{L}])(meta|google|llama)(?![\p{L}])/u);
    expect(c.text).toMatch(/(Meta|Llama|Google|OpenAI|DeepSeek)(verse|ware|ing|ism)/);
  });
});
