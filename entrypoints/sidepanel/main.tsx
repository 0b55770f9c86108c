// The side panel (Chrome) / sidebar (Firefox): wires the browser's tabs and messages to the panel UI.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToContent, type Post } from '../../lib/messages';
import { SidePanelApp } from '../../components/sidepanel/side-panel-app';
import type { PanelEnv } from '../../components/sidepanel/panel-env';
import { ensureKbSoon } from '../../lib/kb/ensure-kb';
import '../../components/ui.css';
import '../../components/sidepanel/sidepanel.css';

/** ?tabId=N pins the panel to one tab (tests, screenshots); else it follows the active tab. */
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

const toBackground: Post = (message) => browser.runtime.sendMessage(message);
const toTopFrame = (tabId: number): Post => (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

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
    // undefined when no background listener answered (it was restarting).
    return (await sendToBackground(toBackground, { type: 'getTabSummary', tabId })) ?? null;
  },
  async listMentions(tabId) {
    const answer = await sendToContent(toTopFrame(tabId), { type: 'listMentions' });
    return Array.isArray(answer) ? answer : [];
  },
  async jumpToMention(tabId, entity, index) {
    return (await sendToContent(toTopFrame(tabId), { type: 'jumpToMention', entity, index })) === true;
  },
  copyText: (text) => navigator.clipboard.writeText(text),
};

void ensureKbSoon();
render(<SidePanelApp env={env} />, document.getElementById('app')!);
