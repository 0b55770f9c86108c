/**
 * The mentions found on a page, kept by block: each reading of a block that
 * found something becomes one record, reachable from its container, from the
 * text nodes its mentions lie in, and per mention from its painted range and
 * its id. Painting is not done here: the owner is told when a record goes
 * (`onDrop`), so it can erase what it painted.
 */
import type { Status } from '../kb/schema';
import type { EntityCount } from '../messages';
import type { Painted } from './highlight-painter';
import { nodeIndexAt, pointAt, type Container, type TextBlock } from './text-blocks';

export interface MentionRecord {
  id: number;
  entity: string;
  status: Status;
  /** The mention's text, read from its block's. */
  readonly text: string;
  start: number;
  end: number;
  block: TextBlock;
  /** Null when the status is not among those the user highlights. */
  painted: Painted | null;
}

/**
 * A record whose text is read from its block on demand: the block keeps its
 * text anyway, and a copy per mention cost a large page's 6,000 mentions
 * about 140 KB of heap.
 */
class Record implements MentionRecord {
  painted: Painted | null = null;
  constructor(
    public id: number,
    public entity: string,
    public status: Status,
    public start: number,
    public end: number,
    public block: TextBlock,
  ) {}

  get text(): string {
    return this.block.text.slice(this.start, this.end);
  }
}

/** A mention as it enters the records: found in a block, its status settled. */
export type NewMention = Pick<MentionRecord, 'entity' | 'status' | 'start' | 'end'>;

export interface BlockRecord {
  block: TextBlock;
  mentions: MentionRecord[];
  /**
   * The text nodes the mentions lie in: the only nodes mapped back to the
   * record. A block can hold 50,000 nodes, and mapping each of them would
   * cost more than reading the block; a newer reading still finds this one
   * through them, and a change anywhere else in the block re-reads its
   * container, which drops the record by container.
   */
  keys: Text[];
}

export interface MentionRecords {
  /** Records one reading of a block (mentions in the block's offsets); the block's nodes must be resolved. */
  add(block: TextBlock, mentions: readonly NewMention[]): BlockRecord;
  /** Is this record still held (not dropped since)? */
  has(rec: BlockRecord): boolean;
  /** The containers and their records: a snapshot of the containers, the record lists live. */
  byContainer(): Array<[Container, readonly BlockRecord[]]>;
  drop(rec: BlockRecord): void;
  dropContainer(c: Container): void;
  /** Drops the records of every container and text node in `root`'s subtree (shadow trees included). */
  dropWithin(root: Node): void;
  /** Drops the records of an earlier reading of the block's text. */
  dropOlderReadings(block: TextBlock): void;
  /** Drops the records of what a mutation batch took off the page. */
  dropRemoved(records: readonly MutationRecord[]): void;
  dropAll(): void;
  /** Sets a mention's painted state, keeping the range lookup in step. */
  setPainted(m: MentionRecord, painted: Painted | null): void;
  /** Entity tallies, most mentioned first. */
  tally(): EntityCount[];
  /** All mentions, in reading order. */
  all(): MentionRecord[];
  fromRange(range: AbstractRange): MentionRecord | undefined;
  fromId(id: number): MentionRecord | undefined;
  /** The mentions covering a caret position in a text node. */
  atCaret(node: Node, offset: number): MentionRecord[];
}

export interface MentionRecordsOptions {
  doc: Document;
  /** Called as a record is dropped, before it is forgotten (to erase its paint). */
  onDrop?(rec: BlockRecord): void;
}

