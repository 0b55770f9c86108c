/**
 * Spellings the shipped knowledge base must read on real pages, and the
 * look-alikes it must leave alone, scanned with the seed as the extension
 * ships it.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { keptInText } from '../../../lib/match/text-senses';
import { scanText } from '../../../lib/match/scanner';
import { loadSeedSources } from './corpus-check';

const index = buildAliasIndex(loadSeedSources());
const found = (text: string) => scanText(index, text).map((m) => (m.version === undefined ? [m.entity, m.text] : [m.entity, m.text, m.version]));

describe('spellings found missing on real pages', () => {
  it('reads نفيديا with or without a proclitic, and not the ordinary words that start like it', () => {
    expect(found('أعلنت نفيديا ولنفيديا حصة، وفي لندن قال بنك إننا لن ننتظر')).toEqual([
      ['nvidia', 'نفيديا'],
      ['nvidia', 'نفيديا'],
    ]);
  });

  it('reads إكس إي.أي and جي بي تي-أوس', () => {
    expect(found('أطلقت إكس إي.أي نموذجاً، ونشرت أوبن إيه آي جي بي تي-أوس')).toEqual([
      ['xai', 'إكس إي.أي'],
      ['openai', 'أوبن إيه آي'],
      ['gpt-oss', 'جي بي تي-أوس'],
    ]);
  });

  it('reads a bare Phi only right after Microsoft', () => {
    expect(found("Microsoft's Phi model and Microsoft Phi beat the golden ratio Phi")).toEqual([
      ['microsoft', 'Microsoft'],
      ['phi', 'Phi'],
      ['microsoft', 'Microsoft'],
      ['phi', 'Phi'],
    ]);
  });
});

describe('new entities and their look-alikes', () => {
  it('reads Falcon models, not SpaceX rockets or the bird', () => {
    expect(found('TII released Falcon 3, while SpaceX launched a Falcon 9 and a falcon flew by; Falcon Heavy waits.')).toEqual([
      ['tii', 'TII'],
      ['falcon', 'Falcon 3'],
    ]);
    expect(found('أطلق معهد الابتكار التكنولوجي فالكون 3، وأطلقت سبيس إكس صاروخ فالكون 9')).toEqual([
      ['tii', 'معهد الابتكار التكنولوجي'],
      ['falcon', 'فالكون 3'],
    ]);
  });

  it('reads the Arab-world and Chinese models in both scripts', () => {
    expect(found('Jais, ALLaM, ERNIE 4.5, GLM-4.5 and Hunyuan')).toEqual([
      ['jais', 'Jais'],
      ['allam', 'ALLaM'],
      ['ernie', 'ERNIE 4.5', '4.5'],
      ['glm', 'GLM-4.5', '4.5'],
      ['hunyuan', 'Hunyuan'],
    ]);
    expect(found('نموذج جيس من جي 42 ونموذج علّام من سدايا')).toEqual([
      ['jais', 'جيس'],
      ['g42', 'جي 42'],
      ['allam', 'نموذج علّام'],
      ['sdaia', 'سدايا'],
    ]);
  });

  it('leaves the common words behind Perplexity, Copilot and GLM alone', () => {
    // Bare "Copilot" is an ambiguous name: a candidate for the scanner, dropped without AI words around it.
    const text = 'a low perplexity score, the co-pilot and Copilot, a GLM regression';
    expect(found(text)).toEqual([['copilot', 'Copilot']]);
    expect(keptInText(text, scanText(index, text))).toEqual([]);
    const ai = 'Microsoft said Copilot would be built into every new Windows 11 PC.';
    expect(keptInText(ai, scanText(index, ai)).map((m) => m.text)).toEqual(['Microsoft', 'Copilot']);
    expect(found('Perplexity and Microsoft Copilot compete with GitHub Copilot and GPT-4, not GPT-4o')).toEqual([
      ['perplexity', 'Perplexity'],
      ['copilot', 'Microsoft Copilot'],
      // GitHub's coding assistant is its own entity, never Microsoft Copilot.
      ['github-copilot', 'GitHub Copilot'],
      ['gpt-4', 'GPT-4'],
      ['gpt-4o', 'GPT-4o'],
    ]);
  });
});
