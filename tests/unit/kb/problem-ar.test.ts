/**
 * Every problem an import or an edit can report reads in Arabic in the Arabic
 * UI: each is made here for real, from bad files and bad edits, and must have
 * an Arabic form (not the English fallback).
 */
import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { userCompany } from './user-company';
import { addEntity, deleteUserEntity, ensureSeed, patchEntity, restoreUserEntity, saveEntity, setNote, type KbDatabase } from '../../../lib/kb/db';
import { importKb } from '../../../lib/kb/import-export';
import { problemMessage, problemToString, type Problem } from '../../../lib/kb/issues';
import { toArabic } from '../../../lib/kb/problem-ar';
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

describe('problems in Arabic', () => {
  it('has an Arabic form for every problem an import or an edit reports', async () => {
    const problems = await everyProblem();
    expect(problems.length).toBeGreaterThan(30);
    const missing = problems.filter((p) => toArabic(p.message) === null).map((p) => p.message);
    expect(missing).toEqual([]);
    // No English is left outside quoted values, paths and the JSON parser's own words in parentheses.
    const leftover = problems
      .map((p) => [p.message, toArabic(p.message)!] as const)
      .filter(([, ar]) => /\b(?!JSON\b|MB\b|https\b|true\b|false\b|null\b)[A-Za-z]{3,}\b/.test(ar.replace(/"[^"]*"|«[^»]*»|\([^)]*\)|\w+\[\d+\]/g, '')));
    expect(leftover).toEqual([]);
    // The rarer forms were reached too.
    const all = problems.map((p) => p.message).join('\n');
    for (const form of ['cannot be changed', 'would be left with a broken maker', 'exists again', 'already exists', 'not a family', 'is not valid JSON']) {
      expect(all).toContain(form);
    }
  });

  it('renders them with the path kept as it is, and Latin values quoted and set apart from the Arabic (U+2068…U+2069)', () => {
    const p = (path: string, message: string): Problem => ({ path, message });
    expect(problemToString(p('entities[0].aliases[0].text', 'an alias needs at least two characters'), 'ar')).toBe(
      'entities[0].aliases[0].text: يحتاج الاسم البديل إلى حرفين على الأقل',
    );
    expect(problemMessage(p('entities[0].kind', 'should be one of "company", "model", not the text "robot"'), 'ar')).toBe(
      'يجب أن يكون واحدًا من \u2068"company", "model"\u2069، لا النص «\u2068robot\u2069»',
    );
    expect(problemMessage(p('', 'the file is 6.0 MB; files larger than 5.0 MB are not imported'), 'ar')).toBe(
      'حجم الملف \u20686.0 MB\u2069؛ لا تُستورد الملفات الأكبر من \u20685.0 MB\u2069',
    );
    expect(problemMessage(p('entities[0].maker', '"llama" is a family, not a company or organization'), 'ar')).toBe(
      '\u2068"llama"\u2069 عائلة نماذج، وليس شركة أو منظمة',
    );
  });

  it('keeps English in the English UI, and falls back to it for a message it does not know', () => {
    const problem: Problem = { path: 'x', message: 'something new went wrong' };
    expect(problemMessage(problem, 'en')).toBe('something new went wrong');
    expect(problemMessage(problem, 'ar')).toBe('something new went wrong');
  });
});
