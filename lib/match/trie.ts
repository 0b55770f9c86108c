/**
 * A character trie over normalized alias keys, flattened into typed arrays.
 *
 * The scanner walks it from each word start, so every alias is tried in the
 * same single pass over the text; a walk stops at the first unit no alias
 * continues with, which on ordinary text is the first or second letter.
 * Edges of a node are sorted by code unit: small nodes are scanned, the
 * wide root is binary-searched.
 */

/**
 * Nodes are numbered breadth first over sorted edges, so the edges, listed
 * node after node, lead to nodes 1, 2, 3...: edge e leads to node e + 1, and
 * no array of targets is needed (nor built on every page load).
 */
export interface Trie {
  /** Edges of node i are edgeChar[edgeStart[i] .. edgeStart[i + 1]); edge e leads to node e + 1. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  /** Aliases ending at node i are termAlias[termStart[i] .. termStart[i + 1]). */
  termStart: Int32Array;
  termAlias: Int32Array;
}

export const ROOT = 0;
const LINEAR_LIMIT = 8;

/** Build a trie from (key, alias index) pairs. Duplicate pairs are kept once. */
export function buildTrie(entries: Iterable<readonly [string, number]>): Trie {
  const children: Map<number, number>[] = [new Map()];
  const terms: number[][] = [[]];
  for (const [key, alias] of entries) {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = children[node]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terms.push([]);
        children[node]!.set(code, next);
      }
      node = next;
    }
    const ending = terms[node]!;
    if (!ending.includes(alias)) ending.push(alias);
  }
  return flatten(children, terms);
}

function flatten(children: Map<number, number>[], terms: number[][]): Trie {
  const nodes = children.length;
  // Breadth first over sorted edges: the queue is the new numbering.
  const order = new Int32Array(nodes);
  const sorted: [number, number][][] = new Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const old = order[head]!;
    sorted[old] = [...children[old]!].sort((a, b) => a[0] - b[0]);
    for (const [, target] of sorted[old]!) order[tail++] = target;
  }
  const edgeStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  const edgeChar = new Uint16Array(nodes - 1);
  const endings = terms.reduce((n, t) => n + t.length, 0);
  const termAlias = new Int32Array(endings);
  let edges = 0;
  let ends = 0;
  for (let node = 0; node < nodes; node++) {
    const old = order[node]!;
    edgeStart[node] = edges;
    termStart[node] = ends;
    for (const [code] of sorted[old]!) edgeChar[edges++] = code;
    termAlias.set(terms[old]!, ends);
    ends += terms[old]!.length;
  }
  edgeStart[nodes] = edges;
  termStart[nodes] = ends;
  return { edgeStart, edgeChar, termStart, termAlias };
}

/** The node reached from `node` by `code`, or -1. */
export function childOf(trie: Trie, node: number, code: number): number {
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
  const chars = trie.edgeChar;
  if (high - low <= LINEAR_LIMIT) {
    for (; low < high; low++) if (chars[low] === code) return low + 1;
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = chars[mid]!;
    if (c === code) return mid + 1;
    if (c < code) low = mid + 1;
    else high = mid;
  }
  return -1;
}
