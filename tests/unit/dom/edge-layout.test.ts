import { describe, expect, it } from 'vitest';
import { layoutEdgeMarks } from '../../../lib/dom/edge-layout';

describe('marks at the page edge', () => {
  it('places each mention by its share of the document height, in document order', () => {
    const marks = layoutEdgeMarks([{ item: 'b', top: 500 }, { item: 'a', top: 0 }, { item: 'c', top: 1000 }], 1000, 800);
    expect(marks).toEqual([{ item: 'a', at: 0 }, { item: 'b', at: 0.5 }, { item: 'c', at: 1 }]);
  });

  it('collapses mentions that would fall on the same pixel of the edge', () => {
    const marks = layoutEdgeMarks([{ item: 1, top: 100 }, { item: 2, top: 102 }, { item: 3, top: 400 }], 10_000, 800);
    expect(marks.map((m) => m.item)).toEqual([1, 3]);
  });

  it('keeps at most the cap on a very long page, spread through it', () => {
    const inputs = Array.from({ length: 5000 }, (_, i) => ({ item: i, top: i * 20 }));
    const marks = layoutEdgeMarks(inputs, 100_000, 100_000, 400);
    expect(marks).toHaveLength(400);
    expect(marks[0]!.item).toBe(0);
    expect(marks.at(-1)!.item).toBeGreaterThan(4900);
  });

  it('has nothing to show for no mentions', () => {
    expect(layoutEdgeMarks([], 1000, 800)).toEqual([]);
  });
});
