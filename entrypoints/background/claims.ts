/**
 * The background side of the open-washing check: a page's lens sends the
 * sentences that hold its mentions (`checkClaims`), and the check reads them
 * against the records as the user has them (the resolved view, so edits
 * count). The check runs here, not in the page, so the content script stays
 * small; nothing leaves the browser.
 */
import { checkPassages } from '../../lib/claims/passages';
import { shippedCueBook } from '../../lib/claims/shipped-cues';
import type { EntityRecord } from '../../lib/claims/types';
import { entityRecord } from '../../lib/claims/verdict';
import type { MentionClaim } from '../../lib/messages';
import { entitiesById } from './card';

/** Each mentioned entity's record, from the resolved view (see entitiesById). */
async function recordsOf(ids: string[]): Promise<Map<string, EntityRecord>> {
  const entities = await entitiesById(ids);
  return new Map(entities.flatMap((e) => (e ? [[e.id, entityRecord(e)] as const] : [])));
}

export async function checkClaims(passages: unknown): Promise<MentionClaim[][]> {
  if (!Array.isArray(passages)) return [];
  const ids = new Set<string>();
  for (const p of passages) for (const m of Array.isArray(p?.mentions) ? p.mentions : []) if (typeof m?.entity === 'string') ids.add(m.entity);
  const records = await recordsOf([...ids].slice(0, 2000));
  return checkPassages(passages, (id) => records.get(id), shippedCueBook());
}
