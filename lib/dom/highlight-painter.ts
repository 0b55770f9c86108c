/**
 * Painting mentions.
 *
 * Preferred: the CSS Custom Highlight API. One `Highlight` per status holds
 * static ranges over the page's own text nodes, and `::highlight()` rules in
 * an adopted style sheet draw them, so the page's DOM is not touched at all:
 * frameworks that own the markup never see a foreign node.
 *
 * Fallback, where `CSS.highlights` is missing: each mention's text is wrapped
 * in an `<ol-mark>` element. Every split the wrapper makes is remembered, so
 * removal unwraps and merges back exactly the text nodes it split, and
 * nothing else on the page is normalized.
 */
import type { Status } from '../kb/schema';
import { highlightCss, highlightName, wrapperCss, type StatusColors } from './highlight-styles';
import { constructSheet, highlightRegistry, sharedSheetOf, type HighlightRegistryLike, type SharedSheet } from './highlight-sheet';
import { pointAt, type TextBlock } from './text-blocks';

export const WRAPPER_TAG = 'ol-mark';

/** A span of a block's text to paint. */
export interface PaintSpan {
  start: number;
  end: number;
  status: Status;
  /** Identifies the mention in wrapper mode (data-mention on the element). */
  id: number;
}

/** What was painted for one span, to erase it later. */
export interface Painted {
  status: Status;
  /** Highlight mode: the range in the status's Highlight. */
  range?: AbstractRange;
  /** Wrapper mode: the wrapper elements made. */
  wraps?: HTMLElement[];
}

export interface Painter {
  readonly mode: 'highlight' | 'wrap';
  /** Paints the spans of one block (spans in any order, not overlapping). */
  paint(block: TextBlock, spans: PaintSpan[]): Painted[];
  erase(painted: Painted[]): void;
  /** Makes the styles apply inside an open shadow root too (document styles stop at its boundary). */
  styleShadowRoot(root: ShadowRoot): void;
  /** Applies the user's colour overrides. */
  setColors(colors: StatusColors): void;
  /** Erases everything and removes the styles and registered highlights. */
  dispose(): void;
}

export { highlightRegistry } from './highlight-sheet';

export interface PainterOptions {
  /** Use the wrapper even where the highlight API exists (tests). */
  forceWrap?: boolean;
  colors?: StatusColors;
}

export function createPainter(doc: Document, options: PainterOptions = {}): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = options.forceWrap ? null : highlightRegistry(win);
  const colors = options.colors ?? {};
  return registry ? highlightPainter(doc, win, registry, colors) : wrapPainter(doc, colors);
}

// --- Style sheets -----------------------------------------------------------

/**
 * Keeps one constructed style sheet adopted by the document and by every open
 * shadow root holding a mention (document styles stop at a shadow boundary).
 * Adopted sheets are not nodes, so the DOM stays exactly as the page made it.
 *
 * In highlight mode the sheet is the one adopted at document_start, when
 * there is one (see highlight-sheet.ts): adopting a sheet now would restyle
 * the whole page in one long task. That shared sheet stays in the document
 * when the painter is disposed, holding rules for highlights no longer
 * registered, so that painting again later costs nothing either.
 */
