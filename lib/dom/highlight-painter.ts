/**
 * Painting mentions.
 *
 * Preferred: the CSS Custom Highlight API. One `Highlight` per status holds
 * static ranges over the page's own text nodes, and `::highlight()` rules the
 * browser injects for the extension draw them (see highlight-sheet.ts), so
 * the page's DOM and style sheets are not touched at all:
 * frameworks that own the markup never see a foreign node.
 *
 * Fallback, where `CSS.highlights` is missing: each mention's text is wrapped
 * in an `<ol-mark>` element. Every split the wrapper makes is remembered, so
 * removal unwraps and merges back exactly the text nodes it split, and
 * nothing else on the page is normalized.
 */
import type { Status } from '../kb/schema';
import { highlightCss, highlightName, highlightOverrideCss, wrapperCss, type HighlightScope, type StatusColors } from './highlight-styles';
import { constructSheet, highlightRegistry, type HighlightRegistryLike } from './highlight-sheet';
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
  /** Where the injected highlight rules are written, so the user's colours go there too (default: every element). */
  scope?: HighlightScope;
}

export function createPainter(doc: Document, options: PainterOptions = {}): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = options.forceWrap ? null : highlightRegistry(win);
  const colors = options.colors ?? {};
  return registry ? highlightPainter(doc, win, registry, colors, options.scope ?? '') : wrapPainter(doc, colors);
}

// --- Style sheets -----------------------------------------------------------

/**
 * Keeps constructed style sheets adopted where they are needed: one for the
 * document (when `documentCss` has rules) and one for every open shadow root
 * holding a mention (document styles stop at a shadow boundary). Adopted
 * sheets are not nodes, so the DOM stays exactly as the page made it.
 */
function sheetKeeper(
  doc: Document,
  documentCss: (colors: StatusColors) => string,
  rootCss: (colors: StatusColors) => string,
  colors: StatusColors,
) {
  const win = doc.defaultView as Window & typeof globalThis;
  const adopted = new Map<Document | ShadowRoot, CSSStyleSheet>();
  const styled = new WeakSet<ShadowRoot>();
  let current = colors;
  /** Puts `css` in the target's own sheet, adopting or dropping the sheet as needed. */
  const apply = (target: Document | ShadowRoot, css: string) => {
    if (!('adoptedStyleSheets' in target)) return;
    const sheet = adopted.get(target);
    if (!css) {
      if (sheet) drop(target, sheet);
      return;
    }
    if (sheet) {
      sheet.replaceSync(css);
      return;
    }
    const made = constructSheet(win, css);
    if (!made) return;
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, made];
    adopted.set(target, made);
  };
  const drop = (target: Document | ShadowRoot, sheet: CSSStyleSheet) => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    adopted.delete(target);
  };
  apply(doc, documentCss(colors));
  return {
    styleShadowRoot(root: ShadowRoot) {
      if (styled.has(root)) return;
      styled.add(root);
      apply(root, rootCss(current));
    },
    /** Rewrites the rules, which restyles the page too: only when they differ. */
    setColors(next: StatusColors) {
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      current = next;
      for (const target of [...adopted.keys()]) {
        apply(target, target === doc ? documentCss(next) : rootCss(next));
      }
      if (!adopted.has(doc)) apply(doc, documentCss(next));
    },
    dispose() {
      for (const [target, sheet] of [...adopted]) drop(target, sheet);
    },
  };
}

// --- CSS Custom Highlight API ------------------------------------------------

interface HighlightLike {
  readonly size: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

function highlightPainter(
  doc: Document,
  win: Window & typeof globalThis,
  registry: HighlightRegistryLike,
  colors: StatusColors,
  scope: HighlightScope,
): Painter {
  // The default rules are injected by the browser (highlights.css); only the
  // user's colours, and shadow roots, need a sheet of ours.
  // The user's colours go where the injected rules are (see HighlightScope); a shadow
  // root's sheet matches its every element, as `:root` matches nothing there.
  const sheets = sheetKeeper(doc, (c) => highlightOverrideCss(c, scope), highlightCss, colors);
  const HighlightCtor = (win as unknown as { Highlight: new () => HighlightLike }).Highlight;
  const highlights = new Map<Status, HighlightLike>();
  /** Our ranges per status, to restore a highlight the page tampered with. */
  const ours = new Map<Status, Set<AbstractRange>>();
  const highlightFor = (status: Status): HighlightLike => {
    let h = highlights.get(status);
    if (!h) {
      h = new HighlightCtor();
      highlights.set(status, h);
      ours.set(status, new Set());
      registry.set(highlightName(status), h);
    }
    return h;
  };
  /**
   * The registry is shared with the page, which can add its own ranges to our
   * highlights (they would wear a verdict style they were never given) or
   * replace or delete them. Sizes tell cheaply when that happened; only then
   * is the highlight rebuilt from our own ranges. (Rebuilt rather than
   * filtered: Firefox does not let a content script iterate a page object's
   * set-like entries.)
   */
  const reclaim = () => {
    for (const [status, h] of highlights) {
      if (registry.get(highlightName(status)) !== h) registry.set(highlightName(status), h);
      const own = ours.get(status)!;
      if (h.size === own.size) continue;
      h.clear();
      for (const range of own) h.add(range);
    }
  };
  return {
    mode: 'highlight',
    paint(block, spans) {
      reclaim();
      return spans.map((span) => {
        const a = pointAt(block, span.start, true);
        const b = pointAt(block, span.end, false);
        const range = makeRange(doc, win, a.node, a.offset, b.node, b.offset);
        const h = highlightFor(span.status);
        h.add(range);
        ours.get(span.status)!.add(range);
        return { status: span.status, range };
      });
    },
    erase(painted) {
      for (const p of painted) {
        if (!p.range) continue;
        highlights.get(p.status)?.delete(p.range);
        ours.get(p.status)?.delete(p.range);
      }
    },
    styleShadowRoot: sheets.styleShadowRoot,
    setColors: sheets.setColors,
    dispose() {
      for (const [status, h] of highlights) {
        h.clear();
        ours.get(status)!.clear();
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
  const css = (c: StatusColors) => wrapperCss(WRAPPER_TAG, c);
  const sheets = sheetKeeper(doc, css, css, colors);
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
