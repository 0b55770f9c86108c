/**
 * Where the `::highlight()` rules live.
 *
 * The default rules ship as a style sheet the browser injects for the content
 * script (`highlights.css`, declared in the manifest; see wxt.config.ts).
 * Such a sheet is in force from the first byte of the page, so painting later
 * never restyles a finished page in one long task, and the page cannot see
 * it: it is listed in neither `document.styleSheets` nor
 * `document.adoptedStyleSheets`.
 *
 * Two cases still need a constructed sheet, which the page can see:
 * - the user's own colours, as override rules adopted by the document (only
 *   while the user has chosen colours);
 * - open shadow roots holding a mention: document-level rules, injected ones
 *   included, stop at a shadow boundary.
 */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

/** The page's highlight registry, when the browser has the CSS Custom Highlight API. */
export function highlightRegistry(win: Window & typeof globalThis): HighlightRegistryLike | null {
  return highlightApi(win)?.highlights ?? null;
}

/** A new constructed sheet holding `css`, or null where the browser has none. */
export function constructSheet(win: Window & typeof globalThis, css: string): CSSStyleSheet | null {
  if (typeof win.CSSStyleSheet !== 'function') return null;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** The highlight registry and the Highlight constructor, for the marks drawn above the status highlights. */
export interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: AbstractRange[]) => { priority: number; add(range: AbstractRange): unknown };
}

export function highlightApi(win: Window): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const ctor = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && typeof ctor === 'function' ? { highlights: css.highlights, Highlight: ctor } : null;
}
