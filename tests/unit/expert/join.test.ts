import { describe, expect, it } from 'vitest';
import { expertAliases } from '../../../lib/expert/aliases';
import { expertView, openDimensionCount } from '../../../lib/expert/grades-view';
import { licenceOpenness } from '../../../lib/expert/licences';
import { updateLinks } from '../../../lib/expert/link';
import { cardFor, derivedStatus, mofWeightsLevel, statusInputs } from '../../../lib/expert/status-rule';
import { withExpertGrades } from '../../../lib/expert/derive';
import { SEED } from '../../../lib/kb/seed';
import type { ContextRule, Entity } from '../../../lib/kb/schema';
import type { OsaiData, OsaiRecord } from '../../../lib/expert/osai';
import osaiData from '../../../assets/kb/expert/osai.json';
import mofData from '../../../assets/kb/expert/mof.json';
import type { MofData, MofRecord } from '../../../lib/expert/mof';

const entity = (id: string) => SEED.entities.find((e) => e.id === id)!;
const handWritten = SEED.entities.filter((e) => !e.expert?.derived);
const osai = (file: string, name: string, endmodel?: string): OsaiRecord => ({ file, name, ...(endmodel ? { endmodel } : {}), dimensions: {} });
const mof = (file: string, name: string): MofRecord => ({ file, name, licences: {}, components: {}, class: null });

