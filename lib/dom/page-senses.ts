/**
 * The sense decision (lib/match/sense.ts) on a live page: each text block
 * is a paragraph, the blocks beside its container are its neighbours, and
 * the page is every block read so far.
 *
 * A block whose ambiguous names were set aside is remembered. When the page
 * names something for the first time, or a block beside it does (the rest of
 * the page is read, a live feed adds a paragraph), it is handed back to be
 * read again, so a neighbour can turn an ambiguous name on.
 */
import { anchorsPlainly, decideRead, forgetWords, insideUrl, isShortCode, plainDecision, readMentions, type ParagraphReading, type SenseContext, type SenseDecision } from '../match/sense';
import { SHORT_NEIGHBOUR, endsSentence, isListItem, otherTopicIn } from '../match/beside-topic';
import type { Cue } from '../match/context-cues';
import type { Mention } from '../match/types';
import { createPagePersons } from '../match/page-persons';
import type { Container, TextBlock } from './text-blocks';

/** How much of each neighbouring block is read for distinctive names. */
const NEIGHBOUR_CHARS = 4000;

export interface PageSenses {
  /** The mentions of a block that count, given the page read so far. */
  keep(block: TextBlock, found: Mention[]): Mention[];
  /** Blocks with names set aside before the page named something new elsewhere: to be read again. */
  takeStale(): TextBlock[];
  /** Empties what only reading the page needed (the decision's word caches, the neighbours read), once it is read. */
  forgetReading(): void;
}

/** A 32-bit FNV-1a hash of the text's code units, cut to 30 bits. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // 30 bits: a small integer, stored without a heap number of its own.
  return hash >>> 2;
}

/** A block's mentions read once: the entities it names by itself, and its full reading when it holds an ambiguous name. */
interface Read {
  found: readonly Mention[];
  names: ReadonlySet<string>;
  /** The entities it names surely enough for the rest of the page (see `ParagraphReading.forThePage`). */
  forThePage: ReadonlySet<string>;
  reading: ParagraphReading | null;
}

/** Readings remembered: a block is read as a neighbour, then for itself a moment later. */
const REMEMBERED = 4;
const NO_NAMES: ReadonlySet<string> = new Set();

function read(text: string, found: readonly Mention[]): Read {
  if (!found.some((m) => m.ambiguous !== undefined)) {
    const names = new Set<string>();
    for (const m of found) if (anchorsPlainly(text, m)) names.add(m.entity);
    return { found, names, forThePage: names, reading: null };
  }
  const reading = readMentions(text, found);
  return { found, names: new Set(reading.anchors.keys()), forThePage: reading.forThePage, reading };
}

/** A short list item, by its marker or its element: its neighbours are other items, strangers to it (see beside-topic.ts). */
function listItem(block: TextBlock): boolean {
  if (block.text.length > SHORT_NEIGHBOUR || endsSentence(block.text)) return false;
  const c = block.container;
  return isListItem(block.text, 0, block.text.length) || !!(c as Element).closest?.('li');
}

/** A word of another topic in the short element right before or after the container (see beside-topic.ts). */
function otherTopicBeside(container: Container, entity: string): Cue | null {
  if (!('previousElementSibling' in container)) return null;
  for (const sibling of [container.previousElementSibling, container.nextElementSibling]) {
    const text = sibling?.textContent?.slice(0, 4 * SHORT_NEIGHBOUR).trim();
    const other = text ? otherTopicIn(text, 0, text.length, entity) : null;
    if (other) return other;
  }
  return null;
}

function decisions(text: string, r: Read, context: SenseContext): SenseDecision[] {
  return r.reading ? decideRead(r.reading, context) : r.found.map((m) => plainDecision(m, insideUrl(text, m)));
}

/**
 * `scan` must give the same array for a text it has just scanned (see
 * recent-scans.ts): a block read as a neighbour is then not read again.
 */
