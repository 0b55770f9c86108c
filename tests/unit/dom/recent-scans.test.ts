import { describe, expect, it } from 'vitest';
import { rememberRecentScans } from '../../../lib/dom/recent-scans';
import type { Mention } from '../../../lib/match/types';

function counting() {
  const calls: string[] = [];
  const scan = rememberRecentScans((text): Mention[] => {
    calls.push(text);
    return text.includes('Qwen') ? [{ entity: 'qwen', start: text.indexOf('Qwen'), end: text.indexOf('Qwen') + 4, text: 'Qwen' }] : [];
  });
  return { calls, scan };
}

describe('rememberRecentScans', () => {
  it('answers a text it has just scanned with the same array, without scanning it again', () => {
    const { calls, scan } = counting();
    const first = scan('Qwen ships a model.');
    expect(scan('Qwen ships a model.')).toBe(first);
    expect(calls).toEqual(['Qwen ships a model.']);
  });

  it('scans again a text whose content changed', () => {
    const { calls, scan } = counting();
    scan('Qwen ships a model.');
    expect(scan('Qwen shipped a model.')[0]!.start).toBe(0);
    expect(calls).toHaveLength(2);
  });

  it('forgets the oldest text once four newer ones were scanned', () => {
    const { calls, scan } = counting();
    for (const t of ['a', 'b', 'c', 'd', 'e']) scan(t);
    scan('e');
    scan('b');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e']);
    scan('a');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });
});