export function createMentionRecords({ doc, onDrop }: MentionRecordsOptions): MentionRecords {
  // Lists, not sets: a container nearly always holds one record, and a set
  // costs about three times the memory of a one-item list (on a large page,
  // over half a megabyte).
  const containers = new Map<Container, BlockRecord[]>();
  const byNode = new WeakMap<Text, BlockRecord>();
  let nextId = 1;

  function add(block: TextBlock, mentions: readonly NewMention[]): BlockRecord {
    // Mapped, not pushed: a list of exact length (one grown by push keeps room for 17), and a page keeps one per block.
    const rec: BlockRecord = {
      block,
      mentions: mentions.map((m) => new Record(nextId++, m.entity, m.status, m.start, m.end, block)),
      keys: [],
    };
    const list = containers.get(block.container);
    if (list) list.push(rec);
    else containers.set(block.container, [rec]);
    rec.keys = mentionNodes(block, rec.mentions);
    for (const n of rec.keys) byNode.set(n, rec);
    return rec;
  }

  function drop(rec: BlockRecord): void {
    const list = containers.get(rec.block.container);
    const at = list ? list.indexOf(rec) : -1;
    if (at < 0) return;
    list!.splice(at, 1);
    if (list!.length === 0) containers.delete(rec.block.container);
    for (const n of rec.keys) if (byNode.get(n) === rec) byNode.delete(n);
    onDrop?.(rec);
  }

  function dropContainer(c: Container): void {
    for (const rec of [...(containers.get(c) ?? [])]) drop(rec);
  }

  // Walks the subtree rather than the records, so the cost follows the size
  // of what changed, not of the page.
  function dropWithin(root: Node): void {
    forEachComposed(root, (n) => {
      if (n.nodeType === 3) {
        const rec = byNode.get(n as Text);
        if (rec) drop(rec);
      } else if (containers.has(n as Container)) dropContainer(n as Container);
    });
  }

  // A leaf container holds one block, so any record of it is such a reading.
  function dropOlderReadings(block: TextBlock): void {
    if (block.leaf) return dropContainer(block.container);
    for (const n of block.nodes) {
      const old = byNode.get(n);
      if (old) drop(old);
    }
  }

  function dropRemoved(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type !== 'childList') continue;
      r.removedNodes.forEach((n) => {
        if (!n.isConnected) dropWithin(n);
      });
    }
  }

  function dropAll(): void {
    for (const c of [...containers.keys()]) dropContainer(c);
  }

  /** Records whose container left the page. Costs every record: for queries that read them all anyway. */
  function sweepDetached(): void {
    for (const c of [...containers.keys()]) if (!c.isConnected) dropContainer(c);
  }

  function setPainted(m: MentionRecord, painted: Painted | null): void {
    m.painted = painted;
  }

  /**
   * Found through the text node the range starts in, whose record holds it:
   * a map by range cost a large page about 100 KB, and the block's few
   * mentions are read in no time, even once a frame under the pointer.
   */
  function fromRange(range: AbstractRange): MentionRecord | undefined {
    const rec = range.startContainer.nodeType === 3 ? byNode.get(range.startContainer as Text) : undefined;
    return rec?.mentions.find((m) => m.painted?.range === range);
  }

  function tally(): EntityCount[] {
    sweepDetached();
    const counts = new Map<string, EntityCount>();
    for (const list of containers.values()) {
      for (const rec of list) {
        for (const m of rec.mentions) {
          const c = counts.get(m.entity);
          if (c) c.count++;
          else counts.set(m.entity, { entity: m.entity, count: 1, status: m.status });
        }
      }
    }
    // Ids are plain ASCII: compared by code unit, not localeCompare, whose first call loads a collator (~10 ms on a page).
    return [...counts.values()].sort((a, b) => b.count - a.count || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
  }

  function all(): MentionRecord[] {
    sweepDetached();
    const recs: BlockRecord[] = [];
    for (const list of containers.values()) recs.push(...list);
    const list: MentionRecord[] = [];
    if (recs.length <= FEW_BLOCKS) {
      for (const rec of recs) list.push(...rec.mentions);
      return list.sort(documentOrder);
    }
    // compareDocumentPosition steps over siblings: on a feed of thousands of
    // paragraphs a sort with it takes most of a second. One walk of the page
    // numbers the blocks instead.
    const rank = readingOrder(doc, new Set(recs.map((r) => r.block.nodes[0]!)));
    const at = (rec: BlockRecord) => rank.get(rec.block.nodes[0]!) ?? Infinity;
    recs.sort((x, y) => at(x) - at(y));
    for (const rec of recs) list.push(...[...rec.mentions].sort((x, y) => x.start - y.start));
    return list;
  }

  /**
   * Read through the records rather than kept in a map: only a click in the
   * wrapper fallback asks, and a map by id cost a large page about 100 KB.
   */
  function fromId(id: number): MentionRecord | undefined {
    for (const list of containers.values()) {
      for (const rec of list) for (const m of rec.mentions) if (m.id === id) return m;
    }
    return undefined;
  }

  function atCaret(node: Node, offset: number): MentionRecord[] {
    const rec = node.nodeType === 3 ? byNode.get(node as Text) : undefined;
    if (!rec) return [];
    const i = rec.block.nodes.indexOf(node as Text);
    if (i < 0) return [];
    const at = rec.block.starts[i]! + offset;
    return rec.mentions.filter((m) => m.start <= at && at <= m.end);
  }

  return {
    add,
    has: (rec) => containers.get(rec.block.container)?.includes(rec) ?? false,
    byContainer: () => [...containers],
    drop,
    dropContainer,
    dropWithin,
    dropOlderReadings,
    dropRemoved,
    dropAll,
    setPainted,
    tally,
    all,
    fromRange,
    fromId,
    atCaret,
  };
}

