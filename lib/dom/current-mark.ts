/**
 * Marks one mention as the current one for a moment, after a jump from the
 * side panel or the popup, so the reader sees which of the highlighted words
 * was meant. A highlight of its own (CSS Custom Highlight API) drawn above
 * the status highlights: the page's DOM is not touched. Its rule
 * (`currentMarkCss`) ships in the injected highlights.css with the status
 * rules, so marking adds no style sheet the page could see.
 */

import { highlightApi } from './highlight-sheet';
import type { HighlightScope } from './highlight-styles';

export const CURRENT_HIGHLIGHT = 'ol-current';
/** How long the mark stays. */
export const CURRENT_MARK_MS = 2500;

/** The mark's look, for highlights.css. */
export const currentMarkCss = (scope: HighlightScope = ''): string =>
  `${scope}::highlight(${CURRENT_HIGHLIGHT}) { background-color: #ffd33d; color: #000; text-decoration: underline #000 3px; }`;

export interface CurrentMark {
  mark(range: AbstractRange): void;
  dispose(): void;
}


export function createCurrentMark(doc: Document): CurrentMark {
  const win = doc.defaultView!;
  const api = highlightApi(win);
  let timer = 0;

  function clear(): void {
    win.clearTimeout(timer);
    timer = 0;
    api?.highlights.delete(CURRENT_HIGHLIGHT);
  }

  return {
    mark(range) {
      if (!api) return;
      clear();
      const highlight = new api.Highlight();
      highlight.add(range);
      highlight.priority = 10; // above the status highlights
      api.highlights.set(CURRENT_HIGHLIGHT, highlight);
      timer = win.setTimeout(clear, CURRENT_MARK_MS);
    },
    dispose() {
      clear();
    },
  };
}
