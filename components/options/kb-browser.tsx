/**
 * Browsing the knowledge base: filters (text, status, kind, maker), the
 * matching entries, and the chosen entry's detail with edit, reset and
 * delete (with undo). A search that finds nothing offers to add the text
 * as a new entity.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteUserEntity, getKb, resetEntity, restoreUserEntity, setNote, type DeletedEntity } from '../../lib/kb/db';
import { problemMessage } from '../../lib/kb/issues';
import { getEntry, listEntities, type ListFilter } from '../../lib/kb/queries';
import { KINDS, STATUSES, type Entity } from '../../lib/kb/schema';
import { entityStatus } from '../../lib/kb/status';
import { byOpenDimensions, ENTITY_SOURCES, hasSource, type EntitySource } from '../../lib/expert/browse';
import { EntityDetail } from '../entity-detail';
import { kindLabel, nameIn, statusLabel, useLang, useT } from '../i18n';
import { StatusBadge } from '../status-badge';
import { useLiveQuery } from '../use-live-query';
import { EntityEditor } from './entity-editor';
import { revealEntry } from './reveal-entry';

export interface KbRoute {
  entity?: string;
  search?: string;
}

export function KbBrowser({ route, navigate }: { route: KbRoute; navigate: (hash: string) => void }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [filter, setFilter] = useState<ListFilter>({ text: route.search ?? '' });
  const [adding, setAdding] = useState<string | null>(null);
  const [undo, setUndo] = useState<DeletedEntity | null>(null);
  const [message, setMessage] = useState('');
  const [source, setSource] = useState<EntitySource | undefined>();
  const [order, setOrder] = useState<'name' | 'open'>('name');

  useEffect(() => {
    if (route.search !== undefined) setFilter((f) => ({ ...f, text: route.search }));
  }, [route.search]);

  const listed = useLiveQuery(() => listEntities(cleanFilter(filter)), [filter.text, filter.status, filter.kind, filter.maker]);
  const makers = useLiveQuery(async () => (await listEntities()).filter((e) => e.kind === 'company' || e.kind === 'organization'), []);
  const makerList = makers.state === 'ready' ? makers.value : [];
  const filtered = listed.state === 'ready' ? listed.value.filter((e) => !source || hasSource(e, source)) : [];
  const entities = order === 'open' ? byOpenDimensions(filtered) : filtered;
  const searchText = filter.text?.trim() ?? '';

  async function remove(entity: Entity) {
    const result = await deleteUserEntity(getKb(), entity.id);
    if (result.ok) {
      setUndo(result.deleted);
      setMessage(t('entity_deleted', nameIn(lang, entity.name)));
      navigate('');
    } else {
      setMessage(t('error_generic', result.usedBy?.join(', ') ?? result.reason));
    }
  }

  async function restore() {
    if (!undo) return;
    const result = await restoreUserEntity(getKb(), undo);
    setUndo(null);
    if (result.ok) {
      setMessage('');
      navigate(`entity=${encodeURIComponent(undo.entity.id)}`);
    } else setMessage(t('error_generic', result.problems.map((p) => problemMessage(p, lang)).join('; ')));
  }

  return (
    <div class="ol-browser">
      <section class="ol-filters" aria-label={t('nav_browse')}>
        <div class="ol-field">
          <label for="ol-filter-text">{t('filter_text')}</label>
          <input
            id="ol-filter-text"
            type="search"
            dir="auto"
            value={filter.text ?? ''}
            onInput={(e) => {
              const text = (e.currentTarget as HTMLInputElement).value;
              setFilter((f) => ({ ...f, text }));
            }}
          />
        </div>
        <FilterSelect id="ol-filter-status" label={t('filter_status')} value={filter.status} onChange={(status) => setFilter((f) => ({ ...f, status: status as ListFilter['status'] }))}
          options={STATUSES.map((s) => [s, statusLabel(lang, s)])} />
        <FilterSelect id="ol-filter-kind" label={t('filter_kind')} value={filter.kind} onChange={(kind) => setFilter((f) => ({ ...f, kind: kind as ListFilter['kind'] }))}
          options={KINDS.map((k) => [k, kindLabel(lang, k)])} />
        <FilterSelect id="ol-filter-maker" label={t('filter_maker')} value={filter.maker} onChange={(maker) => setFilter((f) => ({ ...f, maker }))}
          options={makerList.map((m) => [m.id, nameIn(lang, m.name)])} />
        <FilterSelect id="ol-filter-source" label={t('filter_source')} value={source} onChange={(s) => setSource(s as EntitySource | undefined)}
          options={ENTITY_SOURCES.map((s) => [s, t(SOURCE_LABELS[s])])} />
        <div class="ol-field">
          <label for="ol-sort">{t('sort_label')}</label>
          <select id="ol-sort" value={order} onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value === 'open' ? 'open' : 'name')}>
            <option value="name">{t('sort_name')}</option>
            <option value="open">{t('sort_open_dimensions')}</option>
          </select>
        </div>
        <button type="button" class="ol-button" onClick={() => setAdding(searchText)}>
          {t('entity_add')}
        </button>
      </section>

      <p role="status" class="ol-live" data-options-message>
        {message}
        {undo ? (
          <>
            {' '}
            <button type="button" class="ol-button" onClick={() => void restore()} data-undo>
              {t('entity_undo')}
            </button>
          </>
        ) : null}
      </p>

      <div class="ol-browser-body">
        <section class="ol-list-pane" aria-label={t('filter_count', entities.length)}>
          <p class="ol-muted">{t('filter_count', entities.length)}</p>
          {listed.state === 'ready' && entities.length === 0 ? (
            searchText ? (
              <div data-no-match>
                <p>{t('entity_not_found', searchText)}</p>
                <button type="button" class="ol-button ol-primary" data-add-from-search onClick={() => setAdding(searchText)}>
                  {t('entity_add_named', searchText)}
                </button>
              </div>
            ) : (
              <p>{t('filter_empty')}</p>
            )
          ) : null}
          <ul class="ol-kb-list">
            {entities.map((e) => (
              <li key={e.id} data-entity={e.id}>
                <a href={`#entity=${encodeURIComponent(e.id)}`} aria-current={route.entity === e.id ? 'true' : undefined}>
                  <bdi>{nameIn(lang, e.name)}</bdi>
                </a>
                <span class="ol-muted">{kindLabel(lang, e.kind)}</span>
                {e.assessment ? <StatusBadge status={entityStatus(e)} /> : null}
              </li>
            ))}
          </ul>
        </section>
        <section class="ol-detail-pane">
          {adding !== null ? (
            <EntityEditor
              initialName={adding}
              makers={makerList}
              onDone={(id) => {
                setAdding(null);
                if (id) {
                  setMessage(t('entity_saved'));
                  navigate(`entity=${encodeURIComponent(id)}`);
                }
              }}
            />
          ) : route.entity ? (
            <EntryView id={route.entity} makers={makerList} onDelete={remove} onMessage={setMessage} />
          ) : null}
        </section>
      </div>
    </div>
  );
}

const SOURCE_LABELS = {
  article: 'filter_source_article',
  'hand-written': 'filter_source_hand_written',
  osai: 'filter_source_osai',
  mof: 'filter_source_mof',
} as const;

function cleanFilter(filter: ListFilter): ListFilter {
  const out: ListFilter = {};
  if (filter.text?.trim()) out.text = filter.text.trim();
  if (filter.status) out.status = filter.status;
  if (filter.kind) out.kind = filter.kind;
  if (filter.maker) out.maker = filter.maker;
  return out;
}

function FilterSelect(props: { id: string; label: string; value: string | undefined; onChange: (v: string | undefined) => void; options: Array<[string, string]> }): JSX.Element {
  const t = useT();
  return (
    <div class="ol-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{t('filter_any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One entry's detail, live, with its actions; switches to the editor on "Edit". */
