/**
 * Which mention is under a point of the viewport.
 *
 * Highlights are not elements, so the pointer's event target says nothing.
 * Where the browser has `CSS.highlights.highlightsFromPoint` it answers
 * directly; otherwise the caret position under the point leads to a text
 * node and offset, and the candidate mention's client rects confirm the
 * point is really on it (the caret snaps to the nearest character even in
 * empty space). In the wrapper fallback the element under the point is the
 * wrapper itself.
 */
import { WRAPPER_TAG } from './highlight-painter';

export interface HitLookup<T> {
  /** The mention painted with this range (highlight mode). */
  fromRange(range: AbstractRange): T | undefined;
  /** The mention a wrapper element was made for (wrapper mode). */
  fromMark(id: number): T | undefined;
  /** Mentions whose text contains this caret position. */
  fromCaret(node: Node, offset: number): T[];
  /** A live range over the mention, for its client rects. */
  rangeOf(mention: T): Range | null;
  /** Open shadow roots that hold highlights, for highlightsFromPoint. */
  shadowRoots(): ShadowRoot[];
}

interface HitResult {
  ranges?: AbstractRange[];
}

type FromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => HitResult[];

export function hitTest<T>(doc: Document, x: number, y: number, lookup: HitLookup<T>): T | null {
  const registry = (doc.defaultView as { CSS?: { highlights?: { highlightsFromPoint?: FromPoint } } } | null)?.CSS
    ?.highlights;
  if (typeof registry?.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y, { shadowRoots: lookup.shadowRoots() });
    for (const hit of hits) {
      for (const range of hit.ranges ?? []) {
        const found = lookup.fromRange(range);
        if (found !== undefined) return found;
      }
    }
    return null;
  }
  const el = doc.elementFromPoint(x, y);
  const mark = el?.closest(WRAPPER_TAG);
  if (mark) return lookup.fromMark(Number(mark.getAttribute('data-mention'))) ?? null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const candidate of lookup.fromCaret(caret.node, caret.offset)) {
    const range = lookup.rangeOf(candidate);
    if (range && rectsContain(range.getClientRects(), x, y)) return candidate;
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function rectsContain(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
