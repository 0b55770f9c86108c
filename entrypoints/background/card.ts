/**
 * The background side of the in-page card: `getCard` reads the entity from
 * the knowledge base (the resolved view, so the user's edits show) and
 * answers with what the card shows, in the requested language; `openEntry`
 * opens the entity in the options page.
 */
import { browser } from 'wxt/browser';
import { cardDataOf } from '../../components/card/card-data';
import type { Lang } from '../../components/i18n-strings';
import { getEntity, getEntry, modelsOf } from '../../lib/kb/queries';
import type { Entity } from '../../lib/kb/schema';
import { SEED } from '../../lib/kb/seed';
import { isFromExtension, type BackgroundRequests, type CardData, type RequestOf } from '../../lib/messages';

export { cardDataOf };

/** The resolved entity; the shipped one while the database is still being seeded. */
async function entityById(id: string): Promise<Entity | undefined> {
  const stored = await getEntity(id).catch(() => undefined);
  return stored ?? SEED.entities.find((e) => e.id === id);
}

export async function getCard(id: string, lang: Lang): Promise<CardData | null> {
  const entry = await getEntry(id).catch(() => undefined);
  const entity = entry?.entity ?? (await entityById(id));
  if (!entity) return null;
  const maker = entity.maker ? await entityById(entity.maker) : undefined;
  const isMaker = entity.kind === 'company' || entity.kind === 'organization';
  const models = isMaker ? await modelsOf(entity.id).catch(() => SEED.entities.filter((e) => e.maker === entity.id)) : undefined;
  return cardDataOf(entity, lang, { maker, models, note: entry?.note, general: SEED.general });
}

/** The options page's address for one entry. */
export function entryUrl(id: string): string {
  return browser.runtime.getURL(`/options.html#entity=${encodeURIComponent(id)}`);
}

export function registerCardHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return undefined;
    const m = message as { type?: unknown };
    if (m?.type === 'getCard') {
      const { id, lang } = message as RequestOf<BackgroundRequests, 'getCard'>;
      if (typeof id !== 'string') return Promise.resolve(null);
      return getCard(id, lang === 'ar' ? 'ar' : 'en');
    }
    if (m?.type === 'openEntry') {
      const { id } = message as RequestOf<BackgroundRequests, 'openEntry'>;
      if (typeof id !== 'string') return undefined;
      return browser.tabs.create({ url: entryUrl(id) }).then(() => undefined);
    }
    return undefined;
  });
}