function EntryView(props: { id: string; makers: Entity[]; onDelete: (e: Entity) => void; onMessage: (m: string) => void }): JSX.Element {
  const { id, makers, onDelete, onMessage } = props;
  const t = useT();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLDivElement>(null);
  const result = useLiveQuery(async () => {
    const entry = await getEntry(id);
    const maker = entry?.entity.maker ? (await getEntry(entry.entity.maker))?.entity : undefined;
    return { entry, maker };
  }, [id]);

  useEffect(() => {
    setEditing(false);
  }, [id]);
  useEffect(() => {
    // Opening options.html#entity=<id> (from the card or the context menu) brings the entry into view.
    // So does coming back from the editor after Save, where the page was scrolled down to the button.
    if (result.state === 'ready' && heading.current && !editing) revealEntry(heading.current);
  }, [id, result.state, editing]);

  if (result.state === 'loading') return <p class="ol-muted">{t('loading')}</p>;
  if (result.state === 'error' || !result.value.entry) return <p data-missing-entity>{t('entity_missing', id)}</p>;
  const { entry, maker } = result.value;

  if (editing) {
    return (
      <EntityEditor
        base={entry.entity}
        makers={makers}
        onDone={(saved) => {
          setEditing(false);
          if (saved) onMessage(t('entity_saved'));
        }}
      />
    );
  }

  async function saveNote(text: string) {
    const saved = await setNote(getKb(), id, text);
    if (!saved.ok) throw new Error(saved.problems.map((p) => problemMessage(p, lang)).join('; '));
  }

  return (
    <div ref={heading} tabIndex={-1} class="ol-entry-view">
      <EntityDetail entity={entry.entity} makerName={maker ? nameIn(lang, maker.name) : undefined} origin={entry.origin} note={entry.note ?? ''} onSaveNote={saveNote}>
        <button type="button" class="ol-button" data-edit onClick={() => setEditing(true)}>
          {t('entity_edit')}
        </button>
        {entry.resettable ? (
          <button
            type="button"
            class="ol-button"
            data-reset
            onClick={async () => onMessage((await resetEntity(getKb(), id)) ? t('entity_reset_done') : t('error_generic', id))}
          >
            {t('entity_reset')}
          </button>
        ) : null}
        {entry.origin === 'user' ? (
          <button type="button" class="ol-button" data-delete onClick={() => onDelete(entry.entity)}>
            {t('entity_delete')}
          </button>
        ) : null}
      </EntityDetail>
    </div>
  );
}
