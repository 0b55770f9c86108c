/**
 * One entity's full detail in the popup, read live from the knowledge base,
 * with the user's note editable in place and "jump to mention" for entities
 * found on the page.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { getKb, setNote } from '../../lib/kb/db';
import { getEntity, getEntry } from '../../lib/kb/queries';
import { EntityDetail } from '../entity-detail';
import { claimMentionIndex, type PageClaim } from '../entity-extras';
import { nameIn, useLang, useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import type { PopupEnv } from './popup-env';

export interface EntryPanelProps {
  id: string;
  env: PopupEnv;
  /** Mentions of this entity on the page; 0 or absent hides "jump to mention". */
  count?: number;
  /** The page's claims (all entities); this entity's are shown. */
  claims?: PageClaim[];
}

export function EntryPanel({ id, env, count = 0, claims = [] }: EntryPanelProps): JSX.Element {
  const t = useT();
  const lang = useLang();
  const result = useLiveQuery(async () => {
    const entry = await getEntry(id);
    const maker = entry?.entity.maker ? await getEntity(entry.entity.maker) : undefined;
    return { entry, maker };
  }, [id]);

  if (result.state === 'loading') return <p class="ol-muted">{t('loading')}</p>;
  if (result.state === 'error' || !result.value.entry) return <p>{t('entity_missing', id)}</p>;
  const { entry, maker } = result.value;

  async function saveNote(text: string) {
    const saved = await setNote(getKb(), id, text);
    if (!saved.ok) throw new Error(saved.problems.map((p) => p.message).join('; '));
  }

  return (
    <EntityDetail
      entity={entry.entity}
      makerName={maker ? nameIn(lang, maker.name) : undefined}
      origin={entry.origin}
      note={entry.note ?? ''}
      onSaveNote={saveNote}
      pageClaims={claims.filter((c) => c.entity === id && c.claim !== null)}
      onJumpToClaim={
        env.tabId === null
          ? undefined
          : (claim) => void env.jumpToMention(env.tabId!, id, claimMentionIndex(claims, claim)).catch(() => false)
      }
    >
      {count > 0 && env.tabId !== null ? <JumpButton tabId={env.tabId} entity={id} count={count} env={env} /> : null}
      <button type="button" class="ol-button" onClick={() => env.openOptions(`entity=${encodeURIComponent(id)}`)}>
        {t('more_details')}
      </button>
    </EntityDetail>
  );
}

/** Each press moves to the entity's next mention on the page, wrapping after the last. */
function JumpButton({ tabId, entity, count, env }: { tabId: number; entity: string; count: number; env: PopupEnv }): JSX.Element {
  const t = useT();
  const [next, setNext] = useState(0);
  const [message, setMessage] = useState('');
  async function jump() {
    const index = next % count;
    const found = await env.jumpToMention(tabId, entity, index).catch(() => false);
    setMessage(found ? t('jump_position', index + 1, count) : t('jump_failed'));
    setNext(index + 1);
  }
  return (
    <>
      <button type="button" class="ol-button ol-primary" data-jump={entity} onClick={() => void jump()}>
        {t('jump_to_mention')}
      </button>
      <span role="status" class="ol-live" data-jump-status>
        {message}
      </span>
    </>
  );
}
