/**
 * The editor's sources: for each evidence dimension, its web sources as
 * rows of title and link, which the user adds, edits and removes. The links
 * are checked on Save by the same schema as an import's.
 */
import type { JSX } from 'preact';
import { useT, type MessageKey } from '../i18n';
import { DIMENSIONS, type Dimension, type WebSourceRow } from './entity-form';

export interface SourceRowsProps {
  sources: Record<Dimension, WebSourceRow[]>;
  onChange: (sources: Record<Dimension, WebSourceRow[]>) => void;
}

export function SourceRows({ sources, onChange }: SourceRowsProps): JSX.Element {
  const t = useT();
  const setRows = (dim: Dimension, rows: WebSourceRow[]) => onChange({ ...sources, [dim]: rows });
  return (
    <fieldset class="ol-source-rows" data-source-editor>
      <legend>{t('editor_sources')}</legend>
      {DIMENSIONS.map((dim) => {
        const rows = sources[dim];
        const edit = (i: number, patch: Partial<WebSourceRow>) => setRows(dim, rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <div key={dim} class="ol-source-dim" data-source-dim={dim} role="group" aria-labelledby={`ol-src-${dim}`}>
            <h4 id={`ol-src-${dim}`} class="ol-subtitle">
              {t(`dim_${dim}` as MessageKey)}
            </h4>
            {rows.map((row, i) => (
              <div key={i} class="ol-source-row" data-source-row={i}>
                <div class="ol-field">
                  <label for={`ol-src-${dim}-${i}-title`}>{t('editor_source_title')}</label>
                  <input id={`ol-src-${dim}-${i}-title`} type="text" dir="auto" value={row.title} onInput={(e) => edit(i, { title: (e.currentTarget as HTMLInputElement).value })} />
                </div>
                <div class="ol-field">
                  <label for={`ol-src-${dim}-${i}-url`}>{t('editor_source_url')}</label>
                  <input id={`ol-src-${dim}-${i}-url`} type="url" dir="ltr" value={row.url} onInput={(e) => edit(i, { url: (e.currentTarget as HTMLInputElement).value })} />
                </div>
                <button type="button" class="ol-button" data-remove-source onClick={() => setRows(dim, rows.filter((_, j) => j !== i))}>
                  {t('editor_remove_source')}
                </button>
              </div>
            ))}
            <button type="button" class="ol-button" data-add-source={dim} onClick={() => setRows(dim, [...rows, { title: '', url: '' }])}>
              {t('editor_add_source')}
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
