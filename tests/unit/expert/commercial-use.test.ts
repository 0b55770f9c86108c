import { describe, expect, it } from 'vitest';
import { commercialUseOf } from '../../../lib/expert/commercial-use';
import type { Source } from '../../../lib/kb/schema';

const card: Source = { kind: 'web', title: 'Model card', url: 'https://huggingface.co/x/y/blob/main/README.md' };
const use = (licence: string | undefined) => commercialUseOf(licence, [card]);
const urls = (licence: string) => use(licence).sources.map((s) => (s.kind === 'web' ? s.url : ''));

describe('commercial use read from the licence of the weights', () => {
  it('allows it under OSI-approved licences, citing the Open Source Definition beside the card', () => {
    for (const name of ['Apache-2.0', 'apache-2.0', 'Apache 2.0', 'MIT License', 'bsd-3-clause', 'GNU General Public License v3.0']) {
      expect(use(name).value, name).toBe('yes');
      expect(urls(name), name).toEqual(['https://opensource.org/osd', card.url]);
    }
  });

  it('allows it under open-data licences, without citing the OSI', () => {
    expect(use('CC-BY-4.0')).toMatchObject({ value: 'yes', sources: [card] });
  });

  it('refuses it under non-commercial and research-only licences', () => {
    for (const name of ['CC-BY-NC-4.0', 'cc-by-nc-sa-4.0', 'FAIR Noncommercial Research License v1', 'tongyi-qianwen-research', 'Research-only RAIL-M5', 'Non-commercial license']) {
      expect(use(name).value, name).toBe('no');
      expect(use(name).note?.en, name).toContain('non-commercial');
    }
  });

  it("gives Meta's 700-million-user cap as partial, citing the licence of that Llama version", () => {
    expect(use('Llama 2 Community License Agreement')).toMatchObject({ value: 'partial' });
    expect(urls('Llama 3.1 Community License')[0]).toBe('https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE');
    expect(urls('Meta Llama 3 Community License Agreement')[0]).toBe('https://github.com/meta-llama/llama3/blob/main/LICENSE');
    expect(use('Llama 3.3 Community License Agreement').note?.en).toContain('700 million');
  });

  it('allows it with use restrictions under the RAIL family, Gemma and DeepSeek licences, each citing its own text', () => {
    expect(urls('CreativeML Open RAIL-M')[0]).toBe('https://huggingface.co/spaces/CompVis/stable-diffusion-license');
    expect(urls('CreativeML Open RAIL++-M License')[0]).toContain('stable-diffusion-xl-base-1.0');
    expect(urls('BigScience-BLOOM-RAIL-1.0')[0]).toBe('https://huggingface.co/spaces/bigscience/license');
    expect(urls('Gemma Terms of Use')[0]).toBe('https://ai.google.dev/gemma/terms');
    expect(use('DeepSeek License Agreement')).toMatchObject({ value: 'yes' });
    expect(use('tongyi-qianwen')).toMatchObject({ value: 'partial' });
  });

  it('stays unknown for licences whose terms the name does not settle, mixed licences and no licence', () => {
    for (const name of ['Modified MIT License', 'OpenRAIL', 'Apache-2.0 and CC-BY-NC-4.0 and additional terms', 'other (weights free for academic research, commercial use on application)', 'not stated', 'unlicensed']) {
      expect(use(name), name).toEqual({ value: 'unknown', sources: [] });
    }
    expect(use(undefined)).toEqual({ value: 'unknown', sources: [] });
  });
});
