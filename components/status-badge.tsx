/**
 * An entity's openness status as a badge: a shape and a word, never colour
 * alone, so it reads the same in greyscale, to colour-blind users and to
 * screen readers. "Unknown" is drawn as a neutral dotted ring, with no
 * warning sign: not knowing is not a verdict.
 */
import type { JSX } from 'preact';
import type { Status } from '../lib/kb/schema';
import { statusLabel, useLang } from './i18n';

/** One distinct shape per status (aria-hidden: the word carries the meaning). */
export function StatusShape({ status }: { status: Status }): JSX.Element {
  return (
    <svg class="ol-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false" data-shape={SHAPE_NAMES[status]}>
      {SHAPES[status]}
    </svg>
  );
}

const SHAPE_NAMES: Record<Status, string> = {
  open: 'disc',
  'open-weights': 'half-disc',
  restricted: 'diamond',
  closed: 'square',
  unknown: 'dotted-ring',
};

const SHAPES: Record<Status, JSX.Element> = {
  open: <circle cx="6" cy="6" r="5" fill="currentColor" />,
  'open-weights': (
    <>
      <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M6 1.5 A4.5 4.5 0 0 0 6 10.5 Z" fill="currentColor" />
    </>
  ),
  restricted: <path d="M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z" fill="currentColor" />,
  closed: <rect x="1.5" y="1.5" width="9" height="9" fill="currentColor" />,
  unknown: <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.6" />,
};

export interface StatusBadgeProps {
  status: Status;
  /** Extra words for assistive technology, such as "the article's wording suggests". */
  prefix?: string;
}

export function StatusBadge({ status, prefix }: StatusBadgeProps): JSX.Element {
  const lang = useLang();
  const label = statusLabel(lang, status);
  return (
    <span class={`ol-status ol-status-${status}`} data-status={status}>
      <StatusShape status={status} />
      {prefix ? <span class="ol-visually-hidden">{prefix}: </span> : null}
      <span class="ol-status-label">{label}</span>
    </span>
  );
}
