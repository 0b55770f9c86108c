/**
 * How far one openness dimension is met (yes / partial / no / not known),
 * as a mark and a word. Like the status badge, never colour alone, and
 * "not known" is neutral.
 */
import type { JSX } from 'preact';
import type { Level } from '../lib/kb/schema';
import { levelLabel, translate, useLang } from './i18n';

const MARKS: Record<Level, JSX.Element> = {
  yes: <path d="M2 6.5 L5 9.5 L10.5 3" fill="none" stroke="currentColor" stroke-width="2" />,
  partial: (
    <>
      <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M6 1.5 A4.5 4.5 0 0 0 6 10.5 Z" fill="currentColor" />
    </>
  ),
  no: <path d="M2.5 2.5 L9.5 9.5 M9.5 2.5 L2.5 9.5" fill="none" stroke="currentColor" stroke-width="2" />,
  unknown: <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.6" />,
};

export function LevelBadge({ level, notApplicable }: { level: Level; notApplicable?: boolean }): JSX.Element {
  const lang = useLang();
  const shown: Level = notApplicable ? 'unknown' : level;
  return (
    <span class={`ol-level ol-level-${notApplicable ? 'na' : level}`} data-level={notApplicable ? 'na' : level}>
      <svg class="ol-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        {MARKS[shown]}
      </svg>
      <span>{notApplicable ? translate(lang, 'level_na') : levelLabel(lang, level)}</span>
    </span>
  );
}
