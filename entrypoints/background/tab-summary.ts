/**
 * Per-tab mention summaries and the toolbar badge.
 *
 * Each frame's content script reports its tally (`reportMentions`); the
 * background keeps the tallies in storage.session, because an MV3 service
 * worker can be stopped at any time and must find them again, sets the badge
 * to the number of distinct entities, and answers the popup (`getTabSummary`;
 * see handlers.ts).
 * A tab's tallies go when it starts loading a new page or closes.
 */
import { browser } from 'wxt/browser';
import { badgeText, readClaims, readEntityCounts, summarizeTab, withFrameReport, type TabRecord } from '../../lib/page/summarize-tab';
import type { TabSummary } from '../../lib/messages';

const KEY_PREFIX = 'tab:';
const keyOf = (tabId: number) => KEY_PREFIX + tabId;

// Reports from several frames arrive together: read-modify-write one at a time.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

async function readRecord(tabId: number): Promise<TabRecord | undefined> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return stored[keyOf(tabId)] as TabRecord | undefined;
}

function action() {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function setBadge(tabId: number, summary: TabSummary): Promise<void> {
  try {
    await action().setBadgeText({ tabId, text: badgeText(summary) });
  } catch {
    /* the tab closed meanwhile */
  }
}

export function recordReport(tabId: number, frameId: number, url: string, entities: unknown, claims?: unknown): Promise<void> {
  return serially(async () => {
    const record = withFrameReport(await readRecord(tabId), frameId, url, readEntityCounts(entities), readClaims(claims));
    await browser.storage.session.set({ [keyOf(tabId)]: record });
    await setBadge(tabId, summarizeTab(tabId, record));
  });
}

export function clearTab(tabId: number, badge = true): Promise<void> {
  return serially(async () => {
    await browser.storage.session.remove(keyOf(tabId));
    if (badge) await setBadge(tabId, summarizeTab(tabId, undefined));
  });
}

export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  await queue;
  const record = await readRecord(tabId);
  return record ? summarizeTab(tabId, record) : null;
}

/** The hostname of the page in a tab, from its top frame's report (the extension cannot read tab URLs). */
export async function hostOfTab(tabId: number): Promise<string | null> {
  const url = (await readRecord(tabId))?.url;
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Forgets a tab's tallies when it loads a new page or closes. */
export function registerTabSummary(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new page starts loading in the tab: its frames will report afresh.
    if (changeInfo.status === 'loading') void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId, false));
}