function sheetKeeper(doc: Document, cssFor: (colors: StatusColors) => string, colors: StatusColors, shared: SharedSheet | null) {
  const win = doc.defaultView as Window & typeof globalThis;
  let css = shared ? shared.css : cssFor(colors);
  const sheet = shared ? shared.sheet : constructSheet(win, css);
  const targets: Array<Document | ShadowRoot> = [];
  const adopt = (target: Document | ShadowRoot) => {
    if (!sheet || !('adoptedStyleSheets' in target)) return;
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    targets.push(target);
  };
  if (!shared) adopt(doc);
  const styled = new WeakSet<ShadowRoot>();
  const keeper = {
    styleShadowRoot(root: ShadowRoot) {
      if (styled.has(root)) return;
      styled.add(root);
      adopt(root);
    },
    /** Rewrites the rules, which restyles the page too: only when they differ. */
    setColors(next: StatusColors) {
      const nextCss = cssFor(next);
      if (nextCss === css || !sheet) return;
      css = nextCss;
      sheet.replaceSync(css);
      if (shared) shared.css = css;
    },
    dispose() {
      for (const target of targets.splice(0)) {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    },
  };
  // The shared sheet holds the default rules (or an earlier painter's): bring in the user's colours.
  keeper.setColors(colors);
  return keeper;
}

// --- CSS Custom Highlight API ------------------------------------------------

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

function highlightPainter(
  doc: Document,
  win: Window & typeof globalThis,
  registry: HighlightRegistryLike,
  colors: StatusColors,
): Painter {
  const sheets = sheetKeeper(doc, highlightCss, colors, sharedSheetOf(doc));
  const HighlightCtor = (win as unknown as { Highlight: new () => HighlightLike }).Highlight;
  const highlights = new Map<Status, HighlightLike>();
  const highlightFor = (status: Status): HighlightLike => {
    let h = highlights.get(status);
    if (!h) {
      h = new HighlightCtor();
      highlights.set(status, h);
      registry.set(highlightName(status), h);
    }
    return h;
  };
  return {
    mode: 'highlight',
    paint(block, spans) {
      return spans.map((span) => {
        const a = pointAt(block, span.start, true);
        const b = pointAt(block, span.end, false);
        const range = makeRange(doc, win, a.node, a.offset, b.node, b.offset);
        highlightFor(span.status).add(range);
        return { status: span.status, range };
      });
    },
    erase(painted) {
      for (const p of painted) if (p.range) highlights.get(p.status)?.delete(p.range);
    },
    styleShadowRoot: sheets.styleShadowRoot,
    setColors: sheets.setColors,
    dispose() {
      for (const [status, h] of highlights) {
        h.clear();
        // Only unregister what is still ours.
        if (registry.get(highlightName(status)) === h) registry.delete(highlightName(status));
      }
      highlights.clear();
      sheets.dispose();
    },
  };
}

/**
 * A StaticRange where the browser has one: cheap, and not kept up to date on
 * every DOM change, which the annotator makes unnecessary by repainting the
 * blocks a change touches. A live Range otherwise.
 */
function makeRange(doc: Document, win: Window & typeof globalThis, sn: Text, so: number, en: Text, eo: number): AbstractRange {
  if (typeof win.StaticRange === 'function') {
    return new win.StaticRange({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo });
  }
  const range = doc.createRange();
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}

// --- Fallback: wrapper elements ---------------------------------------------

function wrapPainter(doc: Document, colors: StatusColors): Painter {
  const sheets = sheetKeeper(doc, (c) => wrapperCss(WRAPPER_TAG, c), colors, null);
  const live = new Set<Painted>();
  // Text nodes the wrapper split off: the only nodes it merges back.
  const splits = new WeakSet<Text>();
  return {
    mode: 'wrap',
    paint(block, spans) {
      // From the last span to the first: splitting a node keeps its head in
      // place, so the offsets of earlier spans stay valid.
      const order = spans.map((_, i) => i).sort((x, y) => spans[y]!.start - spans[x]!.start);
      const out: Painted[] = new Array(spans.length);
      for (const i of order) {
        const painted = { status: spans[i]!.status, wraps: wrapSpan(doc, block, spans[i]!, splits) };
        live.add(painted);
        out[i] = painted;
      }
      return out;
    },
    erase(painted) {
      for (const p of painted) {
        live.delete(p);
        for (const mark of p.wraps ?? []) unwrap(mark, splits);
      }
    },
    styleShadowRoot: sheets.styleShadowRoot,
    setColors: sheets.setColors,
    dispose() {
      this.erase([...live]);
      sheets.dispose();
    },
  };
}

/** Wraps the part of each text node the span covers. */
function wrapSpan(doc: Document, block: TextBlock, span: PaintSpan, splits: WeakSet<Text>): HTMLElement[] {
  const wraps: HTMLElement[] = [];
  for (let i = block.nodes.length - 1; i >= 0; i--) {
    const nodeStart = block.starts[i]!;
    const node = block.nodes[i]!;
    const nodeEnd = nodeStart + node.data.length;
    const from = Math.max(span.start, nodeStart);
    const to = Math.min(span.end, nodeEnd);
    if (from >= to || !node.parentNode) continue;
    wraps.push(wrapPart(doc, node, from - nodeStart, to - nodeStart, span, splits));
  }
  return wraps;
}

function wrapPart(doc: Document, node: Text, from: number, to: number, span: PaintSpan, splits: WeakSet<Text>): HTMLElement {
  if (to < node.data.length) splits.add(node.splitText(to));
  let middle = node;
  if (from > 0) {
    middle = node.splitText(from);
    splits.add(middle);
  }
  const mark = doc.createElement(WRAPPER_TAG);
  mark.setAttribute('data-status', span.status);
  mark.setAttribute('data-mention', String(span.id));
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return mark;
}

/**
 * Puts the wrapped text back, then merges each piece the wrapper split off
 * into the text node before it. Works in any order: a piece whose neighbour
 * is still wrapped is merged when that neighbour is unwrapped.
 */
function unwrap(mark: HTMLElement, splits: WeakSet<Text>): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const first = mark.firstChild;
  const last = mark.lastChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  if (!first || !last) return;
  const after = last.nextSibling;
  mergeIntoPrevious(first, splits);
  if (after) mergeIntoPrevious(after, splits);
}

function mergeIntoPrevious(node: Node, splits: WeakSet<Text>): void {
  const prev = node.previousSibling;
  if (node.nodeType !== 3 || !splits.has(node as Text) || !prev || prev.nodeType !== 3) return;
  (prev as Text).appendData((node as Text).data);
  splits.delete(node as Text);
  node.parentNode!.removeChild(node);
}
