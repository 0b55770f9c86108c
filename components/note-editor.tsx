/**
 * The user's own note on an entity, editable in place. The shown text comes
 * from the caller (a live database query), so a save elsewhere shows here too.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

export interface NoteEditorProps {
  entityId: string;
  note: string;
  onSave: (text: string) => Promise<void> | void;
}

export function NoteEditor({ entityId, note, onSave }: NoteEditorProps): JSX.Element {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const fieldId = `ol-note-${entityId}`;

  async function save(event: Event) {
    event.preventDefault();
    if (draft === null) return;
    try {
      await onSave(draft.trim());
      setStatus(t('note_saved'));
      setDraft(null);
      queueMicrotask(() => editButton.current?.focus());
    } catch (error) {
      setStatus(t('error_generic', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <section class="ol-note" data-note-for={entityId}>
      <h3 class="ol-section-title">{t('note_label')}</h3>
      {draft === null ? (
        <>
          <p class={note ? 'ol-note-text' : 'ol-note-text ol-muted'} dir="auto" data-note-text>
            {note || t('note_empty')}
          </p>
          <button
            type="button"
            ref={editButton}
            class="ol-button"
            onClick={() => {
              setDraft(note);
              setStatus('');
            }}
          >
            {note ? t('note_edit') : t('note_add')}
          </button>
        </>
      ) : (
        <form onSubmit={save}>
          <label for={fieldId} class="ol-visually-hidden">
            {t('note_label')}
          </label>
          <textarea
            id={fieldId}
            dir="auto"
            rows={3}
            value={draft}
            ref={(el) => el?.focus()}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(null);
              }
            }}
          />
          <div class="ol-row">
            <button type="submit" class="ol-button ol-primary">
              {t('note_save')}
            </button>
            <button type="button" class="ol-button" onClick={() => setDraft(null)}>
              {t('note_cancel')}
            </button>
          </div>
        </form>
      )}
      <p class="ol-live" role="status">
        {status}
      </p>
    </section>
  );
}
