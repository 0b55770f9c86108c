/**
 * What the popup needs from the browser, as one interface: the entrypoint
 * passes the real extension APIs, unit tests pass fakes.
 */
import type { TabSummary } from '../../lib/messages';

export interface PopupEnv {
  /** The tab the popup describes (?tabId=N, else the active tab); null when there is none. */
  tabId: number | null;
  /** The background's mention summary of the tab; null when the tab has none. */
  getSummary(tabId: number): Promise<TabSummary | null>;
  /** The tab's address when the browser reveals it (it may not, without the tabs permission). */
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Scrolls the page to the entity's `index`-th mention; false when it is gone. */
  jumpToMention(tabId: number, entity: string, index: number): Promise<boolean>;
  /** Opens the options page, optionally at a hash such as "entity=llama". */
  openOptions(hash?: string): void;
  /** Opens the side panel (Chrome) or sidebar (Firefox); absent where the browser has neither. */
  openSidePanel?(): void;
}

/** Why the popup has no list to show. */
export type PageState = 'loading' | 'ready' | 'empty' | 'unsupported' | 'not-scanned';

/** Whether content scripts can run at this address at all. */
export function isScannableUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return false;
    // Extension stores refuse content scripts.
    const host = parsed.hostname;
    if (host === 'chromewebstore.google.com' || host === 'addons.mozilla.org') return false;
    if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return false;
    return true;
  } catch {
    return false;
  }
}

export function pageStateOf(summary: TabSummary | null | undefined, url: string | undefined): PageState {
  if (summary === undefined) return 'loading';
  if (summary?.unsupported) return 'unsupported';
  if (summary === null) {
    if (url === undefined || !isScannableUrl(url)) return 'unsupported';
    return 'not-scanned';
  }
  if (!isScannableUrl(summary.url)) return 'unsupported';
  return summary.entities.length ? 'ready' : 'empty';
}

/** The site a summary's page belongs to (for the per-site switch); null for non-web pages. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
