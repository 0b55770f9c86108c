/**
 * The real built extension: the size of what it injects into every page, and
 * how soon after DOMContentLoaded a reader sees the first highlight.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticlePage } from '../article-page';
import { NOT_BUILT, section, type Section } from '../result';
import { flattenAliases, loadSeedSources } from '../seed-aliases';
import { median, round } from '../stats';
import { benchCorpus } from './matcher';
import type { CDPSession, Page } from 'playwright-core';
import { launchBenchBrowser } from '../browser';
import { launch } from '../../harness';
import { playwrightPageOf } from '../../harness/chromium';
import { startPageServer, type PageServer } from '../../harness/server';

export interface ExtensionOptions {
  root: string;
  /** Absolute output folder for this bench's own build. */
  outDir: string;
  build: boolean;
  /** Measured page loads after one warm-up load. */
  runs: number;
}

/** Builds the Chromium extension into the bench's own folder, so parallel builds never collide. */
export function buildExtension(root: string, outDir: string): void {
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, OL_OUT_DIR: outDir }, stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`);
  }
}

const SOURCES = ['lib', 'entrypoints', 'components', 'assets', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newestMtime(join(path, f))), st.mtimeMs);
}

/** The bench build exists and no source file changed since it was made. */
export function buildIsFresh(root: string, outDir: string): boolean {
  const manifest = join(outDir, 'chrome-mv3/manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(root, s)) < built);
}

/** Bytes of the content script files (JS and CSS) the browser injects into each frame, as the manifest lists them. */
export function contentScriptBytes(extensionDir: string): { bytes: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) return { bytes: 0, files };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files[f] = statSync(join(extensionDir, f)).size;
  }
  return { bytes: Object.values(files).reduce((a, b) => a + b, 0), files };
}

/**
 * Runs in the page's main world before any page script: polls the highlight
 * registry once per frame (no MutationObserver, which would itself be work
 * the page does) and stamps the first frame where a highlight holds a range.
 * The wrapper fallback's elements count too.
 */
const FIRST_HIGHLIGHT_PROBE = `(() => {
  const w = window;
  w.__olFirstHighlight = null;
  const painted = () => {
    let n = 0;
    const reg = window.CSS && CSS.highlights;
    if (reg) reg.forEach((h) => { n += h.size; });
    return n > 0 || (document.querySelector && document.querySelector('ol-mark') !== null);
  };
  const check = () => {
    if (painted()) { w.__olFirstHighlight = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

function demoPage(root: string): { path: string; html?: string; source: string } {
  if (existsSync(join(root, 'assets/demo/en.html'))) return { path: '/demo/en.html', source: 'assets/demo/en.html' };
  // No demo page yet: a short generated English article with mentions.
  const aliases = flattenAliases(loadSeedSources(root));
  const corpus = benchCorpus(root, aliases, { chars: 6000 }, 31);
  corpus.paragraphs = corpus.paragraphs.map((p) => ({ ...p, lang: 'en' }));
  return { path: '/bench/en.html', html: buildArticlePage(corpus).html, source: 'generated article (assets/demo/en.html missing)' };
}

/** How long after `load` a page is watched: the extension's whole first reading falls inside it. */
const SETTLE_MS = 1500;

interface LoadCost {
  /** CDP TaskDuration: all main-thread work of the page's renderer. */
  task: number;
  /**
   * TaskDuration less LayoutDuration and RecalcStyleDuration: the page's own
   * first layouts vary by tens of milliseconds from load to load, and hide
   * the extension's share in the plain task time.
   */
  nonLayout: number;
  /** CDP ScriptDuration: script run outside microtasks (the content script's async work mostly runs in them). */
  script: number;
}

async function metricsMs(cdp: CDPSession): Promise<LoadCost> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const task = ms('TaskDuration');
  return { task, nonLayout: task - ms('LayoutDuration') - ms('RecalcStyleDuration'), script: ms('ScriptDuration') };
}

/** The main-thread time one load of `url` costs, from navigation to SETTLE_MS after `load`. */
async function loadCost(page: Page, url: string): Promise<LoadCost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metricsMs(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const after = await metricsMs(cdp);
  await cdp.detach();
  return { task: after.task - before.task, nonLayout: after.nonLayout - before.nonLayout, script: after.script - before.script };
}

/** Median cost of `runs` loads (after one warm-up load), each in a fresh tab. */
async function medianCost(newPage: () => Promise<Page>, url: string, runs: number): Promise<LoadCost> {
  const costs: LoadCost[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await newPage();
    const cost = await loadCost(page, url);
    await page.close();
    if (i > 0) costs.push(cost);
  }
  return {
    task: median(costs.map((c) => c.task)),
    nonLayout: median(costs.map((c) => c.nonLayout)),
    script: median(costs.map((c) => c.script)),
  };
}

/** The pages whose load cost is measured: the demo pages, and a generated news-sized article (about 30 KB of text). */
function costPages(root: string, server: PageServer): Record<string, string> {
  const corpus = benchCorpus(root, flattenAliases(loadSeedSources(root)), { chars: 30_000 }, 5);
  server.route('/bench/news.html', buildArticlePage(corpus).html);
  const pages: Record<string, string> = { news: server.url('/bench/news.html') };
  if (existsSync(join(root, 'assets/demo/en.html'))) pages.demoEn = server.url('/demo/en.html');
  if (existsSync(join(root, 'assets/demo/ar.html'))) pages.demoAr = server.url('/demo/ar.html');
  return pages;
}

/**
 * The real extension's main-thread cost per page load, with minus without:
 * the same pages loaded in Chromium with the extension and in a plain one.
 */
async function pageCosts(root: string, server: PageServer, withExtension: () => Promise<Page>, runs: number): Promise<Record<string, number>> {
  const pages = costPages(root, server);
  const plain = await launchBenchBrowser();
  const figures: Record<string, number> = {};
  try {
    const context = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    for (const [name, url] of Object.entries(pages)) {
      const on = await medianCost(withExtension, url, runs);
      const off = await medianCost(() => context.newPage(), url, runs);
      figures[`${name}TaskDeltaMs`] = round(on.task - off.task);
      figures[`${name}NonLayoutDeltaMs`] = round(on.nonLayout - off.nonLayout);
      figures[`${name}ScriptDeltaMs`] = round(on.script - off.script);
      figures[`${name}BaselineTaskMs`] = round(off.task);
    }
  } finally {
    await plain.close();
  }
  return figures;
}

export async function benchExtension(o: ExtensionOptions): Promise<Section[]> {
  const ext = section('extension');
  const cs = section('contentScript');
  if (o.build) buildExtension(o.root, o.outDir);
  const extensionDir = join(o.outDir, 'chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    ext.notes.push(`extension: no build in ${extensionDir} (run without --no-build)`);
    cs.notes.push('contentScript: no build');
    return [ext, cs];
  }
  const size = contentScriptBytes(extensionDir);
  Object.assign(cs.figures, { bytes: size.bytes, files: size.files });
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { version: string };
  cs.figures.extensionVersion = manifest.version;

  const demo = demoPage(o.root);
  const server = await startPageServer();
  if (demo.html) server.route(demo.path, demo.html);
  const browser = await launch('chromium', { extensionDir });
  const plain = await launchBenchBrowser();
  try {
    const samples: number[] = [];
    /** Per load: first highlight less the same load's first contentful paint. */
    const afterPaint: number[] = [];
    const paintWith: number[] = [];
    const paintWithout: number[] = [];
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    let cold: number | null = null;
    for (let i = 0; i <= o.runs; i++) {
      const page = await browser.newPage();
      await page.addInitScript(FIRST_HIGHLIGHT_PROBE);
      await page.goto(server.url(demo.path));
      const ms = await firstHighlight(page);
      const raw = playwrightPageOf(page);
      const paint = raw ? await firstContentfulPaint(raw) : null;
      await page.close();
      if (ms === null) break;
      // The same page in a browser without the extension: when the page paints on its own.
      const bare = await plainContext.newPage();
      await bare.goto(server.url(demo.path));
      const bareFcp = await firstContentfulPaint(bare);
      await bare.close();
      if (i === 0) {
        cold = ms;
        continue;
      }
      samples.push(ms);
      if (paint !== null) {
        paintWith.push(paint);
        afterPaint.push(ms - paint);
      }
      if (bareFcp !== null) paintWithout.push(bareFcp);
    }
    if (samples.length === 0) {
      ext.notes.push(`extension.firstHighlightMs: ${NOT_BUILT} (no highlight painted within 10 s on ${demo.source})`);
    } else {
      Object.assign(ext.figures, {
        firstHighlightMs: round(median(samples)),
        firstHighlightColdMs: cold === null ? null : round(cold),
        ...(afterPaint.length ? { firstHighlightAfterPaintMs: round(median(afterPaint)), firstPaintMs: round(median(paintWith)) } : {}),
        ...(paintWithout.length ? { baselineFirstPaintMs: round(median(paintWithout)) } : {}),
        runs: samples.length,
        page: demo.source,
        chromium: browser.version,
      });
    }
    const rawPage = async () => {
      const page = playwrightPageOf(await browser.newPage());
      if (!page) throw new Error('no Playwright page behind the extension browser');
      return page;
    };
    // At least seven loads a page: one load's task time varies by tens of milliseconds.
    Object.assign(ext.figures, await pageCosts(o.root, server, rawPage, Math.max(o.runs, 7)));
  } finally {
    await plain.close();
    await browser.dispose();
    await server.close();
  }
  return [ext, cs];
}

/**
 * DOMContentLoaded to the page's first contentful paint, or null if the
 * browser reported none within 10 s. A highlight cannot be seen before it.
 */
async function firstContentfulPaint(page: Page): Promise<number | null> {
  const fcp = () => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return nav && paint && nav.domContentLoadedEventStart > 0 ? paint.startTime - nav.domContentLoadedEventStart : null;
  };
  try {
    await page.waitForFunction(fcp, undefined, { timeout: 10_000 });
  } catch {
    return null;
  }
  return page.evaluate(fcp);
}

/** DOMContentLoaded to the first frame with a highlight, or null after 10 s. */
async function firstHighlight(page: Awaited<ReturnType<Awaited<ReturnType<typeof launch>>['newPage']>>): Promise<number | null> {
  try {
    await page.waitFor(() => (window as unknown as { __olFirstHighlight: number | null }).__olFirstHighlight !== null, undefined, 10_000);
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (window as unknown as { __olFirstHighlight: number }).__olFirstHighlight - nav.domContentLoadedEventStart;
  });
}
