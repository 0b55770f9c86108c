/**
 * The check reads whatever a page holds: headlines cut short, tables turned
 * into text, a cue with nothing after it. Random runs of names, cue words,
 * glue and punctuation must never throw, and must give one answer per name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './corpus-support';

const PIECES = [
  // Names, both scripts, with versions, proclitics and possessives.
  'Llama 4', "Meta's", 'Meta', 'Qwen3', 'Gemini', 'GPT-5', 'Kimi K2', 'gpt-oss-120b', 'Claude', 'OpenAI',
  'لاما 4', 'ميتا', 'كوين 3', 'وجيميني', 'بديب سيك', 'أوبن إيه آي', 'تينسنت', 'هونيوان',
  // Cues.
  'open-source', 'open source', 'open-weight', 'closed', 'proprietary', 'under Apache 2.0', 'MIT-licensed',
  'مفتوح المصدر', 'مفتوح الأوزان', 'المغلق', 'احتكاري', 'بترخيص MIT', 'فتحت', 'مصدر', 'مقفول',
  // Glue, heads, qualifiers and clause words.
  'is', 'not', 'but', 'بل', 'ليس', 'and', 'و', 'the', 'model', 'نموذج', 'among', 'من بين', 'said', 'قال', 'as',
  'خلال', 'why', 'ليش', 'so', 'itself', 'now', 'rival', 'ones', 'وغيرهما', 'and others', 'etc', '8B', 'mini',
  // Punctuation, alone or stuck to a word.
  ':', '،', ',', '(', ')', '—', '?', '؟', '.', ';', '"', '«', '»', "'s", '-',
];

const sentence = fc
  .array(fc.record({ piece: fc.constantFrom(...PIECES), glued: fc.boolean() }), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map((p, i) => (i > 0 && !p.glued ? ' ' : '') + p.piece).join(''));

describe('the check on any run of words', () => {
  it('never throws, and answers once for each name it finds', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const claims = check(text);
        for (const c of claims) expect(text.slice(c.start, c.end).length).toBeGreaterThan(0);
        const starts = claims.map((c) => c.start);
        expect(new Set(starts).size).toBe(starts.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a cue that ends the sentence after a colon', () => {
    expect(check('كوين 3: مفتوح الأوزان').map((c) => c.entity)).toEqual(['qwen']);
    expect(check('Qwen3: open-weight').map((c) => c.entity)).toEqual(['qwen']);
  });
});
