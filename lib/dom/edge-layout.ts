/**
 * Where the marks at the page's edge go: each mention's place in the whole
 * document, as a fraction of the document's height, so a mark at 40 % of the
 * edge stands for a mention 40 % of the way down the page.
 *
 * A very long page keeps at most `cap` marks, taken evenly through the page,
 * and marks closer than a pixel of the edge collapse into one: past that
 * the reader could not tell them apart, and each mark costs an element.
 */
export interface EdgeInput<T> {
  item: T;
  /** The mention's top in document coordinates (viewport top + scroll offset). */
  top: number;
}

export interface EdgeMark<T> {
  item: T;
  /** 0 (top of the document) to 1 (bottom). */
  at: number;
}

export const EDGE_MARK_CAP = 400;

export function layoutEdgeMarks<T>(inputs: ReadonlyArray<EdgeInput<T>>, docHeight: number, edgeHeight: number, cap = EDGE_MARK_CAP): Array<EdgeMark<T>> {
  if (inputs.length === 0 || docHeight <= 0) return [];
  const sorted = [...inputs].sort((a, b) => a.top - b.top);
  const step = sorted.length > cap ? sorted.length / cap : 1;
  const picked: Array<EdgeInput<T>> = [];
  for (let i = 0; i < sorted.length && picked.length < cap; i += step) picked.push(sorted[Math.floor(i)]!);
  const marks: Array<EdgeMark<T>> = [];
  let lastPx = -Infinity;
  for (const { item, top } of picked) {
    const at = Math.min(1, Math.max(0, top / docHeight));
    const px = at * edgeHeight;
    if (px - lastPx < 1) continue;
    lastPx = px;
    marks.push({ item, at });
  }
  return marks;
}
