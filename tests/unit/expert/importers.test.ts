import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportMof, runImportOsai } from '../../../scripts/expert-import';

const FIXTURES = join(__dirname, '../../fixtures/expert');
const META = { commit: 'a'.repeat(40), date: '2026-01-02' };

function importTwice(run: typeof runImportOsai, dir: string) {
  const roots = [mkdtempSync(join(tmpdir(), 'expert-')), mkdtempSync(join(tmpdir(), 'expert-'))];
  const results = roots.map((root) => run(root, dir, META));
  const texts = roots.map((root, i) => readFileSync(join(root, results[i]!.path), 'utf8'));
  return { result: results[0]!, texts };
}

describe('import-osai', () => {
  const { result, texts } = importTwice(runImportOsai, join(FIXTURES, 'osai'));
  const data = JSON.parse(texts[0]!);

  it('writes the same bytes for the same input, records sorted by file, with commit and date', () => {
    expect(texts[0]).toBe(texts[1]);
    expect(data.source).toMatchObject({ commit: META.commit, date: META.date, licence: 'CC-BY-4.0', doi: '10.5281/zenodo.15386042' });
    expect(data.records.map((r: { file: string }) => r.file)).toEqual(['GPT-OSS.yaml', 'Gated.yaml', 'Open Model.yaml']);
  });

  it('keeps facts and grades with https evidence links, and no prose notes', () => {
    const open = data.records[2];
    expect(open).toMatchObject({ name: 'Open Model', endmodel: 'Open-Model-7B-Chat', licence: 'Apache 2.0', released: '2025-03', org: { name: 'Example Lab' } });
    expect(open.dimensions.datasources_basemodel).toEqual({ grade: 'open', link: 'https://example.org/data' });
    expect(open.dimensions.code).toEqual({ grade: 'partial' });
    expect(open.dimensions.paper).toEqual({ grade: 'closed' });
    expect(Object.keys(open.dimensions)).toHaveLength(12);
    expect(texts[0]).not.toMatch(/note/i);
  });

  it('reports malformed files by name and imports the rest', () => {
    const files = result.problems.map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining(['broken.yaml', 'no-system.yaml', 'Gated.yaml']));
    expect(result.problems.find((p) => p.file === 'Gated.yaml')?.message).toMatch(/licenses.*sometimes/);
    expect(data.records[1].dimensions.licenses).toEqual({ grade: null });
    expect(result.records).toBe(3);
  });
});

describe('import-mof', () => {
  const { result, texts } = importTwice(runImportMof, join(FIXTURES, 'mof'));
  const data = JSON.parse(texts[0]!);
  const byName = (name: string) => data.records.find((r: { name: string }) => r.name === name);

  it('writes the same bytes for the same input, with the framework components', () => {
    expect(texts[0]).toBe(texts[1]);
    expect(data.framework).toHaveLength(17);
    expect(data.records.map((r: { file: string }) => r.file)).toEqual(['models/Open-Science.yml', 'models/Paper-Instead.yml', 'models/Weights-Only.yml']);
  });

  it('resolves each component licence as the tool does and computes the class', () => {
    const science = byName('Open-Science');
    expect(science.components.Datasets).toBe('CC-BY-4.0');
    expect(science.components['Training code']).toBe('Apache-2.0');
    expect(science.class).toBe(1);
    // Weights under a licence with use restrictions keep it out of every class.
    expect(byName('Paper-Instead').class).toBeNull();
    // "Apache 2.0" is not the SPDX id the framework compares by; an empty licence is unlicensed.
    expect(byName('Weights-Only').components).toEqual({ 'Model card': null, 'Model parameters (Final)': 'Apache 2.0' });
  });

  it('reports broken files and unknown components by name', () => {
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'models/bad.yml' }),
        { file: 'models/Paper-Instead.yml', message: 'lists the unknown component "Mystery component"' },
      ]),
    );
  });
});
