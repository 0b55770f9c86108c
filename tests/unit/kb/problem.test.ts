/**
 * Every problem an import or an edit can report is a code with parameters,
 * and reads in both interface languages: each is made here for real, from bad
 * files and bad edits, and rendered in English and Arabic from the tables.
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { userCompany } from './user-company';
import { addEntity, deleteUserEntity, ensureSeed, patchEntity, restoreUserEntity, saveEntity, setNote, type KbDatabase } from '../../../lib/kb/db';
import { importKb } from '../../../lib/kb/import-export';
import { problem, problemMessage, problemToString, type Problem } from '../../../lib/kb/problem';
import { SEED } from '../../../lib/kb/seed';

const acme = userCompany;
const model = (extra: object = {}) => ({ ...acme(), id: 'acme-1', kind: 'model', ...extra });
const llamaAssessment = () => structuredClone(SEED.entities.find((e) => e.id === 'llama')!.assessment!);
const doc = (entities: unknown[], extra: object = {}) => JSON.stringify({ format: 'openness-lens-kb', version: 1, entities, ...extra });

async function seeded(): Promise<KbDatabase> {
  const db = freshDb();
  await ensureSeed(db, SEED);
  await addEntity(db, acme());
  return db;
}

/** Files that are wrong in every way the format allows. */
const BAD_FILES: Array<string | Blob> = [
  '{"format": "openness-lens-kb", ',
  '[1, 2, 3]',
  '"just text"',
  JSON.stringify({ format: 'bookmarks', version: 1, entities: [] }),
  JSON.stringify({ format: 'openness-lens-kb', version: 2, entities: [] }),
  JSON.stringify({ format: 'openness-lens-kb', version: 1, entities: {} }),
  doc([{ id: 'x-model', kind: 'model', aliases: [{ text: 'X Model' }] }]),
  doc([{ ...acme(), kind: 'robot', aliases: [{ text: 7 }], name: { en: '', ar: 5 }, rules: 'none', summary: true }]),
  doc([{ ...acme(), id: 'Not A Slug', aliases: [{ text: 'A' }, { text: '--' }] }]),
  doc([{ ...acme(), aliases: [] }]),
  doc([{ ...acme(), aliases: Array.from({ length: 201 }, (_, i) => ({ text: `Name ${i}` })) }]),
  doc([{ ...acme(), name: { en: 'x'.repeat(201), ar: '' } }]),
  doc([acme(), acme()]),
  doc([model({ assessment: { ...llamaAssessment(), weights: { value: 'yes', sources: [{ kind: 'web', title: 'x', url: 'javascript:alert(1)' }] } } })]),
  doc([model({ assessment: { ...llamaAssessment(), weights: { value: 'yes', sources: [{ kind: 'web', title: 'x', url: 'not a link' }] } } })]),
  doc([model({ assessment: { ...llamaAssessment(), weights: { value: 'yes', sources: [{ kind: 'book', title: 'x' }] } } })]),
  doc([model({ assessment: { ...llamaAssessment(), weights: { value: 'yes', sources: [{ kind: 'article', paragraph: 1.5 }, { kind: 'article', paragraph: 0 }] } } })]),
  doc([model({ maker: 'nobody' })]),
  doc([model({ maker: 'llama' }), { ...acme(), id: 'acme-2', kind: 'model', aliases: [{ text: 'Acme Two' }], family: 'openai' }]),
  doc([], { userNotes: [{ id: 'ghost', text: 'boo' }, { id: 'llama', text: '' }, { id: 'llama', text: 'x'.repeat(10_001) }] }),
  doc([], { exportedAt: 'yesterday' }),
  new Blob([doc([acme()]).replace('"entities"', `"padding": "${'x'.repeat(6 * 1024 * 1024)}", "entities"`)]),
];

async function everyProblem(): Promise<Problem[]> {
  const db = await seeded();
  const problems: Problem[] = [];
  const collect = (r: { ok: boolean; problems?: Problem[] }) => problems.push(...(r.ok ? [] : r.problems!));
  for (const file of BAD_FILES) collect(await importKb(file, {}, db));
  collect(await addEntity(db, acme()));
  collect(await patchEntity(db, 'llama', { id: 'llama-renamed' }));
  collect(await patchEntity(db, 'ghost', { summary: { en: 'x' } }));
  collect(await patchEntity(db, 'llama', { maker: 'gemma' }));
  collect(await setNote(db, 'llama', 'x'.repeat(10_001)));
  collect(await setNote(db, 'ghost', 'boo'));
  // A model made by Acme, then Acme turned into a model: the first would be left with a broken link.
  expect(await addEntity(db, model({ maker: 'acme-ai', aliases: [{ text: 'Acme One' }] }))).toEqual({ ok: true });
  collect(await saveEntity(db, { ...acme(), kind: 'model' }));
  collect(await importKb(doc([{ ...acme(), kind: 'model' }]), {}, db));
  // Undoing a delete after the id was taken again.
  const deleted = await deleteUserEntity(db, 'acme-1');
  expect(deleted.ok).toBe(true);
  expect(await addEntity(db, model({ aliases: [{ text: 'Acme Again' }] }))).toEqual({ ok: true });
  if (deleted.ok) collect(await restoreUserEntity(db, deleted.deleted));
  return problems;
}

