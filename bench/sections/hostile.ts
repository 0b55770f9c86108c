/**
 * Hostile pages with the real built extension, side by side with the same
 * pages in a Chromium without it: the longest main-thread task after
 * DOMContentLoaded, when the extension's content script starts. On a page of
 * 100,000 text nodes or with one text node of 5 MB the browser's own
 * rendering is slow too, so the baseline shows how much of a long task is
 * the page's own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from '../browser';
import { NOT_BUILT, section, type Section } from '../result';
import { max, round } from '../stats';
import { launch } from '../../harness';
import { startPageServer } from '../../harness/server';
import { bigTextNodePage, manyTextNodesPage } from '../../harness/hostile-pages';

export interface HostileOptions {
  /** The built Chromium extension (its chrome-mv3 folder). */
  extensionDir: string;
  /** Loads of each page, with and without the extension. */
  runs: number;
}

/** Records long tasks and DOMContentLoaded from before the page's first script. */
const PROBE = `(() => {
  window.__olTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__olTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__olDcl = performance.now(); });
})();`;

/** Each page names three models. */
const PAGES = { manyTextNodes: manyTextNodesPage, fiveMbTextNode: bigTextNodePage };

/** The little of a page that both browsers' drivers offer. */
interface Probe {
  init(script: string): Promise<void>;
  goto(url: string): Promise<void>;
  /** Waits until `ready()` holds in the page. */
  until(ready: () => boolean): Promise<void>;
  read<R>(fn: () => R): Promise<R>;
  close(): Promise<void>;
}

/** With the extension: a load is done when all three mentions are painted (the main world sees the registry). */
function allPainted(): boolean {
  let count = 0;
  (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((h) => (count += h.size));
  return count >= 3;
}

/** Without it: when the page has loaded. */
function loaded(): boolean {
  return (window as unknown as { __olDcl?: number }).__olDcl !== undefined;
}

function longestAfterDcl(): number {
  const w = window as unknown as { __olTasks: [number, number][]; __olDcl?: number };
  const after = w.__olTasks.filter(([start]) => start >= (w.__olDcl ?? Infinity)).map(([, d]) => d);
  return after.length ? Math.max(...after) : 0;
}

async function measure(probe: Probe, url: string, ready: () => boolean): Promise<number> {
  await probe.init(PROBE);
  await probe.goto(url);
  await probe.until(ready);
  // The extension's report to the background and any late work, then the observer's delivery.
  await new Promise((r) => setTimeout(r, 1500));
  const ms = await probe.read(longestAfterDcl);
  await probe.close();
  return ms;
}

export async function benchHostile(o: HostileOptions): Promise<Section[]> {
  const s = section('hostile');
  if (!existsSync(join(o.extensionDir, 'manifest.json'))) {
    s.notes.push(`hostile: ${NOT_BUILT} (no build in ${o.extensionDir})`);
    return [s];
  }
  const server = await startPageServer();
  for (const [name, html] of Object.entries(PAGES)) server.route(`/hostile/${name}.html`, html());
  const withExt: Record<string, number[]> = {};
  const without: Record<string, number[]> = {};
  const ext = await launch('chromium', { extensionDir: o.extensionDir });
  const plain = await launchBenchBrowser();
  try {
    for (let i = 0; i < o.runs; i++) {
      for (const name of Object.keys(PAGES)) {
        const url = server.url(`/hostile/${name}.html`);
        const page = await ext.newPage();
        (withExt[name] ??= []).push(
          await measure(
            {
              init: (src) => page.addInitScript(src),
              goto: (u) => page.goto(u),
              until: (ready) => page.waitFor(ready, undefined, 30_000),
              read: (fn) => page.evaluate(fn),
              close: () => page.close(),
            },
            url,
            allPainted,
          ),
        );
        const context = await plain.newContext({ viewport: { width: 1280, height: 720 } });
        const bare = await context.newPage();
        (without[name] ??= []).push(
          await measure(
            {
              init: async (src) => void (await bare.addInitScript({ content: src })),
              goto: async (u) => void (await bare.goto(u)),
              until: async (ready) => void (await bare.waitForFunction(ready, undefined, { timeout: 30_000 })),
              read: (fn) => bare.evaluate(fn),
              close: () => context.close(),
            },
            url,
            loaded,
          ),
        );
      }
    }
  } finally {
    await ext.dispose();
    await plain.close();
    await server.close();
  }
  const all = (m: Record<string, number[]>) => Object.values(m).flat();
  Object.assign(s.figures, {
    longestTaskMs: round(max(all(withExt))),
    baselineLongestTaskMs: round(max(all(without))),
    runs: o.runs,
    ...Object.fromEntries(Object.keys(PAGES).map((n) => [n, { withExtensionMs: withExt[n]!.map(round), withoutMs: without[n]!.map(round) }])),
  });
  return [s];
}
