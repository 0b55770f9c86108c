import { describe, expect, it } from 'vitest';
import { buildAliasIndex, keyVariants, reviveIndex, statusOf, type CompiledIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { toAliasSource } from '../../../lib/match/sources';
import type { AliasSource } from '../../../lib/match/types';
import fixtureSources from '../../fixtures/match/alias-sources.json';
import { SEED } from '../../../lib/kb/seed';

const sources = fixtureSources as AliasSource[];
const SAMPLE =
  'أطلقت OpenAI نموذجي GPT-OSS 120B وgpt-oss-20b، وردّت ميتا بـ”لاما 4“ وغوغل بجيميني ٢٫٥ بينما بقيت غوغل كلاود خدمة سحابية.';

describe('compiled index', () => {
  it('survives storage as JSON and scans exactly like the original', () => {
    const compiled = buildAliasIndex(sources);
    const stored = JSON.parse(JSON.stringify(compiled)) as CompiledIndex;
    expect(scanText(stored, SAMPLE)).toEqual(scanText(compiled, SAMPLE));
    expect(scanText(reviveIndex(stored), SAMPLE).map((m) => m.entity)).toEqual([
      'openai',
      'gpt-oss-120b',
      'gpt-oss-20b',
      'meta',
      'llama',
      'google',
      'gemini',
      'google',
    ]);
  });

  it('stays small enough to keep in storage and send to every frame', () => {
    expect(JSON.stringify(buildAliasIndex(sources)).length).toBeLessThan(20_000);
  });

  it('refuses an index of another format instead of misreading it', () => {
    const compiled = buildAliasIndex(sources);
    expect(() => reviveIndex({ ...compiled, format: 99 } as unknown as CompiledIndex)).toThrow(/format/);
  });

  it('carries each entity status for painting', () => {
    const compiled = buildAliasIndex(sources);
    expect(statusOf(compiled, 'gpt-oss-120b')).toBe('open-weights');
    expect(statusOf(compiled, 'chatgpt')).toBe('closed');
    expect(statusOf(compiled, 'no-such-entity')).toBeUndefined();
  });

  it('lets each space in a key also be nothing', () => {
    expect(keyVariants('gpt oss 120b').sort()).toEqual(['gpt oss 120b', 'gpt oss120b', 'gptoss 120b', 'gptoss120b']);
    expect(keyVariants('openai')).toEqual(['openai']);
  });
});

describe('alias sources from entities', () => {
  it('takes the assessed status, and unknown when there is no assessment', () => {
    const aliases = [{ text: 'Example' }];
    expect(toAliasSource({ id: 'x', aliases }).status).toBe('unknown');
    const assessed = toAliasSource({ id: 'x', aliases, assessment: { status: 'open' } as never });
    expect(assessed.status).toBe('open');
  });
});

describe('the status a name gives', () => {
  const shipped = buildAliasIndex(SEED.entities.map(toAliasSource));
  it("is the release's where the record lists one of another status, else the entity's", () => {
    expect(statusOf(shipped, 'grok')).toBe('restricted');
    expect(statusOf(shipped, 'grok', 'Grok 4')).toBe('closed');
    expect(statusOf(shipped, 'grok', 'Grok-1')).toBe('open-weights');
    expect(statusOf(shipped, 'grok', 'غروك ٤')).toBe('closed');
    expect(statusOf(shipped, 'grok', 'Grok')).toBe('restricted');
    expect(statusOf(shipped, 'grok', 'Grok 2')).toBe('restricted');
    expect(statusOf(shipped, 'grok', 'Grok 9')).toBe('restricted');
    // A model's updates are told apart by all the versions a name gives.
    expect(statusOf(shipped, 'deepseek-v3', 'DeepSeek-V3')).toBe('restricted');
    expect(statusOf(shipped, 'deepseek-v3', 'DeepSeek-V3-0324')).toBe('open-weights');
    // A release named by a tier joined to the family's name: Hunyuan-Large kept its community licence.
    expect(statusOf(shipped, 'hunyuan', 'Hunyuan-Large')).toBe('restricted');
    expect(statusOf(shipped, 'hunyuan', 'Hunyuan')).toBe('open-weights');
    expect(statusOf(shipped, 'nobody', 'Grok 4')).toBeUndefined();
  });

  it('is kept in the index only for entities whose releases differ', () => {
    const kept = shipped.entities.filter((e) => e.releases).map((e) => e.id);
    expect(kept).toContain('kimi');
    expect(kept).not.toContain('qwen');
    expect(shipped.entities.find((e) => e.id === 'kimi')!.releases).toEqual({ by: { '2': 'open-weights', '2.5': 'open-weights' } });
  });
});
