/**
 * The page's openness mix: how many of its mentions of models fall in each
 * status, as a bar (for the eye) and a legend of badges with counts (for
 * everyone, screen readers included).
 */
import type { JSX } from 'preact';
import { STATUSES, type Status } from '../../lib/kb/schema';
import { useT } from '../i18n';
import { StatusBadge } from '../status-badge';

export function mixOf(counts: Array<{ status: Status; count: number }>): Array<{ status: Status; count: number }> {
  return STATUSES.map((status) => ({
    status,
    count: counts.filter((c) => c.status === status).reduce((n, c) => n + c.count, 0),
  })).filter((s) => s.count > 0);
}

export function OpennessMix({ counts }: { counts: Array<{ status: Status; count: number }> }): JSX.Element | null {
  const t = useT();
  const mix = mixOf(counts);
  const total = mix.reduce((n, s) => n + s.count, 0);
  if (total === 0) return null;
  return (
    <section class="ol-mix" aria-labelledby="ol-mix-title">
      <h2 id="ol-mix-title">{t('panel_mix')}</h2>
      <div class="ol-mix-bar" aria-hidden="true">
        {mix.map((s) => (
          <span key={s.status} class={`ol-mix-part ol-mix-${s.status}`} data-mix={s.status} style={{ flexGrow: s.count }} />
        ))}
      </div>
      <ul class="ol-mix-legend">
        {mix.map((s) => (
          <li key={s.status} data-mix-count={s.status}>
            <StatusBadge status={s.status} /> {s.count}
          </li>
        ))}
      </ul>
    </section>
  );
}
