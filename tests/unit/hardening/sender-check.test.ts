/**
 * The background answers only the extension's own contexts: a message whose
 * sender is another extension (or has no id, as a web page's would) is
 * neither answered nor allowed to change a tab's summary.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BACKGROUND_HANDLERS } from '../../../entrypoints/background/handlers';
import { registerTabSummary } from '../../../entrypoints/background/tab-summary';
import { answerWith, BACKGROUND_REQUEST_TYPES, isFromExtension } from '../../../lib/messages';

const OWN = { id: fakeBrowser.runtime.id, tab: { id: 5 } as never, frameId: 0 };
const STRANGERS = [
  { id: 'another-extension-id', tab: { id: 5 } as never, frameId: 0 },
  { tab: { id: 5 } as never, frameId: 0, url: 'https://evil.example/' },
  { id: '', tab: { id: 5 } as never, frameId: 0 },
];
const REPORT = { type: 'reportMentions', url: 'https://news.example/a', entities: [{ entity: 'qwen', count: 3, status: 'open-weights' }] };

/** What the listeners answered (undefined: not answered). */
async function send(message: unknown, sender: unknown): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never);
}

describe('isFromExtension', () => {
  it('accepts the extension’s own id only', () => {
    expect(isFromExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromExtension({ id: 'abd' }, 'abc')).toBe(false);
    expect(isFromExtension({}, 'abc')).toBe(false);
    expect(isFromExtension(undefined, 'abc')).toBe(false);
    // A missing own id (a cut-off context) never matches a missing sender id.
    expect(isFromExtension({}, undefined)).toBe(false);
    expect(isFromExtension({ id: '' }, '')).toBe(false);
  });
});

describe('the background’s message listeners', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerTabSummary();
    // As entrypoints/background/index.ts registers it.
    fakeBrowser.runtime.onMessage.addListener(answerWith(BACKGROUND_REQUEST_TYPES, BACKGROUND_HANDLERS, () => fakeBrowser.runtime.id));
  });

  it('record a content script’s report and answer the popup', async () => {
    await send(REPORT, OWN);
    const answers = await send({ type: 'getTabSummary', tabId: 5 }, { id: fakeBrowser.runtime.id });
    expect(answers.find(Boolean)).toMatchObject({ tabId: 5, entities: [{ entity: 'qwen', count: 3 }] });
  });

  it.each(STRANGERS)('ignore a report from a stranger (%o), leaving the summary as it was', async (stranger) => {
    await send(REPORT, OWN);
    const forged = { ...REPORT, entities: [{ entity: 'openai', count: 99, status: 'open' }] };
    expect((await send(forged, stranger)).every((a) => a === undefined)).toBe(true);
    const [summary] = (await send({ type: 'getTabSummary', tabId: 5 }, OWN)).filter(Boolean);
    expect(summary).toMatchObject({ entities: [{ entity: 'qwen', count: 3 }] });
  });

  it.each(STRANGERS)('answer no summary and no card to a stranger (%o)', async (stranger) => {
    await send(REPORT, OWN);
    expect((await send({ type: 'getTabSummary', tabId: 5 }, stranger)).every((a) => a === undefined)).toBe(true);
    expect((await send({ type: 'getCard', id: 'qwen', lang: 'en' }, stranger)).every((a) => a === undefined)).toBe(true);
    expect((await send({ type: 'openEntry', id: 'qwen' }, stranger)).every((a) => a === undefined)).toBe(true);
  });

  it('answer the card to the extension’s own content script', async () => {
    const card = (await send({ type: 'getCard', id: 'qwen', lang: 'en' }, OWN)).find(Boolean);
    expect(card).toMatchObject({ id: 'qwen', status: 'open-weights' });
  });
});