describe('the status rule', () => {
  it.each([
    [{ weights: 'no', licence: 'open', trainingCode: 'yes', trainingData: 'yes' }, 'closed'],
    [{ weights: 'partial', licence: 'open', trainingCode: 'no', trainingData: 'no' }, 'restricted'],
    [{ weights: 'yes', licence: 'restricted', trainingCode: 'yes', trainingData: 'yes' }, 'restricted'],
    [{ weights: 'yes', licence: 'open', trainingCode: 'no', trainingData: 'yes' }, 'open-weights'],
    [{ weights: 'yes', licence: 'open', trainingCode: 'yes', trainingData: 'yes' }, 'open'],
    [{ weights: 'unknown', licence: 'open', trainingCode: 'yes', trainingData: 'yes' }, 'unknown'],
  ] as const)('%o → %s', (inputs, status) => {
    expect(derivedStatus(inputs)).toBe(status);
  });

  it('reads unlisted MOF weights as not released, unless the record links a published model repository', () => {
    const bare = { ...mof('models/X.yml', 'X'), components: { 'Model card': null } };
    const linked = { ...bare, links: { huggingface: 'https://huggingface.co/x/x' } };
    expect(mofWeightsLevel(bare)).toBe('no');
    expect(derivedStatus(statusInputs(undefined, bare))).toBe('closed');
    expect(mofWeightsLevel(linked)).toBe('unknown');
    expect(derivedStatus(statusInputs(undefined, linked))).toBe('unknown');
    expect(mofWeightsLevel({ ...bare, links: { huggingface: 'https://huggingface.co/papers/2309.16609' } })).toBe('no');
    // The shipped Mamba record links its weights on Hugging Face and lists no parameters component.
    expect(entity('mamba').assessment?.status).toBe('unknown');
  });

  it('reads the weights from the model card where the MOF record lists none but links the repository', () => {
    const bare = { ...mof('models/X.yml', 'X'), components: { 'Model card': null } };
    const linked = { ...bare, links: { huggingface: 'https://huggingface.co/x/x' } };
    const mit = { licence: 'mit', source: 'https://huggingface.co/x/x/blob/main/README.md' };
    const qwen = { licence: 'tongyi-qianwen', source: 'https://huggingface.co/x/x/blob/main/README.md' };
    expect(mofWeightsLevel(linked, mit)).toBe('yes');
    expect(derivedStatus(statusInputs(undefined, linked, mit))).toBe('open-weights');
    expect(derivedStatus(statusInputs(undefined, linked, qwen))).toBe('restricted');
    // A card is read only where it decides: where the record names no licence for the weights, not where it does.
    const listed = { ...linked, components: { 'Model parameters (Final)': 'Apache-2.0' } };
    expect(cardFor(listed, { 'models/X.yml': mit })).toBeUndefined();
    expect(cardFor(linked, { 'models/X.yml': mit })).toBe(mit);
    expect(cardFor(bare, { 'models/X.yml': mit })).toBe(mit);
    // The shipped Phi-1.5 record: its card has said MIT since January 2024, and the card is cited first.
    const phi = entity('phi-1-5').assessment!;
    expect(phi.status).toBe('open-weights');
    expect(phi.weights.sources[0]).toMatchObject({ kind: 'web', url: 'https://huggingface.co/microsoft/phi-1_5/blob/main/README.md' });
    expect(phi.licence).toMatchObject({ name: 'mit', value: 'yes' });
    expect(entity('qwen1-5-7b').assessment?.status).toBe('restricted');
  });

  it('reads weights the MOF lists as "unlicensed" or "not included" as ungraded where a repository is linked, and takes a card read by hand', () => {
    const linked = { ...mof('models/X.yml', 'X'), links: { huggingface: 'https://huggingface.co/x/x' } };
    const apache = { licence: 'apache-2.0', source: 'https://huggingface.co/x/x/blob/main/README.md' };
    for (const value of ['unlicensed', 'Component Component not included']) {
      const record = { ...linked, components: { 'Model parameters (Final)': value } };
      expect(derivedStatus(statusInputs(undefined, record))).toBe('unknown');
      expect(derivedStatus(statusInputs(undefined, record, cardFor(record, { 'models/X.yml': apache })))).toBe('open-weights');
      // Without a repository nothing says the weights were published: PaLM's record lists them "unlicensed".
      expect(derivedStatus(statusInputs(undefined, { ...record, links: {} }))).toBe('closed');
    }
  });

  it('lets a card correct the weights licence a record gives only while the record still gives exactly that licence', () => {
    const record = { ...mof('models/X.yml', 'X'), components: { 'Model parameters (Final)': 'Apache-2.0' } };
    const card = { licence: 'X Community License', source: 'https://huggingface.co/x/x/blob/main/README.md', corrects: 'Apache-2.0' };
    expect(derivedStatus(statusInputs(undefined, record, cardFor(record, { 'models/X.yml': card })))).toBe('restricted');
    const fixed = { ...record, components: { 'Model parameters (Final)': 'MIT' } };
    expect(cardFor(fixed, { 'models/X.yml': card })).toBeUndefined();
    expect(derivedStatus(statusInputs(undefined, fixed, cardFor(fixed, { 'models/X.yml': card })))).toBe('open-weights');
    // A card without `corrects` never overrides a licence the record gives.
    expect(cardFor(record, { 'models/X.yml': { licence: 'other', source: card.source } })).toBeUndefined();
  });

  it('reads commercial use from the licence of released weights, and leaves it unknown where the weights are not out', () => {
    // An Apache-2.0 release: allowed, with the Open Source Definition and the licence's own sources.
    const mpt = entity('mpt-7b').assessment!;
    expect(mpt.commercialUse.value).toBe('yes');
    expect(mpt.commercialUse.sources.map((s) => (s.kind === 'web' ? s.url : ''))).toEqual(['https://opensource.org/osd', ...mpt.licence.sources.map((s) => (s.kind === 'web' ? s.url : ''))]);
    expect(entity('command-r').assessment!.commercialUse.value).toBe('no');
    const derived = SEED.entities.filter((e) => e.expert?.derived && e.assessment);
    for (const e of derived) {
      const a = e.assessment!;
      if (a.weights.value === 'no' || a.weights.value === 'unknown') expect(a.commercialUse.value, e.id).toBe('unknown');
      // Never a commercial-use answer without a source that shows it.
      if (a.commercialUse.value !== 'unknown') expect(a.commercialUse.sources.length, e.id).toBeGreaterThan(0);
    }
  });

  it('gives the shipped records the MOF got wrong the status their model cards show', () => {
    // The MOF lists these weights as "unlicensed" or "not included"; the cards, read by hand, say otherwise.
    expect(entity('mpt-7b').assessment).toMatchObject({ status: 'open-weights', licence: { name: 'apache-2.0' } });
    expect(entity('mpt-7b').assessment!.weights.sources[0]).toMatchObject({ url: 'https://huggingface.co/mosaicml/mpt-7b/blob/main/README.md' });
    expect(entity('gpt-2').assessment?.status).toBe('open-weights');
    expect(entity('t5-11b').assessment?.status).toBe('open-weights');
    expect(entity('command-r').assessment?.status).toBe('restricted');
    expect(entity('telechat-7b').assessment?.status).toBe('restricted');
    // A licence of the vendor's own reads as restricted once read by hand (ChatGLM2-6B's MODEL_LICENSE)...
    expect(entity('chatglm2').assessment?.status).toBe('restricted');
    expect(entity('chatglm2').assessment?.licence).toMatchObject({ name: 'ChatGLM2-6B License', value: 'partial', osiApproved: false });
    // The MOF gives Baichuan-13B and Baichuan 2 the code's Apache licence; their cards put the weights under a community licence.
    for (const id of ['baichuan-1-13b', 'baichuan-2']) {
      expect(entity(id).assessment).toMatchObject({ status: 'restricted', licence: { value: 'partial', osiApproved: false } });
      expect(entity(id).assessment!.licence.name).toMatch(/^Community License for Baichuan/);
      expect(entity(id).assessment!.weights.sources[0]).toHaveProperty('url', expect.stringMatching(/^https:\/\/huggingface\.co\/baichuan-inc\/.*README\.md$/));
    }
    // ...and one nobody here has read is not "closed" (BAAI's Aquila licence).
    expect(entity('aquila-7b').assessment?.status).toBe('unknown');
    // The Index grades TildeOpen's base weights open and no end model open: released in part.
    expect(entity('tildeopen').assessment?.status).toBe('restricted');
    // Without a repository or a card nothing says the weights came out.
    expect(entity('palm').assessment?.status).toBe('closed');
  });

  it('reads licence names in their usual spellings', () => {
    expect(['Apache 2.0', 'apache-2.0', 'MIT License', 'CC-BY-4.0'].map(licenceOpenness)).toEqual(['open', 'open', 'open', 'open']);
    expect(['Llama 3.1 Community License', 'CC-BY-NC-4.0', 'OpenRAIL', 'Gemma Terms of Use'].map(licenceOpenness)).toEqual(Array(4).fill('restricted'));
    expect(licenceOpenness('Proprietary')).toBe('closed');
  });
});

