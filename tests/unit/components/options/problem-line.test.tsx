// @vitest-environment happy-dom
/**
 * An import problem shows the entry it is in (name and id) and the field,
 * then the message in the interface's language; a problem outside any entry
 * shows its path.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { ProblemLine } from '../../../../components/options/problem-line';
import { problem } from '../../../../lib/kb/problem';
import { renderIn } from '../render';

afterEach(cleanup);

const inEntity = { ...problem('entities[3].aliases[0].text', 'alias-short', {}), entity: { id: 'acme-2', name: 'Acme Two' }, field: 'aliases[0].text' };

describe('ProblemLine', () => {
  it('names the entry and the field, not the place in the file, in English', () => {
    const { container } = renderIn('en', <ProblemLine problem={inEntity} />);
    expect(container.textContent).toBe('Acme Two (acme-2) · aliases[0].text: an alias needs at least two characters');
  });

  it('names the entry and the field in Arabic, with the message from the Arabic table', () => {
    const { container } = renderIn('ar', <ProblemLine problem={inEntity} />);
    expect(container.textContent).toBe('Acme Two (acme-2) · aliases[0].text: يحتاج الاسم البديل إلى حرفين على الأقل');
  });

  it('shows the path of a problem outside any entry', () => {
    const { container } = renderIn('ar', <ProblemLine problem={problem('userNotes[0].id', 'no-entity', { id: 'ghost' })} />);
    expect(container.textContent).toBe('userNotes[0].id: لا يوجد كيان بالمعرّف \u2068"ghost"\u2069');
  });
});
