/**
 * Reading a page's blocks in slices. The page keeps changing between slices,
 * so a block read across a pause is checked before it is used.
 */
import { PAUSE, type Pause, type TextBlock } from './text-blocks';

/**
 * The blocks of a pausing walk, with `pause` awaited at each PAUSE (the walk
 * may be in the middle of a block of thousands of nodes). A block collected
 * across a pause whose text changed meanwhile is left out: the change's own
 * mutation batch reads it again. Ends with null once `pause` says the pass
 * was superseded. `changesSeen` counts the page changes observed so far.
 */
export async function* blocksBetweenPauses(
  walk: Generator<TextBlock | Pause>,
  pause: () => Promise<boolean>,
  changesSeen: () => number,
): AsyncGenerator<TextBlock | null> {
  let changes = changesSeen();
  for (const item of walk) {
    if (item === PAUSE) {
      if (!(await pause())) return yield null;
      continue;
    }
    // Checking every node of a block costs as much as reading it: only when
    // the page changed something meanwhile, and never for a leaf block,
    // which is read in one step just before it is handed over.
    const now = changesSeen();
    const changed = now !== changes;
    changes = now;
    if (changed && !item.leaf && !unchangedSince(item)) continue;
    yield item;
  }
}

/** True while every text node of a block still has the length it had when the block was read. */
export function unchangedSince(block: TextBlock): boolean {
  if (block.leaf) return block.container.isConnected && block.container.textContent === block.text;
  return block.nodes.every((n, i) => n.isConnected && n.data.length === (block.starts[i + 1] ?? block.text.length) - block.starts[i]!);
}
