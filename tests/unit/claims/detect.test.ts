/**
 * The check's contract on single sentences: offsets, attachment, the words
 * that keep a claim from being the page's own, and how verdicts are drawn.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/claims/detect';
import type { RecordLookup } from '../../../lib/claims/types';
import type { Mention } from '../../../lib/match/types';
import { check } from './corpus-support';

const only = (text: string, entity: string) => {
  const found = check(text).filter((c) => c.entity === entity);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('offsets', () => {
  it('are UTF-16 indices of the mention and of the cue words, past astral characters', () => {
    const text = '😀 العنوان\nأطلقت علي بابا نموذج كوين مفتوح المصدر 🚀 the open-weight Mixtral.';
    const claims = check(text);
    for (const c of claims) {
      expect(c.end).toBeGreaterThan(c.start);
      if (c.cue !== null) expect(text.slice(c.cueStart!, c.cueEnd!)).toBe(c.cue);
    }
    const qwen = only(text, 'qwen');
    expect(text.slice(qwen.start, qwen.end)).toBe('كوين');
    expect(qwen).toMatchObject({ claim: 'open', verdict: 'overstated', cue: 'مفتوح المصدر' });
    expect(only(text, 'mixtral')).toMatchObject({ claim: 'open-weights', verdict: 'consistent', cue: 'open-weight' });
  });

  it('leave out a conjunction written on the cue', () => {
    const text = 'كروم متصفح مغلق المصدر، أما كروميوم فمفتوح المصدر.';
    const chromium = only(text, 'chromium');
    expect(chromium.cue).toBe('مفتوح المصدر');
    expect(text.slice(chromium.cueStart!, chromium.cueEnd!)).toBe('مفتوح المصدر');
    expect(only(text, 'chrome')).toMatchObject({ claim: 'closed', verdict: 'consistent' });
  });

  it('report every mention, with nulls where no cue attaches', () => {
    expect(check('Meta released Llama 3.1 on Tuesday.')).toEqual([
      { entity: 'meta', start: 0, end: 4, claim: null, verdict: null, cue: null, cueStart: null, cueEnd: null },
      { entity: 'llama', start: 14, end: 23, claim: null, verdict: null, cue: null, cueStart: null, cueEnd: null },
    ]);
  });
});

describe('attachment', () => {
  it('reads appositive, attributive and predicate claims', () => {
    expect(only('Llama, Meta’s open-source model, is popular.', 'llama').claim).toBe('open');
    expect(only('The open-source Qwen is popular.', 'qwen').claim).toBe('open');
    expect(only('gpt-oss is fully open.', 'gpt-oss').claim).toBe('open');
    expect(only('gpt-oss, released in August, is fully open.', 'gpt-oss').claim).toBe('open');
    expect(only('يحظى نموذج كوين مفتوح المصدر بشعبية.', 'qwen').claim).toBe('open');
  });

  it('gives a claim on a possessed name to the name, not to its possessor, in a list too', () => {
    const text = 'The open-weight Qwen and Meta’s Llama are popular.';
    expect(only(text, 'llama').claim).toBe('open-weights');
    expect(only(text, 'meta').claim).toBeNull();
    const before = "Qwen and Meta's Llama are open-weight models.";
    expect(only(before, 'qwen').claim).toBe('open-weights');
    expect(only(before, 'meta').claim).toBeNull();
    expect(only("Open-source models such as Qwen and Meta's own model are popular.", 'meta').claim).toBeNull();
  });

  it('reads a release "as" open source, and weights called open source as an open-weights claim', () => {
    expect(only('Meta released Llama 4 as an open-source model.', 'llama')).toMatchObject({ claim: 'open', verdict: 'overstated' });
    for (const text of [
      'Llama 4 weights are open source.',
      'Llama 4’s weights are open source, the post read.',
      'The weights of Llama 4 are open source.',
      'أوزان لاما 4 مفتوحة المصدر.',
    ]) {
      expect(only(text, 'llama'), text).toMatchObject({ claim: 'open-weights', verdict: 'overstated' });
    }
    // DeepSeek-R1's weights are under MIT: calling them open source is right.
    expect(only('DeepSeek-R1’s weights are open source.', 'deepseek-r1')).toMatchObject({ claim: 'open-weights', verdict: 'consistent' });
    // "as" leads nowhere when other words stand between it and the cue, or a hedge holds it.
    expect(only('Llama 4 as well as open models from China gained ground.', 'llama').claim).toBeNull();
    expect(only('Alibaba touts Qwen as open source.', 'qwen')).toMatchObject({ claim: null, qualifier: 'hedged' });
  });

  it('leaves claims about something else alone', () => {
    const chrome = 'Chrome, built on the open-source Chromium, is popular.';
    expect(only(chrome, 'chrome').claim).toBeNull();
    expect(only(chrome, 'chromium').claim).toBe('open');
    expect(only('أداة Gemini CLI مفتوحة المصدر.', 'gemini').claim).toBeNull();
    expect(only('Meta, which open-sourced PyTorch, trains Llama.', 'meta').claim).toBeNull();
    expect(only('Meta’s open-source model is popular.', 'meta').claim).toBeNull();
  });

  it('does not read the OSI’s own name as a claim', () => {
    for (const text of ['The Open Source Initiative published a definition.', 'نشرت مبادرة البرمجيات مفتوحة المصدر تعريفها.']) {
      expect(check(text).every((c) => c.cue === null), text).toBe(true);
    }
  });

  it('ignores the false friends خفيفة الوزن and ممارسات احتكارية', () => {
    expect(only('نسخة خفيفة الوزن من جيما.', 'gemma').cue).toBeNull();
    expect(only('تواجه جوجل اتهامات بممارسات احتكارية بسبب جيميني.', 'gemini').cue).toBeNull();
  });
});

describe('negation, hedges and attribution', () => {
  it.each([
    ['Llama is not open source.', 'negated'],
    ['لا يُعد لاما مفتوح المصدر.', 'negated'],
    ['لاما ليس مفتوح المصدر.', 'negated'],
    ['The so-called open-source Llama has a licence.', 'hedged'],
    ['Llama, billed as open source, has a licence.', 'hedged'],
    ['ما يسمى نموذج لاما مفتوح المصدر يخضع لترخيص.', 'hedged'],
    ['Is Llama open source?', 'hedged'],
    ['Critics say Llama is open-weight at best.', 'attributed'],
    ['يقول منتقدون إن لاما مفتوح الأوزان فقط.', 'attributed'],
  ])('%s → %s, no claim', (text, qualifier) => {
    expect(only(text, 'llama')).toMatchObject({ claim: null, verdict: null, qualifier });
  });

  it('reads words in single quotation marks as someone\'s, and an apostrophe in a word as no mark', () => {
    expect(only("A Dubai CTO posted: 'We moved everything to the open-source Llama and never looked back.'", 'llama')).toMatchObject({ claim: null, qualifier: 'attributed' });
    expect(only('A Dubai CTO posted: \u2018We moved everything to the open-source Llama.\u2019', 'llama')).toMatchObject({ claim: null, qualifier: 'attributed' });
    expect(only("Meta's open-source Llama doesn't ship its training data.", 'llama')).toMatchObject({ claim: 'open', verdict: 'overstated' });
    expect(only("The developers' favourite, the open-source Llama, doesn't ship its data.", 'llama')).toMatchObject({ claim: 'open', verdict: 'overstated' });
    expect(only("In the '90s tools were closed; today the open-source Llama 4 runs anywhere.", 'llama')).toMatchObject({ claim: 'open' });
  });

  it('keeps the page’s own claim when another cue about the same name is negated', () => {
    expect(only('Llama is open-weight, not open source.', 'llama')).toMatchObject({ claim: 'open-weights', verdict: 'overstated' });
  });

  it('reads a denial after the name as taking its openness back, only as much as it denies', () => {
    expect(only('The open model of Google, Gemini, is not really open.', 'gemini')).toMatchObject({ qualifier: 'negated' });
    expect(only('The open-source Llama 4, critics note, is not truly open source.', 'llama')).toMatchObject({ qualifier: 'negated' });
    // Not a denial of openness: the claim stands.
    expect(only("Meta's open-source Llama is not available in the European Union.", 'llama')).toMatchObject({ verdict: 'overstated' });
    expect(only('The open-weight Grok 2 is not as capable as its successor.', 'grok')).toMatchObject({ claim: 'open-weights', verdict: 'overstated' });
  });
});

describe('verdicts', () => {
  const at = (text: string, entity: string): Mention => {
    const start = text.lastIndexOf(entity);
    return { entity, start, end: start + entity.length, text: entity };
  };

  it('follow closed < restricted < open-weights < open', () => {
    const lookup: RecordLookup = (id) => ({ kind: 'model', status: id === 'a' ? 'restricted' : id === 'b' ? 'open' : 'closed' });
    const verdictFor = (text: string, id: string) => detectClaims(text, [at(text, id)], lookup)[0]!.verdict;
    expect(verdictFor('the open-weight a', 'a')).toBe('overstated');
    expect(verdictFor('the proprietary a', 'a')).toBe('understated');
    expect(verdictFor('the open-weight b', 'b')).toBe('understated');
    expect(verdictFor('the open-source b', 'b')).toBe('consistent');
    expect(verdictFor('the proprietary c', 'c')).toBe('consistent');
  });

  it('read an update code the name stops short of, at the end of a sentence too', () => {
    expect(only('Our pick is the MIT-licensed DeepSeek-V3-0324.', 'deepseek-v3')).toMatchObject({ verdict: 'consistent', release: { name: 'DeepSeek-V3-0324' } });
    expect(only('We use MIT-licensed models like DeepSeek-V3-0324, for now.', 'deepseek-v3')).toMatchObject({ verdict: 'consistent' });
  });

  it('judge no claim about a company or an entity whose status is unknown', () => {
    expect(only('DeepSeek, an open-source AI lab, shook markets.', 'deepseek')).toMatchObject({ claim: 'open', verdict: null });
    // No model in the shipped knowledge base has an unknown status, so the record here is built for the test.
    const unknown: RecordLookup = () => ({ kind: 'model', status: 'unknown' });
    const text = 'Orion is open source.';
    expect(detectClaims(text, [at(text, 'Orion')], unknown)[0]).toMatchObject({ claim: 'open', verdict: null });
  });
});
