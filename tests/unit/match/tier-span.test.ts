import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { withTiers } from '../../../lib/match/tier-span';
import { loadSeedSources } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const marked = (text: string) => withTiers(text, scanText(index, text)).map((m) => m.text);

describe('withTiers: the whole product name is marked', () => {
  it('reaches over tier and size words after a versioned name', () => {
    expect(marked('Google shipped Gemini 2.5 Pro and Gemini 2.5 Flash-Lite.')).toEqual(['Google', 'Gemini 2.5 Pro', 'Gemini 2.5 Flash-Lite']);
    expect(marked('Meta released Llama 4 Scout, then Llama 3.1 8B Instruct.')).toEqual(['Meta', 'Llama 4 Scout', 'Llama 3.1 8B Instruct']);
    expect(marked('Alibaba put out Qwen3-235B-A22B; OpenAI sells GPT-5 mini.')).toEqual(['Alibaba', 'Qwen3-235B-A22B', 'OpenAI', 'GPT-5 mini']);
    expect(marked('أطلقت غوغل جيميني 2.5 برو وجيميني 2.5 فلاش.')).toEqual(['غوغل', 'جيميني 2.5 برو', 'جيميني 2.5 فلاش']);
  });

  it('takes tiers in small letters after a name in small letters, as posts write it', () => {
    expect(marked('honestly gemini 2.5 pro beats llama 3.3 70b instruct here')).toEqual(['gemini 2.5 pro', 'llama 3.3 70b instruct']);
    expect(marked('Gemini 2.5 pro subscribers')).toEqual(['Gemini 2.5']);
  });

  it("takes an update's date code joined by a hyphen, and no year after a space", () => {
    expect(marked('DeepSeek-V3-0324 and Qwen3-235B-A22B-2507 shipped.')).toEqual(['DeepSeek-V3-0324', 'Qwen3-235B-A22B-2507']);
    expect(marked('Gemini 2.5 2025 review')).toEqual(['Gemini 2.5']);
    expect(marked('honestly gemini 2.5 2025 was the year')).toEqual(['gemini 2.5']);
  });

  it('takes a size after a name without a version, and tiers after the size', () => {
    expect(marked('Mistral AI released Mixtral 8x7B Instruct in 2023.')).toEqual(['Mistral AI', 'Mixtral 8x7B Instruct']);
  });

  it('takes a tier joined by a hyphen to a name without a version, and none after a space', () => {
    expect(marked('Tencent released Hunyuan-Large; Hunyuan Large is its name in print.')).toEqual(['Tencent', 'Hunyuan-Large', 'Hunyuan']);
  });

  it('leaves ordinary words, a company product line and the next name alone', () => {
    expect(marked('Llama 3 large companies adopted it.')).toEqual(['Llama 3']);
    expect(marked('GPT-4 AI models are closed.')).toEqual(['GPT-4']);
    expect(marked('Apple Vision Pro runs visionOS.')).toEqual(['Apple']);
    expect(marked('Gemini 2.5 Pro-Claude comparisons')).toEqual(['Gemini 2.5 Pro', 'Claude']);
  });

  it('gives back the same array when nothing reaches further', () => {
    const found = scanText(index, 'OpenAI and Anthropic.');
    expect(withTiers('OpenAI and Anthropic.', found)).toBe(found);
  });
});
