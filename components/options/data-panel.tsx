/**
 * Import and export of the knowledge base. Export downloads the JSON through
 * a blob URL; import reads a chosen file, and a bad file lists every problem
 * with its path and changes nothing (the import is one transaction).
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { exportKb, importKb, serializeExport, type ImportMode } from '../../lib/kb/import-export';
import type { Problem } from '../../lib/kb/issues';
import { useT } from '../i18n';
import { ProblemLine } from './problem-line';

export function exportFileName(date: Date): string {
  return `openness-lens-kb-${date.toISOString().slice(0, 10)}.json`;
}

export function DataPanel(): JSX.Element {
  const t = useT();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; problems?: Problem[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function download() {
    const doc = await exportKb();
    const url = URL.createObjectURL(new Blob([serializeExport(doc)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download starts asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setOutcome({ ok: true, text: t('data_export_done', doc.entities.length) });
  }

  async function importFile(file: File) {
    const result = await importKb(file, { mode });
    if (result.ok) setOutcome({ ok: true, text: t('data_import_done', result.entities) });
    else setOutcome({ ok: false, text: t('data_import_failed'), problems: result.problems });
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <div class="ol-data">
      <p>
        <button type="button" class="ol-button ol-primary" data-export onClick={() => void download()}>
          {t('data_export')}
        </button>
      </p>
      <fieldset>
        <legend>{t('data_import_mode')}</legend>
        {(['merge', 'replace'] as ImportMode[]).map((m) => (
          <label key={m} class="ol-choice">
            <input type="radio" name="ol-import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'merge' ? 'data_merge' : 'data_replace')}
          </label>
        ))}
      </fieldset>
      <div class="ol-field">
        <label for="ol-import-file">{t('data_import')}</label>
        <input
          id="ol-import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome ? (
        <div role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ol-outcome' : 'ol-outcome ol-problems'} data-import-outcome={outcome.ok ? 'ok' : 'failed'}>
          <p>{outcome.text}</p>
          {outcome.problems ? (
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <ProblemLine problem={p} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
