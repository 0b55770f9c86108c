// @vitest-environment happy-dom
// Stored text (names, notes, imported data) must show as text, never as markup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { EntityDetail } from '../../../components/entity-detail';
import { SearchBox } from '../../../components/search-box';
import { renderIn } from './render';
import { sampleEntity } from './fixtures';
import { safeHttpsUrl } from '../../../components/safe-url';

afterEach(cleanup);

const PAYLOAD = '<img src=x onerror=alert(1)>';

function hostile() {
  const entity = sampleEntity({
    name: { en: PAYLOAD, ar: PAYLOAD },
    summary: { en: PAYLOAD, ar: PAYLOAD },
    risks: [{ text: { en: PAYLOAD, ar: PAYLOAD }, sources: [{ kind: 'web', title: PAYLOAD, url: 'https://example.org/' }] }],
  });
  // A link that got past validation (an old export, a hand-edited database) must still not be clickable.
  entity.assessment!.weights.sources = [{ kind: 'web', title: 'click me', url: 'javascript:alert(1)' }];
  entity.assessment!.trainingData.sources = [{ kind: 'web', title: 'data', url: 'data:text/html,<script>alert(1)</script>' }];
  return entity;
}

describe('stored text is inert', () => {
  it('renders markup in names, summaries, notes and source titles as text', () => {
    const { container } = renderIn('en', <EntityDetail entity={hostile()} note={PAYLOAD} onSaveNote={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('h2')!.textContent).toContain(PAYLOAD);
    expect(container.querySelector('[data-note-text]')!.textContent).toBe(PAYLOAD);
  });

  it('never makes a link from a javascript: or data: address', () => {
    const { container } = renderIn('en', <EntityDetail entity={hostile()} />);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h?.startsWith('https://'))).toBe(true);
    expect(container.querySelector('[data-dimension="weights"]')!.textContent).toContain('link hidden');
  });

  it('renders search results as text', async () => {
    const search = vi.fn(async () => [hostile()]);
    const { container, findByRole } = renderIn('en', <SearchBox search={search} onOpen={() => {}} initialText="x" />);
    await findByRole('option');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[role="option"]')!.textContent).toContain(PAYLOAD);
  });

  it('accepts only https addresses', () => {
    expect(safeHttpsUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpsUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('http://example.org')).toBeNull();
    expect(safeHttpsUrl('data:text/html,x')).toBeNull();
    expect(safeHttpsUrl('not a url')).toBeNull();
  });
});
