// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCurrentMark, CURRENT_HIGHLIGHT, CURRENT_MARK_MS } from '../../../lib/dom/current-mark';
import { withFakeHighlightApi } from './fake-highlight-api';

afterEach(() => vi.useRealTimers());

describe('the current-mention mark', () => {
  it('marks one range above the status highlights, then lets it go, without touching the DOM', async () => {
    vi.useFakeTimers();
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>Llama and Claude</p>';
      const html = document.body.innerHTML;
      const text = document.querySelector('p')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 10);
      range.setEnd(text, 16);
      const mark = createCurrentMark(document);
      mark.mark(range);
      const current = registry.get(CURRENT_HIGHLIGHT) as unknown as Set<Range> & { priority: number };
      expect([...current].map((r) => r.toString())).toEqual(['Claude']);
      expect(current.priority).toBeGreaterThan(0);
      expect(document.body.innerHTML).toBe(html);
      vi.advanceTimersByTime(CURRENT_MARK_MS + 1);
      expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
      mark.dispose();
    });
  });

  it('moves to the newest mention when marked again', async () => {
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>Llama and Claude</p>';
      const text = document.querySelector('p')!.firstChild!;
      const at = (a: number, b: number) => {
        const r = document.createRange();
        r.setStart(text, a);
        r.setEnd(text, b);
        return r;
      };
      const mark = createCurrentMark(document);
      mark.mark(at(0, 5));
      mark.mark(at(10, 16));
      expect([...(registry.get(CURRENT_HIGHLIGHT) as Set<Range>)].map((r) => r.toString())).toEqual(['Claude']);
      mark.dispose();
      expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
    });
  });
});
