/**
 * A character trie over normalized alias keys, flattened into typed arrays.
 *
 * The scanner walks it from each word start, so every alias is tried in the
 * same single pass over the text; a walk stops at the first unit no alias
 * continues with, which on ordinary text is the first or second letter.
 * Edges of a node are sorted by code unit: small nodes are scanned, the
 * wide root is binary-searched.
 */

export interface Trie {
  /** Edges of node i are edgeChar/edgeTarget[edgeStart[i] .. edgeStart[i + 1]). */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
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
  const edgeStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  let edges = 0;
  let endings = 0;
  for (let i = 0; i < nodes; i++) {
    edgeStart[i] = edges;
    termStart[i] = endings;
    edges += children[i]!.size;
    endings += terms[i]!.length;
  }
  edgeStart[nodes] = edges;
  termStart[nodes] = endings;
  const edgeChar = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  const termAlias = new Int32Array(endings);
  for (let i = 0; i < nodes; i++) {
    const sorted = [...children[i]!].sort((a, b) => a[0] - b[0]);
    let at = edgeStart[i]!;
    for (const [code, target] of sorted) {
      edgeChar[at] = code;
      edgeTarget[at] = target;
      at++;
    }
    termAlias.set(terms[i]!, termStart[i]!);
  }
  return { edgeStart, edgeChar, edgeTarget, termStart, termAlias };
}

/** The node reached from `node` by `code`, or -1. */
export function childOf(trie: Trie, node: number, code: number): number {
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
  const chars = trie.edgeChar;
  if (high - low <= LINEAR_LIMIT) {
    for (; low < high; low++) if (chars[low] === code) return trie.edgeTarget[low]!;
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = chars[mid]!;
    if (c === code) return trie.edgeTarget[mid]!;
    if (c < code) low = mid + 1;
    else high = mid;
  }
  return -1;
}
