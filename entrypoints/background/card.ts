/**
 * The background side of the in-page card: `getCard` reads the entity from
 * the knowledge base (the resolved view, so the user's edits show) and
 * answers with what the card shows, in the requested language; `openEntry`
 * opens the entity in the options page (see handlers.ts).
 */
import { browser } from 'wxt/browser';
import { cardDataOf } from '../../lib/card-data';
import { getEntities, getEntry, modelsOf } from '../../lib/kb/queries';
import type { Entity } from '../../lib/kb/schema';
import { SEED } from '../../lib/kb/seed';
import type { CardData } from '../../lib/messages';
import type { Lang } from '../../lib/ui-strings';

/** The resolved entities, in order; the shipped ones while the database is still being seeded. */
export async function entitiesById(ids: readonly string[]): Promise<Array<Entity | undefined>> {
  const stored = await getEntities([...ids]).catch(() => ids.map(() => undefined));
  return ids.map((id, i) => stored[i] ?? SEED.entities.find((e) => e.id === id));
}

async function entityById(id: string): Promise<Entity | undefined> {
  return (await entitiesById([id]))[0];
}

/** The card for an entity, leading with the release `name` gives when the page names one ("Kimi K2"). */
export async function getCard(id: string, lang: Lang, name?: string): Promise<CardData | null> {
  const entry = await getEntry(id).catch(() => undefined);
  const entity = entry?.entity ?? (await entityById(id));
  if (!entity) return null;
  const maker = entity.maker ? await entityById(entity.maker) : undefined;
  const isMaker = entity.kind === 'company' || entity.kind === 'organization';
  const models = isMaker ? await modelsOf(entity.id).catch(() => SEED.entities.filter((e) => e.maker === entity.id)) : undefined;
  return cardDataOf(entity, lang, { maker, models, note: entry?.note, general: SEED.general, name });
}

/** The options page's address for one entry. */
export function entryUrl(id: string): string {
  return browser.runtime.getURL(`/options.html#entity=${encodeURIComponent(id)}`);
}
