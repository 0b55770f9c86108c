/**
 * The quiet mark on mentions the page overstates (the open-washing check): a
 * wavy overline drawn by a highlight of its own (CSS Custom Highlight API),
 * above the status highlights and below the current-mention mark, so the
 * page's DOM is not touched. Its rule (`claimMarkCss`) ships in the injected
 * highlights.css. Where the browser has no highlight API the card alone
 * tells of the claim.
 */

import { highlightApi } from './highlight-sheet';
import type { HighlightScope } from './highlight-styles';

export const OVERSTATED_HIGHLIGHT = 'ol-overstated';

/**
 * The mark's look, for highlights.css: a wavy red line over the word. The
 * lines under it belong to the status shapes (solid, double, dashed, wavy,
 * dotted), and the mark's decoration is drawn with theirs, not instead.
 */
export const claimMarkCss = (scope: HighlightScope = ''): string =>
  `${scope}::highlight(${OVERSTATED_HIGHLIGHT}) { text-decoration: overline wavy #cf222e 1.5px; }`;

export interface ClaimMark {
  /** Marks exactly these ranges (an empty list takes the mark away). */
  set(ranges: readonly AbstractRange[]): void;
  dispose(): void;
}

export function createClaimMark(doc: Document): ClaimMark {
  const api = highlightApi(doc.defaultView!);
  return {
    set(ranges) {
      if (!api) return;
      if (ranges.length === 0) {
        api.highlights.delete(OVERSTATED_HIGHLIGHT);
        return;
      }
      const highlight = new api.Highlight(...ranges);
      highlight.priority = 5; // above the status highlights, below the current mark
      api.highlights.set(OVERSTATED_HIGHLIGHT, highlight);
    },
    dispose() {
      api?.highlights.delete(OVERSTATED_HIGHLIGHT);
    },
  };
}
