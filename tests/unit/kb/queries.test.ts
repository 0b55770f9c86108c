import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { addEntity, ensureSeed, KbDatabase, patchEntity } from '../../../lib/kb/db';
import { findByName, listEntities, membersOf, modelsOf, search } from '../../../lib/kb/queries';
import { SEED } from '../../../lib/kb/seed';

let db: KbDatabase;
beforeEach(async () => {
  db = freshDb();
  await ensureSeed(db, SEED);
});

const top = async (query: string) => (await search(query, {}, db))[0]?.entity.id;

describe('search', () => {
  it.each([
    ['DeepSeek R1', 'deepseek-r1'],
    ['deepseek-r1', 'deepseek-r1'],
    ['ديب سيك آر1', 'deepseek-r1'],
    ['ديب سيك', 'deepseek'],
    ['ديبسيك', 'deepseek'],
    ['لاما', 'llama'],
    ['Llama 3.1', 'llama'],
    ['لاما 4', 'llama'],
    ['LLaMA', 'llama'],
    ['اوبن اي اي', 'openai'],
    ['أوبن إيه آي', 'openai'],
    ['لـOpenAI', 'openai'],
    ['ولاما', 'llama'],
    ['بجوجل', 'google'],
    ['غوغل كروم', 'chrome'],
    ['كروميوم', 'chromium'],
    ['GPT OSS 120B', 'gpt-oss-120b'],
    ['gpt-oss', 'gpt-oss'],
    ['تشات جي بي تي', 'chatgpt'],
    ['جيمناي', 'gemini'],
    ['قوين', 'qwen'],
    ['Qwen3', 'qwen'],
    ['كلاود', 'claude'],
    ['OSI', 'osi'],
    ['مبادرة المصدر المفتوح', 'osi'],
    ['Anthropik', 'anthropic'],
    ['fastvl', 'fastvlm'],
  ])('finds %s → %s', async (query, id) => {
    expect(await top(query)).toBe(id);
  });

  it('ranks the exact name above longer names that contain it', async () => {
    const ids = (await search('DeepSeek', {}, db)).map((h) => h.entity.id);
    expect(ids[0]).toBe('deepseek');
    expect(ids).toEqual(expect.arrayContaining(['deepseek-r1', 'deepseek-v3']));
  });

  it('finds nothing for unrelated or empty text', async () => {
    expect(await search('pineapple', {}, db)).toEqual([]);
    expect(await search('   ', {}, db)).toEqual([]);
  });

  it('sees the user’s edits and entities', async () => {
    await patchEntity(db, 'mixtral', { aliases: [{ text: 'Mixtral' }, { text: 'ميكسترال' }, { text: 'Mixtral of Experts' }] });
    expect(await top('Mixtral of Experts')).toBe('mixtral');
    await addEntity(db, {
      id: 'condor',
      kind: 'family',
      name: { en: 'Condor', ar: 'كوندور' },
      aliases: [{ text: 'Condor', caseSensitive: true }, { text: 'كوندور' }],
      summary: { en: 'x', ar: 'x' },
    });
    expect(await top('كوندور')).toBe('condor');
    expect((await findByName('CONDOR', db)).map((e) => e.id)).toEqual(['condor']);
  });

  it('sees at once what another extension page wrote, though it keeps the prepared names between searches', async () => {
    expect(await top('Sandgrouse')).toBeUndefined();
    // The options page: its own connection to the same database.
    const other = new KbDatabase(db.name);
    await addEntity(other, {
      id: 'sandgrouse',
      kind: 'model',
      name: { en: 'Sandgrouse', ar: 'قطا' },
      aliases: [{ text: 'Sandgrouse' }, { text: 'قطا' }],
      summary: { en: 'x', ar: 'x' },
    });
    expect(await top('Sandgrouse')).toBe('sandgrouse');
    await patchEntity(other, 'sandgrouse', { aliases: [{ text: 'Sandgrouse' }, { text: 'قطا' }, { text: 'Sandgrouse 30B' }] });
    expect((await search('Sandgrouse 30B', {}, db))[0]?.matched).toBe('Sandgrouse 30B');
    other.close();
  });
});

describe('listing', () => {
  it('filters by status, kind and maker, and combinations', async () => {
    const closed = (await listEntities({ status: 'closed' }, db)).map((e) => e.id);
    expect(closed).toEqual(expect.arrayContaining(['chatgpt', 'gemini', 'claude', 'chrome']));
    expect(closed).not.toContain('chromium');
    const companies = (await listEntities({ kind: 'company' }, db)).map((e) => e.id);
    expect(companies).toEqual(expect.arrayContaining(['openai', 'meta', 'deepseek', 'apple', 'google', 'alibaba', 'mistral-ai', 'anthropic']));
    expect((await listEntities({ maker: 'google', status: 'open' }, db)).map((e) => e.id).sort()).toEqual(['android', 'chromium']);
    expect((await listEntities({ kind: 'model', text: 'gpt oss' }, db)).map((e) => e.id).sort()).toEqual(['gpt-oss-120b', 'gpt-oss-20b']);
  });

  it('follows a status change made by the user', async () => {
    expect((await listEntities({ status: 'open-weights' }, db)).map((e) => e.id)).toContain('gemma');
    await patchEntity(db, 'gemma', { assessment: { status: 'closed' } });
    expect((await listEntities({ status: 'open-weights' }, db)).map((e) => e.id)).not.toContain('gemma');
    expect((await listEntities({ status: 'closed' }, db)).map((e) => e.id)).toContain('gemma');
  });

  it('lists a maker’s models, families first, and a family’s members', async () => {
    const openai = (await modelsOf('openai', db)).map((e) => e.id);
    expect(openai[0]).toBe('gpt-oss');
    expect(openai).toEqual(expect.arrayContaining(['gpt-oss-120b', 'gpt-oss-20b', 'chatgpt']));
    // Apple's hand-written models; the models made from expert grades (OpenELM…) come beside them.
    expect((await modelsOf('apple', db)).filter((e) => !e.expert?.derived).map((e) => e.id).sort()).toEqual(['fastvlm', 'mobileclip2']);
    expect((await membersOf('gpt-oss', db)).map((e) => e.id)).toEqual(['gpt-oss-120b', 'gpt-oss-20b']);
  });
});

describe('search with a proclitic', () => {
  it('reads a leading ل as part of the name when the name is whole: لاما is Llama, not ل + أمازون', async () => {
    const ids = (await search('لاما', {}, db)).map((h) => h.entity.id);
    expect(ids[0]).toBe('llama');
    expect(ids).not.toContain('amazon');
  });

  it('still takes a proclitic off before a whole name', async () => {
    expect(await top('لأمازون')).toBe('amazon');
    expect(await top('ولاما')).toBe('llama');
    // فك and فكال, which the matcher already knew and search did not.
    expect(await top('فكميتا')).toBe('meta');
    expect(await top('فكالميتا')).toBe('meta');
  });
});

describe('search inside a longer query', () => {
  it('finds a name among other words, but not inside another word', async () => {
    expect(await top('نموذج ديب سيك الجديد')).toBe('deepseek');
    expect(await top('what is new in Gemma 3 today')).toBe('gemma');
    expect(await search('metadata', {}, db)).toEqual([]);
    expect(await search('ميتافيرس', {}, db)).toEqual([]);
  });
});
