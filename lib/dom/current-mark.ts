/**
 * Marks one mention as the current one for a moment, after a jump from the
 * side panel or the popup, so the reader sees which of the highlighted words
 * was meant. A highlight of its own (CSS Custom Highlight API) drawn above
 * the status highlights: the page's DOM is not touched.
 */

export const CURRENT_HIGHLIGHT = 'ol-current';
/** How long the mark stays. */
export const CURRENT_MARK_MS = 2500;

const CURRENT_CSS = `::highlight(${CURRENT_HIGHLIGHT}) { background-color: #ffd33d; color: #000000; text-decoration-line: underline; text-decoration-thickness: 3px; text-decoration-color: #000000; }`;

export interface CurrentMark {
  mark(range: AbstractRange): void;
  dispose(): void;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new () => { priority: number; add(range: AbstractRange): unknown };
}

function highlightApi(win: Window): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const ctor = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && ctor ? { highlights: css.highlights, Highlight: ctor } : null;
}

export function createCurrentMark(doc: Document): CurrentMark {
  const win = doc.defaultView!;
  const api = highlightApi(win);
  let sheet: CSSStyleSheet | null = null;
  let timer = 0;

  function clear(): void {
    win.clearTimeout(timer);
    timer = 0;
    api?.highlights.delete(CURRENT_HIGHLIGHT);
  }

  return {
    mark(range) {
      if (!api) return;
      if (!sheet) {
        sheet = new win.CSSStyleSheet();
        sheet.replaceSync(CURRENT_CSS);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
      clear();
      const highlight = new api.Highlight();
      highlight.add(range);
      highlight.priority = 10; // above the status highlights
      api.highlights.set(CURRENT_HIGHLIGHT, highlight);
      timer = win.setTimeout(clear, CURRENT_MARK_MS);
    },
    dispose() {
      clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}
