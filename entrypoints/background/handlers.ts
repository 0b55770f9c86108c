/**
 * The background's answers to the other contexts, one entry per request type
 * of `BackgroundRequests` (lib/messages.ts); the compiler holds the table to
 * that map, so a new request type is one entry here. The request's type has
 * been checked by then, its payload not: each handler checks what it reads,
 * because a message is data from another context.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequests, HandlerTable } from '../../lib/messages';
import { entryUrl, getCard } from './card';
import { checkClaims } from './claims';
import { getTabSummary, recordReport } from './tab-summary';

export const BACKGROUND_HANDLERS: HandlerTable<BackgroundRequests> = {
  reportMentions(request, sender) {
    const tabId = sender.tab?.id;
    // Only content scripts in tabs report; anything else is ignored.
    if (tabId === undefined || tabId < 0) return undefined;
    return recordReport(tabId, sender.frameId ?? 0, String(request.url ?? ''), request.entities, request.claims);
  },
  getTabSummary({ tabId }) {
    return Number.isInteger(tabId) ? getTabSummary(tabId) : Promise.resolve(null);
  },
  getCard({ id, lang, name }) {
    if (typeof id !== 'string') return Promise.resolve(null);
    return getCard(id, lang === 'ar' ? 'ar' : 'en', typeof name === 'string' ? name.slice(0, 200) : undefined);
  },
  openEntry({ id }) {
    if (typeof id !== 'string') return undefined;
    return browser.tabs.create({ url: entryUrl(id) }).then(() => undefined);
  },
  checkClaims({ passages }, sender) {
    // Only a page's lens asks; it sends the sentences around its own mentions.
    if (sender.tab?.id === undefined) return undefined;
    return checkClaims(passages);
  },
};
