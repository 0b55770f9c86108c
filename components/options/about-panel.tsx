/** About: what the extension does, the article it starts from, the status scale and its frameworks, the shortcuts. */
import type { JSX } from 'preact';
import { STATUSES } from '../../lib/kb/schema';
import { useT, type MessageKey } from '../i18n';
import { StatusBadge } from '../status-badge';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const FRAMEWORKS: Array<{ key: MessageKey; href: string }> = [
  { key: 'about_osaid', href: 'https://opensource.org/ai/open-source-ai-definition' },
  { key: 'about_eu_index', href: 'https://osai-index.eu/' },
  { key: 'about_mof', href: 'https://isitopen.ai/' },
];

/** The commands' descriptions in the UI language (the browser gives them in its own). */
const COMMAND_KEYS: Record<string, MessageKey> = {
  _execute_action: 'cmd_open_popup',
  _execute_browser_action: 'cmd_open_popup',
  'toggle-site': 'cmd_toggle_site',
  'next-mention': 'cmd_next_mention',
  'previous-mention': 'cmd_previous_mention',
};

export function AboutPanel({ shortcuts }: { shortcuts: Shortcut[] }): JSX.Element {
  const t = useT();
  return (
    <div class="ol-about">
      <p>{t('about_text')}</p>
      <p>{t('about_article')}</p>
      <h2>{t('about_scale')}</h2>
      <p>{t('about_scale_intro')}</p>
      <ul>
        {FRAMEWORKS.map((f) => (
          <li key={f.key}>
            <a href={f.href} target="_blank" rel="noopener noreferrer">
              {t(f.key)}
            </a>
          </li>
        ))}
      </ul>
      <dl class="ol-scale">
        {STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd>{t(`about_status_${s.replace('-', '_')}` as MessageKey)}</dd>
          </div>
        ))}
      </dl>
      <p data-expert-attribution>{t('about_expert_data')}</p>
      <p>{t('about_privacy')}</p>
      <h2>{t('shortcuts_title')}</h2>
      <table class="ol-shortcuts">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <th scope="row">
                <kbd dir="ltr">{s.shortcut || '—'}</kbd>
              </th>
              <td>{COMMAND_KEYS[s.name] ? t(COMMAND_KEYS[s.name]!) : s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="ol-muted">{t('shortcuts_help')}</p>
    </div>
  );
}
