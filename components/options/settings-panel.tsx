/** The settings: on/off, excluded sites, card trigger, statuses, colours, language. Each change saves at once. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { STATUSES, type Status } from '../../lib/kb/schema';
import type { CardLanguage, CardTrigger, Settings, UiLanguage } from '../../lib/settings';
import { statusLabel, useLang, useT } from '../i18n';
import { updateSettings } from '../settings-store';
import { StatusShape } from '../status-badge';

/** Default colours, for the colour pickers' starting value (the CSS holds the same ones). */
const DEFAULT_COLORS: Record<Status, string> = {
  open: '#1a7f37',
  'open-weights': '#0969da',
  restricted: '#9a6700',
  closed: '#a40e26',
  unknown: '#6e7781',
};

/** Hostnames from the textarea: one per line, lowercase, addresses cut to their host. */
export function parseSites(text: string): string[] {
  const hosts = text
    .split(/[\s,]+/)
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean)
    .map((line) => {
      try {
        return new URL(line.includes('://') ? line : `http://${line}`).hostname;
      } catch {
        return '';
      }
    })
    .filter(Boolean);
  return [...new Set(hosts)];
}

/** One on/off setting: a checkbox with its label, saving as it changes. */
function SettingSwitch(props: { id: string; checked: boolean; label: string; role?: 'switch'; onChange: (checked: boolean) => void }): JSX.Element {
  return (
    <label class="ol-switch">
      <input
        type="checkbox"
        role={props.role}
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export function SettingsPanel({ settings }: { settings: Settings }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [sites, setSites] = useState(settings.excludedSites.join('\n'));
  const [saved, setSaved] = useState('');
  useEffect(() => setSites(settings.excludedSites.join('\n')), [settings.excludedSites.join('\n')]);

  const save = async (change: (s: Settings) => Partial<Settings>) => {
    await updateSettings(change);
    setSaved(t('settings_saved'));
  };

  return (
    <div class="ol-settings">
      <SettingSwitch id="ol-set-enabled" role="switch" checked={settings.enabled} label={t('settings_enabled')} onChange={(enabled) => void save(() => ({ enabled }))} />

      <div class="ol-field">
        <label for="ol-set-sites">{t('settings_excluded')}</label>
        <textarea
          id="ol-set-sites"
          dir="ltr"
          rows={4}
          aria-describedby="ol-set-sites-help"
          value={sites}
          onInput={(e) => setSites((e.currentTarget as HTMLTextAreaElement).value)}
          onChange={() => void save(() => ({ excludedSites: parseSites(sites) }))}
        />
        <p id="ol-set-sites-help" class="ol-muted">
          {t('settings_excluded_help')}
        </p>
      </div>

      <fieldset>
        <legend>{t('settings_trigger')}</legend>
        {(['hover', 'click', 'off'] as CardTrigger[]).map((trigger) => (
          <label key={trigger} class="ol-choice">
            <input type="radio" name="ol-trigger" value={trigger} checked={settings.cardTrigger === trigger} onChange={() => void save(() => ({ cardTrigger: trigger }))} />
            {t(`settings_trigger_${trigger}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settings_statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status} class="ol-choice">
            <input
              type="checkbox"
              data-highlight-status={status}
              checked={settings.highlightStatuses.includes(status)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save((s) => ({
                  highlightStatuses: STATUSES.filter((x) => (x === status ? on : s.highlightStatuses.includes(x))),
                }));
              }}
            />
            {statusLabel(lang, status)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settings_colors')}</legend>
        {STATUSES.map((status) => (
          <label key={status} class="ol-choice ol-color">
            <input
              type="color"
              data-status-color={status}
              value={settings.statusColors[status] ?? DEFAULT_COLORS[status]}
              aria-label={t('settings_color_for', statusLabel(lang, status))}
              onChange={(e) => {
                const color = (e.currentTarget as HTMLInputElement).value;
                void save((s) => ({ statusColors: { ...s.statusColors, [status]: color } }));
              }}
            />
            <span class={`ol-status-${status}`}>
              <StatusShape status={status} />
            </span>
            {statusLabel(lang, status)}
          </label>
        ))}
        <button type="button" class="ol-button" onClick={() => void save(() => ({ statusColors: {} }))}>
          {t('settings_color_reset')}
        </button>
      </fieldset>

      <div class="ol-field">
        <label for="ol-set-language">{t('settings_language')}</label>
        <select id="ol-set-language" value={settings.language} onChange={(e) => {
            // Read the event now: it is gone once the save has awaited.
            const language = (e.currentTarget as HTMLSelectElement).value as UiLanguage;
            void save(() => ({ language }));
          }}>
          <option value="auto">{t('settings_language_auto')}</option>
          <option value="ar" lang="ar">
            العربية
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <div class="ol-field">
        <label for="ol-set-card-language">{t('settings_card_language')}</label>
        <select id="ol-set-card-language" value={settings.cardLanguage} onChange={(e) => {
            const cardLanguage = (e.currentTarget as HTMLSelectElement).value as CardLanguage;
            void save(() => ({ cardLanguage }));
          }}>
          <option value="page">{t('settings_card_language_page')}</option>
          <option value="browser">{t('settings_card_language_browser')}</option>
          <option value="ar" lang="ar">
            العربية
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <SettingSwitch id="ol-set-edge-marks" checked={settings.edgeMarks} label={t('settings_edge_marks')} onChange={(edgeMarks) => void save(() => ({ edgeMarks }))} />
      <SettingSwitch id="ol-set-check-claims" checked={settings.checkClaims} label={t('settings_check_claims')} onChange={(checkClaims) => void save(() => ({ checkClaims }))} />
      <p role="status" class="ol-live">
        {saved}
      </p>
    </div>
  );
}
