import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { userCompany } from './user-company';
import { addEntity, ensureSeed, patchEntity, setNote, type KbDatabase } from '../../../lib/kb/db';
import {
  buildExport,
  exportKb,
  importKb,
  KbExportSchema,
  MAX_IMPORT_BYTES,
  serializeExport,
  type KbExport,
} from '../../../lib/kb/import-export';
import { getEntity, getEntry } from '../../../lib/kb/queries';
import { SEED } from '../../../lib/kb/seed';
import * as v from 'valibot';

const acme = userCompany;

/** A seeded database with a few user changes of every kind. */
async function userDb(): Promise<KbDatabase> {
  const db = freshDb();
  await ensureSeed(db, SEED);
  await patchEntity(db, 'llama', { assessment: { status: 'open-weights', reason: { en: 'My reading of the licence.' } } });
  await patchEntity(db, 'chrome', { maker: null });
  await addEntity(db, acme());
  await setNote(db, 'deepseek-r1', 'Compare with the V3 licence.');
  return db;
}

const doc = (entities: unknown[], extra: object = {}) => JSON.stringify({ format: 'openness-lens-kb', version: 1, entities, ...extra });

describe('export', () => {
  it('writes the documented format, valid against its own schema', async () => {
    const db = await userDb();
    const exported = await exportKb(db, { exportedAt: new Date('2025-09-01T10:00:00Z') });
    expect(exported).toMatchObject({ format: 'openness-lens-kb', version: 1, exportedAt: '2025-09-01T10:00:00.000Z' });
    expect(exported.entities.map((e) => e.id)).toEqual([...exported.entities.map((e) => e.id)].sort());
    expect(exported.userNotes).toEqual([{ id: 'deepseek-r1', text: 'Compare with the V3 licence.' }]);
    expect(v.safeParse(KbExportSchema, JSON.parse(serializeExport(exported))).success).toBe(true);
    expect(exported.entities.find((e) => e.id === 'llama')?.assessment?.status).toBe('open-weights');
    expect(exported.entities.find((e) => e.id === 'chrome')?.maker).toBeUndefined();
  });

  it('round-trips losslessly through an empty database, with or without the seed installed', async () => {
    const first = serializeExport(await exportKb(await userDb()));

    const seeded = freshDb();
    await ensureSeed(seeded, SEED);
    expect(await importKb(first, {}, seeded)).toMatchObject({ ok: true });
    expect(serializeExport(await exportKb(seeded))).toBe(first);
    // Imported seed entities are stored as edits of the seed, not copies.
    expect((await getEntry('llama', seeded))?.origin).toBe('edited');
    expect((await getEntry('openai', seeded))?.origin).toBe('seed');

    const empty = freshDb();
    expect(await importKb(first, {}, empty)).toMatchObject({ ok: true });
    expect(serializeExport(await exportKb(empty))).toBe(first);
  });

  it('matches the CLI’s seed export for an untouched database', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    expect(await exportKb(db)).toEqual(buildExport(SEED.entities));
  });
});

