// Finds and paints mentions in the page. Wiring only; the logic lives in lib/dom and lib/match.
import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../../lib/match/alias-index';
import { CONTENT_REQUEST_TYPES, isFromExtension, isRequestOf, type ContentRequests } from '../../lib/messages';
import { ALIAS_INDEX_KEY, readSettings, SETTINGS_KEY } from '../../lib/settings';
import { createPageLens } from './page-lens';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main() {
    const lens = createPageLens(document);
    let stored = await browser.storage.local.get([SETTINGS_KEY, ALIAS_INDEX_KEY]);
    const apply = () =>
      lens.update(readSettings(stored[SETTINGS_KEY]), (stored[ALIAS_INDEX_KEY] as CompiledIndex | undefined) ?? null);
    apply();

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes || ALIAS_INDEX_KEY in changes)) return;
      stored = { ...stored };
      for (const key of [SETTINGS_KEY, ALIAS_INDEX_KEY]) if (key in changes) stored[key] = changes[key]!.newValue;
      apply();
    });

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isFromExtension(sender, browser.runtime.id)) return undefined;
      if (!isRequestOf<ContentRequests>(CONTENT_REQUEST_TYPES, message)) return undefined;
      if (message.type === 'stepMention') return Promise.resolve(lens.step(message.direction === -1 ? -1 : 1));
      if (message.type === 'listMentions') return Promise.resolve(lens.mentions());
      const found = lens.jump(String(message.entity), Number(message.index) || 0);
      if (found) return Promise.resolve(true);
      // The first frame to answer wins: a frame without the mention stays silent,
      // and the top frame says "not found" only after the others had time to answer.
      if (window !== window.top) return undefined;
      return new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 300));
    });
  },
});
