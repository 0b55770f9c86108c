import { describe, expect, it } from 'vitest';
import { compareLatin, type Found } from '../../../bench/agreement';

const at = (text: string, word: string, entity: string, extra: Partial<Found> = {}): Found => {
  const start = text.indexOf(word);
  return { entity, start, end: start + word.length, text: word, ...extra };
};

describe('compareLatin', () => {
  const text = 'OpenAI and Llama 3.1, وMeta and ميتا, then DeepSeek';

  it('counts mentions both found, and explains version suffixes and glued proclitics', () => {
    const scanner = [
      at(text, 'OpenAI', 'openai'),
      at(text, 'Llama 3.1', 'llama', { version: '3.1' }),
      at(text, 'Meta', 'meta'),
      at(text, 'ميتا', 'meta'),
      at(text, 'DeepSeek', 'deepseek'),
    ];
    const naive = [at(text, 'OpenAI', 'openai'), at(text, 'Llama', 'llama'), at(text, 'ميتا', 'meta'), at(text, 'DeepSeek', 'deepseek')];
    const a = compareLatin(text, scanner, naive);
    expect(a).toMatchObject({ both: 3, versionSuffix: 1, attached: 1, scannerOnly: 0, naiveOnly: 0, ratio: 1 });
    expect(a.scannerLatin).toBe(4); // the Arabic mention is not compared
  });

  it('does not count a baseline match inside a longer scanner mention as a disagreement', () => {
    const t = 'قالت وGoogle Gemini إن';
    const a = compareLatin(t, [at(t, 'Google Gemini', 'gemini')], [at(t, 'Gemini', 'gemini')]);
    expect(a).toMatchObject({ attached: 1, naiveInside: 1, naiveOnly: 0, ratio: 1 });
  });

  it('reports real disagreements with samples', () => {
    const scanner = [at(text, 'OpenAI', 'openai')];
    const naive = [at(text, 'OpenAI', 'other'), at(text, 'DeepSeek', 'deepseek')];
    const a = compareLatin(text, scanner, naive);
    expect(a.naiveOnly).toBe(1);
    expect(a.entityDiffers).toBe(1);
    expect(a.ratio).toBeCloseTo(0.5);
    expect(a.samples.map((s) => s.kind).sort()).toEqual(['entity', 'naive-only']);
    expect(a.samples.find((s) => s.kind === 'naive-only')!.context).toContain('[DeepSeek]');
  });
});
