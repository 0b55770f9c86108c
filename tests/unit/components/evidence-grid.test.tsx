// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { EvidenceGrid } from '../../../components/evidence-grid';
import { articleParagraph } from '../../../components/article-text';
import { renderIn } from './render';
import { sampleEntity } from './fixtures';

afterEach(cleanup);

describe('EvidenceGrid', () => {
  it('shows the five dimensions with their level in words', () => {
    const { container } = renderIn('en', <EvidenceGrid assessment={sampleEntity().assessment} />);
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [
      tr.getAttribute('data-dimension'),
      tr.querySelector('th')!.textContent,
      tr.querySelector('[data-level]')!.textContent,
    ]);
    expect(rows).toEqual([
      ['weights', 'Weights', 'Yes'],
      ['trainingCode', 'Training code', 'Partial'],
      ['trainingData', 'Training data', 'No'],
      ['licence', 'Licence', 'Yes'],
      ['commercialUse', 'Commercial use', 'Not known'],
    ]);
  });

  it('links web sources to their https page in a new tab', () => {
    const { container } = renderIn('en', <EvidenceGrid assessment={sampleEntity().assessment} />);
    const link = container.querySelector('[data-dimension="weights"] a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/card');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toBe('Model card');
  });

  it('shows an article source with the paragraph it cites', () => {
    const { container } = renderIn('ar', <EvidenceGrid assessment={sampleEntity().assessment} />);
    const source = container.querySelector('[data-dimension="trainingCode"] [data-paragraph="2"]')!;
    expect(source.querySelector('summary')!.textContent).toBe('المقال، الفقرة 2');
    expect(source.querySelector('blockquote')!.textContent).toBe(articleParagraph(2));
    expect(articleParagraph(2)!.length).toBeGreaterThan(20);
  });

  it('shows the licence name and whether the OSI approves it, and the notes', () => {
    const { container } = renderIn('en', <EvidenceGrid assessment={sampleEntity().assessment} />);
    expect(container.querySelector('[data-dimension="licence"]')!.textContent).toContain('Apache-2.0 · OSI-approved licence');
    expect(container.querySelector('[data-dimension="trainingData"]')!.textContent).toContain('Not released.');
  });

  it('shows only whether the OSI approves the terms when no licence name is recorded', () => {
    const assessment = sampleEntity().assessment!;
    assessment.licence.name = '';
    const { container } = renderIn('en', <EvidenceGrid assessment={assessment} />);
    expect(container.querySelector('[data-dimension="licence"] .ol-cell-note')!.textContent).toBe('OSI-approved licence');
  });

  it('says when nothing has been assessed', () => {
    const { container } = renderIn('en', <EvidenceGrid assessment={undefined} />);
    expect(container.textContent).toBe('No evidence recorded yet.');
    expect(container.querySelector('table')).toBeNull();
  });
});
