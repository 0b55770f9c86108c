// The toolbar popup: wires the browser's tabs and messages to the popup UI.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToContent } from '../../lib/messages';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupEnv } from '../../components/popup/popup-env';
import { ensureKbSoon } from '../../lib/kb/ensure-kb';
import '../../components/ui.css';
import '../../components/popup/popup.css';

/** ?tabId=N (tests, and pages that open the popup for a tab) selects the tab; else the active tab. */
async function resolveTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const inToolbar = !new URLSearchParams(location.search).has('tabId');

function makeEnv(tabId: number | null): PopupEnv {
  return {
    tabId,
    async getSummary(id) {
      const post = (message: unknown) => browser.runtime.sendMessage(message);
      // undefined when no background listener answered (it was restarting).
      return (await sendToBackground(post, { type: 'getTabSummary', tabId: id })) ?? null;
    },
    async getTabUrl(id) {
      return (await browser.tabs.get(id)).url;
    },
    async jumpToMention(id, entity, index) {
      const post = (message: unknown) => browser.tabs.sendMessage(id, message, { frameId: 0 });
      return (await sendToContent(post, { type: 'jumpToMention', entity, index })) === true;
    },
    openSidePanel: sidePanelOpener(tabId),
    openOptions(hash) {
      const url = browser.runtime.getURL('/options.html') + (hash ? `#${hash}` : '');
      void browser.tabs.create({ url }).then(() => {
        if (inToolbar) window.close();
      });
    },
  };
}

/** Chrome's side panel or Firefox's sidebar; undefined where the browser has neither. */
function sidePanelOpener(tabId: number | null): (() => void) | undefined {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome
    ?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (chromeSidePanel && tabId !== null) {
    return () => void chromeSidePanel.open({ tabId }).then(() => inToolbar && window.close(), () => {});
  }
  if (sidebar) return () => void sidebar.open().then(() => inToolbar && window.close(), () => {});
  return undefined;
}

void ensureKbSoon();
void resolveTabId().then((tabId) => render(<PopupApp env={makeEnv(tabId)} />, document.getElementById('app')!));
