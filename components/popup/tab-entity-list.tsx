/**
 * The entities mentioned in the tab, grouped by status (open first, unknown
 * last), each with its mention count, maker and status badge, and
 * expandable to its full detail.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { getEntities } from '../../lib/kb/queries';
import { STATUSES, type Entity, type Status } from '../../lib/kb/schema';
import { entityStatus } from '../../lib/kb/status';
import type { EntityCount } from '../../lib/messages';
import { nameIn, useLang, useT } from '../i18n';
import { StatusBadge } from '../status-badge';
import { useLiveQuery } from '../use-live-query';
import { EntryPanel } from './entry-panel';
import type { PopupEnv } from './popup-env';

interface Row {
  id: string;
  count: number;
  status: Status;
  entity?: Entity;
  maker?: Entity;
}

/** Rows grouped by status in the scale's order; within a group, most mentioned first. */
export function groupByStatus(rows: Row[]): Array<{ status: Status; rows: Row[] }> {
  return STATUSES.map((status) => ({
    status,
    rows: rows.filter((r) => r.status === status).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  })).filter((g) => g.rows.length > 0);
}

export function TabEntityList({ counts, env }: { counts: EntityCount[]; env: PopupEnv }): JSX.Element {
  const t = useT();
  const key = counts.map((c) => `${c.entity}:${c.count}`).join(',');
  // Two bulk reads (the entities, then their makers) rather than a few reads per row:
  // with a large knowledge base the popup should cost what the page mentions, nothing more.
  const result = useLiveQuery(async () => {
    const entities = await getEntities(counts.map((c) => c.entity));
    const makerIds = [...new Set(entities.flatMap((e) => (e?.maker ? [e.maker] : [])))];
    const makerList = await getEntities(makerIds);
    const makers = new Map(makerIds.map((id, i) => [id, makerList[i]]));
    return counts.map((c, i): Row => {
      const entity = entities[i];
      // The stored status wins over the page's report: the user may have edited it since.
      const status = entity ? entityStatus(entity) : c.status;
      return { id: c.entity, count: c.count, status, entity, maker: entity?.maker ? makers.get(entity.maker) : undefined };
    });
  }, [key]);
  if (result.state !== 'ready') return <p class="ol-muted">{t('loading')}</p>;
  return (
    <div class="ol-groups">
      {groupByStatus(result.value).map((group) => (
        <section key={group.status} class="ol-group" data-status-group={group.status}>
          <h3 class="ol-group-title">
            <StatusBadge status={group.status} />
            <span class="ol-muted"> ({group.rows.length})</span>
          </h3>
          <ul class="ol-entity-list">
            {group.rows.map((row) => (
              <EntityItem key={row.id} row={row} env={env} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function EntityItem({ row, env }: { row: Row; env: PopupEnv }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const panelId = `ol-entry-${row.id}`;
  return (
    <li class="ol-entity" data-entity={row.id} data-count={row.count}>
      <button type="button" class="ol-entity-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span class="ol-entity-name">
          <bdi>{row.entity ? nameIn(lang, row.entity.name) : row.id}</bdi>
          {row.maker ? (
            <span class="ol-muted">
              {' · '}
              <bdi>{nameIn(lang, row.maker.name)}</bdi>
            </span>
          ) : null}
        </span>
        <span class="ol-count" data-count-text>
          {t('mentions_count', row.count)}
        </span>
        <StatusBadge status={row.status} />
      </button>
      {open ? (
        <div id={panelId} class="ol-entry-panel">
          <EntryPanel id={row.id} env={env} count={row.count} />
        </div>
      ) : null}
    </li>
  );
}
