import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/text/sentence-around';

function slice(text: string, word: string, max?: number) {
  const start = text.indexOf(word);
  const s = sentenceAround(text, start, start + word.length, max);
  return { ...s, marked: s.text.slice(s.at, s.at + s.length) };
}

describe('sentenceAround', () => {
  it('takes the sentence the mention stands in, with its full stop', () => {
    const text = 'First one. Many readers compared DeepSeek-R1 with gpt-oss. Last one.';
    expect(slice(text, 'DeepSeek-R1')).toEqual({ text: 'Many readers compared DeepSeek-R1 with gpt-oss.', at: 22, length: 11, marked: 'DeepSeek-R1' });
  });

  it('does not end a sentence at a version number or a domain', () => {
    const text = 'Meta released Llama 3.1 on x.ai today. Next.';
    expect(slice(text, 'Llama').text).toBe('Meta released Llama 3.1 on x.ai today.');
  });

  it('ends Arabic sentences at the Arabic question mark and at line breaks', () => {
    const text = 'هل لاما مفتوح؟ سؤال آخر\nسطر';
    expect(slice(text, 'لاما').text).toBe('هل لاما مفتوح؟');
    expect(slice(text, 'آخر').text).toBe('سؤال آخر');
  });

  it('cuts a long sentence around the mention and marks the cuts', () => {
    const text = `${'a'.repeat(300)} Claude ${'b'.repeat(300)}.`;
    const s = slice(text, 'Claude', 60);
    expect(s.marked).toBe('Claude');
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(62);
  });

  it('gives the unused room at the end back to the start', () => {
    const text = `${'a '.repeat(100)}Claude.`;
    const s = slice(text, 'Claude', 40);
    expect(s.text.endsWith('Claude.')).toBe(true);
    expect(s.text.length).toBeGreaterThan(35);
  });
});
