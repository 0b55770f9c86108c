/** The record a claim is held against: the latest dated release's status, else the assessment's. */
import { describe, expect, it } from 'vitest';
import { entityRecord, judgedAgainst, verdictOf, versionIn } from '../../../lib/claims/verdict';

describe('entityRecord', () => {
  it('gives companies and organizations no status', () => {
    expect(entityRecord({ kind: 'company', assessment: undefined })).toEqual({ kind: 'company' });
    expect(entityRecord({ kind: 'organization', assessment: undefined })).toEqual({ kind: 'organization' });
  });

  it('reads the latest dated release when the entity lists releases', () => {
    const releases = [
      { date: '2025-03-24', status: 'open-weights' as const },
      { date: '2024-12', status: 'restricted' as const },
    ];
    expect(entityRecord({ kind: 'model', assessment: undefined, releases })).toEqual({ kind: 'model', status: 'open-weights' });
    expect(verdictOf('open', entityRecord({ kind: 'model', assessment: undefined, releases }))).toBe('overstated');
  });

  it('reads nothing into a missing record or an unknown status', () => {
    expect(verdictOf('open', undefined)).toBeNull();
    expect(verdictOf('closed', { kind: 'family', status: 'unknown' })).toBeNull();
  });
});

describe('a mention that names a release', () => {
  const gemma = entityRecord({
    kind: 'family',
    assessment: undefined,
    releases: [
      { name: 'Gemma 2', date: '2024-06-27', status: 'restricted' },
      { name: 'Gemma 3', date: '2025-03-12', status: 'restricted' },
      { name: 'Gemma 3n', date: '2025-06-26', status: 'restricted' },
      { name: 'Gemma 4', date: '2026-04-02', status: 'open-weights' },
    ],
  });

  it('reads versions as names write them, in any digits', () => {
    expect(['Gemma 3', 'Falcon-40B', 'Qwen2.5', '«جيما ٣»', 'Llama 4 Scout, Maverick', 'Kimi'].map(versionIn)).toEqual(['3', '40b', '2.5', '3', '4', null]);
  });

  it('is judged against that release, and a bare or unknown version against the family', () => {
    expect(judgedAgainst(gemma, 'Gemma 3')).toEqual({ status: 'restricted', release: { name: 'Gemma 3', status: 'restricted' } });
    expect(judgedAgainst(gemma, 'جيما ٤').release?.name).toBe('Gemma 4');
    expect(judgedAgainst(gemma, 'Gemma 3n').release?.name).toBe('Gemma 3n');
    expect(judgedAgainst(gemma, 'Gemma')).toEqual({ status: 'open-weights' });
    expect(judgedAgainst(gemma, 'Gemma 7')).toEqual({ status: 'open-weights' });
    expect(verdictOf('open-weights', judgedAgainst(gemma, 'Gemma 3'))).toBe('overstated');
    expect(verdictOf('open-weights', judgedAgainst(gemma, 'Gemma 4'))).toBe('consistent');
  });

  it('judges a model as a whole, unless the mention names one of its releases exactly', () => {
    const v3 = entityRecord({
      kind: 'model',
      assessment: undefined,
      releases: [
        { name: 'DeepSeek-V3', date: '2024-12-26', status: 'restricted' },
        { name: 'DeepSeek-V3-0324', date: '2025-03-24', status: 'open-weights' },
      ],
    });
    // The December 2024 weights kept their licence; the March 2025 update came under MIT.
    expect(judgedAgainst(v3, 'DeepSeek-V3')).toEqual({ status: 'restricted', release: { name: 'DeepSeek-V3', status: 'restricted' } });
    expect(judgedAgainst(v3, 'deepseek v3-0324').release?.name).toBe('DeepSeek-V3-0324');
    expect(judgedAgainst(v3, 'DeepSeek')).toEqual({ status: 'open-weights' });
    expect(judgedAgainst(v3, 'DeepSeek-V3.2')).toEqual({ status: 'open-weights' });
  });

  it('names a release by a tier joined with a hyphen where the release gives no version', () => {
    const hunyuan = entityRecord({
      kind: 'family',
      assessment: undefined,
      releases: [
        { name: 'Hunyuan-Large', date: '2024-11-05', status: 'restricted' },
        { name: 'Hy3', date: '2026-07', status: 'open-weights' },
      ],
    });
    expect(judgedAgainst(hunyuan, 'Hunyuan-Large')).toEqual({ status: 'restricted', release: { name: 'Hunyuan-Large', status: 'restricted' } });
    expect(judgedAgainst(hunyuan, 'Hunyuan')).toEqual({ status: 'open-weights' });
    expect(judgedAgainst(hunyuan, 'Hunyuan Large')).toEqual({ status: 'open-weights' });
  });
});
