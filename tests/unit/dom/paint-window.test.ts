// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter, WRAPPER_TAG, type Painter } from '../../../lib/dom/highlight-painter';
import { createMentionRecords, type BlockRecord, type MentionRecords } from '../../../lib/dom/mention-records';
import { createPaintWindow, type PaintWindow } from '../../../lib/dom/paint-window';
import type { Status } from '../../../lib/kb/schema';
import { collectTextBlocks } from '../../../lib/dom/text-blocks';
import { paintedCount, withFakeHighlightApi } from './fake-highlight-api';

const settle = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Three paragraphs of two mentions each (Qwen: open, Gemma: open-weights). */
const PAGE = '<p id="a">Qwen and Gemma.</p><p id="b">Qwen and Gemma.</p><p id="c">Qwen and Gemma.</p>';
const STATUS: Record<string, Status> = { Qwen: 'open', Gemma: 'open-weights' };

interface Setup {
  records: MentionRecords;
  win: PaintWindow;
  recs: BlockRecord[];
}

/** Records every paragraph of the page and hands them to a paint window (nothing painted yet). */
function setUp(painter: Painter, options: { budget?: number; paints?: (s: Status) => boolean } = {}): Setup {
  let win: PaintWindow;
  const records = createMentionRecords({ doc: document, onDrop: (rec) => win.unpaint(rec) });
  win = createPaintWindow({
    doc: document,
    painter,
    records,
    paints: options.paints ?? (() => true),
    budget: options.budget,
    sliceMs: 8,
    yieldToPage: () => settle(),
    withoutObserving: (fn) => fn(),
  });
  const recs = collectTextBlocks(document).map((block) =>
    records.add(
      block,
      ['Qwen', 'Gemma'].map((w) => {
        const start = block.text.indexOf(w);
        return { entity: w.toLowerCase(), status: STATUS[w]!, text: w, start, end: start + w.length };
      }),
    ),
  );
  return { records, win, recs };
}

/** Places a paragraph `top` pixels from the top of the viewport, as layout would. */
function placeAt(id: string, top: number): void {
  const el = document.getElementById(id)!;
  el.getBoundingClientRect = () => ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top }) as DOMRect;
}

const paintedTexts = (recs: BlockRecord[]) =>
  recs.map((r) => (r.block.container as Element).id + ':' + r.mentions.filter((m) => m.painted).length).join(' ');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the paint window', () => {
  it('in wrapper mode paints everything, whatever the budget, and unpaints back to the page as it was', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const { win, recs } = setUp(createPainter(document, { forceWrap: true }), { budget: 1 });
    for (const rec of recs) win.paint(rec);
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(6);
    for (const rec of recs) win.unpaint(rec);
    expect(document.body.innerHTML).toBe(before);
    expect(recs.every((r) => r.mentions.every((m) => m.painted === null))).toBe(true);
  });

  it('paints only the statuses the user highlights', () => {
    document.body.innerHTML = PAGE;
    const { win, recs } = setUp(createPainter(document, { forceWrap: true }), { paints: (s) => s === 'open' });
    for (const rec of recs) win.paint(rec);
    expect([...document.querySelectorAll(WRAPPER_TAG)].map((m) => m.textContent)).toEqual(['Qwen', 'Qwen', 'Qwen']);
  });

  it('with the highlight API paints whole blocks up to the budget, and erasing makes room again', async () => {
    await withFakeHighlightApi(async (registry) => {
      document.body.innerHTML = PAGE;
      const { records, win, recs } = setUp(createPainter(document), { budget: 5 });
      for (const rec of recs) win.paint(rec);
      // Two blocks fit (4 mentions); the third would make 6.
      expect(paintedTexts(recs)).toBe('a:2 b:2 c:0');
      expect(paintedCount(registry)).toBe(4);
      // A painted mention is found from its range.
      const m = recs[0]!.mentions[0]!;
      expect(records.fromRange(m.painted!.range!)).toBe(m);

      records.drop(recs[0]!);
      expect(paintedCount(registry)).toBe(2);
      win.paint(recs[2]!);
      expect(paintedTexts(recs)).toBe('a:0 b:2 c:2');
    });
  });

  it('over budget, moves to the blocks near the viewport', async () => {
    await withFakeHighlightApi(async (registry) => {
      document.body.innerHTML = PAGE;
      const { win, recs } = setUp(createPainter(document), { budget: 4 });
      for (const rec of recs) win.paint(rec);
      expect(paintedTexts(recs)).toBe('a:2 b:2 c:0');

      // The reader scrolled: a is now far above, b and c on screen.
      placeAt('a', -5000);
      placeAt('b', 100);
      placeAt('c', 300);
      win.schedule(0);
      await settle(20);
      expect(paintedTexts(recs)).toBe('a:0 b:2 c:2');
      expect(paintedCount(registry)).toBe(4);
    });
  });

  it('follows scrolling once started, and no longer once stopped', async () => {
    await withFakeHighlightApi(async () => {
      document.body.innerHTML = PAGE;
      const { win, recs } = setUp(createPainter(document), { budget: 4 });
      win.start();
      for (const rec of recs) win.paint(rec);
      placeAt('a', -5000);
      placeAt('b', 100);
      placeAt('c', 300);
      window.dispatchEvent(new Event('scroll'));
      await settle(300); // the window moves once scrolling has rested (150 ms)
      expect(paintedTexts(recs)).toBe('a:0 b:2 c:2');

      win.stop();
      placeAt('a', 100);
      placeAt('b', -5000);
      window.dispatchEvent(new Event('scroll'));
      win.schedule(0);
      await settle(300);
      expect(paintedTexts(recs)).toBe('a:0 b:2 c:2');
    });
  });

  it('does not move while every block fits', async () => {
    await withFakeHighlightApi(async () => {
      document.body.innerHTML = PAGE;
      const { win, recs } = setUp(createPainter(document), { budget: 600 });
      for (const rec of recs) win.paint(rec);
      // happy-dom lays nothing out, so a window move would find every block off screen.
      win.schedule(0);
      await settle(20);
      expect(paintedTexts(recs)).toBe('a:2 b:2 c:2');
    });
  });
});
