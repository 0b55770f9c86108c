/**
 * The form to edit an entity or add a new one. Problems are listed with
 * their place in the entity and nothing is saved until there are none.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { addEntity, getKb, saveEntity } from '../../lib/kb/db';
import { KINDS, LEVELS, STATUSES, type Entity } from '../../lib/kb/schema';
import { kindLabel, levelLabel, nameIn, statusLabel, useLang, useT, type MessageKey } from '../i18n';
import { DIMENSIONS, formOf, emptyForm, validateForm, type EntityForm, type FormProblem } from './entity-form';
import { ProblemLine } from './problem-line';
import { SourceRows } from './source-rows';

export interface EntityEditorProps {
  /** The entity being edited; absent to add a new one. */
  base?: Entity;
  /** For a new entity: the text to start from (a name that found nothing). */
  initialName?: string;
  makers: Entity[];
  onDone: (savedId: string | null) => void;
}

export function EntityEditor({ base, initialName, makers, onDone }: EntityEditorProps): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [form, setForm] = useState<EntityForm>(() => (base ? formOf(base) : emptyForm(initialName)));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const isNew = !base;
  const set = <K extends keyof EntityForm>(key: K, value: EntityForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    const checked = validateForm(form, base);
    if (!checked.ok) return setProblems(checked.problems);
    const saved = isNew ? await addEntity(getKb(), checked.entity) : await saveEntity(getKb(), checked.entity);
    if (!saved.ok) return setProblems(saved.problems);
    setProblems([]);
    onDone(checked.entity.id);
  }

  const text = (key: keyof EntityForm, label: MessageKey, opts: { dir?: 'ltr' | 'rtl' | 'auto'; multiline?: boolean; required?: boolean; wide?: boolean } = {}) => {
    const id = `ol-form-${key}`;
    const value = form[key] as string;
    const onInput = (e: Event) => set(key, (e.currentTarget as HTMLInputElement).value as never);
    return (
      <div class={opts.wide ? 'ol-field ol-field-wide' : 'ol-field'}>
        <label for={id}>{t(label)}</label>
        {opts.multiline ? (
          <textarea id={id} dir={opts.dir ?? 'auto'} rows={3} value={value} onInput={onInput} />
        ) : (
          <input id={id} type="text" dir={opts.dir ?? 'auto'} value={value} onInput={onInput} required={opts.required} />
        )}
      </div>
    );
  };

  return (
    <form class="ol-editor" onSubmit={submit} noValidate data-editor={isNew ? 'new' : base!.id}>
      <h2>{isNew ? t('entity_add') : `${t('entity_edit')}: ${nameIn(lang, base!.name)}`}</h2>
      {problems.length ? (
        <div role="alert" class="ol-problems" data-problems>
          <p>{t('form_errors')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{'key' in p ? t(p.key, p.arg ?? '') : <ProblemLine problem={p} />}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {isNew ? text('id', 'form_id', { dir: 'ltr', required: true }) : null}
      <div class="ol-two">
        {text('nameEn', 'form_name_en', { dir: 'ltr', required: true })}
        {text('nameAr', 'form_name_ar', { dir: 'rtl', required: true })}
      </div>
      <div class="ol-two">
        <div class="ol-field">
          <label for="ol-form-kind">{t('form_kind')}</label>
          <select id="ol-form-kind" value={form.kind} onChange={(e) => set('kind', (e.currentTarget as HTMLSelectElement).value as EntityForm['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(lang, k)}
              </option>
            ))}
          </select>
        </div>
        <div class="ol-field">
          <label for="ol-form-maker">{t('form_maker')}</label>
          <select id="ol-form-maker" value={form.maker} onChange={(e) => set('maker', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">—</option>
            {makers.map((m) => (
              <option key={m.id} value={m.id}>
                {nameIn(lang, m.name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {text('aliases', 'form_aliases', { multiline: true })}
      <div class="ol-two">
        {text('summaryEn', 'form_summary_en', { dir: 'ltr', multiline: true })}
        {text('summaryAr', 'form_summary_ar', { dir: 'rtl', multiline: true })}
      </div>
      <div class="ol-field">
        <label for="ol-form-status">{t('form_status')}</label>
        <select id="ol-form-status" value={form.status} onChange={(e) => set('status', (e.currentTarget as HTMLSelectElement).value as EntityForm['status'])}>
          <option value="">{t('detail_no_assessment')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(lang, s)}
            </option>
          ))}
        </select>
      </div>
      {form.status !== '' ? (
        <>
          <div class="ol-two">
            {text('reasonEn', 'form_reason_en', { dir: 'ltr', multiline: true })}
            {text('reasonAr', 'form_reason_ar', { dir: 'rtl', multiline: true })}
          </div>
          <fieldset class="ol-levels">
            <legend>{t('evidence_title')}</legend>
            {DIMENSIONS.map((dim) => (
              <div class="ol-field" key={dim}>
                <label for={`ol-form-level-${dim}`}>{t(`dim_${dim}` as MessageKey)}</label>
                <select
                  id={`ol-form-level-${dim}`}
                  value={form.levels[dim]}
                  onChange={(e) => set('levels', { ...form.levels, [dim]: (e.currentTarget as HTMLSelectElement).value })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {levelLabel(lang, l)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            {text('licenceName', 'dim_licence', { dir: 'ltr', wide: true })}
          </fieldset>
          <SourceRows sources={form.sources} onChange={(sources) => set('sources', sources)} />
        </>
      ) : null}
      <div class="ol-row">
        <button type="submit" class="ol-button ol-primary">
          {t('form_save')}
        </button>
        <button type="button" class="ol-button" onClick={() => onDone(null)}>
          {t('form_cancel')}
        </button>
      </div>
    </form>
  );
}
