/**
 * The message protocol's helpers: a reply's type follows from the request's
 * (checked by the compiler through expectTypeOf), and a context's one
 * listener answers only its own extension, only the listed request types,
 * each with its handler.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  answerWith,
  CONTENT_REQUEST_TYPES,
  sendToBackground,
  sendToContent,
  type CardData,
  type ContentRequests,
  type HandlerTable,
  type TabSummary,
} from '../../lib/messages';

describe('sendToBackground and sendToContent', () => {
  it('post the request as it is and give the reply the type its request implies', async () => {
    const post = vi.fn(async (message: unknown) => ((message as { type: string }).type === 'stepMention' ? true : null));
    const card = sendToBackground(post, { type: 'getCard', id: 'qwen', lang: 'ar' });
    expectTypeOf(card).resolves.toEqualTypeOf<CardData | null>();
    expectTypeOf(sendToBackground(post, { type: 'getTabSummary', tabId: 1 })).resolves.toEqualTypeOf<TabSummary | null>();
    const stepped = sendToContent(post, { type: 'stepMention', direction: -1 });
    expectTypeOf(stepped).resolves.toEqualTypeOf<boolean>();
    expect(await card).toBeNull();
    expect(await stepped).toBe(true);
    expect(post.mock.calls.map(([m]) => m)).toEqual([
      { type: 'getCard', id: 'qwen', lang: 'ar' },
      { type: 'getTabSummary', tabId: 1 },
      { type: 'stepMention', direction: -1 },
    ]);
  });
});

describe('answerWith', () => {
  const table: HandlerTable<ContentRequests> = {
    stepMention: ({ direction }) => Promise.resolve(direction === 1),
    listMentions: () => Promise.resolve([]),
    jumpToMention: ({ entity }, sender) => (entity === 'here' ? Promise.resolve(sender.frameId === 0) : undefined),
  };
  const listen = answerWith(CONTENT_REQUEST_TYPES, table, () => 'own-id');

  it('answers the extension’s own requests with the handler of their type, passing the sender', async () => {
    expect(await listen({ type: 'stepMention', direction: 1 }, { id: 'own-id' })).toBe(true);
    expect(await listen({ type: 'jumpToMention', entity: 'here', index: 0 }, { id: 'own-id', frameId: 0 })).toBe(true);
    // A handler may stay silent, leaving the answer to another frame.
    expect(listen({ type: 'jumpToMention', entity: 'elsewhere', index: 0 }, { id: 'own-id' })).toBeUndefined();
  });

  it('leaves unknown types, non-requests and strangers unanswered', () => {
    expect(listen({ type: 'getCard', id: 'x' }, { id: 'own-id' })).toBeUndefined();
    expect(listen({ type: 'toString' }, { id: 'own-id' })).toBeUndefined();
    expect(listen('stepMention', { id: 'own-id' })).toBeUndefined();
    expect(listen(null, { id: 'own-id' })).toBeUndefined();
    expect(listen({ type: 'stepMention', direction: 1 }, { id: 'another-extension' })).toBeUndefined();
    expect(listen({ type: 'stepMention', direction: 1 }, {})).toBeUndefined();
  });
});