describe('linking expert records', () => {
  const links = updateLinks(
    handWritten,
    [osai('GPT-OSS.yaml', 'GPT OSS', 'GPT-OSS-120B'), osai('llama-3.1.yaml', 'Llama 3.1'), osai('Zeta.yaml', 'Zeta LM')],
    [mof('models/DeepSeek-R1.yml', 'DeepSeek-R1'), mof('models/Zeta-LM.yml', 'Zeta-LM')],
    { osai: { 'Reviewed.yaml': 'kept-by-hand' }, mof: {} },
  );

  it('links to hand-written entities by name, end-model name or versioned alias', () => {
    expect(links.osai['GPT-OSS.yaml']).toBe('gpt-oss-120b');
    expect(links.osai['llama-3.1.yaml']).toBe('llama');
    expect(links.mof['models/DeepSeek-R1.yml']).toBe('deepseek-r1');
  });

  it('joins the two sources on one new entity and drops entries whose file is gone', () => {
    expect(links.osai['Zeta.yaml']).toBe('zeta-lm');
    expect(links.mof['models/Zeta-LM.yml']).toBe('zeta-lm');
    expect(links.osai['Reviewed.yaml']).toBeUndefined();
  });

  it('keeps a reviewed entry as it is', () => {
    const kept = updateLinks(handWritten, [osai('GPT-OSS.yaml', 'GPT OSS', 'GPT-OSS-120B')], [], { osai: { 'GPT-OSS.yaml': 'gpt-oss' }, mof: {} });
    expect(kept.osai['GPT-OSS.yaml']).toBe('gpt-oss');
  });
});

describe('aliases for imported models', () => {
  it('keeps names as written and their spellings, drops short ones, marks ordinary words', () => {
    const aliases = expertAliases(['Falcon', 'Zeta LM', 'K2'], { falcon: 'animal' }, () => false);
    expect(aliases).toEqual([
      { text: 'Falcon', caseSensitive: true, ambiguous: 'animal' },
      { text: 'Zeta LM' },
      { text: 'Zeta-LM' },
    ]);
    expect(expertAliases(['Zeta LM'], {}, (key) => key === 'zetalm')).toEqual([]);
  });
});

