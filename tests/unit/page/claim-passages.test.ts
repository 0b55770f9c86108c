import { describe, expect, it } from 'vitest';
import { claimPassages, MAX_SENTENCE_CHARS } from '../../../lib/page/claim-passages';

function mentionsIn(block: { text: string }, names: string[]) {
  let from = 0;
  return names.map((name, id) => {
    const start = block.text.indexOf(name, from);
    from = start + name.length;
    return { id, entity: name.toLowerCase(), start, end: start + name.length, block };
  });
}

describe('claim passages', () => {
  it('sends each sentence that could hold a claim once, with all its mentions, and keeps the rest in the page', () => {
    const block = { text: 'Qwen and Llama are open-weight models. Llama runs on phones. DeepSeek is fully open, its fans say.' };
    const { passages, ids } = claimPassages(mentionsIn(block, ['Qwen', 'Llama', 'Llama', 'DeepSeek']));
    expect(passages).toEqual([
      { text: 'Qwen and Llama are open-weight models.', mentions: [{ entity: 'qwen', start: 0, end: 4 }, { entity: 'llama', start: 9, end: 14 }] },
      { text: 'DeepSeek is fully open, its fans say.', mentions: [{ entity: 'deepseek', start: 0, end: 8 }] },
    ]);
    expect(ids).toEqual([[0, 1], [3]]);
  });

  it('sends a question with the answer after it, which says what the question asks', () => {
    const block = { text: 'Fact check. Is gpt-oss closed? No, it is open-weight. Llama is popular.' };
    const { passages } = claimPassages(mentionsIn(block, ['gpt-oss', 'Llama']));
    expect(passages.map((p) => p.text)).toEqual(['Is gpt-oss closed? No, it is open-weight.']);
  });

  it('keeps mentions of different blocks apart, even in sentences with the same words', () => {
    const a = { text: 'Mistral is open source.' };
    const b = { text: 'Mistral is open source.' };
    const { passages, ids } = claimPassages([...mentionsIn(a, ['Mistral']), ...mentionsIn(b, ['Mistral']).map((m) => ({ ...m, id: 9 }))]);
    expect(passages).toHaveLength(2);
    expect(ids).toEqual([[0], [9]]);
  });

  it('cuts a sentence with no end (a flattened table) around the mention', () => {
    const filler = 'word '.repeat(600);
    const block = { text: `${filler}Grok is open source ${filler}` };
    const { passages } = claimPassages(mentionsIn(block, ['Grok']));
    expect(passages[0]!.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    const m = passages[0]!.mentions[0]!;
    expect(passages[0]!.text.slice(m.start, m.end)).toBe('Grok');
    expect(passages[0]!.text).toContain('Grok is open source');
  });
});
