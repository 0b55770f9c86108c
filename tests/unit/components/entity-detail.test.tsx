// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { EntityDetail } from '../../../components/entity-detail';
import { renderIn } from './render';
import { sampleEntity } from './fixtures';

afterEach(cleanup);

const claim = { quoteAr: 'نموذج مفتوح المصدر بالكامل', en: 'a fully open-source model', paragraph: 3 };

describe('EntityDetail', () => {
  it('puts what the article claims beside what the record shows when they differ', () => {
    const entity = sampleEntity({ articleClaims: [{ ...claim, claimedStatus: 'open' }] });
    const { container } = renderIn('en', <EntityDetail entity={entity} />);
    const view = container.querySelector('[data-claim-differs="true"]')!;
    expect(view.querySelector('blockquote[lang="ar"]')!.textContent).toBe(claim.quoteAr);
    expect(view.textContent).toContain('a fully open-source model');
    const statuses = [...view.querySelectorAll('[data-status]')].map((b) => b.getAttribute('data-status'));
    expect(statuses).toEqual(['open', 'open-weights']);
    expect(view.textContent).toContain('The article and the public record differ.');
  });

  it('shows the quote without a comparison when the article agrees', () => {
    const entity = sampleEntity({ articleClaims: [{ ...claim, claimedStatus: 'open-weights' }] });
    const { container } = renderIn('en', <EntityDetail entity={entity} />);
    expect(container.querySelector('[data-claim-differs="false"]')).not.toBeNull();
    expect(container.textContent).not.toContain('differ');
  });

  it('shows the name in the UI language with the other script beside it, and the maker', () => {
    const { container } = renderIn('ar', <EntityDetail entity={sampleEntity()} makerName="شركة" />);
    expect(container.querySelector('h2')!.textContent).toBe('نموذج تجريبي Sample Model');
    expect(container.textContent).toContain('الجهة المطوِّرة: شركة');
  });

  it('edits the note in place and saves it', async () => {
    const onSave = vi.fn(async () => {});
    const { container, getByText } = renderIn('en', <EntityDetail entity={sampleEntity()} note="" onSaveNote={onSave} />);
    expect(container.querySelector('[data-note-text]')!.textContent).toBe('No note yet.');
    fireEvent.click(getByText('Add a note'));
    const field = container.querySelector('textarea')!;
    fireEvent.input(field, { target: { value: '  check the licence  ' } });
    fireEvent.click(getByText('Save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('check the licence'));
    await waitFor(() => expect(container.textContent).toContain('Note saved.'));
  });

  it('shows a note changed elsewhere without any action', () => {
    const { container, rerender } = renderIn('en', <EntityDetail entity={sampleEntity()} note="old" onSaveNote={() => {}} />);
    expect(container.querySelector('[data-note-text]')!.textContent).toBe('old');
    rerender(<EntityDetail entity={sampleEntity()} note="new" onSaveNote={() => {}} />);
    expect(container.querySelector('[data-note-text]')!.textContent).toBe('new');
  });
});