/** A live range over a mention, for positioning and scrolling; null once its text left the page. */
export function rangeOfMention(doc: Document, m: MentionRecord): Range | null {
  const range = doc.createRange();
  if (m.painted?.wraps?.length) {
    const marks = m.painted.wraps;
    // Wraps are made last-first; the first in the document is the last made.
    range.setStartBefore(marks[marks.length - 1]!);
    range.setEndAfter(marks[0]!);
    return range;
  }
  const a = pointAt(m.block, m.start, true);
  const b = pointAt(m.block, m.end, false);
  if (!a.node.isConnected || !b.node.isConnected) return null;
  try {
    range.setStart(a.node, Math.min(a.offset, a.node.data.length));
    range.setEnd(b.node, Math.min(b.offset, b.node.data.length));
  } catch {
    return null;
  }
  return range;
}

/** Calls `fn` for `root` and every node under it, entering open shadow roots. */
function forEachComposed(root: Node, fn: (n: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    fn(n);
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
  }
}

/** Up to this many blocks, mentions are sorted by comparing DOM positions. */
const FEW_BLOCKS = 64;

/**
 * The position of each of `wanted`'s text nodes in reading order: the
 * document's order, with an open shadow tree's text where its host stands.
 */
function readingOrder(doc: Document, wanted: ReadonlySet<Text>): Map<Text, number> {
  const rank = new Map<Text, number>();
  const walkTree = (root: Node) => {
    const walker = doc.createTreeWalker(root, 0x1 | 0x4); // elements and text
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        if (wanted.has(n as Text)) rank.set(n as Text, rank.size);
      } else if ((n as Element).shadowRoot) walkTree((n as Element).shadowRoot!);
    }
  };
  walkTree(doc);
  return rank;
}

function documentOrder(a: MentionRecord, b: MentionRecord): number {
  if (a.block === b.block) return a.start - b.start;
  const na = a.block.nodes[0]!;
  const nb = b.block.nodes[0]!;
  const pos = na.compareDocumentPosition(nb);
  if (pos & 4) return -1; // b follows a
  if (pos & 2) return 1;
  return 0;
}

/** The distinct text nodes that the mentions of a block lie in. */
function mentionNodes(block: TextBlock, mentions: readonly MentionRecord[]): Text[] {
  const nodes = new Set<Text>();
  for (const m of mentions) {
    const last = nodeIndexAt(block, m.end, false);
    for (let i = nodeIndexAt(block, m.start, true); i <= last; i++) nodes.add(block.nodes[i]!);
  }
  // A leaf block holds just the nodes its mentions lie in: its own list is
  // the same, and a large page keeps one list per block.
  return nodes.size === block.nodes.length ? block.nodes : [...nodes];
}
