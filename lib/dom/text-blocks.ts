/**
 * Collecting a page's text in blocks.
 *
 * A name is often split over inline elements (`<b>Open</b>AI`, `<a>ديب</a> سيك`),
 * so matching one text node at a time would miss it. A block is a run of text
 * nodes with no block-level boundary between them: their texts are joined into
 * one string, and an offset map leads any index of that string back to a
 * (text node, offset) pair, from which DOM ranges are built.
 *
 * What is never read: scripts and styles, form fields, editable content (a
 * highlight there would fight the user's caret), and the extension's own UI.
 */

/** Elements whose text is rendered inline with their neighbours'. Anything else ends a block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE',
  'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'OL-MARK',
]);

/** Elements whose content is never page text a reader sees as prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Attribute that marks the extension's own elements (the card's host). */
export const OWN_UI_ATTR = 'data-openness-lens';

/**
 * Any element that would end a block or be skipped: neither inline nor free
 * of the attributes that skip an element. A container where this matches
 * nothing is one block, read through its textContent. (`contenteditable`
 * in any form sends the container down the node-by-node walk, which knows
 * "false" inside an editor.)
 */
const NOT_INLINE = `:not(${[...INLINE_TAGS].map((t) => t.toLowerCase()).join(',')}),[contenteditable],[${OWN_UI_ATTR}]`;

/** Block container: an element, or an open shadow root (its top level). */
export type Container = Element | ShadowRoot;

