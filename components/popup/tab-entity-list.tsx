/**
 * The entities mentioned in the tab as a compact list, one line each (name,
 * status in words, mention count), grouped by status (open first, unknown
 * last). Companies and organizations have no status: they come in their own
 * group, each with the models it makes and their statuses. A line opens the
 * entity as its own view.
 */
import type { JSX } from 'preact';
import { getEntities, modelsOf } from '../../lib/kb/queries';
import { STATUSES, type Entity, type Status } from '../../lib/kb/schema';
import { entityStatus } from '../../lib/kb/status';
import type { EntityCount } from '../../lib/messages';
import { isMaker } from '../entity-detail';
import { nameIn, useLang, useT } from '../i18n';
import { StatusBadge } from '../status-badge';
import { useLiveQuery } from '../use-live-query';

interface Row {
  id: string;
  count: number;
  status: Status;
  entity?: Entity;
  maker?: Entity;
  /** For a company: what it makes, as recorded. */
  models?: Entity[];
}

/** How many of a company's models its line lists before "+N". */
const MODELS_SHOWN = 5;

/** Rows grouped by status in the scale's order; within a group, most mentioned first. */
export function groupByStatus(rows: Row[]): Array<{ status: Status; rows: Row[] }> {
  return STATUSES.map((status) => ({
    status,
    rows: rows.filter((r) => r.status === status).sort(byCount),
  })).filter((g) => g.rows.length > 0);
}

function byCount(a: Row, b: Row): number {
  return b.count - a.count || a.id.localeCompare(b.id);
}

export function TabEntityList({ counts, onOpen }: { counts: EntityCount[]; onOpen: (id: string, count: number) => void }): JSX.Element {
  const t = useT();
  const key = counts.map((c) => `${c.entity}:${c.count}`).join(',');
  // Bulk reads (the entities, then their makers) rather than a few reads per row:
  // with a large knowledge base the popup should cost what the page mentions, nothing more.
  const result = useLiveQuery(async () => {
    const entities = await getEntities(counts.map((c) => c.entity));
    const makerIds = [...new Set(entities.flatMap((e) => (e?.maker ? [e.maker] : [])))];
    const makerList = await getEntities(makerIds);
    const makers = new Map(makerIds.map((id, i) => [id, makerList[i]]));
    return Promise.all(
      counts.map(async (c, i): Promise<Row> => {
        const entity = entities[i];
        // The stored status wins over the page's report: the user may have edited it since.
        const status = entity ? entityStatus(entity) : c.status;
        const models = entity && isMaker(entity) ? await modelsOf(entity.id) : undefined;
        return { id: c.entity, count: c.count, status, entity, maker: entity?.maker ? makers.get(entity.maker) : undefined, models };
      }),
    );
  }, [key]);
  if (result.state !== 'ready') return <p class="ol-muted">{t('loading')}</p>;
  const mentionsOf = new Map(counts.map((c) => [c.entity, c.count]));
  const companies = result.value.filter((r) => r.models).sort(byCount);
  const assessed = result.value.filter((r) => !r.models);
  return (
    <div class="ol-groups">
      {groupByStatus(assessed).map((group) => (
        <section key={group.status} class="ol-group" data-status-group={group.status} aria-labelledby={`ol-group-${group.status}`}>
          <h3 class="ol-group-title" id={`ol-group-${group.status}`}>
            <StatusBadge status={group.status} />
            <span class="ol-muted"> ({group.rows.length})</span>
          </h3>
          <ul class="ol-entity-list">
            {group.rows.map((row) => (
              <EntityLine key={row.id} row={row} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      ))}
      {companies.length ? (
        <section class="ol-group" data-status-group="makers" aria-labelledby="ol-group-makers">
          <h3 class="ol-group-title" id="ol-group-makers">
            {t('popup_companies')}
            <span class="ol-muted"> ({companies.length})</span>
          </h3>
          <ul class="ol-entity-list">
            {companies.map((row) => (
              <CompanyLine key={row.id} row={row} onOpen={(id) => onOpen(id, mentionsOf.get(id) ?? 0)} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function EntityLine({ row, onOpen }: { row: Row; onOpen: (id: string, count: number) => void }): JSX.Element {
  const t = useT();
  const lang = useLang();
  return (
    <li class="ol-entity" data-entity={row.id} data-count={row.count}>
      <button type="button" class="ol-entity-open" onClick={() => onOpen(row.id, row.count)}>
        <span class="ol-entity-name">
          <bdi>{row.entity ? nameIn(lang, row.entity.name) : row.id}</bdi>
          {row.maker ? (
            <span class="ol-muted">
              {' · '}
              <bdi>{nameIn(lang, row.maker.name)}</bdi>
            </span>
          ) : null}
        </span>
        <StatusBadge status={row.status} />
        <span class="ol-count" data-count-text>
          {t('mentions_count', row.count)}
        </span>
      </button>
    </li>
  );
}

/** A company's line: its name and mentions, then the models it makes with their statuses. */
function CompanyLine({ row, onOpen }: { row: Row; onOpen: (id: string) => void }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const models = row.models ?? [];
  const name = row.entity ? nameIn(lang, row.entity.name) : row.id;
  return (
    <li class="ol-entity ol-company" data-entity={row.id} data-count={row.count} data-kind="company">
      <button type="button" class="ol-entity-open" onClick={() => onOpen(row.id)}>
        <span class="ol-entity-name">
          <bdi>{name}</bdi>
        </span>
        <span class="ol-count" data-count-text>
          {t('mentions_count', row.count)}
        </span>
      </button>
      {models.length ? (
        <ul class="ol-company-models" aria-label={t('popup_models_of', name)}>
          {models.slice(0, MODELS_SHOWN).map((m) => (
            <li key={m.id} data-model={m.id}>
              <button type="button" class="ol-model-open" onClick={() => onOpen(m.id)}>
                <bdi>{nameIn(lang, m.name)}</bdi>
                {isMaker(m) ? null : <StatusBadge status={entityStatus(m)} />}
              </button>
            </li>
          ))}
          {models.length > MODELS_SHOWN ? <li class="ol-muted">+{models.length - MODELS_SHOWN}</li> : null}
        </ul>
      ) : (
        <p class="ol-muted ol-company-models">{t('popup_no_models')}</p>
      )}
    </li>
  );
}
