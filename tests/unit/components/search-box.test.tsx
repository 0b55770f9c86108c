// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { SearchBox } from '../../../components/search-box';
import { renderIn } from './render';
import { sampleEntity } from './fixtures';

afterEach(cleanup);

const entities = ['alpha', 'beta', 'gamma'].map((id) => sampleEntity({ id, name: { en: id.toUpperCase(), ar: id } }));

async function setup() {
  const onOpen = vi.fn();
  const search = vi.fn(async (text: string) => (text.startsWith('zzz') ? [] : entities));
  const view = renderIn('en', <SearchBox search={search} onOpen={onOpen} />);
  const input = view.getByRole('combobox') as HTMLInputElement;
  fireEvent.input(input, { target: { value: 'a' } });
  await waitFor(() => expect(view.getAllByRole('option')).toHaveLength(3));
  return { ...view, input, onOpen, search };
}

const selected = (container: Element) => container.querySelector('[aria-selected="true"]')?.getAttribute('data-entity');

describe('SearchBox', () => {
  it('is an ARIA combobox controlling a listbox of results that carry data-entity', async () => {
    const { input, container } = await setup();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = container.querySelector(`#${input.getAttribute('aria-controls')}`)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect([...list.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity'))).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('moves through results with the arrow keys, wrapping, and opens with Enter', async () => {
    const { input, container, onOpen } = await setup();
    expect(selected(container)).toBe('alpha');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected(container)).toBe('beta');
    expect(input.getAttribute('aria-activedescendant')).toBe(container.querySelector('[aria-selected="true"]')!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected(container)).toBe('gamma');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('gamma');
  });

  it('says when nothing matches and clears with Escape', async () => {
    const { input, container, queryAllByRole } = await setup();
    fireEvent.input(input, { target: { value: 'zzz' } });
    await waitFor(() => expect(container.textContent).toContain('Nothing matches “zzz”.'));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(queryAllByRole('option')).toHaveLength(0);
  });

  it('keeps the newest results when answers arrive out of order', async () => {
    let release: (v: typeof entities) => void = () => {};
    const slow = new Promise<typeof entities>((ok) => (release = ok));
    const search = vi.fn((text: string) => (text === 'slow' ? slow : Promise.resolve([entities[2]!])));
    const view = renderIn('en', <SearchBox search={search} onOpen={() => {}} />);
    const input = view.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'slow' } });
    fireEvent.input(input, { target: { value: 'fast' } });
    await waitFor(() => expect(view.getAllByRole('option')).toHaveLength(1));
    release(entities);
    await new Promise((r) => setTimeout(r, 20));
    expect(view.getAllByRole('option').map((o) => o.getAttribute('data-entity'))).toEqual(['gamma']);
  });
});
