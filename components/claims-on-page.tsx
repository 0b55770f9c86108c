/**
 * "Claims on this page" for the popup and the side panel: every openness
 * claim the page makes, named by its entity in the reader's language, with
 * its verdict against the record and a way to show it on the page.
 */
import type { JSX } from 'preact';
import { getEntities } from '../lib/kb/queries';
import { PageClaims } from './detail-sections';
import type { PageClaim } from './entity-extras';
import { claimMentionIndex } from './entity-extras';
import { nameIn, useLang } from './i18n';
import { useLiveQuery } from './use-live-query';

export function ClaimsOnPage({ claims, onJump }: { claims: PageClaim[]; onJump?: (entity: string, index: number) => void }): JSX.Element | null {
  const lang = useLang();
  const shown = claims.filter((c) => c.claim !== null);
  const ids = [...new Set(shown.map((c) => c.entity))];
  const names = useLiveQuery(async () => new Map((await getEntities(ids)).flatMap((e) => (e ? [[e.id, e.name] as const] : []))), [ids.join(',')]);
  // Shown once the names are read, so the list never flashes an entity id in place of its name; an id stays only
  // where the knowledge base cannot be read.
  if (shown.length === 0 || names.state === 'loading') return null;
  const known = names.state === 'ready' ? names.value : new Map<string, { en: string; ar: string }>();
  const nameOf = (id: string) => {
    const name = known.get(id);
    return name ? nameIn(lang, name) : id;
  };
  return <PageClaims claims={shown} nameOf={nameOf} onJump={onJump ? (c) => onJump(c.entity, claimMentionIndex(claims, c)) : undefined} />;
}
