/**
 * The annotator on a large article page in real Chromium, against two
 * baselines on the same content: a bare TreeWalker reading every text node
 * (the floor for any DOM scan) and mark.js given the same alias list (how
 * keyword highlighters usually do it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildArticlePage } from '../article-page';
import { heapAfterGc, launchBenchBrowser, newBenchPage } from '../browser';
import { bundlePageDriver } from '../bundle';
import { NOT_BUILT, section, type Section } from '../result';
import { flattenAliases, loadSeedSources, type BenchAlias } from '../seed-aliases';
import { max, median, percentile, round } from '../stats';
import { benchCorpus } from './matcher';
import { startPageServer } from '../../harness/server';
import type { CompiledIndex } from '../../lib/match/alias-index';

export interface PageOptions {
  root: string;
  runs: number;
  /** Characters of article text on the page. */
  pageChars: number;
  markjsRuns: number;
  /** Dynamic-page test: batches of appended paragraphs. */
  batches: number;
  perBatch: number;
}

interface TreeWalk {
  ms: number;
  nodes: number;
  visibleNodes: number;
  chars: number;
}

/** Walks every text node and reads its data: what any DOM scan must at least do. */
async function treeWalk(page: Page): Promise<TreeWalk> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let visibleNodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      nodes++;
      chars += data.length;
      if (data.trim().length > 0) visibleNodes++;
    }
    return { ms: performance.now() - t0, nodes, visibleNodes, chars };
  });
}

/**
 * One full style recalculation of the page, median of seven: an inherited
 * custom property changed on the body restyles every element. Run with and
 * without the highlight sheet adopted, it shows what the sheet's
 * `::highlight()` rules add to every later restyle of the page.
 */
async function fullRecalcMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      document.body.style.setProperty('--ol-bench-recalc', String(i));
      const t0 = performance.now();
      void getComputedStyle(document.body.lastElementChild ?? document.body).color;
      times.push(performance.now() - t0);
    }
    document.body.style.removeProperty('--ol-bench-recalc');
    return times.sort((a, b) => a - b)[3]!;
  });
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  await page.waitForTimeout(200); // long-task entries are delivered after the task
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

interface MarkRun {
  ms: number;
  marks: number;
}

/**
 * mark.js over the page with every alias, as a keyword highlighter would: one
 * mark() call per alias, case-sensitive ones with caseSensitive. (Given the
 * whole list in one call, mark.js chains one callback per keyword, and with
 * the full knowledge base's 2,300 aliases that chain overflows the stack.)
 * Without iframes, mark.js calls `done` before mark() returns.
 */
async function markjs(page: Page, aliases: { text: string; caseSensitive?: boolean }[]): Promise<MarkRun> {
  return page.evaluate((list) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } }).Mark;
    const base = { accuracy: 'exactly', separateWordSearch: false };
    const t0 = performance.now();
    let marks = 0;
    const instance = new Mark(document.body);
    for (const a of list) {
      // Method syntax: the bundler names arrow functions with a helper that does not exist in the page.
      instance.mark(a.text, {
        ...base,
        caseSensitive: a.caseSensitive === true,
        done(n: number) {
          marks += n;
        },
      });
    }
    return { ms: performance.now() - t0, marks };
  }, aliases);
}

/** Paragraph HTML for the dynamic test: fresh generated text with inline elements. */
function feedParagraphs(root: string, aliases: BenchAlias[], count: number): string[] {
  const page = buildArticlePage(benchCorpus(root, aliases, { chars: count * 320 }, 4242));
  return [...page.html.matchAll(/<p(?: [^>]*)?>(.*?)<\/p>/g)].map((m) => m[1]!).slice(0, count);
}

