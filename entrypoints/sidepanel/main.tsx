// The side panel (Chrome) / sidebar (Firefox): wires the browser's tabs and messages to the panel UI.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { BackgroundRequests, ContentRequests, PageMention, RequestOf, TabSummary } from '../../lib/messages';
import { SidePanelApp } from '../../components/sidepanel/side-panel-app';
import type { PanelEnv } from '../../components/sidepanel/panel-env';
import { ensureKbSoon } from '../../components/ensure-kb';
import '../../components/ui.css';
import '../../components/sidepanel/sidepanel.css';

/** ?tabId=N pins the panel to one tab (tests, screenshots); else it follows the active tab. */
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

const env: PanelEnv = {
  async currentTabId() {
    if (Number.isInteger(pinned) && pinned > 0) return pinned;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  watchTabs(onChange) {
    const onActivated = () => onChange();
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') onChange();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  },
  async getSummary(tabId) {
    const request: RequestOf<BackgroundRequests, 'getTabSummary'> = { type: 'getTabSummary', tabId };
    return ((await browser.runtime.sendMessage(request)) as TabSummary | null | undefined) ?? null;
  },
  async listMentions(tabId) {
    const request: RequestOf<ContentRequests, 'listMentions'> = { type: 'listMentions' };
    const answer = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as PageMention[] | undefined;
    return Array.isArray(answer) ? answer : [];
  },
  async jumpToMention(tabId, entity, index) {
    const request: RequestOf<ContentRequests, 'jumpToMention'> = { type: 'jumpToMention', entity, index };
    return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) === true;
  },
  copyText: (text) => navigator.clipboard.writeText(text),
};

void ensureKbSoon();
render(<SidePanelApp env={env} />, document.getElementById('app')!);
