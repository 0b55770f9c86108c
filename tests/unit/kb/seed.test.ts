import { describe, expect, it } from 'vitest';
import { checkQuote, splitParagraphs } from '../../../lib/kb/article';
import { SEED, SEED_VERSION, ARTICLE_TEXT } from '../../../lib/kb/seed';
import { checkSeed, type SeedInput } from '../../../lib/kb/seed-check';
import type { Entity } from '../../../lib/kb/schema';

const REQUIRED_IDS = [
  'openai', 'gpt-oss', 'gpt-oss-120b', 'gpt-oss-20b', 'chatgpt', 'meta', 'llama', 'deepseek', 'deepseek-r1',
  'deepseek-v3', 'apple', 'fastvlm', 'mobileclip2', 'google', 'chrome', 'chromium', 'android', 'gemini', 'gemma',
  'osi', 'alibaba', 'qwen', 'mistral-ai', 'anthropic', 'claude',
];

const byId = new Map(SEED.entities.map((e) => [e.id, e]));
const entity = (id: string): Entity => {
  const found = byId.get(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};
const ARABIC = /[\u0600-\u06FF]/;

/** The shipped seed as checkSeed's input, to tamper with. */
function seedInput(entities: Entity[] = SEED.entities): SeedInput {
  return {
    entityFiles: entities.map((e) => ({ path: `assets/kb/entities/${e.id}.json`, data: structuredClone(e) })),
    general: { path: 'assets/kb/general.json', data: structuredClone(SEED.general) },
    version: { path: 'assets/kb/seed-version.json', data: { seedVersion: SEED_VERSION } },
    articleText: ARTICLE_TEXT,
  };
}

function withChange(id: string, change: (e: Entity) => void): Entity[] {
  return SEED.entities.map((e) => {
    if (e.id !== id) return e;
    const copy = structuredClone(e);
    change(copy);
    return copy;
  });
}

describe('the article', () => {
  it('has its 20 paragraphs, numbered from the title', () => {
    const paragraphs = splitParagraphs(ARTICLE_TEXT);
    expect(paragraphs).toHaveLength(20);
    expect(paragraphs[0]).toBe('الذكاء الاصطناعي مفتوح المصدر بين حرية الابتكار ومخاطر الاستخدام السيئ');
    expect(paragraphs[12]).toContain('FastVLM وMobileCLIP2');
  });
});

describe('the shipped seed', () => {
  it('validates', () => {
    const result = checkSeed(seedInput());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(SEED_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('has every required entity, each with an English and an Arabic name', () => {
    // The Arabic press keeps some model names in Latin letters; those carry their transliteration as an alias.
    const LATIN_IN_ARABIC = new Set(['gpt-oss', 'gpt-oss-120b', 'gpt-oss-20b', 'fastvlm', 'mobileclip2', 'deepseek-v3']);
    for (const id of REQUIRED_IDS) {
      const e = entity(id);
      expect(e.name.en.trim(), id).not.toBe('');
      if (LATIN_IN_ARABIC.has(id)) {
        expect(e.name.ar, id).toBe(e.name.en);
        expect(e.aliases.some((a) => ARABIC.test(a.text)), id).toBe(true);
      } else expect(e.name.ar, id).toMatch(ARABIC);
      expect(e.summary.ar, id).toMatch(ARABIC);
    }
  });

  it('gives every alias list an Arabic spelling and every model, family and product an assessment', () => {
    // Models made from expert grades carry the names the experts write, in Latin script.
    for (const e of SEED.entities.filter((x) => !x.expert?.derived)) {
      expect(e.aliases.some((a) => ARABIC.test(a.text)), e.id).toBe(true);
      if (e.kind === 'company' || e.kind === 'organization') expect(e.assessment, e.id).toBeUndefined();
      else expect(e.assessment?.reason.ar, e.id).toMatch(ARABIC);
    }
  });

  it('quotes the article verbatim, in the paragraph it cites', () => {
    const paragraphs = splitParagraphs(ARTICLE_TEXT);
    let quotes = 0;
    for (const e of SEED.entities) {
      for (const claim of e.articleClaims ?? []) {
        expect(paragraphs[claim.paragraph - 1], `${e.id}: ${claim.quoteAr}`).toContain(claim.quoteAr);
        quotes++;
      }
    }
    for (const note of [...SEED.general.benefits, ...SEED.general.risks]) {
      const cited = note.sources.flatMap((s) => (s.kind === 'article' ? [paragraphs[s.paragraph - 1]] : []));
      expect(cited.some((p) => p?.includes(note.quoteAr ?? '\u0000')), note.text.en).toBe(true);
    }
    expect(quotes).toBeGreaterThanOrEqual(15);
  });

  it('links makers and families to existing entities of the right kind', () => {
    for (const e of SEED.entities) {
      if (e.maker) expect(['company', 'organization'], `${e.id}.maker`).toContain(entity(e.maker).kind);
      if (e.family) expect(entity(e.family).kind, `${e.id}.family`).toBe('family');
    }
    expect(entity('gpt-oss-120b').family).toBe('gpt-oss');
    expect(entity('deepseek-r1').maker).toBe('deepseek');
  });

  it('carries the assessed statuses from the public record, not the article', () => {
    const status = (id: string) => entity(id).assessment?.status;
    expect(status('gpt-oss-120b')).toBe('open-weights');
    expect(entity('gpt-oss').articleClaims?.some((c) => c.claimedStatus === 'open')).toBe(true);
    for (const e of SEED.entities.filter((x) => x.kind === 'company' || x.kind === 'organization')) {
      expect(e.articleClaims?.some((c) => c.claimedStatus !== undefined) ?? false, e.id).toBe(false);
    }
    expect(status('deepseek-r1')).toBe('open-weights');
    // Restricted only for its first release (December 2024); MIT since V3-0324.
    expect(status('deepseek-v3')).toBe('open-weights');
    expect(entity('deepseek-v3').releases?.[0]).toMatchObject({ date: '2024-12-26', status: 'restricted' });
    expect(status('phi')).toBe('open-weights');
    // Kimi K2 and K2.5 came under a Modified MIT licence; Kimi K3 (July 2026) under a licence that limits large service businesses.
    expect(status('kimi')).toBe('restricted');
    expect(entity('kimi').releases?.map((r) => [r.name, r.status])).toEqual([
      ['Kimi K2', 'open-weights'],
      ['Kimi K2 Thinking', 'open-weights'],
      ['Kimi K2.5', 'open-weights'],
      ['Kimi K3', 'restricted'],
    ]);
    expect(entity('grok').releases?.map((r) => [r.name, r.status])).toEqual(
      expect.arrayContaining([['Grok-1', 'open-weights'], ['Grok 3', 'closed']]),
    );
    expect(status('llama')).toBe('restricted');
    expect(status('fastvlm')).toBe('restricted');
    expect(status('mobileclip2')).toBe('restricted');
    expect(status('chrome')).toBe('closed');
    expect(status('chromium')).toBe('open');
    expect(status('android')).toBe('open');
    expect(status('qwen')).toBe('open-weights');
    for (const id of ['gemini', 'chatgpt', 'claude']) expect(status(id)).toBe('closed');
    // Gemma 4 (April 2026) came under Apache-2.0: the family is open weights as of its newest release.
    expect(status('gemma')).toBe('open-weights');
    expect(status('llama')).toBe('restricted');
    expect(entity('chromium').assessment?.reason.en).toMatch(/not an AI model/);
  });

  it('keeps the ambiguity data the matcher needs', () => {
    const claude = entity('claude');
    const cloudRule = claude.rules?.find((r) => r.alias === 'كلاود');
    expect(cloudRule?.notAfter).toEqual(expect.arrayContaining(['غوغل', 'جوجل', 'مايكروسوفت', 'أمازون', 'Google', 'Microsoft', 'Amazon']));
    const llama = entity('llama').aliases;
    expect(llama.find((a) => a.text === 'Llama')).toMatchObject({ caseSensitive: true, versioned: true });
    expect(llama.find((a) => a.text === 'لاما')).toMatchObject({ versioned: true });
    expect(entity('osi').aliases.find((a) => a.text === 'OSI')?.caseSensitive).toBe(true);
    expect(entity('openai').aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['OpenAI', 'أوبن إيه آي', 'أوبن أيه آي', 'أوبن إي آي']));
  });
});

describe('the seed check', () => {
  const problems = (input: SeedInput) => {
    const result = checkSeed(input);
    return result.ok ? [] : result.problems;
  };

  it('reports a quote that is not verbatim, with the file and field', () => {
    const entities = withChange('llama', (e) => {
      e.articleClaims![0]!.quoteAr = 'نماذجها الشهيرة لاما التي تتيح الكود المصدري بشكل مجاني';
    });
    expect(problems(seedInput(entities))).toEqual([
      'assets/kb/entities/llama.json.articleClaims[0].quoteAr: the quote does not occur verbatim in paragraph 12',
    ]);
  });

  it('reports a quote cited with the wrong paragraph', () => {
    const entities = withChange('osi', (e) => {
      e.articleClaims![0]!.paragraph = 10;
    });
    expect(problems(seedInput(entities))).toEqual([
      'assets/kb/entities/osi.json.articleClaims[0].quoteAr: the quote is in paragraph 9, not paragraph 10',
    ]);
  });

  it('reports a link to a missing entity and an alias shared by two entities', () => {
    const entities = withChange('fastvlm', (e) => {
      e.maker = 'apple-inc';
      e.aliases.push({ text: 'ديب سيك' });
    });
    expect(problems(seedInput(entities))).toEqual(
      expect.arrayContaining([
        'assets/kb/entities/fastvlm.json.maker: no entity has the id "apple-inc"',
        expect.stringMatching(/fastvlm\.json\.aliases\[\d+\]\.text: "ديب سيك" is also an alias of "deepseek"/),
      ]),
    );
  });

  it('refuses a status claim on a company or organization', () => {
    const entities = withChange('deepseek', (e) => {
      e.articleClaims![0]!.claimedStatus = 'open';
    });
    expect(problems(seedInput(entities))).toEqual([
      'assets/kb/entities/deepseek.json.articleClaims[0].claimedStatus: a company carries no status claim; put it on the model the article means',
    ]);
  });

  it('refuses a home page as the source of a licence, weights or release claim', () => {
    const entities = withChange('qwen', (e) => {
      e.assessment!.licence.sources[0] = { kind: 'web', title: 'Qwen', url: 'https://github.com/' };
      e.assessment!.weights.sources.push({ kind: 'web', title: 'Qwen', url: 'https://qwenlm.github.io' });
      e.releases![0]!.sources = [{ kind: 'web', title: 'Alibaba Cloud', url: 'https://www.alibabacloud.com/' }];
    });
    expect(problems(seedInput(entities))).toEqual([
      expect.stringMatching(/^assets\/kb\/entities\/qwen\.json\.assessment\.weights\.sources\[\d\]\.url: https:\/\/qwenlm\.github\.io is a home page/),
      expect.stringMatching(/^assets\/kb\/entities\/qwen\.json\.assessment\.licence\.sources\[0\]\.url: https:\/\/github\.com\/ is a home page/),
      expect.stringMatching(/^assets\/kb\/entities\/qwen\.json\.releases\[0\]\.sources\[0\]\.url: https:\/\/www\.alibabacloud\.com\/ is a home page/),
    ]);
  });

  it('refuses a status that says weights are out without a licence name, but not a closed or unknown one', () => {
    const nameless = withChange('mixtral', (e) => {
      e.assessment!.licence.name = '';
      e.releases![1]!.licence = '';
    });
    expect(problems(seedInput(nameless))).toEqual([
      'assets/kb/entities/mixtral.json.assessment.licence.name: a "open-weights" status needs the licence\'s name',
      'assets/kb/entities/mixtral.json.releases[1].licence: a "open-weights" release needs the licence\'s name',
    ]);
    const closed = withChange('gemini', (e) => {
      e.assessment!.licence.name = '';
    });
    expect(problems(seedInput(closed))).toEqual([]);
  });

  it('refuses a status that disagrees with the newest release', () => {
    const entities = withChange('deepseek-v3', (e) => {
      e.assessment!.status = 'restricted';
    });
    expect(problems(seedInput(entities))).toEqual([
      'assets/kb/entities/deepseek-v3.json.assessment.status: "restricted" disagrees with the newest release, DeepSeek-V3.1 (2025-08-21): "open-weights"',
    ]);
  });

  it('checks correction quotes verbatim, like other notes', () => {
    const entities = withChange('osi', (e) => {
      e.corrections![0]!.quoteAr = 'الكشف عن بيانات التدريب كاملة';
    });
    expect(problems(seedInput(entities))).toEqual([
      'assets/kb/entities/osi.json.corrections[0].quoteAr: the quote does not occur verbatim in the cited paragraph(s) 10',
    ]);
  });

  it('reports schema problems with their path', () => {
    const input = seedInput();
    input.entityFiles[0]!.data = { ...(input.entityFiles[0]!.data as object), aliases: [{ text: 'x' }] };
    expect(problems(input)).toContain(`${input.entityFiles[0]!.path}.aliases[0].text: an alias needs at least two characters`);
  });
});
