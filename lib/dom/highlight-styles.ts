/**
 * How each status is drawn under a mention. The line style differs per
 * status (solid, double, dashed, wavy, dotted) so the difference never rests
 * on colour alone; the colours are mid-tones that read on light and dark
 * pages, and the faint tint behind the word is translucent for the same reason.
 */
import type { Status } from '../kb/schema';

export const HIGHLIGHT_PREFIX = 'ol-';

/**
 * Which elements the `::highlight()` rules are written on.
 *
 * In Chromium a highlight pseudo-element takes every property it is not
 * given from its parent element's (CSS highlight inheritance), so rules on
 * `:root` reach the whole page while no other element matches them: a full
 * restyle then costs what it costs without the rules. Written for every
 * element, the same rules doubled a full restyle of the 1 MB bench page
 * (about 50 → 100 ms), on every page, highlighted or not.
 *
 * Firefox (153) does not inherit custom highlight styles: there the rules
 * must match every element (`''`), and it resolves them only when it paints
 * a highlight, so they add nothing measurable to a restyle. See
 * docs/performance.md.
 */
export type HighlightScope = ':root' | '';

/**
 * Firefox cascades the sheet injected for a content script after the page's
 * own sheets, so a rule of the same specificity never overrides it. The
 * user's colours are written on every element through a selector that
 * outranks `*` (an id in `:not()`) and matches every element all the same.
 */
const OUTRANK_INJECTED = ':not(#openness-lens-none)';

/** The CSS.highlights name of a status: `ol-open`, `ol-open-weights`… */
export function highlightName(status: Status): string {
  return HIGHLIGHT_PREFIX + status;
}

export const STATUS_LOOK: Record<Status, { line: string; color: string }> = {
  open: { line: 'solid', color: '#1f9d55' },
  'open-weights': { line: 'double', color: '#2b7bd6' },
  restricted: { line: 'dashed', color: '#c77d00' },
  closed: { line: 'wavy', color: '#d03b3b' },
  unknown: { line: 'dotted', color: '#7a7f87' },
};

/** The user's colour overrides (#rrggbb, already validated by readSettings). */
export type StatusColors = Partial<Record<Status, string>>;

function decoration(status: Status, colors: StatusColors): string {
  const color = colors[status] ?? STATUS_LOOK[status].color;
  // An 8-digit hex colour: the same hue at about 14% opacity.
  const tint = `${color}24`;
  return (
    `background-color: ${tint}; text-decoration: underline ${STATUS_LOOK[status].line} ${color} 2px; ` +
    `text-underline-offset: 3px; text-decoration-skip-ink: none;`
  );
}

function highlightRule(status: Status, colors: StatusColors, scope: string): string {
  return `${scope}::highlight(${highlightName(status)}) { ${decoration(status, colors)} }`;
}

/** `::highlight()` rules for the CSS Custom Highlight API, one per status. */
export function highlightCss(colors: StatusColors = {}, scope: HighlightScope = ''): string {
  return (Object.keys(STATUS_LOOK) as Status[]).map((s) => highlightRule(s, colors, scope)).join('\n');
}

/**
 * Rules for just the statuses whose colour the user changed, to lay over the
 * default rules the browser injects; empty when every colour is the default.
 */
export function highlightOverrideCss(colors: StatusColors, scope: HighlightScope = ''): string {
  return (Object.keys(STATUS_LOOK) as Status[])
    .filter((s) => colors[s] !== undefined && colors[s] !== STATUS_LOOK[s].color)
    .map((s) => highlightRule(s, colors, scope === '' ? OUTRANK_INJECTED : scope))
    .join('\n');
}

/** Rules for the fallback wrapper element. */
export function wrapperCss(tag: string, colors: StatusColors = {}): string {
  return (Object.keys(STATUS_LOOK) as Status[])
    .map((s) => `${tag}[data-status="${s}"] { all: unset; display: inline; ${decoration(s, colors)} }`)
    .join('\n');
}
