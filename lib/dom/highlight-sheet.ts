/**
 * The `::highlight()` style sheet, adopted once per document, as early as
 * possible, and shared.
 *
 * Adding any style sheet to a document that is already built makes the
 * browser recompute the style of every element in one go: 100-300 ms in a
 * single task on a long article, which the reader feels as a freeze. Adopted
 * while the document is still empty (by a `document_start` content script),
 * the same sheet costs nothing then, and the painter, starting later, reuses
 * it instead of adopting its own.
 *
 * Content scripts of one extension share their global object in a frame (the
 * extension's isolated world) but not their modules, so the sheet is handed
 * over through a registry on that global, per document. The page's own
 * scripts cannot see it. Where no early sheet is found (a document replaced
 * by `document.open()`, a page that overwrote `adoptedStyleSheets`), the
 * painter adopts one itself, as it would without this module.
 */
import { highlightCss } from './highlight-styles';

export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

/** The page's highlight registry, when the browser has the CSS Custom Highlight API. */
export function highlightRegistry(win: Window & typeof globalThis): HighlightRegistryLike | null {
  const css = (win as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const HighlightCtor = (win as { Highlight?: unknown }).Highlight;
  return css?.highlights && typeof HighlightCtor === 'function' ? css.highlights : null;
}

/** A constructed sheet adopted by a document, with the CSS it holds now. */
export interface SharedSheet {
  sheet: CSSStyleSheet;
  css: string;
}

const REGISTRY = Symbol.for('openness-lens.highlight-sheets');

function sheets(): WeakMap<Document, SharedSheet> {
  const g = globalThis as { [REGISTRY]?: WeakMap<Document, SharedSheet> };
  return (g[REGISTRY] ??= new WeakMap());
}

/** A new constructed sheet holding `css`, or null where the browser has none. */
export function constructSheet(win: Window & typeof globalThis, css: string): CSSStyleSheet | null {
  if (typeof win.CSSStyleSheet !== 'function') return null;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/**
 * Adopts the default highlight sheet into a document that is still being
 * loaded. Does nothing where the highlight API or adopted sheets are missing
 * (the painter then wraps mentions, with its own rules) or when the document
 * has the sheet already.
 */
export function adoptEarlySheet(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !highlightRegistry(win) || !('adoptedStyleSheets' in doc) || sharedSheetOf(doc)) return;
  const css = highlightCss();
  const sheet = constructSheet(win, css);
  if (!sheet) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheets().set(doc, { sheet, css });
}

/** The early sheet of a document, while the document still has it adopted. */
export function sharedSheetOf(doc: Document): SharedSheet | null {
  const shared = sheets().get(doc);
  return shared && 'adoptedStyleSheets' in doc && doc.adoptedStyleSheets.includes(shared.sheet) ? shared : null;
}

/** Takes the early sheet away (the extension is gone from this page). */
export function removeEarlySheet(doc: Document): void {
  const shared = sheets().get(doc);
  if (!shared) return;
  sheets().delete(doc);
  if ('adoptedStyleSheets' in doc) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== shared.sheet);
}