export async function benchPage(o: PageOptions): Promise<Section[]> {
  const page$ = section('page');
  const memory = section('memory');
  const dynamic = section('dynamic');
  const sources = loadSeedSources(o.root);
  const ready = ['lib/dom/annotator.ts', 'lib/dom/highlight-painter.ts', 'lib/match/scanner.ts'].every((f) =>
    existsSync(join(o.root, f)),
  );
  if (!ready || sources.length === 0) {
    const why = !ready ? 'lib/dom annotator or lib/match scanner missing' : 'no seed entities';
    for (const s of [page$, memory, dynamic]) s.notes.push(`${s.name}: ${NOT_BUILT} (${why})`);
    return [page$, memory, dynamic];
  }
  const { buildAliasIndex } = await import('../../lib/match/alias-index');
  const aliases = flattenAliases(sources);
  const index: CompiledIndex = buildAliasIndex(sources);
  const article = buildArticlePage(benchCorpus(o.root, aliases, { chars: o.pageChars }, 1234));
  const driver = await bundlePageDriver(o.root);
  const markSource = readFileSync(join(o.root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

  const server = await startPageServer();
  server.route('/bench/article.html', article.html);
  server.route('/bench/feed.html', buildArticlePage(benchCorpus(o.root, aliases, { chars: 20_000 }, 77)).html);
  const url = server.url('/bench/article.html');
  const browser = await launchBenchBrowser();
  try {
    const { page, cdp } = await newBenchPage(browser);
    await cdp.send('Performance.enable');
    // The driver goes in before the page's content, as the extension's document_start script does.
    await page.addInitScript({ content: driver });
    const walks: TreeWalk[] = [];
    const recalcs: number[] = [];
    const runs: Awaited<ReturnType<typeof annotateOnce>>[] = [];
    const annotateOnce = async () => {
      await page.goto(url, { waitUntil: 'load' });
      // Three walks per load: the first may pay for cold caches.
      const w = [await treeWalk(page), await treeWalk(page), await treeWalk(page)];
      walks.push(w.sort((a, b) => a.ms - b.ms)[1]!);
      recalcs.push(await fullRecalcMs(page));
      const reviveMs = await page.evaluate((json) => (window as any).__olBench.load(json) as number, index);
      const before = await heapAfterGc(cdp);
      await watchLongTasks(page);
      const metricsBefore = await mainThreadMs(cdp);
      const t0 = performance.now();
      const stats = await page.evaluate(() => (window as any).__olBench.annotate() as Promise<any>);
      const during = minus(await mainThreadMs(cdp), metricsBefore);
      // The same span with nothing to do: what the page and the harness spend on their own.
      const idleFor = performance.now() - t0;
      const idleBefore = await mainThreadMs(cdp);
      await page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), idleFor);
      const cdpMs = minus(during, minus(await mainThreadMs(cdp), idleBefore));
      const tasks = await longTasks(page);
      const after = await heapAfterGc(cdp);
      const found = await page.evaluate(() => (window as any).__olBench.counts() as { mentions: number; painted: number });
      return { stats, found, tasks, reviveMs, before, after, cdpMs };
    };
    for (let i = 0; i < o.runs; i++) runs.push(await annotateOnce());

    // mark.js on a page of its own, without the extension's sheet.
    const { page: plain } = await newBenchPage(browser);
    const marks: MarkRun[] = [];
    const plainRecalcs: number[] = [];
    for (let i = 0; i < o.markjsRuns; i++) {
      await plain.goto(url, { waitUntil: 'load' });
      plainRecalcs.push(await fullRecalcMs(plain));
      await plain.addScriptTag({ content: markSource });
      marks.push(await markjs(plain, aliases));
    }
    await plain.context().close();

    const annotateMs = median(runs.map((r) => r.stats.ms as number));
    const treeWalkerMs = median(walks.map((w) => w.ms));
    const markjsMs = median(marks.map((m) => m.ms));
    const slices = runs.flatMap((r) => r.stats.slices as number[]);
    // The annotator's own CPU: the sum of its work slices, per run.
    const cpuMs = median(runs.map((r) => (r.stats.slices as number[]).reduce((a, b) => a + b, 0)));
    const styleRecalcMs = median(recalcs);
    const styleRecalcNoSheetMs = median(plainRecalcs);
    const longTaskList = runs.flatMap((r) => r.tasks);
    const last = runs[runs.length - 1]!;
    Object.assign(page$.figures, {
      annotateMs: round(annotateMs),
      treeWalkerMs: round(treeWalkerMs),
      markjsMs: round(markjsMs),
      vsTreeWalker: round(annotateMs / treeWalkerMs),
      cpuMs: round(cpuMs),
      cpuVsTreeWalker: round(cpuMs / treeWalkerMs),
      scriptDurationMs: round(median(runs.map((r) => r.cdpMs.script))),
      layoutDurationMs: round(median(runs.map((r) => r.cdpMs.layout))),
      recalcStyleDurationMs: round(median(runs.map((r) => r.cdpMs.style))),
      taskDurationMs: round(median(runs.map((r) => r.cdpMs.task))),
      vsMarkjs: round(markjsMs / annotateMs),
      longestTaskMs: round(Math.max(max(slices), longTaskList.length ? max(longTaskList) : 0)),
      longestSliceMs: round(max(slices)),
      sliceP95Ms: round(percentile(slices, 95)),
      slicesPerRun: Math.round(slices.length / runs.length),
      longTasksOver50ms: longTaskList.length,
      longTaskMaxMs: longTaskList.length ? round(max(longTaskList)) : 0,
      annotateToFrameMs: round(median(runs.map((r) => r.stats.toFrameMs as number))),
      styleRecalcMs: round(styleRecalcMs),
      styleRecalcNoSheetMs: round(styleRecalcNoSheetMs),
      recalcStyleDeltaMs: round(styleRecalcMs - styleRecalcNoSheetMs),
      recalcStyleDeltaPct: round(((styleRecalcMs - styleRecalcNoSheetMs) / styleRecalcNoSheetMs) * 100, 1),
      reviveIndexMs: round(median(runs.map((r) => r.reviveMs))),
      runs: o.runs,
      markjsRuns: o.markjsRuns,
      textNodes: walks[0]!.visibleNodes,
      textNodesAll: walks[0]!.nodes,
      textChars: walks[0]!.chars,
      htmlBytes: Buffer.byteLength(article.html),
      planted: article.planted,
      mentions: last.found.mentions,
      painted: last.found.painted,
      markjsMarks: marks[0]?.marks,
      blocks: last.stats.blocks,
      paintMode: last.stats.mode,
    });
    const heapDelta = median(runs.map((r) => r.after.used - r.before.used));
    const embedder = runs.every((r) => r.after.embedder !== undefined)
      ? median(runs.map((r) => r.after.embedder! - r.before.embedder!))
      : undefined;
    Object.assign(memory.figures, {
      heapDeltaMB: round(heapDelta / 2 ** 20, 2),
      embedderDeltaMB: embedder === undefined ? null : round(embedder / 2 ** 20, 2),
      heapBeforeMB: round(median(runs.map((r) => r.before.used)) / 2 ** 20, 2),
    });

    // Dynamic page: an infinite-scroll feed growing by batches of paragraphs.
    const paragraphs = feedParagraphs(o.root, aliases, 400);
    await page.goto(server.url('/bench/feed.html'), { waitUntil: 'load' });
    await page.evaluate((json) => (window as any).__olBench.load(json), index);
    const batch = (await page.evaluate(
      ([p, b, n]) => (window as any).__olBench.appendBatches(p, b, n),
      [paragraphs, o.batches, o.perBatch] as const,
    )) as { batchMs: number[]; longTasks: number[]; mentions: number };
    // The same appends on a page without the annotator or its sheet: the page's own long tasks.
    const { page: bare } = await newBenchPage(browser);
    await bare.goto(server.url('/bench/feed.html'), { waitUntil: 'load' });
    await bare.addScriptTag({ content: driver });
    await bare.evaluate((json) => (window as any).__olBench.load(json), index);
    const baseline = (await bare.evaluate(
      ([p, b, n]) => (window as any).__olBench.appendBatches(p, b, n, false),
      [paragraphs, o.batches, o.perBatch] as const,
    )) as { longTasks: number[] };
    await bare.context().close();
    const tenth = Math.max(1, Math.floor(batch.batchMs.length / 10));
    Object.assign(dynamic.figures, {
      batchP95Ms: round(percentile(batch.batchMs, 95)),
      batchMedianMs: round(median(batch.batchMs)),
      batchMaxMs: round(max(batch.batchMs)),
      firstTenthP95Ms: round(percentile(batch.batchMs.slice(0, tenth), 95)),
      lastTenthP95Ms: round(percentile(batch.batchMs.slice(-tenth), 95)),
      longTasksOver50ms: batch.longTasks.length,
      longTaskMaxMs: batch.longTasks.length ? round(max(batch.longTasks)) : 0,
      baselineLongTasksOver50ms: baseline.longTasks.length,
      baselineLongTaskMaxMs: baseline.longTasks.length ? round(max(baseline.longTasks)) : 0,
      batches: batch.batchMs.length,
      paragraphsPerBatch: o.perBatch,
      mentionsAtEnd: batch.mentions,
    });
    if (batch.batchMs.length !== o.batches) {
      dynamic.notes.push(`dynamic: ${o.batches} appends arrived as ${batch.batchMs.length} batches`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [page$, memory, dynamic];
}

/** Main-thread time so far by kind (CDP Performance.getMetrics), in ms. */
interface MainThreadMs {
  script: number;
  layout: number;
  style: number;
  task: number;
}

async function mainThreadMs(cdp: CDPSession): Promise<MainThreadMs> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: ms('ScriptDuration'), layout: ms('LayoutDuration'), style: ms('RecalcStyleDuration'), task: ms('TaskDuration') };
}

function minus(a: MainThreadMs, b: MainThreadMs): MainThreadMs {
  return { script: a.script - b.script, layout: a.layout - b.layout, style: a.style - b.style, task: a.task - b.task };
}
