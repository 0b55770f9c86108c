/**
 * The page annotator: reads the page's text blocks, finds mentions, paints
 * them, and keeps them in step with the page as it changes.
 *
 * Work is cut into slices of a few milliseconds that yield to the page in
 * between, visible paragraphs first, so no task the extension causes grows
 * long even on a very large page. Changes to the page arrive in batches (see
 * mutation-batcher) and only the blocks they touch are read again.
 */
import type { Status } from '../kb/schema';
import type { Mention } from '../match/types';
import type { EntityCount } from '../messages';
import { createMutationBatcher, type MutationBatcher } from './mutation-batcher';
import { createPageSenses } from './page-senses';
import type { Painted, Painter } from './highlight-painter';
import { hitTest, type HitLookup } from './hit-test';
import { insideAny, planRescan } from './rescan-plan';
import { LONG_BLOCK_CHARS, scanInPieces } from './scan-in-pieces';
import {
  containerOf,
  isInsideSkipped,
  isInlineElement,
  iterateTextBlocks,
  iterateTextBlocksPausing,
  nodeIndexAt,
  PAUSE,
  pointAt,
  resolveLeafNodes,
  type Container,
  type Pause,
  type TextBlock,
} from './text-blocks';

export interface MentionRecord {
  id: number;
  entity: string;
  status: Status;
  text: string;
  start: number;
  end: number;
  block: TextBlock;
  /** Null when the status is not among those the user highlights. */
  painted: Painted | null;
}

interface BlockRecord {
  block: TextBlock;
  mentions: MentionRecord[];
  /**
   * The text nodes the mentions lie in: the only nodes mapped back to the
   * record. A block can hold 50,000 nodes, and mapping each of them would
   * cost more than reading the block; a newer reading still finds this one
   * through them, and a change anywhere else in the block re-reads its
   * container, which drops the record by container.
   */
  keys: Text[];
}

export interface AnnotatorOptions {
  doc: Document;
  scan(text: string): Mention[];
  statusOf(entity: string): Status;
  /** Is this status painted? Mentions of other statuses are still counted. */
  paints(status: Status): boolean;
  painter: Painter;
  /** Called after the mentions found changed (a pass finished, a batch applied). */
  onChange?(): void;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  yieldToPage?: () => Promise<void>;
  /** Overrides how mutation batches are scheduled (tests). */
  batchSchedule?: (flush: () => void) => void;
  /** Highlight mode: the most mentions painted at once (see moveWindow). */
  paintBudget?: number;
}

export interface Annotator {
  /** Reads the whole page (visible part first) and starts following its changes. */
  start(): void;
  /** Removes every highlight and stops all work. */
  stop(): void;
  /** Resolves when no reading is pending. */
  idle(): Promise<void>;
  /** Entity tallies of this document. */
  tally(): EntityCount[];
  /** All mentions, in document order. */
  mentions(): MentionRecord[];
  mentionAt(x: number, y: number): MentionRecord | null;
  /** A live range over a mention, for positioning and scrolling. */
  rangeOf(mention: MentionRecord): Range | null;
  /** Applies pending page changes now (tests, and before reading state). */
  flushMutations(): void;
}

const DEFAULT_SLICE_MS = 8;
/** Nodes a page walk visits between chances to yield (see iterateTextBlocksPausing). */
const PAUSE_NODES = 1024;
const DEFAULT_PAINT_BUDGET = 600;

/**
 * Gives the page the event loop back. Background priority lets input and
 * rendering go first; scheduler.yield() would resume ahead of rendering and
 * could hold frames back for up to ~100 ms on a long page.
 */
