/**
 * Paints recorded mentions within a budget.
 *
 * Chromium re-validates every registered range whenever any highlight or any
 * text of the page changes (about 40 ms per thousand ranges on a slow
 * machine), so the number of painted mentions is capped. Pages under the
 * cap, which is nearly all of them, are painted in full; on a page over it
 * only the blocks within a screen of the viewport are painted, and the
 * window follows when scrolling stops. Counts always cover the whole page.
 */
import type { Status } from '../kb/schema';
import type { Painted, Painter } from './highlight-painter';
import type { BlockRecord, MentionRecords } from './mention-records';

export const DEFAULT_PAINT_BUDGET = 600;

export interface PaintWindowOptions {
  doc: Document;
  painter: Painter;
  records: MentionRecords;
  /** Is this status painted? */
  paints(status: Status): boolean;
  /** Highlight mode: the most mentions painted at once. Wrapper mode has no cap. */
  budget?: number;
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  yieldToPage(): Promise<void>;
  /** Runs a change to the page unseen by the annotator's own observer (wrapper mode changes the DOM). */
  withoutObserving<T>(fn: () => T): T;
}

export interface PaintWindow {
  /** Paints a record's unpainted mentions, unless that would go over the budget. */
  paint(rec: BlockRecord): void;
  /** Erases a record's painted mentions. */
  unpaint(rec: BlockRecord): void;
  /** Moves the window after `delay` ms, if the page went over the budget. */
  schedule(delay?: number): void;
  /** Follows scrolling. */
  start(): void;
  /** Stops following scrolling and forgets the page was over budget. */
  stop(): void;
}

export function createPaintWindow(options: PaintWindowOptions): PaintWindow {
  const { doc, painter, records, sliceMs, yieldToPage, withoutObserving } = options;
  const budget = painter.mode === 'highlight' ? (options.budget ?? DEFAULT_PAINT_BUDGET) : Infinity;
  let paintedCount = 0;
  let overBudget = false;
  let windowTimer = 0;
  /** The latest window move: a newer one supersedes an older one still in slices. */
  let windowRun = 0;

  function paint(rec: BlockRecord): void {
    const toPaint = rec.mentions.filter((m) => m.painted === null && options.paints(m.status));
    if (toPaint.length === 0) return;
    if (paintedCount + toPaint.length > budget) {
      overBudget = true;
      return;
    }
    paintedCount += toPaint.length;
    const painted = withoutObserving(() =>
      painter.paint(rec.block, toPaint.map((m) => ({ start: m.start, end: m.end, status: m.status, id: m.id }))),
    );
    toPaint.forEach((m, i) => records.setPainted(m, painted[i]!));
  }

  function unpaint(rec: BlockRecord): void {
    const painted: Painted[] = [];
    for (const m of rec.mentions) {
      if (!m.painted) continue;
      painted.push(m.painted);
      records.setPainted(m, null);
    }
    paintedCount -= painted.length;
    if (painted.length > 0) withoutObserving(() => painter.erase(painted));
  }

  function schedule(delay = 150): void {
    const win = doc.defaultView;
    if (!overBudget || !win) return;
    win.clearTimeout(windowTimer);
    windowTimer = win.setTimeout(() => void moveWindow(), delay);
  }

  /**
   * Paints the blocks near the viewport and unpaints the rest. Reading every
   * block's position is itself long on such a page, so it runs in slices.
   */
  async function moveWindow(): Promise<void> {
    const win = doc.defaultView;
    if (!overBudget || !win) return;
    const run = ++windowRun;
    const vh = win.innerHeight;
    const near: BlockRecord[] = [];
    let sliceStart = performance.now();
    for (const [c, list] of records.byContainer()) {
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToPage();
        if (run !== windowRun) return;
        sliceStart = performance.now();
      }
      if (!c.isConnected) continue;
      const target = c.nodeType === 11 ? (c as ShadowRoot).host : (c as Element);
      const r = target.getBoundingClientRect();
      const isNear = r.bottom > -vh && r.top < 2 * vh && (r.width > 0 || r.height > 0);
      for (const rec of list) {
        if (isNear) near.push(rec);
        else unpaint(rec);
      }
    }
    for (const rec of near) if (records.has(rec)) paint(rec);
  }

  const onScroll = () => schedule();

  return {
    paint,
    unpaint,
    schedule,
    start() {
      doc.defaultView?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    },
    stop() {
      overBudget = false;
      windowRun++;
      doc.defaultView?.clearTimeout(windowTimer);
      doc.defaultView?.removeEventListener('scroll', onScroll, true);
    },
  };
}
