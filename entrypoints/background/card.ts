/**
 * The background side of the in-page card: `getCard` reads the entity from
 * the knowledge base (the resolved view, so the user's edits show) and
 * answers with what the card shows, in the requested language; `openEntry`
 * opens the entity in the options page (see handlers.ts).
 */
import { browser } from 'wxt/browser';
import { kindLabel, nameIn, statusLabel, translate, type Lang } from '../../lib/ui-strings';
import { getEntity } from '../../lib/kb/queries';
import type { Entity } from '../../lib/kb/schema';
import { entityStatus } from '../../lib/kb/status';
import { SEED } from '../../lib/kb/seed';
import type { CardData } from '../../lib/messages';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function cardDataOf(entity: Entity, lang: Lang, maker?: Entity): Promise<CardData> {
  const status = entityStatus(entity);
  const claim = entity.articleClaims?.find((c) => c.claimedStatus && c.claimedStatus !== status);
  const risk = entity.risks?.[0]?.text[lang];
  const data: CardData = {
    id: entity.id,
    lang,
    name: { en: entity.name.en, ar: entity.name.ar },
    kind: entity.kind,
    status,
    reason: oneLine(entity.assessment?.reason[lang] ?? translate(lang, 'detail_no_assessment')),
    labels: {
      kind: kindLabel(lang, entity.kind),
      status: statusLabel(lang, status),
      maker: translate(lang, 'detail_maker'),
      articleSays: translate(lang, 'detail_article_claim'),
      recordShows: translate(lang, 'detail_record_shows'),
      risk: translate(lang, 'detail_risks'),
      more: translate(lang, 'more_details'),
      close: translate(lang, 'card_close'),
    },
  };
  if (maker) data.maker = { id: maker.id, name: nameIn(lang, maker.name) };
  if (claim?.claimedStatus) {
    data.claim = { quoteAr: claim.quoteAr, en: claim.en, claimedStatus: claim.claimedStatus };
    data.labels.claimedStatus = statusLabel(lang, claim.claimedStatus);
  }
  if (risk) data.risk = oneLine(risk);
  return data;
}

/** The resolved entity; the shipped one while the database is still being seeded. */
async function entityById(id: string): Promise<Entity | undefined> {
  const stored = await getEntity(id).catch(() => undefined);
  return stored ?? SEED.entities.find((e) => e.id === id);
}

export async function getCard(id: string, lang: Lang): Promise<CardData | null> {
  const entity = await entityById(id);
  if (!entity) return null;
  const maker = entity.maker ? await entityById(entity.maker) : undefined;
  return cardDataOf(entity, lang, maker);
}

/** The options page's address for one entry. */
export function entryUrl(id: string): string {
  return browser.runtime.getURL(`/options.html#entity=${encodeURIComponent(id)}`);
}