export function defaultYield(): Promise<void> {
  const sched = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> } })
    .scheduler;
  if (typeof sched?.postTask === 'function') return sched.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, painter } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const byContainer = new Map<Container, Set<BlockRecord>>();
  const byNode = new WeakMap<Text, BlockRecord>();
  const byRange = new Map<AbstractRange, MentionRecord>();
  const byId = new Map<number, MentionRecord>();
  const shadowRoots = new Set<ShadowRoot>();
  const senses = createPageSenses(options.scan);
  let nextId = 1;
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  let batcher: MutationBatcher | null = null;
  /** Regions re-read from mutations while a pass runs: the pass skips them (null when no pass runs). */
  let touchedShallow: Set<Container> | null = null;
  let touchedDeep: Set<Node> | null = null;

  // --- Records ---------------------------------------------------------------

  function dropRecord(rec: BlockRecord): void {
    const set = byContainer.get(rec.block.container);
    if (!set?.delete(rec)) return;
    if (set.size === 0) byContainer.delete(rec.block.container);
    for (const n of rec.keys) if (byNode.get(n) === rec) byNode.delete(n);
    for (const m of rec.mentions) byId.delete(m.id);
    unpaint(rec);
  }

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
    toPaint.forEach((m, i) => {
      m.painted = painted[i]!;
      if (m.painted.range) byRange.set(m.painted.range, m);
    });
  }

  function unpaint(rec: BlockRecord): void {
    const painted: Painted[] = [];
    for (const m of rec.mentions) {
      if (!m.painted) continue;
      painted.push(m.painted);
      if (m.painted.range) byRange.delete(m.painted.range);
      m.painted = null;
    }
    paintedCount -= painted.length;
    if (painted.length > 0) withoutObserving(() => painter.erase(painted));
  }

  /**
   * Chromium re-validates every registered range whenever any highlight or
   * any text of the page changes (about 40 ms per thousand ranges on a slow
   * machine), so the number of painted mentions is capped. Pages under the
   * cap, which is nearly all of them, are painted in full; on a page over it
   * only the blocks within a screen of the viewport are painted, and the
   * window follows when scrolling stops. Counts always cover the whole page.
   */
  const budget = painter.mode === 'highlight' ? (options.paintBudget ?? DEFAULT_PAINT_BUDGET) : Infinity;
  let paintedCount = 0;
  let overBudget = false;
  let windowTimer = 0;

  function scheduleWindow(delay = 150): void {
    const win = doc.defaultView;
    if (!overBudget || !win) return;
    win.clearTimeout(windowTimer);
    windowTimer = win.setTimeout(() => void moveWindow(), delay);
  }

  /**
   * Paints the blocks near the viewport and unpaints the rest (over-budget
   * pages only). Reading every block's position is itself long on such a
   * page, so it runs in slices; a newer call supersedes an older one.
   */
  let windowRun = 0;
  async function moveWindow(): Promise<void> {
    const win = doc.defaultView;
    if (!overBudget || !win) return;
    const run = ++windowRun;
    const vh = win.innerHeight;
    const near: BlockRecord[] = [];
    let sliceStart = performance.now();
    for (const [c, set] of [...byContainer]) {
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToPage();
        if (run !== windowRun) return;
        sliceStart = performance.now();
      }
      if (!c.isConnected) continue;
      const target = c.nodeType === 11 ? (c as ShadowRoot).host : (c as Element);
      const r = target.getBoundingClientRect();
      const isNear = r.bottom > -vh && r.top < 2 * vh && (r.width > 0 || r.height > 0);
      for (const rec of set) {
        if (isNear) near.push(rec);
        else unpaint(rec);
      }
    }
    for (const rec of near) if (byContainer.get(rec.block.container)?.has(rec)) paint(rec);
  }

  const onScroll = () => scheduleWindow();

  function dropContainer(c: Container): void {
    for (const rec of [...(byContainer.get(c) ?? [])]) dropRecord(rec);
  }

  /**
   * Drops the records of every container and text node in `root`'s subtree
   * (shadow trees included). Walks the subtree rather than the records, so
   * the cost follows the size of what changed, not of the page.
   */
  function dropWithin(root: Node): void {
    forEachComposed(root, (n) => {
      if (n.nodeType === 3) {
        const rec = byNode.get(n as Text);
        if (rec) dropRecord(rec);
      } else if (byContainer.has(n as Container)) dropContainer(n as Container);
    });
  }

  function dropAll(): void {
    for (const c of [...byContainer.keys()]) dropContainer(c);
  }

  /** Records whose container left the page. Costs every record: for queries that read them all anyway. */
  function sweepDetached(): void {
    for (const c of [...byContainer.keys()]) if (!c.isConnected) dropContainer(c);
  }

  /** Records of what a batch took off the page, found from the removed nodes. */
  function dropRemoved(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type !== 'childList') continue;
      r.removedNodes.forEach((n) => {
        if (!n.isConnected) dropWithin(n);
      });
    }
  }

  /** Scans one block and paints its mentions; a newer reading of the same text replaces an older one. */
  function commit(block: TextBlock, scanned?: Mention[]): void {
    dropOlderReadings(block);
    const found = senses.keep(block, scanned ?? options.scan(block.text));
    if (found.length === 0) return;
    // A leaf block's nodes are looked up only now, and only those the mentions lie in.
    if (block.leaf && !resolveLeafNodes(block, found)) return;
    const rec: BlockRecord = { block, mentions: [], keys: [] };
    for (const m of found) {
      const status = options.statusOf(m.entity);
      rec.mentions.push({ id: nextId++, entity: m.entity, status, text: m.text, start: m.start, end: m.end, block, painted: null });
    }
    for (const m of rec.mentions) byId.set(m.id, m);
    let set = byContainer.get(block.container);
    if (!set) byContainer.set(block.container, (set = new Set()));
    set.add(rec);
    rec.keys = mentionNodes(block, rec.mentions);
    for (const n of rec.keys) byNode.set(n, rec);
    paint(rec);
  }

  /** Reads again the blocks whose ambiguous names may count now that the page named something new. */
  function redecide(): void {
    for (const block of senses.takeStale()) if (unchangedSince(block)) commit(block);
  }

  /**
   * Drops the records of an earlier reading of the block's text. A leaf
   * container holds one block, so any record of it is such a reading.
   */
  function dropOlderReadings(block: TextBlock): void {
    if (block.leaf) return dropContainer(block.container);
    for (const n of block.nodes) {
      const old = byNode.get(n);
      if (old) dropRecord(old);
    }
  }

  /**
   * commit(), for a block of any length: a very long one (a 5 MB text node)
   * is scanned piece by piece, with `pause` between pieces, so it makes no
   * long task. False when the work was superseded meanwhile.
   */
  async function commitLong(block: TextBlock, pause: () => Promise<boolean>): Promise<boolean> {
    if (block.text.length < LONG_BLOCK_CHARS) {
      commit(block);
      return true;
    }
    const changesBefore = changesSeen();
    const found = await scanInPieces(block.text, options.scan, pause);
    if (found === null) return false;
    // Text that changed meanwhile is read again from its own mutation batch.
    if (changesSeen() !== changesBefore && !unchangedSince(block)) return true;
    commit(block, found);
    return true;
  }

  /** A pause between slices of work: yields when the slice is used up; false once `gen` is superseded. */
  function slicer(gen: number): () => Promise<boolean> {
    let sliceStart = performance.now();
    return async () => {
      if (performance.now() - sliceStart < sliceMs) return gen === generation;
      await yieldToPage();
      sliceStart = performance.now();
      return gen === generation;
    };
  }

  /** Page changes observed so far: equal counts around a pause mean the page changed nothing meanwhile. */
  function changesSeen(): number {
    return batcher?.changes() ?? 0;
  }

  function withoutObserving<T>(fn: () => T): T {
    return batcher && painter.mode === 'wrap' ? batcher.ignoring(fn) : fn();
  }

  // --- Passes ----------------------------------------------------------------

  function onShadowRoot(root: ShadowRoot): void {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    painter.styleShadowRoot(root);
    batcher?.observe(root);
  }

  /** Containers of the text currently on screen, sampled on a grid. */
  function visibleContainers(): Container[] {
    const win = doc.defaultView;
    if (!win || typeof doc.elementFromPoint !== 'function') return [];
    const found = new Set<Container>();
    const w = win.innerWidth;
    const h = win.innerHeight;
    // A coarse grid: each probe is a hit test, not free on a large page (over
    // 1 ms each in a 5 MB text node), so probing stops when a slice is used up;
    // whatever it missed is read by the full pass that follows.
    const deadline = performance.now() + sliceMs;
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

  /**
   * The blocks of a pausing walk, with `pause` awaited at each PAUSE (the
   * walk may be in the middle of a block of thousands of nodes). A block
   * collected across a pause whose text changed meanwhile is left out: the
   * change's own mutation batch reads it again. Ends with null once `pause`
   * says the pass was superseded.
   */
  async function* blocksBetweenPauses(
    walk: Generator<TextBlock | Pause>,
    pause: () => Promise<boolean>,
  ): AsyncGenerator<TextBlock | null> {
    let changes = changesSeen();
    for (const item of walk) {
      if (item === PAUSE) {
        if (!(await pause())) return yield null;
        continue;
      }
      // Checking every node of a block costs as much as reading it: only when
      // the page changed something meanwhile, and never for a leaf block,
      // which is read in one step just before it is handed over.
      const now = changesSeen();
      const changed = now !== changes;
      changes = now;
      if (changed && !item.leaf && !unchangedSince(item)) continue;
      yield item;
    }
  }

  async function pass(gen: number): Promise<void> {
    touchedShallow = new Set();
    touchedDeep = new Set();
    const early = new Set<Container>();
    // Visible paragraphs first. Sampling waits until the browser is idle, so
    // it reads a finished layout instead of forcing one while the page loads.
    await afterRendering(doc);
    if (gen !== generation) return;
    const maybeYield = slicer(gen);
    for (const c of visibleContainers()) {
      early.add(c);
      for await (const block of blocksBetweenPauses(iterateTextBlocksPausing(c, { shallow: true }, PAUSE_NODES), maybeYield)) {
        if (!block || !(await commitLong(block, maybeYield))) return;
      }
      if (!(await maybeYield())) return;
    }
    options.onChange?.();
    for await (const block of blocksBetweenPauses(iterateTextBlocksPausing(doc, { onShadowRoot }, PAUSE_NODES), maybeYield)) {
      if (!block) return;
      const c = block.container;
      if (!early.has(c) && !touchedShallow!.has(c) && !touchedDeep!.has(c) && !insideAny(touchedDeep!, c) && c.isConnected) {
        if (!(await commitLong(block, maybeYield))) return;
      }
      if (!(await maybeYield())) return;
    }
    touchedShallow = null;
    touchedDeep = null;
    redecide();
    scheduleWindow(0);
    options.onChange?.();
  }

  function startPass(): void {
    const gen = ++generation;
    running = running.then(() => (gen === generation ? pass(gen) : undefined));
  }

  // --- Page changes ------------------------------------------------------------

  function applyBatch(records: MutationRecord[]): void {
    const plan = planRescan(records);
    if (plan.full) {
      dropAll();
      startPass();
      return;
    }
    dropRemoved(records);
    for (const c of plan.shallow) {
      dropContainer(c);
      touchedShallow?.add(c);
    }
    for (const d of plan.deep) {
      dropWithin(d);
      touchedDeep?.add(d);
    }
    for (const c of plan.shallow) {
      if (c.isConnected) for (const block of iterateTextBlocks(c, { shallow: true })) commitSoon(block);
    }
    for (const d of plan.deep) {
      if (d.isConnected) for (const block of iterateTextBlocks(d, { onShadowRoot })) commitSoon(block);
    }
    redecide();
    scheduleWindow();
    options.onChange?.();
  }

  /** commit() now, or for a very long block, in slices after the work already queued. */
  function commitSoon(block: TextBlock): void {
    if (block.text.length < LONG_BLOCK_CHARS) return commit(block);
    const gen = generation;
    running = running.then(async () => {
      if (gen === generation && (await commitLong(block, slicer(gen)))) options.onChange?.();
    });
  }

  // --- Queries -------------------------------------------------------------------

  function allMentions(): MentionRecord[] {
    sweepDetached();
    const recs: BlockRecord[] = [];
    for (const set of byContainer.values()) for (const rec of set) recs.push(rec);
    const list: MentionRecord[] = [];
    if (recs.length <= FEW_BLOCKS) {
      for (const rec of recs) list.push(...rec.mentions);
      return list.sort(documentOrder);
    }
    // compareDocumentPosition steps over siblings: on a feed of thousands of
    // paragraphs a sort with it takes most of a second. One walk of the page
    // numbers the blocks instead.
    const rank = readingOrder(doc, new Set(recs.map((r) => r.block.nodes[0]!)));
    const at = (rec: BlockRecord) => rank.get(rec.block.nodes[0]!) ?? Infinity;
    recs.sort((x, y) => at(x) - at(y));
    for (const rec of recs) list.push(...[...rec.mentions].sort((x, y) => x.start - y.start));
    return list;
  }

  function rangeOf(m: MentionRecord): Range | null {
    const range = doc.createRange();
    if (m.painted?.wraps?.length) {
      const marks = m.painted.wraps;
      // Wraps are made last-first; the first in the document is the last made.
      range.setStartBefore(marks[marks.length - 1]!);
      range.setEndAfter(marks[0]!);
      return range;
    }
    const a = pointAt(m.block, m.start, true);
    const b = pointAt(m.block, m.end, false);
    if (!a.node.isConnected || !b.node.isConnected) return null;
    try {
      range.setStart(a.node, Math.min(a.offset, a.node.data.length));
      range.setEnd(b.node, Math.min(b.offset, b.node.data.length));
    } catch {
      return null;
    }
    return range;
  }

  const lookup: HitLookup<MentionRecord> = {
    fromRange: (r) => byRange.get(r),
    fromMark: (id) => byId.get(id),
    fromCaret(node, offset) {
      const rec = node.nodeType === 3 ? byNode.get(node as Text) : undefined;
      if (!rec) return [];
      const i = rec.block.nodes.indexOf(node as Text);
      if (i < 0) return [];
      const at = rec.block.starts[i]! + offset;
      return rec.mentions.filter((m) => m.start <= at && at <= m.end);
    },
    rangeOf,
    shadowRoots: () => [...shadowRoots],
  };

  return {
    start() {
      if (!batcher) {
        batcher = createMutationBatcher({ onBatch: applyBatch, schedule: options.batchSchedule });
        batcher.observe(doc);
        for (const root of shadowRoots) batcher.observe(root);
      }
      dropAll();
      doc.defaultView?.addEventListener('scroll', onScroll, { capture: true, passive: true });
      startPass();
    },
    stop() {
      generation++;
      batcher?.disconnect();
      batcher = null;
      dropAll();
      overBudget = false;
      windowRun++;
      doc.defaultView?.clearTimeout(windowTimer);
      doc.defaultView?.removeEventListener('scroll', onScroll, true);
      options.onChange?.();
    },
    async idle() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
    tally() {
      sweepDetached();
      const counts = new Map<string, EntityCount>();
      for (const set of byContainer.values()) {
        for (const rec of set) {
          for (const m of rec.mentions) {
            const c = counts.get(m.entity);
            if (c) c.count++;
            else counts.set(m.entity, { entity: m.entity, count: 1, status: m.status });
          }
        }
      }
      return [...counts.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
    },
    mentions: allMentions,
    mentionAt: (x, y) => hitTest(doc, x, y, lookup),
    rangeOf,
    flushMutations: () => batcher?.flush(),
  };
}

/** Calls `fn` for `root` and every node under it, entering open shadow roots. */
function forEachComposed(root: Node, fn: (n: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    fn(n);
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
  }
}

/** Up to this many blocks, mentions are sorted by comparing DOM positions. */
const FEW_BLOCKS = 64;

/**
 * The position of each of `wanted`'s text nodes in reading order: the
 * document's order, with an open shadow tree's text where its host stands.
 */
function readingOrder(doc: Document, wanted: ReadonlySet<Text>): Map<Text, number> {
  const rank = new Map<Text, number>();
  const walkTree = (root: Node) => {
    const walker = doc.createTreeWalker(root, 0x1 | 0x4); // elements and text
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        if (wanted.has(n as Text)) rank.set(n as Text, rank.size);
      } else if ((n as Element).shadowRoot) walkTree((n as Element).shadowRoot!);
    }
  };
  walkTree(doc);
  return rank;
}

