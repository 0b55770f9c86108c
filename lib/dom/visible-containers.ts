/**
 * The containers of the text on screen, so the annotator reads what the
 * reader sees before the rest of the page.
 */
import { containerOf, isInlineElement, isInsideSkipped, type Container } from './text-blocks';

/**
 * Containers of the text currently on screen, sampled on a grid. Probing
 * stops at `deadline` (a performance.now() time).
 */
export function visibleContainers(doc: Document, deadline: number): Container[] {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const found = new Set<Container>();
  const w = win.innerWidth;
  const h = win.innerHeight;
  // A coarse grid: each probe is a hit test, not free on a large page (over
  // 1 ms each in a 5 MB text node), so probing stops when a slice is used up;
  // whatever it missed is read by the full pass that follows.
  for (let gy = 1; gy <= 8 && performance.now() < deadline; gy++) {
    for (let gx = 1; gx <= 3; gx++) {
      const el = doc.elementFromPoint((gx * w) / 4, (gy * h) / 9);
      if (!el || isInsideSkipped(el)) continue;
      const c = isInlineElement(el) ? containerOf(el) : el;
      if (c && c !== doc.documentElement && c !== doc.body) found.add(c);
    }
  }
  return [...found];
}