describe('import', () => {
  it('merges by default and replaces on request', async () => {
    const db = await userDb();
    const incoming = { ...acme(), id: 'globex', name: { en: 'Globex', ar: 'غلوبكس' }, aliases: [{ text: 'Globex' }] };
    expect(await importKb(doc([incoming], { userNotes: [{ id: 'globex', text: 'new' }] }), {}, db)).toEqual({
      ok: true,
      mode: 'merge',
      entities: 1,
      notes: 1,
    });
    expect(await getEntity('acme-ai', db)).toBeDefined();
    expect((await getEntity('llama', db))?.assessment?.status).toBe('open-weights');

    expect(await importKb(doc([incoming]), { mode: 'replace' }, db)).toMatchObject({ ok: true, mode: 'replace' });
    expect(await getEntity('acme-ai', db)).toBeUndefined();
    expect(await getEntity('globex', db)).toBeDefined();
    expect((await getEntity('llama', db))?.assessment?.status).toBe('restricted'); // back to the seed
    expect((await exportKb(db)).userNotes).toEqual([]);
  });

  const malformed: Array<[string, () => string | Blob, RegExp[]]> = [
    ['text that is not JSON', () => '{"format": "openness-lens-kb", ', [/^the file is not valid JSON/]],
    ['a JSON value that is not an object', () => '[1, 2, 3]', [/^the file should hold a JSON object/]],
    ['another format', () => JSON.stringify({ format: 'bookmarks', version: 1, entities: [] }), [/^format: this is not an Openness Lens knowledge-base file/]],
    ['a newer version', () => JSON.stringify({ format: 'openness-lens-kb', version: 2, entities: [] }), [/^version: this file is format version 2; this version of Openness Lens reads version 1$/]],
    ['missing fields', () => doc([{ id: 'x-model', kind: 'model', aliases: [{ text: 'X Model' }] }]), [/^entities\[0\]\.name: is required but missing$/, /^entities\[0\]\.summary: is required but missing$/]],
    [
      'wrong types',
      () => doc([{ ...acme(), kind: 'robot', aliases: [{ text: 7 }], name: { en: 'A', ar: 5 } }]),
      [/^entities\[0\]\.kind: should be one of "company", .* not the text "robot"$/, /^entities\[0\]\.aliases\[0\]\.text: should be text, not the number 7$/, /^entities\[0\]\.name\.ar: should be text/],
    ],
    ['a one-letter alias', () => doc([{ ...acme(), aliases: [{ text: 'A' }] }]), [/^entities\[0\]\.aliases\[0\]\.text: an alias needs at least two characters$/]],
    ['duplicate ids', () => doc([acme(), acme()]), [/^entities\[1\]\.id: duplicate id "acme-ai": entities\[0\] already has an entity with this id$/]],
    [
      'a javascript: link as a source',
      () =>
        doc([
          {
            ...acme(),
            kind: 'model',
            assessment: {
              ...SEED.entities.find((e) => e.id === 'llama')!.assessment,
              weights: { value: 'yes', sources: [{ kind: 'web', title: 'x', url: 'javascript:alert(1)' }] },
            },
          },
        ]),
      [/^entities\[0\]\.assessment\.weights\.sources\[0\]\.url: must be an https:\/\/ link$/],
    ],
    ['a maker that does not exist', () => doc([{ ...acme(), id: 'acme-1', kind: 'model', maker: 'nobody' }]), [/^entities\[0\]\.maker: no entity has the id "nobody"$/]],
    ['a note for an unknown entity', () => doc([], { userNotes: [{ id: 'ghost', text: 'boo' }] }), [/^userNotes\[0\]\.id: no entity has the id "ghost"$/]],
    [
      'a 10 MB file',
      () => new Blob([doc([acme()]).replace('"entities"', `"padding": "${'x'.repeat(10 * 1024 * 1024)}", "entities"`)]),
      [/^the file is 10\.0 MB; files larger than 5\.0 MB are not imported$/],
    ],
    ['a 10 MB string', () => ' '.repeat(10 * 1024 * 1024) + doc([acme()]), [/^the file is 10\.0 MB/]],
  ];

  it.each(malformed)('rejects %s with a clear message and changes nothing', async (_name, make, expected) => {
    const db = await userDb();
    const before = serializeExport(await exportKb(db));
    const result = await importKb(make(), { mode: 'replace' }, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const pattern of expected) expect(result.messages).toContainEqual(expect.stringMatching(pattern));
    expect(serializeExport(await exportKb(db))).toBe(before);
  });

  it('reports every problem in one go', async () => {
    const db = await userDb();
    const result = await importKb(doc([{ ...acme(), aliases: [{ text: 'A' }] }, { ...acme(), kind: 'robot' }]), {}, db);
    expect(result.ok ? [] : result.messages).toEqual(
      expect.arrayContaining([
        'entities[0].aliases[0].text: an alias needs at least two characters',
        expect.stringMatching(/^entities\[1\]\.kind: /),
        'entities[1].id: duplicate id "acme-ai": entities[0] already has an entity with this id',
      ]),
    );
  });

  it('names the entity each problem is in, by its id and name, with the field inside it', async () => {
    const db = await userDb();
    const result = await importKb(doc([acme(), { ...acme(), id: 'acme-2', name: { en: 'Acme Two', ar: 'أكمي ٢' }, aliases: [{ text: 'A' }] }]), {}, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'entities[1].aliases[0].text', entity: { id: 'acme-2', name: 'Acme Two' }, field: 'aliases[0].text', code: 'alias-short' }),
    ]);
  });

  it('names the entity of a broken link found once the file is valid', async () => {
    const db = await userDb();
    const result = await importKb(doc([{ ...acme(), id: 'acme-1', name: { en: 'Acme One', ar: 'أكمي ١' }, kind: 'model', maker: 'nobody' }]), {}, db);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'no-entity', params: { id: 'nobody' }, entity: { id: 'acme-1', name: 'Acme One' }, field: 'maker' }),
    ]);
  });

  it('lists a bad maker link together with the schema problems, not after they are fixed', async () => {
    const db = await userDb();
    const broken = { ...acme(), id: 'acme-1', name: { en: 'Acme One', ar: 'أكمي ١' }, kind: 'model', maker: 'nobody' };
    const notAMaker = { ...acme(), id: 'acme-2', name: { en: 'Acme Two', ar: 'أكمي ٢' }, kind: 'model', maker: 'llama' };
    const result = await importKb(doc([broken, notAMaker, { ...acme(), id: 'acme-3', aliases: [{ text: 'A' }] }]), {}, db);
    expect(result.ok ? [] : result.messages).toEqual([
      'entities[2].aliases[0].text: an alias needs at least two characters',
      'entities[0].maker: no entity has the id "nobody"',
      'entities[1].maker: "llama" is a family, not a company or organization',
    ]);
    // A maker that the file itself adds is no problem.
    const madeInFile = await importKb(doc([{ ...broken, maker: 'acme-ai' }, { ...acme(), aliases: [{ text: 'A' }] }]), {}, db);
    expect(madeInFile.ok ? [] : madeInFile.messages).toEqual(['entities[1].aliases[0].text: an alias needs at least two characters']);
  });

  it('keeps HTML and script in strings as inert text', async () => {
    const db = await userDb();
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const entity = { ...acme(), summary: { en: html, ar: `<b>${html}</b>` } };
    expect(await importKb(doc([entity], { userNotes: [{ id: 'acme-ai', text: html }] }), {}, db)).toMatchObject({ ok: true });
    expect((await getEntity('acme-ai', db))?.summary.en).toBe(html);
    const exported: KbExport = await exportKb(db);
    expect(exported.entities.find((e) => e.id === 'acme-ai')?.summary).toEqual({ en: html, ar: `<b>${html}</b>` });
    expect(exported.userNotes).toContainEqual({ id: 'acme-ai', text: html });
  });

  it('accepts a file exactly as read from disk (a Blob)', async () => {
    const db = freshDb();
    await ensureSeed(db, SEED);
    const file = new Blob([doc([acme()])], { type: 'application/json' });
    expect(await importKb(file, {}, db)).toMatchObject({ ok: true, entities: 1 });
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });
});
