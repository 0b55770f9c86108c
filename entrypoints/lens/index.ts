// Finds and paints mentions in the page. Wiring only; the logic lives in lib/dom and lib/match.
//
// Built as an unlisted script and declared in the manifest by wxt.config.ts (every frame of every page, at
// document_start, with highlights.css): a content script entrypoint would wrap main() in the framework's
// ContentScriptContext, about 2.6 KB of every page's script that this one never uses.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { answerWith, CONTENT_REQUEST_TYPES, type ContentRequests, type HandlerTable } from '../../lib/messages';
import { asMatchIndex } from '../../lib/match/alias-index';
import { decodeMatchData, type MatchData } from '../../lib/match/match-data';
import { MATCH_DATA_KEY, readSettings, SETTINGS_KEY } from '../../lib/settings';
import { createPageLens, type PageLens } from './page-lens';
import { domComplete } from '../../lib/dom/page-yield';

export default defineUnlistedScript({
  async main() {
    const KEYS = [SETTINGS_KEY, MATCH_DATA_KEY];
    let stored: Record<string, unknown> | null = null;
    let lens: PageLens | null = null;
    // Parsed once per stored string, not again on every settings change.
    let parsedFrom: unknown;
    let data: MatchData | null = null;
    const apply = () => {
      const raw = stored?.[MATCH_DATA_KEY];
      if (raw !== parsedFrom) [parsedFrom, data] = [raw, decodeMatchData(raw)];
      lens?.update(readSettings(stored?.[SETTINGS_KEY]), data?.index ?? null, data?.cues ?? null);
    };
    // Followed from the start: a change while the page still parses (the index
    // published on first install) is laid over the first read, in order.
    const early: Record<string, unknown>[] = [];
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !KEYS.some((key) => key in changes)) return;
      const next: Record<string, unknown> = {};
      for (const key of KEYS) if (key in changes) next[key] = changes[key]!.newValue;
      if (!stored) return void early.push(next);
      stored = { ...stored, ...next };
      apply();
    });
    const reading = browser.storage.local.get(KEYS).then((got) => {
      // Read before the page's DOM is complete (a long page still parsing): the top
      // frame gets its index ready now, so the first reading after DOMContentLoaded
      // does not start by building it.
      if (document.readyState === 'loading' && window === window.top) {
        [parsedFrom, data] = [got[MATCH_DATA_KEY], decodeMatchData(got[MATCH_DATA_KEY])];
        if (data) asMatchIndex(data.index);
      }
      return got;
    });
    await domComplete(document);
    lens = createPageLens(document);
    stored = Object.assign({}, await reading, ...early);
    apply();

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
    const answer = answerWith(CONTENT_REQUEST_TYPES, handlers, () => browser.runtime.id);
    // This script has the browser's own API, not the polyfill (see wxt.config.ts): Chromium
    // ignores a promise returned by the listener, so the answer goes through sendResponse,
    // kept open by returning true; false leaves the message to another frame. Firefox
    // honours the same form.
    const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      const reply = answer(message, sender);
      if (!reply) return false;
      void reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
  },
});
