import { describe, expect, it } from 'vitest';
import type { MentionRecord } from '../../../lib/dom/annotator';
import { listMentions } from '../../../lib/dom/list-mentions';

function mentionsIn(text: string, names: Array<[string, string]>): MentionRecord[] {
  const block = { text } as MentionRecord['block'];
  const out: MentionRecord[] = [];
  let id = 0;
  for (const [entity, word] of names) {
    let from = 0;
    for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, from)) {
      out.push({ id: id++, entity, status: 'open-weights', text: word, start: at, end: at + word.length, block, painted: null });
      from = at + word.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('listMentions', () => {
  const text = 'DeepSeek-R1 is out. Llama too. Readers compared DeepSeek-R1 with Llama.';

  it('ranks each mention among its entity\'s, in page order, with its sentence', () => {
    const list = listMentions(mentionsIn(text, [['deepseek-r1', 'DeepSeek-R1'], ['llama', 'Llama']]));
    expect(list.map((m) => [m.entity, m.index, m.sentence])).toEqual([
      ['deepseek-r1', 0, 'DeepSeek-R1 is out.'],
      ['llama', 0, 'Llama too.'],
      ['deepseek-r1', 1, 'Readers compared DeepSeek-R1 with Llama.'],
      ['llama', 1, 'Readers compared DeepSeek-R1 with Llama.'],
    ]);
    const last = list[3]!;
    expect(last.sentence.slice(last.at, last.at + last.length)).toBe('Llama');
  });

  it('lists at most the cap', () => {
    expect(listMentions(mentionsIn(text, [['llama', 'Llama']]), 1)).toHaveLength(1);
  });
});
