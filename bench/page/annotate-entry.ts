/**
 * Page-side bench driver, bundled into one IIFE and injected into the bench
 * page before the page's own content, as the extension's scripts are. It
 * adopts the highlight sheet at once, as the extension's document_start
 * script does, then runs the extension's own annotator (lib/dom + lib/match,
 * the code the content script runs) with the compiled index, and measures it
 * from the inside: the annotator's slices (the stretches of work between its
 * yields to the page) and each mutation batch it applies.
 */
import { createAnnotator, defaultYield, type Annotator } from '../../lib/dom/annotator';
import { createPainter } from '../../lib/dom/highlight-painter';
import { constructSheet } from '../../lib/dom/highlight-sheet';
import { highlightCss } from '../../lib/dom/highlight-styles';
import { defaultSchedule } from '../../lib/dom/mutation-batcher';
import { reviveIndex, statusOf, type CompiledIndex, type MatchIndex } from '../../lib/match/alias-index';
import { scanText } from '../../lib/match/scanner';
import { useContextCues } from '../../lib/match/context-cues';
import { SHIPPED_CUES } from '../../lib/match/shipped-cues';

// The extension's content script gets the same list from storage.
useContextCues(SHIPPED_CUES);

interface AnnotateStats {
  /** Start to idle: every block read, scanned and painted. */
  ms: number;
  /** Idle to the next rendered frame (the browser drawing the highlights). */
  toFrameMs: number;
  /** Durations of the annotator's work between yields. */
  slices: number[];
  blocks: number;
  mode: string;
}

interface BatchStats {
  /** Time to apply each mutation batch (scan and paint of what changed). */
  batchMs: number[];
  /** Main-thread tasks over 50 ms while batches were applied (rendering included). */
  longTasks: number[];
  mentions: number;
}

let index: MatchIndex | null = null;
let annotator: Annotator | null = null;

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

function needIndex(): MatchIndex {
  if (!index) throw new Error('call load(index) first');
  return index;
}

function paintedCount(mode: string): number {
  if (mode === 'wrap') return document.querySelectorAll('ol-mark').length;
  let n = 0;
  (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h) => (n += h.size));
  return n;
}

function annotatorFor(idx: MatchIndex, counters: { blocks: number }, yieldToPage: () => Promise<void>, batchSchedule?: (f: () => void) => void) {
  const painter = createPainter(document);
  const a = createAnnotator({
    doc: document,
    scan(text) {
      counters.blocks++;
      return scanText(idx, text);
    },
    statusOf: (entity, name) => statusOf(idx, entity, name) ?? 'unknown',
    paints: () => true,
    painter,
    yieldToPage,
    batchSchedule,
  });
  return { a, painter };
}

async function annotate(): Promise<AnnotateStats> {
  const idx = needIndex();
  const counters = { blocks: 0 };
  const slices: number[] = [];
  let sliceStart = 0;
  // Wraps the annotator's own yield: the time since it last resumed is one slice.
  const yieldToPage = async () => {
    slices.push(performance.now() - sliceStart);
    await defaultYield();
    sliceStart = performance.now();
  };
  const { a, painter } = annotatorFor(idx, counters, yieldToPage);
  annotator = a;
  const t0 = performance.now();
  sliceStart = t0;
  a.start();
  await a.idle();
  const t1 = performance.now();
  slices.push(t1 - sliceStart);
  await frame();
  await frame();
  const t2 = performance.now();
  lastMode = painter.mode;
  // Counting the mentions sorts them in page order, which is the bench's
  // work, not the annotator's: counts() does it after the long tasks are read.
  return { ms: t1 - t0, toFrameMs: t2 - t1, slices, blocks: counters.blocks, mode: painter.mode };
}

let lastMode = 'highlight';

function counts(): { mentions: number; painted: number } {
  return { mentions: annotator?.mentions().length ?? 0, painted: paintedCount(lastMode) };
}

/**
 * Starts the annotator on the page as it is, waits for it, then appends
 * `batches` batches of `perBatch` paragraphs from `html`, one batch per
 * task, waiting for each to be applied before the next. With `annotate`
 * false, the baseline: the same appends on a page without the annotator,
 * each followed by one rendered frame, so the page's own long tasks (layout
 * of what was added) can be told from the extension's.
 */
async function appendBatches(paragraphs: string[], batches: number, perBatch: number, annotate = true): Promise<BatchStats> {
  const idx = needIndex();
  const batchMs: number[] = [];
  let applied: (() => void) | null = null;
  const schedule = defaultSchedule(window);
  // The batcher's own schedule, with the flush (which applies the batch) timed.
  const batchSchedule = (flush: () => void) =>
    schedule(() => {
      const t0 = performance.now();
      flush();
      batchMs.push(performance.now() - t0);
      applied?.();
    });
  let a: Annotator | null = null;
  if (annotate) {
    a = annotatorFor(idx, { blocks: 0 }, defaultYield, batchSchedule).a;
    annotator = a;
    a.start();
    await a.idle();
  }
  const feed = document.createElement('div');
  feed.className = 'feed';
  document.querySelector('main')!.appendChild(feed);
  await new Promise<void>((ok) => setTimeout(ok, 150));
  batchMs.length = 0;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  let next = 0;
  for (let b = 0; b < batches; b++) {
    const done = annotate ? new Promise<void>((ok) => (applied = ok)) : frame().then(() => new Promise<void>((ok) => setTimeout(ok, 0)));
    const frag = document.createDocumentFragment();
    for (let i = 0; i < perBatch; i++) {
      const p = document.createElement('p');
      p.innerHTML = paragraphs[next++ % paragraphs.length]!;
      frag.appendChild(p);
    }
    feed.appendChild(frag);
    await done;
  }
  await a?.idle();
  await new Promise<void>((ok) => setTimeout(ok, 200)); // long-task entries arrive after the task
  observer.disconnect();
  return { batchMs, longTasks, mentions: a?.mentions().length ?? 0 };
}

// Stands in for the style sheet the browser injects for the extension's content script
// (highlights.css): in force from the start. Only while the document is still being built (the
// dynamic test's baseline injects this driver after load and must stay without the sheet).
if (document.readyState === 'loading') {
  const sheet = constructSheet(window, highlightCss({}, ':root')); // as the Chromium build writes it
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

(window as unknown as { __olBench: unknown }).__olBench = {
  load(json: CompiledIndex): number {
    const t0 = performance.now();
    index = reviveIndex(json);
    return performance.now() - t0;
  },
  annotate,
  /** Mentions found, and ranges held by the page's highlights (or wrapper elements in fallback mode). */
  counts,
  appendBatches,
  stop: () => annotator?.stop(),
};
