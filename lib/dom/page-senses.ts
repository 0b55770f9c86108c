/**
 * The sense decision (lib/match/sense.ts) on a live page: each text block
 * is a paragraph, the blocks beside its container are its neighbours, and
 * the page is every block read so far.
 *
 * A block whose ambiguous names were set aside is remembered. When a
 * distinctive mention later appears in another block (the rest of the page
 * is read, a live feed adds a paragraph), those blocks are handed back to be
 * read again, so a neighbour can turn an ambiguous name on.
 */
import { anchorsOf, decideSenses } from '../match/sense';
import type { Mention } from '../match/types';
import type { Container, TextBlock } from './text-blocks';

/** How much of each neighbouring block is read for distinctive names. */
const NEIGHBOUR_CHARS = 4000;

export interface PageSenses {
  /** The mentions of a block that count, given the page read so far. */
  keep(block: TextBlock, found: Mention[]): Mention[];
  /** Blocks with names set aside before the page named something new elsewhere: to be read again. */
  takeStale(): TextBlock[];
}

export function createPageSenses(scan: (text: string) => Mention[]): PageSenses {
  /** Containers that named an entity distinctively: each counts once, however often it is re-read. */
  const anchored = new WeakSet<Container>();
  let anchors = 0;
  /** Blocks with names set aside, with the anchor count when they were decided. */
  const held = new Map<TextBlock, number>();

  function neighbourAnchors(container: Container): Set<string> {
    const out = new Set<string>();
    if (!('previousElementSibling' in container)) return out;
    for (const sibling of [container.previousElementSibling, container.nextElementSibling]) {
      const text = sibling?.textContent?.slice(0, NEIGHBOUR_CHARS);
      if (text) for (const id of anchorsOf(text, scan(text))) out.add(id);
    }
    return out;
  }

  function keep(block: TextBlock, found: Mention[]): Mention[] {
    held.delete(block);
    if (found.length === 0) return found;
    if (!anchored.has(block.container) && anchorsOf(block.text, found).size > 0) {
      anchored.add(block.container);
      anchors++;
    }
    const ambiguous = found.some((m) => m.ambiguous !== undefined);
    if (!ambiguous && !block.text.includes('/')) return found;
    const nearby = ambiguous ? neighbourAnchors(block.container) : new Set<string>();
    const kept = decideSenses(block.text, found, { nearby, page: anchors > 0 })
      .filter((d) => d.kept)
      .map((d) => d.mention);
    if (ambiguous && kept.length < found.length) held.set(block, anchors);
    return kept;
  }

  function takeStale(): TextBlock[] {
    const stale: TextBlock[] = [];
    for (const [block, seen] of held) {
      if (seen === anchors && block.container.isConnected) continue;
      held.delete(block);
      if (block.container.isConnected) stale.push(block);
    }
    return stale;
  }

  return { keep, takeStale };
}