export interface TextBlock {
  container: Container;
  /** The text nodes of the block, in document order (for a leaf block, see `leaf`). */
  nodes: Text[];
  /** starts[i] is the index in `text` where nodes[i] begins. */
  starts: number[];
  text: string;
  /**
   * A container holding only text and inline elements (one block, all of
   * it), read in one go through its textContent without touching the nodes.
   * `nodes` and `starts` stay empty until resolveLeafNodes() fills them with
   * just the nodes mentions lie in.
   */
  leaf?: true;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

const INLINE = 1;
const SKIPPED = 2;
/** A line break: ends the current block, holds no text. */
const BREAK = 4;
/**
 * What a tag name is (INLINE, SKIPPED bits), by the name as the DOM spells
 * it: every element of a page is asked, and a page has few distinct names.
 */
const tagKinds = new Map<string, number>();

function kindOf(el: Element): number {
  const tag = el.tagName;
  let kind = tagKinds.get(tag);
  if (kind === undefined) {
    const upper = tag.toUpperCase();
    kind = (INLINE_TAGS.has(upper) ? INLINE : 0) | (SKIPPED_TAGS.has(upper) ? SKIPPED : 0) | (upper === 'BR' ? BREAK : 0);
    // Custom element names are unbounded; stop remembering past a few hundred.
    if (tagKinds.size < 512) tagKinds.set(tag, kind);
  }
  return kind;
}

export function isInlineElement(el: Element): boolean {
  return (kindOf(el) & INLINE) !== 0;
}

/** An element whose own text is not read, wherever it sits. */
export function isSkippedElement(el: Element): boolean {
  return (kindOf(el) & SKIPPED) !== 0 || skippedByAttributes(el);
}

/** The extension's own UI, or editable content. */
function skippedByAttributes(el: Element): boolean {
  // One call for the many elements with no attribute at all, instead of two lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTR)) return true;
  const editable = el.getAttribute('contenteditable');
  // `contenteditable="false"` inside an editor is still editor content; the
  // ancestor check in isInsideSkipped covers that case.
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** The parent in the composed tree: a shadow root leads to its host. */
function parentOf(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  const host = (node as ShadowRoot).host;
  return host ?? null;
}

/** True when the node sits in a skipped element (or the document is in design mode). */
export function isInsideSkipped(node: Node): boolean {
  const doc = node.ownerDocument ?? (node as Document);
  if (doc.designMode === 'on') return true;
  for (let n: Node | null = node; n; n = parentOf(n)) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/** The block container a node's text belongs to: its nearest non-inline ancestor (or shadow root). */
export function containerOf(node: Node): Container | null {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 11) return (n as ShadowRoot).host ? (n as ShadowRoot) : null;
    if (n.nodeType === 1 && !isInlineElement(n as Element)) return n as Element;
  }
  return null;
}

export interface CollectOptions {
  /** Only the container's own inline content: stop at nested block elements instead of entering them. */
  shallow?: boolean;
  /** Called for each open shadow root met, so the caller can observe it and style it. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Marks a point in a walk where the caller may yield to the page (see iterateTextBlocksPausing). */
export const PAUSE: unique symbol = Symbol('pause');
export type Pause = typeof PAUSE;

/**
 * Yields the text blocks under `root`, in document order, one at a time so
 * that a caller can stop between blocks and yield to the page.
 */
export function* iterateTextBlocks(root: Container | Document, options: CollectOptions = {}): Generator<TextBlock> {
  for (const item of iterateTextBlocksPausing(root, options, Infinity)) if (item !== PAUSE) yield item;
}

/**
 * iterateTextBlocks, with a PAUSE yielded after every `every` nodes visited,
 * also in the middle of a block. One block can hold 50,000 text nodes (a page
 * that appends words one node at a time), and collecting it in one go is a
 * long task; at a PAUSE the caller may give the page its turn, and the walk
 * goes on where it was. A block collected across pauses may have changed
 * meanwhile: the caller checks it before use.
 */
export function* iterateTextBlocksPausing(
  root: Container | Document,
  options: CollectOptions,
  every: number,
): Generator<TextBlock | Pause> {
  const start: Container | null =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Container);
  if (!start) return;
  if (root.nodeType === 9 && (root as Document).designMode === 'on') return;
  yield* walkContainer(start, options, { every, left: every });
}

/** Collects every block under `root` at once, each with all its nodes (tests, small subtrees). */
export function collectTextBlocks(root: Container | Document, options: CollectOptions = {}): TextBlock[] {
  const blocks = [...iterateTextBlocks(root, options)];
  for (const b of blocks) if (b.leaf) resolveLeafNodes(b, [{ start: 0, end: b.text.length }]);
  return blocks;
}

/** Nodes left to visit before the next PAUSE. */
interface PauseCounter {
  every: number;
  left: number;
}

/**
 * Walks a container's inline content node by node (a cursor, not a stack of
 * children: an element can hold 50,000 text nodes, and listing them would be
 * one long step), yielding each block as it ends and entering nested block
 * containers as it meets them.
 */
function* walkContainer(container: Container, options: CollectOptions, counter: PauseCounter, checked = false): Generator<TextBlock | Pause> {
  if (!checked && container.nodeType === 1 && isSkippedElement(container as Element)) return;
  if (isTextLeaf(container)) {
    const text = container.textContent ?? '';
    counter.left -= 1;
    if (/\S/.test(text)) yield { container, nodes: [], starts: [], text, leaf: true };
    return;
  }
  let current = newBlock(container);
  // Shadow roots are containers of their own, read after the light content.
  const shadows = new Set<ShadowRoot>();
  const ownShadow = (container as Element).shadowRoot;
  if (ownShadow) shadows.add(ownShadow);
  let restarted = false;
  let node: Node | null = container.firstChild;
  while (node) {
    if (--counter.left <= 0) {
      counter.left = counter.every;
      yield PAUSE;
      if (!container.contains(node)) {
        // The page took the node away meanwhile, and the way on with it. Read
        // the container again from its start (committing a block again only
        // replaces its earlier reading), once; after that, leave the rest to
        // the reading that follows the page's change.
        if (restarted) return;
        restarted = true;
        current = newBlock(container);
        node = container.firstChild;
        continue;
      }
    }
    let enter = false;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data.length > 0) appendText(current, node as Text, data);
    } else if (type === 1) {
      const el = node as Element;
      // The tag's kind is read once per element: each DOM read crosses into the browser.
      const kind = kindOf(el);
      const skipped = (kind & SKIPPED) !== 0 || skippedByAttributes(el);
      if (skipped || kind & BREAK || !(kind & INLINE)) {
        // A block, a line break or a skipped element ends the current block.
        if (isReadable(current)) yield current;
        current = newBlock(container);
        if (!skipped && !(kind & BREAK) && !options.shallow) yield* walkContainer(el, options, counter, true);
      } else {
        if (el.shadowRoot) shadows.add(el.shadowRoot);
        enter = el.firstChild !== null;
      }
    }
    node = enter ? node.firstChild : nextAfter(node, container);
  }
  if (isReadable(current)) yield current;
  if (options.shallow) return;
  for (const shadow of shadows) {
    options.onShadowRoot?.(shadow);
    yield* walkContainer(shadow, options, counter);
  }
}

