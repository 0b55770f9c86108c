/**
 * Helpers shared by the highlighting and card end-to-end tests: reading what
 * the extension found through its own message protocol, the badge, and the
 * highlights the page shows.
 */
import type { ExtensionBrowser, TestPage } from '../../harness';
import type { EntityCount, TabSummary } from '../../lib/messages';

/** An extension page to talk to the background from (as the popup does). */
export async function extensionPage(browser: ExtensionBrowser): Promise<TestPage> {
  return browser.openExtensionPage('popup.html');
}

export async function tabSummary(ext: TestPage, tabId: number): Promise<TabSummary | null> {
  return ext.evaluate(
    (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'getTabSummary', tabId: id }),
    tabId,
  );
}

/** Entity → count, for exact comparisons. */
export function countsOf(summary: TabSummary | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of summary?.entities ?? []) out[e.entity] = e.count;
  return out;
}

/** Polls the tab's summary until it equals `expected` (entity → count); returns the last one seen. */
export async function waitForCounts(
  ext: TestPage,
  tabId: number,
  expected: Record<string, number>,
  timeoutMs = 15_000,
): Promise<Record<string, number>> {
  const until = Date.now() + timeoutMs;
  let last: Record<string, number> = {};
  while (Date.now() < until) {
    last = countsOf(await tabSummary(ext, tabId));
    if (JSON.stringify(sorted(last)) === JSON.stringify(sorted(expected))) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  return last;
}

function sorted(o: Record<string, number>): Array<[string, number]> {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.evalInExtension((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Status highlights registered on the page: name → the text of each range. */
export async function highlightedTexts(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as any).highlights as Map<string, Set<AbstractRange>> | undefined;
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      // The status highlights only: the overstated-claim and current-mention marks lie over them.
      if (name === 'ol-overstated' || name === 'ol-current') continue;
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }
    return out;
  });
}

export function totalHighlights(h: Record<string, string[]>): number {
  return Object.values(h).reduce((n, list) => n + list.length, 0);
}

/** Writes settings as the options page would. */
export async function setSettings(ext: TestPage, patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (p) => {
    const chrome = (globalThis as any).chrome;
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, ...p } });
  }, patch);
}

export type { EntityCount };
