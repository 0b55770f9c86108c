/**
 * What the side panel needs from the browser, as one interface: the
 * entrypoint passes the real extension APIs.
 */
import type { PageMention, TabSummary } from '../../lib/messages';

export interface PanelEnv {
  /** The tab the panel describes: the active tab of its window, or the one pinned by ?tabId=N. */
  currentTabId(): Promise<number | null>;
  /** Calls `onChange` when another tab becomes active or the tab loads a new page; returns the unsubscribe. */
  watchTabs(onChange: () => void): () => void;
  getSummary(tabId: number): Promise<TabSummary | null>;
  listMentions(tabId: number): Promise<PageMention[]>;
  /** Scrolls the page to the entity's `index`-th mention and marks it; false when it is gone. */
  jumpToMention(tabId: number, entity: string, index: number): Promise<boolean>;
  copyText(text: string): Promise<void>;
}