/**
 * Resolves once the browser has drawn the page and has a moment to spare: an
 * idle callback, not an animation frame. A callback in the frame itself would
 * run inside the browser's own rendering of a freshly loaded page, which on a
 * huge page is a long task of its own, now shared with the extension.
 */
function afterRendering(doc: Document): Promise<void> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || doc.visibilityState === 'hidden') return Promise.resolve();
  if (typeof win.requestIdleCallback === 'function') {
    return new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: 300 }));
  }
  return new Promise((resolve) => win.setTimeout(resolve, 50));
}

function documentOrder(a: MentionRecord, b: MentionRecord): number {
  if (a.block === b.block) return a.start - b.start;
  const na = a.block.nodes[0]!;
  const nb = b.block.nodes[0]!;
  const pos = na.compareDocumentPosition(nb);
  if (pos & 4) return -1; // b follows a
  if (pos & 2) return 1;
  return 0;
}

/** The distinct text nodes that the mentions of a block lie in. */
function mentionNodes(block: TextBlock, mentions: MentionRecord[]): Text[] {
  const nodes = new Set<Text>();
  for (const m of mentions) {
    const last = nodeIndexAt(block, m.end, false);
    for (let i = nodeIndexAt(block, m.start, true); i <= last; i++) nodes.add(block.nodes[i]!);
  }
  return [...nodes];
}

/** True while every text node of a block still has the length it had when the block was read. */
function unchangedSince(block: TextBlock): boolean {
  if (block.leaf) return block.container.isConnected && block.container.textContent === block.text;
  return block.nodes.every((n, i) => n.isConnected && n.data.length === (block.starts[i + 1] ?? block.text.length) - block.starts[i]!);
}