describe('the shipped seed with expert grades', () => {
  it('carries Index grades on at least 150 entities and a MOF record on at least 200', () => {
    expect(SEED.entities.filter((e) => e.expert?.osai).length).toBeGreaterThanOrEqual(150);
    expect(SEED.entities.filter((e) => e.expert?.mof).length).toBeGreaterThanOrEqual(200);
  });

  it('keeps a hand-written status and stores the rule’s status beside it', () => {
    const r1 = entity('deepseek-r1');
    expect(r1.assessment?.status).toBe('open-weights');
    expect(r1.expert?.status).toBe('restricted');
    expect(r1.expert?.derived).toBeUndefined();
    expect(entity('gpt-oss-120b').expert?.osai?.file).toBe('GPT-OSS.yaml');
  });

  it('makes models for graded names with no entity, with a maker, sources and ambiguity marks', () => {
    const vicuna = entity('vicuna');
    expect(vicuna).toMatchObject({ kind: 'model', expert: { derived: true } });
    expect(vicuna.aliases.find((a) => a.text === 'Vicuna')?.ambiguous).toBe('animal');
    expect(entity(vicuna.maker!).kind).toMatch(/company|organization/);
    expect(vicuna.assessment?.weights.sources[0]).toMatchObject({ kind: 'web', url: expect.stringMatching(/^https:\/\//) });
    const short = SEED.entities.flatMap((e) => (e.expert?.derived ? e.aliases : [])).filter((a) => [...a.text].length < 3);
    expect(short).toEqual([]);
  });

  it('gives a model an existing company as its maker where the records add "Group" or "Inc." to its name', () => {
    const vgen = SEED.entities.find((e) => e.expert?.osai?.file === 'VGen.yaml');
    expect(vgen?.maker).toBe('alibaba');
    expect(SEED.entities.find((e) => e.id === 'alibaba-group')).toBeUndefined();
  });

  it('makes no maker of a person known by a first name alone, so no John on a page lights up', () => {
    expect(SEED.entities.find((e) => e.aliases.some((a) => a.text === 'John'))).toBeUndefined();
    const codeUp = SEED.entities.find((e) => e.expert?.osai?.file && e.summary?.en.includes(' by John'));
    expect(codeUp).toBeDefined();
    expect(codeUp!.maker).toBeUndefined();
  });

  it('gives makers from the records their Arabic names, keeping a company’s mark', () => {
    const huawei = entity('huawei');
    expect(huawei.name.ar).toBe('هواوي');
    expect(huawei.aliases.find((a) => a.text === 'هواوي')?.ambiguous).toMatch(/^company, not mainly AI/);
    expect(entity('google-deepmind').aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Google DeepMind', 'جوجل ديب مايند', 'غوغل ديب مايند']));
    expect(entity('minimax-ai').aliases.find((a) => a.text === 'MiniMax')).toMatchObject({ caseSensitive: true, ambiguous: expect.any(String) });
  });
});

describe('the Arabic names file', () => {
  const input = (names: Record<string, { ar: string; aliases: { text: string; versioned?: boolean }[]; rules?: ContextRule[] }>) => {
    const osaiRecords = [osai('Zephyrine.yaml', 'Zephyrine')];
    return withExpertGrades(handWritten, {
      osai: { ...(osaiData as unknown as OsaiData), records: osaiRecords },
      mof: { ...(mofData as unknown as MofData), records: [] },
      links: { osai: { 'Zephyrine.yaml': 'zephyrine' }, mof: {} },
      ambiguous: {},
      cards: {},
      names,
    });
  };

  it('adds the Arabic name and aliases, but never an alias another entity answers to', () => {
    const { entities, problems } = input({ zephyrine: { ar: 'زفيرين', aliases: [{ text: 'زفيرين' }, { text: 'أوبن إيه آي' }] } });
    expect(problems).toEqual([]);
    const z = entities.find((e) => e.id === 'zephyrine')!;
    expect(z.name.ar).toBe('زفيرين');
    expect(z.aliases.map((a) => a.text)).toEqual(['Zephyrine', 'زفيرين']);
  });

  it('gives a name the records already give the file\'s flags, once', () => {
    const { entities, problems } = input({ zephyrine: { ar: 'زفيرين', aliases: [{ text: 'Zephyrine', versioned: true }] } });
    expect(problems).toEqual([]);
    expect(entities.find((e) => e.id === 'zephyrine')!.aliases).toEqual([{ text: 'Zephyrine', versioned: true }]);
  });

  it('adds context rules for the records\' own names', () => {
    const rule = { alias: 'Zephyrine', notBefore: ['reported'], why: 'A news agency of that name cites itself.' };
    const { entities, problems } = input({ zephyrine: { ar: 'زفيرين', aliases: [], rules: [rule] } });
    expect(problems).toEqual([]);
    expect(entities.find((e) => e.id === 'zephyrine')!.rules).toEqual([rule]);
  });

  it('reports an id that names no entity made from the records', () => {
    const { problems } = input({ openai: { ar: 'أوبن إيه آي', aliases: [] } });
    expect(problems).toEqual([{ path: 'assets/kb/expert/names.json', message: '"openai" is not an entity made from expert records' }]);
  });
});

describe('a record named as a family\'s release', () => {
  it('is reported until it is linked to the family, which then carries its grades', () => {
    const run = (link: string) =>
      withExpertGrades(handWritten, {
        osai: { ...(osaiData as unknown as OsaiData), records: [osai('KimiK2.5.yaml', 'Kimi K2.5')] },
        mof: { ...(mofData as unknown as MofData), records: [] },
        links: { osai: { 'KimiK2.5.yaml': link }, mof: {} },
        ambiguous: {},
        cards: {},
        names: {},
      });
    expect(run('kimi-k2-5').problems).toEqual([
      { path: 'assets/kb/expert/links.json', message: '"kimi-k2-5" is named as a release of "kimi": link its records to "kimi"' },
    ]);
    const linked = run('kimi');
    expect(linked.problems).toEqual([]);
    expect(linked.entities.find((e) => e.id === 'kimi')!.expert?.osai).toBeDefined();
    expect(linked.entities.some((e) => e.id === 'kimi-k2-5')).toBe(false);
  });
});

describe('the expert grades view', () => {
  it('groups the Index grades with their evidence links and counts the open ones', () => {
    const view = expertView(entity('amd-olmo'))!;
    expect(view.osai!.groups.map((g) => [g.ref, g.cells.length])).toEqual([['availability', 5], ['documentation', 6], ['access', 1]]);
    expect(view.osai!.groups[0]!.cells[0]).toMatchObject({ ref: 'datasources_basemodel', grade: 'open', link: 'https://huggingface.co/datasets/allenai/dolma' });
    expect(openDimensionCount(entity('amd-olmo'))).toBe(view.osai!.open);
    expect(view.osai!.source).toMatch(/main-database\/blob\/[0-9a-f]{40}\/AMD%20OLMo\.yaml$/);
    expect(view.disagreement).toBeUndefined();
  });

  it('names the components that hold a model below the next MOF class, in both languages', () => {
    const view = expertView(entity('deepseek-r1'))!;
    expect(view.mof).toMatchObject({ class: null, label: { en: 'Not classified' }, next: { class: 3, holding: [{ en: 'Data card', ar: 'بطاقة البيانات' }] } });
  });

  it('says plainly where our status and the experts’ grades differ', () => {
    expect(expertView(entity('deepseek-r1'))!.disagreement).toEqual({
      en: 'We rate it open weights; the expert grades point to restricted.',
      ar: 'تقييمنا: أوزان مفتوحة؛ أما تقييمات الخبراء فتشير إلى: مقيّد.',
    });
    const plain: Entity = { ...entity('gpt-oss-120b'), expert: undefined };
    expect(expertView(plain)).toBeNull();
  });
});

describe('browsing by source', () => {
  it('tells article, hand-written, Index and MOF entities apart and orders by open dimensions', async () => {
    const { byOpenDimensions, hasSource } = await import('../../../lib/expert/browse');
    expect(hasSource(entity('deepseek-r1'), 'article')).toBe(true);
    expect(hasSource(entity('vicuna'), 'hand-written')).toBe(false);
    expect(hasSource(entity('vicuna'), 'osai')).toBe(true);
    // A hand-written entity that the Index also grades.
    expect(hasSource(entity('falcon'), 'hand-written')).toBe(true);
    expect(hasSource(entity('falcon'), 'osai')).toBe(true);
    expect(hasSource(entity('gpt-oss-20b'), 'mof')).toBe(true);
    const ordered = byOpenDimensions([entity('openai'), entity('gpt-oss-120b'), entity('amd-olmo')]).map((e) => e.id);
    expect(ordered).toEqual(['amd-olmo', 'gpt-oss-120b', 'openai']);
  });
});
