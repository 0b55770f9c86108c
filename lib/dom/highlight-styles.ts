/**
 * How each status is drawn under a mention. The line style differs per
 * status (solid, double, dashed, wavy, dotted) so the difference never rests
 * on colour alone; the colours are mid-tones that read on light and dark
 * pages, and the faint tint behind the word is translucent for the same reason.
 */
import type { Status } from '../kb/schema';

export const HIGHLIGHT_PREFIX = 'ol-';

/** The CSS.highlights name of a status: `ol-open`, `ol-open-weights`… */
export function highlightName(status: Status): string {
  return HIGHLIGHT_PREFIX + status;
}

export const STATUS_LOOK: Record<Status, { line: string; color: string; tint: string }> = {
  open: { line: 'solid', color: '#1f9d55', tint: 'rgba(31, 157, 85, 0.14)' },
  'open-weights': { line: 'double', color: '#2b7bd6', tint: 'rgba(43, 123, 214, 0.14)' },
  restricted: { line: 'dashed', color: '#c77d00', tint: 'rgba(199, 125, 0, 0.16)' },
  closed: { line: 'wavy', color: '#d03b3b', tint: 'rgba(208, 59, 59, 0.14)' },
  unknown: { line: 'dotted', color: '#7a7f87', tint: 'rgba(122, 127, 135, 0.14)' },
};

function decoration(status: Status): string {
  const look = STATUS_LOOK[status];
  return (
    `background-color: ${look.tint}; text-decoration-line: underline; ` +
    `text-decoration-style: ${look.line}; text-decoration-color: ${look.color}; ` +
    `text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none;`
  );
}

/** `::highlight()` rules for the CSS Custom Highlight API. */
export function highlightCss(): string {
  return (Object.keys(STATUS_LOOK) as Status[])
    .map((s) => `::highlight(${highlightName(s)}) { ${decoration(s)} }`)
    .join('\n');
}

/** Rules for the fallback wrapper element. */
export function wrapperCss(tag: string): string {
  return (Object.keys(STATUS_LOOK) as Status[])
    .map((s) => `${tag}[data-status="${s}"] { all: unset; display: inline; ${decoration(s)} }`)
    .join('\n');
}
