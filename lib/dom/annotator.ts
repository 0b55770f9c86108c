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
import type { Painter } from './highlight-painter';
import { hitTest, type HitLookup } from './hit-test';
import { createMentionRecords, rangeOfMention, type MentionRecord } from './mention-records';
import { afterRendering, defaultYield, hasPainted } from './page-yield';
import { createPageSenses } from './page-senses';
import { rememberRecentScans } from './recent-scans';
import { withTiers } from '../match/tier-span';
import { createPaintWindow } from './paint-window';
import { blocksBetweenPauses, unchangedSince } from './paused-walk';
import { insideAny, planRescan } from './rescan-plan';
import { LONG_BLOCK_CHARS, scanInPieces } from './scan-in-pieces';
import { iterateTextBlocks, iterateTextBlocksPausing, PAUSE, resolveLeafNodes, type Container, type TextBlock } from './text-blocks';
import { visibleContainers } from './visible-containers';

export type { MentionRecord } from './mention-records';
export { defaultYield } from './page-yield';

export interface AnnotatorOptions {
  doc: Document;
  scan(text: string): Mention[];
  /** The status to paint: the entity's, or that of the release the name gives ("Grok 4"). */
  statusOf(entity: string, name: string): Status;
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
  /** Highlight mode: the most mentions painted at once (see paint-window). */
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

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, painter } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const shadowRoots = new Set<ShadowRoot>();
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  let batcher: MutationBatcher | null = null;
  /** Regions re-read from mutations while a pass runs: the pass skips them (null when no pass runs). */
  let touchedShallow: Set<Container> | null = null;
  let touchedDeep: Set<Node> | null = null;

  const scan = rememberRecentScans(options.scan);
  // The count of page changes lets the sense decision trust a block it has just read without reading it again.
  const senses = createPageSenses(scan, () => (batcher ? batcher.changes() : NaN));
  const records = createMentionRecords({ doc, onDrop: (rec) => paintWindow.unpaint(rec) });
  const paintWindow = createPaintWindow({
    doc,
    painter,
    records,
    paints: options.paints,
    budget: options.paintBudget,
    sliceMs,
    yieldToPage,
    withoutObserving: (fn) => (batcher && painter.mode === 'wrap' ? batcher.ignoring(fn) : fn()),
  });

  // --- Reading a block -------------------------------------------------------

  /**
   * Where a block's scan results become records: a newer reading of the same
   * text replaces an older one, each mention gets its entity's status, and
   * what is recorded is painted. Every reading, in a pass or after a page
   * change, ends here.
   */
  function commit(block: TextBlock, scanned?: Mention[]): void {
    records.dropOlderReadings(block);
    // The sense decision: an ambiguous name counts only where its context says AI.
    // What is marked reaches over a model's tier and size words ("Gemini 2.5 Pro"); what is found does not change.
    const found = withTiers(block.text, senses.keep(block, scanned ?? scan(block.text)));
    if (found.length === 0) return;
    // A leaf block's nodes are looked up only now, and only those the mentions lie in.
    if (block.leaf && !resolveLeafNodes(block, found)) return;
    const mentions = found.map((m) => ({ entity: m.entity, status: options.statusOf(m.entity, m.text), start: m.start, end: m.end }));
    paintWindow.paint(records.add(block, mentions));
  }

  /** Reads again the blocks whose ambiguous names may count now that the page named something new. */
  function redecide(): void {
    for (const block of senses.takeStale()) if (unchangedSince(block)) commit(block);
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

  // --- Passes ----------------------------------------------------------------

  function onShadowRoot(root: ShadowRoot): void {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    painter.styleShadowRoot(root);
    batcher?.observe(root);
  }

  async function pass(gen: number): Promise<void> {
    touchedShallow = new Set();
    touchedDeep = new Set();
    const early = new Set<Container>();
    if (!hasPainted(doc)) readTopBeforePaint(early);
    // Visible paragraphs first. Sampling waits until the browser has drawn a
    // frame, so it reads the layout the browser just made instead of forcing one.
    await afterRendering(doc);
    if (gen !== generation) return;
    const maybeYield = slicer(gen);
    for (const c of visibleContainers(doc, performance.now() + sliceMs)) {
      if (early.has(c)) continue;
      early.add(c);
      for await (const block of blocksBetweenPauses(iterateTextBlocksPausing(c, { shallow: true }, PAUSE_NODES), maybeYield, changesSeen)) {
        if (!block || !(await commitLong(block, maybeYield))) return;
      }
      if (!(await maybeYield())) return;
    }
    options.onChange?.();
    for await (const block of blocksBetweenPauses(iterateTextBlocksPausing(doc, { onShadowRoot }, PAUSE_NODES), maybeYield, changesSeen)) {
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
    // The page is read: the reading's caches would now only hold memory (a live page's changes refill what they need).
    senses.forgetReading();
    paintWindow.schedule(0);
    options.onChange?.();
  }

  /**
   * Before the page's first frame, one slice of the page's top in document
   * order, where a news page keeps its headline and first paragraphs: their
   * highlights then arrive with the page's first paint instead of a frame or
   * two after it. No layout is read (the visible part is sampled only once
   * the browser has made one), and a very long block ends the slice, as does
   * a page top of more than PAUSE_NODES nodes.
   */
  function readTopBeforePaint(early: Set<Container>): void {
    // The slice's clock starts after the first container: the first scan also builds the index.
    let deadline = Infinity;
    for (const first of iterateTextBlocksPausing(doc, {}, PAUSE_NODES)) {
      if (first === PAUSE || performance.now() > deadline) return;
      const c = first.container;
      if (early.has(c)) continue;
      const blocks: TextBlock[] = [];
      for (const block of iterateTextBlocksPausing(c, { shallow: true }, PAUSE_NODES)) {
        if (block === PAUSE || block.text.length >= LONG_BLOCK_CHARS) return;
        blocks.push(block);
      }
      early.add(c);
      blocks.forEach((block) => commit(block));
      deadline = Math.min(deadline, performance.now() + sliceMs);
    }
  }

  function startPass(): void {
    const gen = ++generation;
    running = running.then(() => (gen === generation ? pass(gen) : undefined));
  }

  // --- Page changes ------------------------------------------------------------

  function applyBatch(batch: MutationRecord[]): void {
    const plan = planRescan(batch);
    if (plan.full) {
      records.dropAll();
      startPass();
      return;
    }
    records.dropRemoved(batch);
    for (const c of plan.shallow) {
      records.dropContainer(c);
      touchedShallow?.add(c);
    }
    for (const d of plan.deep) {
      records.dropWithin(d);
      touchedDeep?.add(d);
    }
    for (const c of plan.shallow) {
      if (c.isConnected) for (const block of iterateTextBlocks(c, { shallow: true })) commitSoon(block);
    }
    for (const d of plan.deep) {
      if (d.isConnected) for (const block of iterateTextBlocks(d, { onShadowRoot })) commitSoon(block);
    }
    redecide();
    paintWindow.schedule();
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

  const rangeOf = (m: MentionRecord) => rangeOfMention(doc, m);
  const lookup: HitLookup<MentionRecord> = {
    fromRange: records.fromRange,
    fromMark: records.fromId,
    fromCaret: records.atCaret,
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
      records.dropAll();
      paintWindow.start();
      startPass();
    },
    stop() {
      generation++;
      batcher?.disconnect();
      batcher = null;
      records.dropAll();
      paintWindow.stop();
      options.onChange?.();
    },
    async idle() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
    tally: records.tally,
    mentions: records.all,
    mentionAt: (x, y) => hitTest(doc, x, y, lookup),
    rangeOf,
    flushMutations: () => batcher?.flush(),
  };
}