export function createPageSenses(scan: (text: string) => Mention[], changesSeen: () => number = () => NaN): PageSenses {
  const recent: Read[] = [];
  let next = 0;
  function readOnce(text: string, found: readonly Mention[]): Read {
    for (const r of recent) if (r.found === found) return r;
    const r = read(text, found);
    recent[next] = r;
    next = (next + 1) % REMEMBERED;
    return r;
  }

  /** The entities the page names by itself, read so far: whether the page names anything at all. */
  const pageNames = new Set<string>();
  /**
   * The entities the page names surely enough for an ambiguous name of
   * theirs to count anywhere on it (one sense per page): its anchors, and
   * names their own sentences vouch for. Short codes count beside these too.
   */
  const namedOnPage = new Set<string>();
  /** Those of them named outside short list items (see `SenseContext.bodyNames`). */
  const bodyNames = new Set<string>();
  const namesSeen = () => namedOnPage.size + bodyNames.size;
  /** The people the page has named, in reading order. */
  const persons = createPagePersons();
  /** The page named an entity for the first time since the held blocks were last looked at. */
  let newName = false;
  /**
   * Held blocks with a name set aside whose entity the page had not named,
   * with what would change their mind: the page naming that very entity
   * (one sense per page), or, for a short code, naming any entity it had not
   * named when the block was set aside (its maker, maybe). Only such blocks
   * are read again, so a feed that names new entities as it grows does not
   * read every name it set aside each time.
   */
  const waitingForName = new Map<TextBlock, { entities: readonly string[]; names: number; shortCode: boolean }>();
  const held = createHeldBlocks();
  /** Containers that named something since the held blocks were last looked at. */
  const touched = new Set<Container>();

  /**
   * What each neighbour names distinctively, with a fingerprint of the text
   * it was read from (not the text: on a long page that would hold a second
   * copy of it): a paragraph between two others is asked for by both, and a
   * feed's last paragraph by every one appended after it.
   */
  let neighbours = new WeakMap<Element, { print: number; length: number; anchors: readonly string[] }>();
  const NONE: readonly string[] = [];
  /**
   * The last few whole containers read for themselves, with the page's change
   * count then: a block's previous sibling is nearly always the block read
   * just before it, and while the page has changed nothing since, its text
   * need not be read again to be trusted.
   */
  const justRead: { container: Element; text: string; names: ReadonlySet<string>; changes: number }[] = [];
  let nextJustRead = 0;

  function rememberRead(block: TextBlock, names: ReadonlySet<string>): void {
    // Only a container read whole, within what a neighbour is read of, names what it would name as a neighbour.
    if (!block.leaf || block.text.length > NEIGHBOUR_CHARS || !('previousElementSibling' in block.container)) return;
    justRead[nextJustRead] = { container: block.container, text: block.text, names, changes: changesSeen() };
    nextJustRead = (nextJustRead + 1) % REMEMBERED;
  }

  /** Remembers what a neighbour names, for the next time it is asked (the pass's end reads held blocks again). */
  function remembered(sibling: Element, text: string, print: number, names: ReadonlySet<string>): readonly string[] {
    const anchors = names.size === 0 ? NONE : [...names];
    neighbours.set(sibling, { print, length: text.length, anchors });
    return anchors;
  }

  function anchorsOfNeighbour(sibling: Element): readonly string[] | null {
    // NaN (no count of page changes) never equals itself: then the text is always read.
    for (const r of justRead) if (r.container === sibling && r.changes === changesSeen()) return remembered(sibling, r.text, fingerprint(r.text), r.names);
    const text = sibling.textContent?.slice(0, NEIGHBOUR_CHARS);
    if (!text) return null;
    const print = fingerprint(text);
    const known = neighbours.get(sibling);
    if (known && known.print === print && known.length === text.length) return known.anchors;
    // Kept as a list (a set costs three times the memory, and every paragraph of a page may be someone's neighbour).
    return remembered(sibling, text, print, readOnce(text, scan(text)).names);
  }

  function neighbourAnchors(container: Container): Set<string> {
    const out = new Set<string>();
    if (!('previousElementSibling' in container)) return out;
    for (const sibling of [container.previousElementSibling, container.nextElementSibling]) {
      const anchors = sibling ? anchorsOfNeighbour(sibling) : null;
      if (anchors) for (const id of anchors) out.add(id);
    }
    return out;
  }

  function keep(block: TextBlock, found: Mention[]): Mention[] {
    held.delete(block);
    waitingForName.delete(block);
    if (found.length === 0) {
      rememberRead(block, NO_NAMES);
      return found;
    }
    const r = readOnce(block.text, found);
    rememberRead(block, r.names);
    if (r.names.size > 0) {
      touched.add(block.container);
      for (const id of r.names) pageNames.add(id);
    }
    // Asked of the DOM only where it decides: most blocks name what the article has named already.
    let inList: boolean | undefined;
    const isListed = () => (inList ??= listItem(block));
    for (const id of r.forThePage) {
      const body = !bodyNames.has(id) && !isListed();
      if (body) bodyNames.add(id);
      if (namedOnPage.has(id) && !body) continue;
      namedOnPage.add(id);
      newName = true;
    }
    const ambiguous = r.reading !== null;
    if (!ambiguous && !block.text.includes('/')) return found;
    const listed = isListed();
    const nearby = ambiguous && !listed ? neighbourAnchors(block.container) : new Set<string>();
    const named = pageNames.size > 0;
    const besideOtherTopic = (entity: string) => otherTopicBeside(block.container, entity);
    if (r.reading) persons.add(r.reading);
    const decided = decisions(block.text, r, { nearby, page: named, pageNames: namedOnPage, bodyNames, besideOtherTopic, persons: persons.seen, listed });
    const kept = decided.filter((d) => d.kept).map((d) => d.mention);
    if (ambiguous && kept.length < found.length) {
      held.add(block, named);
      const dropped = decided.filter((d) => !d.kept && !bodyNames.has(d.mention.entity)).map((d) => d.mention);
      if (dropped.length > 0) {
        waitingForName.set(block, { entities: dropped.map((m) => m.entity), names: namesSeen(), shortCode: dropped.some(isShortCode) });
      }
    }
    return kept;
  }

  /** Touched containers and every element above them: a neighbour holding one of them may name something new. */
  function aboveTouched(): Set<Node> {
    const above = new Set<Node>();
    for (const c of touched) for (let n: Node | null = c; n && !above.has(n); n = n.parentNode) above.add(n);
    return above;
  }

  /**
   * A held block can change its mind only when the page names something for
   * the first time (anything at all; or, for a short code, an entity it had
   * not named yet, which may be the code's maker), or a block beside it named
   * something: elsewhere on the page, a new name changes nothing for it. Only
   * the containers beside what was touched are looked up, so a growing feed's
   * cost does not grow with the names it has set aside (looking at each held
   * block on every batch did).
   */
  function takeStale(): TextBlock[] {
    const stale: TextBlock[] = [];
    if (pageNames.size > 0) for (const block of held.takeUnnamed()) stale.push(block);
    if (newName) {
      for (const [block, wait] of waitingForName) {
        // Both sets only grow: a block waits for the page to name something it had not, as it names it.
        const named = wait.names !== namesSeen() && (wait.shortCode || wait.entities.some((id) => namedOnPage.has(id)));
        if (!named) continue;
        if (block.container.isConnected) stale.push(block);
        waitingForName.delete(block);
      }
      newName = false;
    } else if (waitingForName.size > 256) {
      // A feed that drops old items must not keep them alive here either.
      for (const block of [...waitingForName.keys()]) if (!block.container.isConnected) waitingForName.delete(block);
    }
    if (touched.size > 0) {
      for (const n of aboveTouched()) {
        // By node type, not instanceof: a node from another frame's document is no instance of this Element.
        if (n.nodeType !== 1) continue;
        // n is the previous or next sibling of the containers beside it.
        for (const beside of [(n as Element).nextElementSibling, (n as Element).previousElementSibling]) {
          if (beside) for (const block of held.takeIn(beside)) stale.push(block);
        }
      }
    }
    touched.clear();
    held.sweep();
    // A block may wait both for a maker and for a neighbour.
    return stale.length > 1 ? [...new Set(stale)] : stale;
  }

  return {
    keep,
    takeStale,
    forgetReading() {
      forgetWords();
      // Asked again only where a live page changes: one entry per neighbour of an ambiguous name was kept for the frame's life.
      neighbours = new WeakMap();
    },
  };
}

