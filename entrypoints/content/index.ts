// Finds and paints mentions in the page. Wiring only; the logic lives in lib/dom and lib/match.
import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../../lib/match/alias-index';
import { answerWith, CONTENT_REQUEST_TYPES, type ContentRequests, type HandlerTable } from '../../lib/messages';
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

    const handlers: HandlerTable<ContentRequests> = {
      stepMention: ({ direction }) => Promise.resolve(lens.step(direction === -1 ? -1 : 1)),
      listMentions: () => Promise.resolve(lens.mentions()),
      jumpToMention({ entity, index }) {
        const found = lens.jump(String(entity), Number(index) || 0);
        if (found) return Promise.resolve(true);
        // The first frame to answer wins: a frame without the mention stays silent,
        // and the top frame says "not found" only after the others had time to answer.
        if (window !== window.top) return undefined;
        return new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 300));
      },
    };
    browser.runtime.onMessage.addListener(answerWith(CONTENT_REQUEST_TYPES, handlers, () => browser.runtime.id));
  },
});
