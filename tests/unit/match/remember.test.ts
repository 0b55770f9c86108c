import { describe, expect, it } from 'vitest';
import { remember } from '../../../lib/match/remember';

describe('remember', () => {
  it('computes a key once, keeps null answers, and never holds more than its limit', () => {
    const cache = new Map<string, string | null>();
    let calls = 0;
    const compute = (key: string) => (calls++, key.startsWith('x') ? null : key.toUpperCase());
    expect(remember(cache, 3, 'a', compute)).toBe('A');
    expect(remember(cache, 3, 'a', compute)).toBe('A');
    expect(remember(cache, 3, 'xy', compute)).toBeNull();
    expect(remember(cache, 3, 'xy', compute)).toBeNull();
    expect(calls).toBe(2);
    for (const key of ['b', 'c', 'd', 'e']) remember(cache, 3, key, compute);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(remember(cache, 3, 'e', compute)).toBe('E');
    expect(calls).toBe(6);
  });
});