/**
 * The blocks whose ambiguous names were set aside, by what would make them
 * change their mind: those decided before the page named anything wait for
 * its first name; the others wait for a name beside their container.
 */
interface HeldBlocks {
  add(block: TextBlock, pageNamed: boolean): void;
  delete(block: TextBlock): void;
  /** Every block decided before the page named anything, taken out. */
  takeUnnamed(): TextBlock[];
  /** The blocks held in `container`, taken out. */
  takeIn(container: Node): TextBlock[];
  /** Forgets blocks no longer in the page, now and then: a feed that drops old items must not keep them alive. */
  sweep(): void;
}

function createHeldBlocks(): HeldBlocks {
  const unnamed = new Set<TextBlock>();
  const named = new Map<Node, Set<TextBlock>>();
  let count = 0;
  let sweepAt = 256;
  const connected = (list: Iterable<TextBlock>) => [...list].filter((b) => b.container.isConnected);
  function remove(block: TextBlock): void {
    if (unnamed.delete(block)) count--;
    const inContainer = named.get(block.container);
    if (inContainer?.delete(block)) {
      count--;
      if (inContainer.size === 0) named.delete(block.container);
    }
  }
  return {
    add(block, pageNamed) {
      remove(block);
      count++;
      if (!pageNamed) unnamed.add(block);
      else {
        let inContainer = named.get(block.container);
        if (!inContainer) named.set(block.container, (inContainer = new Set()));
        inContainer.add(block);
      }
    },
    delete: remove,
    takeUnnamed() {
      const out = connected(unnamed);
      count -= unnamed.size;
      unnamed.clear();
      return out;
    },
    takeIn(container) {
      const inContainer = named.get(container);
      if (!inContainer) return [];
      named.delete(container);
      count -= inContainer.size;
      return connected(inContainer);
    },
    sweep() {
      if (count < sweepAt) return;
      for (const b of [...unnamed]) if (!b.container.isConnected) remove(b);
      for (const list of [...named.values()]) for (const b of [...list]) if (!b.container.isConnected) remove(b);
      sweepAt = Math.max(256, count * 2);
    },
  };
}
