import { describe, expect, it } from 'vitest';
import { ChunkCache, HASH_START, hashStep } from '../../../lib/match/chunk-cache';

const hashOf = (text: string, start: number, end: number) => {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
};

describe('chunk cache', () => {
  it('computes a chunk once, wherever in a text it stands', () => {
    const cache = new ChunkCache<string>(4);
    const seen: string[] = [];
    const compute = (chunk: string) => (seen.push(chunk), chunk.toUpperCase());
    const text = 'model نموذج model';
    expect(cache.get(text, 0, 5, hashOf(text, 0, 5), compute)).toBe('MODEL');
    expect(cache.get(text, 12, 17, hashOf(text, 12, 17), compute)).toBe('MODEL');
    expect(cache.get(text, 6, 11, hashOf(text, 6, 11), compute)).toBe('نموذج');
    expect(seen).toEqual(['model', 'نموذج']);
  });

  it('tells apart chunks whose hashes collide', () => {
    const cache = new ChunkCache<string>(4);
    const text = 'abc abd';
    // The same (wrong) hash for both: the characters must decide.
    expect(cache.get(text, 0, 3, 7, (c) => c)).toBe('abc');
    expect(cache.get(text, 4, 7, 7, (c) => c)).toBe('abd');
    expect(cache.get(text, 0, 3, 7, () => 'computed again')).toBe('abc');
  });

  it('empties itself when three quarters full, and never holds more', () => {
    const cache = new ChunkCache<number>(3); // 8 slots, 6 kept at most
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    let computed = 0;
    const get = (w: string) => cache.get(w, 0, w.length, hashOf(w, 0, w.length), () => ++computed);
    words.forEach(get);
    expect(computed).toBe(20);
    // w18 and w19 came after the last emptying, so they are still there.
    get('w19');
    get('w18');
    expect(computed).toBe(20);
    get('w0');
    expect(computed).toBe(21);
  });
});
