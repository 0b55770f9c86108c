/**
 * Keyboard commands (declared under `commands` in wxt.config.ts):
 * - toggle-site: turn highlighting on or off for the active tab's site;
 * - next-mention / previous-mention: move through the page's mentions.
 * `_execute_action` opens the popup and needs no handler.
 *
 * The extension holds no "tabs" permission, so it cannot read a tab's URL;
 * the site of a tab comes from the content script's own report (`hostOfTab`).
 */
import { browser } from 'wxt/browser';
import { sendToContent } from '../../lib/messages';
import { readSettings, SETTINGS_KEY } from '../../lib/settings';

export interface CommandDeps {
  /** The hostname of the page in that tab, as its content script reported it; null when unknown. */
  hostOfTab(tabId: number): Promise<string | null> | string | null;
}

export function registerCommands(deps: CommandDeps): void {
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    void runCommand(command, tab?.id, deps).catch(() => {
      /* the tab has no content script (a browser page): nothing to do */
    });
  });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return;
  if (command === 'next-mention' || command === 'previous-mention') {
    const direction = command === 'next-mention' ? 1 : -1;
    // The top frame walks the page's mentions; frames answer only when asked.
    await sendToContent((message) => browser.tabs.sendMessage(id, message, { frameId: 0 }), { type: 'stepMention', direction });
  } else if (command === 'toggle-site') {
    const host = await deps.hostOfTab(id);
    if (host) await toggleSite(host);
  }
}

/** Flips the site in the excluded list; the content scripts follow the settings change. */
export async function toggleSite(hostname: string): Promise<void> {
  const host = hostname.toLowerCase();
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const settings = readSettings(stored[SETTINGS_KEY]);
  const excluded = settings.excludedSites.includes(host)
    ? settings.excludedSites.filter((h) => h !== host)
    : [...settings.excludedSites, host];
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, excludedSites: excluded } });
}
