/**
 * Helpers for the hardening end-to-end tests (hostile pages, lifecycle,
 * security, privacy, large knowledge base): generated pages too large to keep
 * as files, an init script that records long tasks and the page's markup as
 * the page made it, and waiting for a tab's summary to settle.
 */
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import type { TabSummary } from '../../lib/messages';
import { countsOf } from './highlight-support';

/** Browsers ask for /favicon.ico on every page; answering it keeps 404s out of the page's console. */
export function serveFavicon(server: PageServer): void {
  server.route('/favicon.ico', { body: '', type: 'image/x-icon' });
}

/**
 * Runs before the page's own scripts. Records every long task (over 50 ms)
 * and every long animation frame with the scripts it ran, and, at
 * DOMContentLoaded, the markup as the page's parser and scripts made it and
 * the time (content scripts start later, at document_idle).
 */
export const OBSERVE_PAGE = `(() => {
  window.__olLongTasks = [];
  window.__olFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__olLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__olFrames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', () => {
    window.__olDomAtLoad = document.documentElement.outerHTML;
    window.__olLoadedAt = performance.now();
  });
})();`;

export interface LongTaskReport {
  /** Long tasks that started after DOMContentLoaded, when content scripts may run: durations in ms. */
  afterLoad: number[];
  /** Script time in long animation frames, by script URL, for scripts of the extension (Chromium). */
  extensionScriptMs: number[];
}

/** What OBSERVE_PAGE recorded so far. */
export async function longTasks(page: TestPage): Promise<LongTaskReport> {
  return page.evaluate(() => {
    const w = window as any;
    const since = w.__olLoadedAt ?? 0;
    const afterLoad = (w.__olLongTasks ?? [])
      .filter((t: { start: number }) => t.start >= since)
      .map((t: { duration: number }) => Math.round(t.duration));
    const extensionScriptMs: number[] = [];
    for (const f of w.__olFrames ?? []) {
      for (const s of f.scripts) if (/^(chrome|moz)-extension:/.test(s.url ?? '')) extensionScriptMs.push(Math.round(s.duration));
    }
    return { afterLoad, extensionScriptMs };
  });
}

/** The page's markup now, compared with what OBSERVE_PAGE recorded at DOMContentLoaded. */
export async function markupUnchanged(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as any;
    return typeof w.__olDomAtLoad === 'string' && w.__olDomAtLoad === document.documentElement.outerHTML;
  });
}

/** The background's summary of a tab, asked from an extension page (promise-based API in both browsers). */
export async function tabSummary(ext: TestPage, tabId: number): Promise<TabSummary | null> {
  return ext.evaluate((id) => {
    const g = globalThis as any;
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'getTabSummary', tabId: id });
  }, tabId);
}

/**
 * Polls the tab's summary until it has held the same value for `stableMs`
 * (and satisfies `ready`), then returns it. Never throws on timeout: the
 * assertions after it show what was there.
 */
export async function settledCounts(
  ext: TestPage,
  tabId: number,
  options: { ready?: (counts: Record<string, number>) => boolean; stableMs?: number; timeoutMs?: number } = {},
): Promise<Record<string, number>> {
  const { ready = () => true, stableMs = 1200, timeoutMs = 20_000 } = options;
  const until = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  let counts: Record<string, number> = {};
  while (Date.now() < until) {
    counts = countsOf(await tabSummary(ext, tabId));
    const key = JSON.stringify(Object.entries(counts).sort());
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= stableMs && ready(counts)) {
      return counts;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return counts;
}

/** Opens `url` in a new tab with OBSERVE_PAGE installed; returns the page and its tab id. */
export async function openObserved(browser: ExtensionBrowser, url: string): Promise<{ page: TestPage; tabId: number }> {
  const page = await browser.newPage();
  await page.addInitScript(OBSERVE_PAGE);
  await page.goto(url);
  return { page, tabId: await browser.tabIdOf(page) };
}

/**
 * Console errors and uncaught exceptions, less two notes that are not the
 * extension's: a missing file, and Chromium refusing the test driver's own
 * init script in a frame sandboxed without allow-scripts (seen without the
 * extension too; the extension's content script does run there).
 */
export function pageErrors(page: TestPage): string[] {
  return page
    .errors()
    .filter((e) => !/Failed to load resource: .*404/.test(e))
    .filter((e) => !/^Blocked script execution in '.*' because the document's frame is sandboxed/.test(e));
}

// --- The knowledge base, read raw -------------------------------------------

/**
 * Everything the user can change in the knowledge base, read straight from
 * IndexedDB in an extension page: edits, added entities, notes, the installed
 * seed, and how many resolved rows there are. Equal snapshots mean nothing
 * was written.
 */
export async function kbSnapshot(extPage: TestPage): Promise<string> {
  return extPage.evaluate(
    () =>
      new Promise<string>((ok, fail) => {
        const req = indexedDB.open('openness-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = ['overrides', 'userEntities', 'notes', 'meta', 'resolved'];
          const tx = db.transaction(stores);
          const out: Record<string, unknown> = {};
          for (const name of stores) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              // Timestamps aside, rows as stored.
              out[name] = name === 'resolved' ? all.result.length : JSON.stringify(all.result, (k, v) => (k === 'updatedAt' || k === 'addedAt' ? 0 : v));
            };
          }
          tx.oncomplete = () => {
            db.close();
            ok(JSON.stringify(out));
          };
        };
      }),
  );
}

/** Waits until the background has installed the seed (extension pages also do it when they open). */
export async function waitForSeed(extPage: TestPage): Promise<void> {
  await extPage.waitFor(
    () =>
      new Promise((ok) => {
        const req = indexedDB.open('openness-lens');
        req.onerror = () => ok(false);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('meta')) return ok(false);
          const get = db.transaction('meta').objectStore('meta').get('seed');
          get.onsuccess = () => {
            db.close();
            ok(Boolean(get.result));
          };
          get.onerror = () => ok(false);
        };
      }),
    undefined,
    20_000,
  );
}

/** A minimal valid entity for import files. */
export function plainEntity(id: string, names: { en: string; ar: string }, aliases: string[], extra: Record<string, unknown> = {}) {
  return { id, kind: 'model', name: names, aliases: aliases.map((text) => ({ text })), summary: { en: '', ar: '' }, ...extra };
}

export function kbFile(entities: unknown[], userNotes: unknown[] = []): string {
  return JSON.stringify({ format: 'openness-lens-kb', version: 1, entities, userNotes });
}