describe('problems in both languages', () => {
  it('gives every problem an import or an edit reports a code, and a text in English and in Arabic', async () => {
    const problems = await everyProblem();
    expect(problems.length).toBeGreaterThan(30);
    // No problem falls back to valibot's own words: each check has its code.
    expect(problems.filter((p) => p.code === 'invalid').map((p) => p.message)).toEqual([]);
    for (const p of problems) expect(problemMessage(p, 'en')).toBe(p.message);
    // No English is left outside quoted values, paths and the JSON parser's own words in parentheses.
    const leftover = problems
      .map((p) => [p.message, problemMessage(p, 'ar')] as const)
      .filter(([, ar]) => /\b(?!JSON\b|MB\b|https\b|true\b|false\b|null\b)[A-Za-z]{3,}\b/.test(ar.replace(/"[^"]*"|«[^»]*»|\([^)]*\)|\w+\[\d+\]/g, '')));
    expect(leftover).toEqual([]);
    // The rarer forms were reached too.
    const all = problems.map((p) => p.message).join('\n');
    for (const form of ['cannot be changed', 'would be left with a broken maker', 'exists again', 'already exists', 'not a family', 'is not valid JSON']) {
      expect(all).toContain(form);
    }
  });

  it('renders them with the path kept as it is, and Latin values quoted and set apart from the Arabic (U+2068…U+2069)', () => {
    const short = problem('entities[0].aliases[0].text', 'alias-short', {});
    expect(problemToString(short, 'en')).toBe('entities[0].aliases[0].text: an alias needs at least two characters');
    expect(problemToString(short, 'ar')).toBe('entities[0].aliases[0].text: يحتاج الاسم البديل إلى حرفين على الأقل');
    const kind = problem('entities[0].kind', 'one-of', { options: '"company", "model"', got: 'text', value: 'robot' });
    expect(kind.message).toBe('should be one of "company", "model", not the text "robot"');
    expect(problemMessage(kind, 'ar')).toBe('يجب أن يكون واحدًا من \u2068"company", "model"\u2069، لا النص «\u2068robot\u2069»');
    const large = problem('', 'file-too-large', { size: '6.0 MB', max: '5.0 MB' });
    expect(large.message).toBe('the file is 6.0 MB; files larger than 5.0 MB are not imported');
    expect(problemMessage(large, 'ar')).toBe('حجم الملف \u20686.0 MB\u2069؛ لا تُستورد الملفات الأكبر من \u20685.0 MB\u2069');
    const maker = problem('entities[0].maker', 'not-a-maker', { id: 'llama', kind: 'family' });
    expect(maker.message).toBe('"llama" is a family, not a company or organization');
    expect(problemMessage(maker, 'ar')).toBe('\u2068"llama"\u2069 عائلة نماذج، وليس شركة أو منظمة');
  });

  it('renders a problem with a cause in the same language throughout', () => {
    const cause = problem('', 'not-a-maker', { id: 'acme-ai', kind: 'model' });
    const broken = problem('', 'breaks-link', { id: 'acme-1', field: 'maker' }, cause);
    expect(broken.message).toBe('"acme-1" would be left with a broken maker: "acme-ai" is a model, not a company or organization');
    expect(problemMessage(broken, 'ar')).toBe('سيبقى \u2068"acme-1"\u2069 برابط مطوّر معطّل: \u2068"acme-ai"\u2069 نموذج، وليس شركة أو منظمة');
  });

  it('keeps a check it has no code for readable in both languages, with its own words', () => {
    const unknown = problem('x', 'invalid', { raw: 'something new went wrong' });
    expect(problemMessage(unknown, 'en')).toBe('is not valid (something new went wrong)');
    expect(problemMessage(unknown, 'ar')).toBe('غير صالح (something new went wrong)');
  });
});
