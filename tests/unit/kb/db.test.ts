import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { userCompany } from './user-company';
import {
  addEntity,
  deleteUserEntity,
  ensureSeed,
  getNote,
  installedSeedVersion,
  patchEntity,
  resetEntity,
  restoreUserEntity,
  saveEntity,
  setNote,
} from '../../../lib/kb/db';
import { exportKb } from '../../../lib/kb/import-export';
import { getEntity, getEntry, listEntities } from '../../../lib/kb/queries';
import { SEED } from '../../../lib/kb/seed';
import type { Seed } from '../../../lib/kb/seed-check';
import type { Entity } from '../../../lib/kb/schema';

const shipped = (id: string): Entity => structuredClone(SEED.entities.find((e) => e.id === id)!);

/** A later seed: one fact changed in llama and in deepseek-r1, and a new entity. */
function seedV2(): Seed {
  const entities = SEED.entities.map((e) => structuredClone(e));
  const llama = entities.find((e) => e.id === 'llama')!;
  llama.summary = { en: 'Meta’s Llama family, updated facts.', ar: 'عائلة لاما من ميتا، معلومات محدثة.' };
  llama.aliases.push({ text: 'Llama Guard', caseSensitive: true });
  const r1 = entities.find((e) => e.id === 'deepseek-r1')!;
  r1.assessment!.reason.en = 'Updated reason for R1.';
  entities.push({
    id: 'hoopoe',
    kind: 'model',
    name: { en: 'Hoopoe', ar: 'هدهد' },
    aliases: [{ text: 'Hoopoe', caseSensitive: true }, { text: 'هدهد' }],
    summary: { en: 'A model added by a later seed.', ar: 'نموذج أضافته نسخة لاحقة.' },
  });
  return { ...SEED, version: SEED.version + 1, fingerprint: 'v2', entities };
}


describe('seeding', () => {
  it('installs the shipped seed once and leaves it alone on the next start', async () => {
    const db = freshDb();
    expect(await ensureSeed(db, SEED)).toMatchObject({ changed: true, version: SEED.version });
    expect(await installedSeedVersion(db)).toBe(SEED.version);
    expect((await listEntities({}, db)).length).toBe(SEED.entities.length);
    expect(await ensureSeed(db, SEED)).toMatchObject({ changed: false });
    expect((await getEntity('llama', db))?.assessment?.status).toBe('restricted');
  });
});

describe('upgrading the seed', () => {
  it('keeps the user’s edits and added entities while bringing in new facts', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    // User edits: llama's status and a note; a new company; a note on an untouched entity.
    expect(await patchEntity(db, 'llama', { assessment: { status: 'open-weights' } })).toEqual({ ok: true });
    expect(await setNote(db, 'llama', 'Check the EU clause before using.')).toEqual({ ok: true });
    expect(await addEntity(db, userCompany())).toEqual({ ok: true });

    const result = await ensureSeed(db, seedV2());
    expect(result).toMatchObject({ changed: true, previousVersion: SEED.version, version: SEED.version + 1 });

    const llama = (await getEntity('llama', db))!;
    expect(llama.assessment?.status).toBe('open-weights'); // user's edit intact
    expect(llama.summary.en).toBe('Meta’s Llama family, updated facts.'); // new fact arrived
    expect(llama.aliases.map((a) => a.text)).toContain('Llama Guard');
    expect(llama.assessment?.reason.en).toBe(shipped('llama').assessment!.reason.en); // untouched field unchanged
    expect((await getEntity('deepseek-r1', db))?.assessment?.reason.en).toBe('Updated reason for R1.');
    expect((await getEntity('hoopoe', db))?.name.ar).toBe('هدهد');
    expect((await getEntry('acme-ai', db))?.origin).toBe('user');
    expect(await getNote(db, 'llama')).toBe('Check the EU clause before using.');
  });

  it('brings in dated releases and a corrected status while keeping the user’s edits', async () => {
    // The seed as it was before releases: DeepSeek-V3 restricted, with no releases.
    const before = SEED.entities.map((e) => structuredClone(e));
    const oldV3 = before.find((e) => e.id === 'deepseek-v3')!;
    delete oldV3.releases;
    oldV3.assessment!.status = 'restricted';
    const db = freshDb();
    await ensureSeed(db, { ...SEED, version: SEED.version - 1, fingerprint: 'before-releases', entities: before });
    expect(await patchEntity(db, 'deepseek-v3', { summary: { en: 'My summary of V3.', ar: 'ملخصي عن V3.' } })).toEqual({ ok: true });

    expect(await ensureSeed(db, SEED)).toMatchObject({ changed: true, version: SEED.version });
    const v3 = (await getEntity('deepseek-v3', db))!;
    expect(v3.summary.en).toBe('My summary of V3.');
    expect(v3.assessment?.status).toBe('open-weights');
    expect(v3.releases?.map((r) => r.name)).toEqual(['DeepSeek-V3', 'DeepSeek-V3-0324', 'DeepSeek-V3.1']);

    // A release the user adds is kept through a later upgrade as well.
    const mine = { name: 'DeepSeek-V3.1-Terminus', date: '2025-09-22', licence: 'MIT', status: 'open-weights' as const, sources: v3.releases![1]!.sources };
    expect(await patchEntity(db, 'deepseek-v3', { releases: [...v3.releases!, mine] })).toEqual({ ok: true });
    await ensureSeed(db, seedV2());
    expect((await getEntity('deepseek-v3', db))?.releases?.map((r) => r.name)).toEqual(['DeepSeek-V3', 'DeepSeek-V3-0324', 'DeepSeek-V3.1', 'DeepSeek-V3.1-Terminus']);
    expect((await getEntity('deepseek-v3', db))?.summary.en).toBe('My summary of V3.');
  });

  it('turns a user entity into an edit when a new seed ships the same id', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    const mine: Entity = {
      id: 'hoopoe',
      kind: 'model',
      name: { en: 'Hoopoe (my entry)', ar: 'هدهد' },
      aliases: [{ text: 'Hoopoe', caseSensitive: true }],
      summary: { en: 'My own notes on Hoopoe.', ar: 'ملاحظاتي عن هدهد.' },
    };
    await addEntity(db, mine);
    await ensureSeed(db, seedV2());
    const entry = (await getEntry('hoopoe', db))!;
    expect(entry.origin).toBe('edited');
    expect(entry.entity.name.en).toBe('Hoopoe (my entry)');
    expect(await resetEntity(db, 'hoopoe')).toBe(true);
    expect((await getEntity('hoopoe', db))?.name.en).toBe('Hoopoe');
  });
});