/**
 * A container whose content is one block: several text children (a
 * paragraph a page built one word at a time), or text and inline elements
 * only (most paragraphs of an article: text, links, bold). Its textContent
 * is its one block's text. Reading that is a single call, where reading the
 * nodes one by one makes a script object for each of them and crosses into
 * the browser several times per node: in a CPU profile of the 1 MB bench
 * article the walk took 190 ms node by node and 48 ms this way; on a page of
 * 100,000 text nodes, it makes enough garbage to set off a long collection. A single text child is read as usual; that costs nothing
 * extra. (An inline element hosting a shadow root inside such a paragraph is
 * the one thing this misses: the node-by-node walk reads that root too.)
 */
function isTextLeaf(container: Container): boolean {
  if ((container as Element).shadowRoot) return false;
  if (container.childElementCount === 0) return container.firstChild !== container.lastChild;
  return container.querySelector(NOT_INLINE) === null;
}

/**
 * Fills a leaf block's `nodes` and `starts` with the text nodes that the
 * spans (mentions) lie in, and no others: enough for pointAt() within the
 * spans. Walks the container only as far as the last span. False when the
 * container's text no longer reads as the block's text, which means the page
 * changed it since it was read; its own mutation batch reads it again.
 */
export function resolveLeafNodes(block: TextBlock, spans: readonly { start: number; end: number }[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  let k = 0;
  const doc = block.container.ownerDocument!;
  // Text nodes only, in document order, as textContent joins them (comments hold no text).
  const walker = doc.createTreeWalker(block.container, 0x4 | 0x8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let n = walker.nextNode(); n && k < sorted.length; n = walker.nextNode()) {
    // `length`, not `data.length`: no string is made for the nodes passed over.
    const end = at + (n as Text).length;
    while (k < sorted.length && sorted[k]!.end <= at) k++;
    if (end > at && k < sorted.length && sorted[k]!.start < end) {
      nodes.push(n as Text);
      starts.push(at);
    }
    at = end;
  }
  while (k < sorted.length && sorted[k]!.end <= at) k++;
  if (k < sorted.length || nodes.length === 0) return false; // the text ends before the last span
  // Each node's text read once. An equality test against a slice of the block's text compares in bulk; startsWith
  // with a position compares code unit by code unit, and measured three times slower on mixed Arabic and Latin text.
  for (let i = 0; i < nodes.length; i++) {
    const data = nodes[i]!.data;
    if (block.text.slice(starts[i], starts[i]! + data.length) !== data) return false;
  }
  // Copies of exact length: arrays grown by push keep room for 17 items, and a page keeps one pair per block it highlights.
  block.nodes = nodes.slice();
  block.starts = starts.slice();
  return true;
}

/** The node after `node` in document order, not entering it, without leaving `container`. */
function nextAfter(node: Node, container: Node): Node | null {
  for (let n: Node | null = node; n && n !== container; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function newBlock(container: Container): TextBlock {
  return { container, nodes: [], starts: [], text: '' };
}

function appendText(block: TextBlock, node: Text, data: string): void {
  block.starts.push(block.text.length);
  block.nodes.push(node);
  block.text += data;
}

/** A block worth scanning: it holds some non-space text. */
function isReadable(block: TextBlock): boolean {
  return block.nodes.length > 0 && /\S/.test(block.text);
}

/**
 * The DOM point of a string index in a block. An index on a boundary between
 * two nodes resolves to the start of the later node for a range start
 * (`preferNext`) and the end of the earlier node for a range end, so ranges
 * never reach into a neighbouring element they do not cover.
 */
export function pointAt(block: TextBlock, index: number, preferNext: boolean): DomPoint {
  const i = nodeIndexAt(block, index, preferNext);
  const node = block.nodes[i]!;
  return { node, offset: Math.min(index - block.starts[i]!, node.data.length) };
}

/** The position in `block.nodes` of the node pointAt() resolves `index` to. */
export function nodeIndexAt(block: TextBlock, index: number, preferNext: boolean): number {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  let i = lo;
  if (!preferNext && i > 0 && starts[i] === index) i -= 1;
  // Empty text nodes share a start with their successor; step past them for a start point.
  while (preferNext && i < nodes.length - 1 && index - starts[i]! >= nodes[i]!.data.length) i += 1;
  return i;
}
