/**
 * Turning a batch of mutation records into the least work that brings the
 * highlights up to date: which block containers to reread (only their own
 * inline text), which added subtrees to read in full, or, for a burst that
 * touches much of the page, one full rescan.
 */
import { containerOf, isInlineElement, isInsideSkipped, isSkippedElement, type Container } from './text-blocks';

export interface RescanPlan {
  full: boolean;
  /** Containers whose own inline text changed: reread shallowly. */
  shallow: Container[];
  /** Added subtrees: read in full. */
  deep: Container[];
}

/** Above this many regions in one batch, one full rescan is cheaper than many small ones. */
export const BURST_LIMIT = 150;

export function planRescan(records: MutationRecord[], burstLimit = BURST_LIMIT): RescanPlan {
  const shallow = new Set<Container>();
  const deep = new Set<Container>();
  const skipCache = new Map<Node, boolean>();
  const skipped = (node: Node) => {
    let v = skipCache.get(node);
    if (v === undefined) skipCache.set(node, (v = isInsideSkipped(node)));
    return v;
  };

  const added = new Set<Node>();
  for (const record of records) if (record.type === 'childList') record.addedNodes.forEach((n) => added.add(n));

  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      const c = containerOf(target);
      if (c && !skipped(target)) shallow.add(c);
    } else if (record.type === 'childList') {
      if (onlyOwnNodes(record) || skipped(target)) continue;
      const c = targetContainer(target);
      if (c && !leavesInlineTextAlone(record, added)) shallow.add(c);
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1) for (const b of topBlocksIn(node as Element)) deep.add(b);
      });
    }
    if (shallow.size + deep.size > burstLimit) return { full: true, shallow: [], deep: [] };
  }

  const deepList = outermost([...deep]);
  const deepSet = new Set<Node>(deepList);
  const shallowList = [...shallow].filter((c) => !insideAny(deepSet, c));
  return { full: false, shallow: shallowList, deep: deepList };
}

/** The container whose inline text a child list change affects. */
function targetContainer(target: Node): Container | null {
  if (target.nodeType === 11) return (target as ShadowRoot).host ? (target as ShadowRoot) : null;
  if (target.nodeType === 1 && !isInlineElement(target as Element)) return target as Element;
  return containerOf(target);
}

/**
 * Does this child list change leave the target container's own inline text
 * exactly as it was? True when it only adds elements that end a block (block
 * elements, line breaks, skipped elements) and each run of them sits at a
 * block boundary: by an edge of the container or by a block that was there
 * before (an infinite-scroll feed appending paragraphs). Rereading the
 * container there would cost a pass over all its children, a cost that grows
 * with the page.
 *
 * Read from the page as it is now, not from the record's sibling fields
 * (which not every DOM fills in): `added` holds every node the batch added,
 * so runs added by several records are judged together.
 */
export function leavesInlineTextAlone(record: MutationRecord, added: ReadonlySet<Node>): boolean {
  const target = record.target;
  // Only a container's own child list: inside an inline element, its edges are no boundary.
  const isContainer = target.nodeType === 11 || (target.nodeType === 1 && !isInlineElement(target as Element));
  if (!isContainer || hasVisible(record.removedNodes)) return false;
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1 && node.nodeType !== 3) continue;
    if (!endsBlock(node) || node.parentNode !== target) return false;
    const before = node.previousSibling;
    if (before && added.has(before)) continue; // judged with the start of its run
    let last: Node = node;
    while (last.nextSibling && added.has(last.nextSibling)) last = last.nextSibling;
    if (!isEdge(before) && !isEdge(last.nextSibling)) return false;
  }
  return true;
}

function hasVisible(list: NodeList): boolean {
  for (const n of list) if (n.nodeType === 1 || n.nodeType === 3) return true;
  return false;
}

/** A node that ends the current block where it stands (see walkContainer in text-blocks). */
function endsBlock(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.tagName === 'BR' || isSkippedElement(el) || !isInlineElement(el);
}

/** A block boundary in its container: the container's edge or a block-ending element. */
function isEdge(sibling: Node | null): boolean {
  return sibling === null || endsBlock(sibling);
}

/** A record that only adds or removes skipped elements, such as the card's host. */
function onlyOwnNodes(record: MutationRecord): boolean {
  const all = [...record.addedNodes, ...record.removedNodes];
  return all.length > 0 && all.every((n) => n.nodeType === 1 && isSkippedElement(n as Element));
}

/** The block-level elements in an added subtree that no other block in it encloses (the node itself if it is one). */
export function topBlocksIn(el: Element): Element[] {
  if (isSkippedElement(el)) return [];
  if (!isInlineElement(el)) return [el];
  const found: Element[] = [];
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkippedElement(c)) continue;
      if (isInlineElement(c)) stack.push(c);
      else found.push(c);
    }
  }
  return found;
}

/** Is `inner` inside `outer`, crossing shadow boundaries? */
export function composedContains(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === outer) return true;
  }
  return false;
}

/** Is one of `set`'s nodes a proper composed ancestor of `node`? Costs the node's depth, not the set's size. */
export function insideAny(set: ReadonlySet<Node>, node: Node): boolean {
  if (set.size === 0) return false;
  for (let n = composedParent(node); n; n = composedParent(n)) if (set.has(n)) return true;
  return false;
}

function composedParent(n: Node): Node | null {
  return n.parentNode ?? (n as ShadowRoot).host ?? null;
}

/** The containers no other container of the list encloses. */
function outermost(list: Container[]): Container[] {
  const set = new Set<Node>(list);
  return list.filter((c) => !insideAny(set, c));
}
