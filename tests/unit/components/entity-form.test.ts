import { describe, expect, it } from 'vitest';
import { aliasProblems, emptyForm, entityFromForm, formOf, validateForm } from '../../../components/options/entity-form';
import { sampleEntity } from './fixtures';

describe('the entity form', () => {
  it('refuses one-letter and punctuation-only aliases, and no alias at all', () => {
    expect(aliasProblems('Ok name\nX\n--!')).toEqual([
      { key: 'form_alias_short', arg: 'X' },
      { key: 'form_alias_punct', arg: '--!' },
    ]);
    expect(aliasProblems('  \n \n')).toEqual([{ key: 'form_alias_none' }]);
    expect(aliasProblems('ب')).toEqual([{ key: 'form_alias_short', arg: 'ب' }]);
  });

  it('reports schema problems with their path', () => {
    const form = { ...emptyForm('Bad Id'), id: 'Not A Slug', nameAr: '' };
    const result = validateForm(form);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => ('path' in p ? p.path : p.key));
    expect(paths).toEqual(expect.arrayContaining(['id', 'name.ar']));
  });

  it('starts a new entity from a searched name in either script', () => {
    expect(emptyForm('Falcon 2')).toMatchObject({ id: 'falcon-2', nameEn: 'Falcon 2', aliases: 'Falcon 2' });
    expect(emptyForm('فالكون')).toMatchObject({ id: '', nameAr: 'فالكون', aliases: 'فالكون' });
    const form = { ...emptyForm('فالكون'), id: 'falcon', nameEn: 'Falcon' };
    const result = validateForm(form);
    expect(result.ok).toBe(true);
  });

  it('keeps what the form does not show: sources, alias flags, claims', () => {
    const base = sampleEntity({
      aliases: [{ text: 'Sample Model', caseSensitive: true }],
      articleClaims: [{ quoteAr: 'نص', en: 'text', paragraph: 1 }],
    });
    const form = formOf(base);
    form.aliases += '\nSampleM';
    form.levels.trainingData = 'partial';
    const edited = entityFromForm(form, base);
    expect(edited.aliases).toEqual([{ text: 'Sample Model', caseSensitive: true }, { text: 'SampleM' }]);
    expect(edited.assessment!.weights).toEqual(base.assessment!.weights);
    expect(edited.assessment!.trainingData.value).toBe('partial');
    expect(edited.assessment!.trainingData.note).toEqual(base.assessment!.trainingData.note);
    expect(edited.articleClaims).toEqual(base.articleClaims);
  });

  it('edits web sources as rows, keeps the article\'s paragraphs, and checks links as an import does', () => {
    const base = sampleEntity();
    const form = formOf(base);
    expect(form.sources.weights).toEqual([{ title: 'Model card', url: 'https://example.org/card' }]);
    expect(form.sources.trainingCode).toEqual([]);
    const edited = {
      ...form,
      sources: {
        ...form.sources,
        weights: [{ title: 'Model card v2', url: 'https://example.org/card-v2' }],
        trainingCode: [{ title: '', url: 'https://example.org/code' }, { title: ' ', url: ' ' }],
      },
    };
    const entity = entityFromForm(edited, base);
    expect(entity.assessment!.weights.sources).toEqual([{ kind: 'web', title: 'Model card v2', url: 'https://example.org/card-v2' }]);
    // The article paragraph stays; a blank row is dropped; an untitled link is titled with itself.
    expect(entity.assessment!.trainingCode.sources).toEqual([
      { kind: 'article', paragraph: 2 },
      { kind: 'web', title: 'https://example.org/code', url: 'https://example.org/code' },
    ]);
    const bad = validateForm({ ...form, sources: { ...form.sources, licence: [{ title: 'Licence', url: 'http://example.org/licence' }] } }, base);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems.map((p) => ('path' in p ? p.path : p.key))).toEqual(['assessment.licence.sources[0].url']);
  });

  it('drops the assessment when the status is set to "not assessed"', () => {
    const form = { ...formOf(sampleEntity()), status: '' as const };
    expect(entityFromForm(form, sampleEntity()).assessment).toBeUndefined();
  });
});
