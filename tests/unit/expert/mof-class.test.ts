import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { missingFor, mofClass, nextClass, parseMofSettings } from '../../../lib/expert/mof-class';

const FRAMEWORK = parseMofSettings(parse(readFileSync(join(__dirname, '../../fixtures/expert/mof/web/modules/mof/config/install/mof.settings.yml'), 'utf8')));
const CLASS_3 = ['Model architecture', 'Model parameters (Final)', 'Technical report', 'Evaluation results', 'Model card', 'Data card'];
const CLASS_2 = ['Training code', 'Inference code', 'Evaluation code', 'Evaluation data'];
const CLASS_1 = ['Datasets', 'Data preprocessing code', 'Model parameters (Intermediate)', 'Research paper'];
const all = (names: string[], licence: string | null = 'Apache-2.0') => Object.fromEntries(names.map((n) => [n, licence]));

describe('the Model Openness Framework class', () => {
  it('reads the components and their classes from mof.settings.yml', () => {
    expect(FRAMEWORK.filter((c) => c.required && c.class === 3).map((c) => c.name).sort()).toEqual([...CLASS_3].sort());
    expect(FRAMEWORK.filter((c) => c.required && c.class === 1).map((c) => c.name).sort()).toEqual([...CLASS_1].sort());
  });

  it('gives each class when its required components and those above are open', () => {
    expect(mofClass(FRAMEWORK, all(CLASS_3))).toBe(3);
    expect(mofClass(FRAMEWORK, all([...CLASS_3, ...CLASS_2]))).toBe(2);
    expect(mofClass(FRAMEWORK, all([...CLASS_3, ...CLASS_2, ...CLASS_1]))).toBe(1);
    // Class II components alone do not make up for a missing class III one.
    expect(mofClass(FRAMEWORK, all([...CLASS_3.slice(1), ...CLASS_2, ...CLASS_1]))).toBeNull();
  });

  it('lets an open research paper stand in for the technical report', () => {
    const withPaper = { ...all(CLASS_3.filter((c) => c !== 'Technical report')), 'Research paper': 'CC-BY-4.0' };
    expect(mofClass(FRAMEWORK, withPaper)).toBe(3);
    expect(mofClass(FRAMEWORK, all(CLASS_3.filter((c) => c !== 'Technical report')))).toBeNull();
  });

  it('counts neither restricted, unlicensed nor misspelt licences', () => {
    expect(mofClass(FRAMEWORK, { ...all(CLASS_3), 'Model parameters (Final)': 'Llama 2 Community License' })).toBeNull();
    expect(mofClass(FRAMEWORK, { ...all(CLASS_3), 'Model card': null })).toBeNull();
    expect(mofClass(FRAMEWORK, all(CLASS_3, 'Apache 2.0'))).toBeNull();
  });

  it('names the components that hold a model below the next class', () => {
    expect(missingFor(2, FRAMEWORK, all([...CLASS_3, 'Training code']))).toEqual(['Inference code', 'Evaluation code', 'Evaluation data']);
    expect(nextClass(null)).toBe(3);
    expect(nextClass(2)).toBe(1);
    expect(nextClass(1)).toBeNull();
  });
});