describe('a seed that drops an entity', () => {
  it('keeps the user’s edited copy as their own entity, and drops untouched ones', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    await patchEntity(db, 'mixtral', { summary: { en: 'Kept by me.' } });
    const v2: Seed = { ...SEED, version: SEED.version + 1, fingerprint: 'v2', entities: SEED.entities.filter((e) => e.id !== 'mixtral' && e.id !== 'gpt-5') };
    await ensureSeed(db, v2);
    expect(await getEntry('mixtral', db)).toMatchObject({ origin: 'user', entity: { summary: { en: 'Kept by me.' } } });
    expect(await getEntity('gpt-5', db)).toBeUndefined();
  });
});

describe('editing and resetting', () => {
  it('restores one entity to the article version and leaves the others edited', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    await patchEntity(db, 'fastvlm', { summary: { en: 'My summary' } });
    await patchEntity(db, 'gemma', { assessment: { status: 'closed' } });
    expect((await getEntry('fastvlm', db))?.resettable).toBe(true);

    expect(await resetEntity(db, 'fastvlm')).toBe(true);
    expect(await getEntity('fastvlm', db)).toEqual(shipped('fastvlm'));
    expect((await getEntry('fastvlm', db))?.origin).toBe('seed');
    expect((await getEntity('gemma', db))?.assessment?.status).toBe('closed');
    expect(await resetEntity(db, 'fastvlm')).toBe(false);
  });

  it('stores no edit when the saved entity equals the seed', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    await saveEntity(db, shipped('android'));
    expect((await getEntry('android', db))?.origin).toBe('seed');
    expect(await db.overrides.count()).toBe(0);
  });

  it('refuses invalid edits and broken links without changing anything', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    const before = await exportKb(db);
    const bad = await patchEntity(db, 'qwen', { aliases: [{ text: 'q' }] });
    expect(bad).toMatchObject({ ok: false, problems: [{ path: 'aliases[0].text', message: 'an alias needs at least two characters' }] });
    const dangling = await patchEntity(db, 'qwen', { maker: 'nobody' });
    expect(dangling).toMatchObject({ ok: false, problems: [{ path: 'maker', message: 'no entity has the id "nobody"' }] });
    const orphaning = await patchEntity(db, 'meta', { kind: 'model' });
    expect(orphaning.ok).toBe(false);
    expect(await exportKb(db)).toEqual(before);
  });

  it('removes an optional field when the patch says null', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    expect(await patchEntity(db, 'chatgpt', { assessment: null })).toEqual({ ok: true });
    expect((await getEntity('chatgpt', db))?.assessment).toBeUndefined();
    expect(await listEntities({ status: 'closed' }, db)).not.toContainEqual(expect.objectContaining({ id: 'chatgpt' }));
  });
});

describe('user entities', () => {
  it('can be deleted and restored (undo), with their note', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    await addEntity(db, userCompany());
    await setNote(db, 'acme-ai', 'Seen on a local news site.');
    const deleted = await deleteUserEntity(db, 'acme-ai');
    expect(deleted.ok).toBe(true);
    expect(await getEntity('acme-ai', db)).toBeUndefined();
    expect(await getNote(db, 'acme-ai')).toBeUndefined();

    if (!deleted.ok) throw new Error('unreachable');
    expect(await restoreUserEntity(db, deleted.deleted)).toEqual({ ok: true });
    expect((await getEntry('acme-ai', db))).toMatchObject({ origin: 'user', note: 'Seen on a local news site.' });
  });

  it('cannot take an existing id, and seed entities cannot be deleted', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    const taken = await addEntity(db, { ...userCompany(), id: 'openai' });
    expect(taken).toMatchObject({ ok: false, problems: [{ path: 'id', message: 'an entity with the id "openai" already exists' }] });
    expect(await deleteUserEntity(db, 'openai')).toEqual({ ok: false, reason: 'not-user' });
  });

  it('cannot be deleted while another entity names it as maker', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    await addEntity(db, userCompany());
    await addEntity(db, {
      id: 'acme-1',
      kind: 'model',
      maker: 'acme-ai',
      name: { en: 'Acme 1', ar: 'أكمي 1' },
      aliases: [{ text: 'Acme 1' }],
      summary: { en: 'x', ar: 'x' },
    });
    expect(await deleteUserEntity(db, 'acme-ai')).toEqual({ ok: false, reason: 'in-use', usedBy: ['acme-1'] });
    expect(await getEntity('acme-ai', db)).toBeDefined();
  });
});
