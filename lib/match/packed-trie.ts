/**
 * The alias trie packed into one base64 string, so the stored index carries
 * it ready-made.
 *
 * Every page's content script starts cold: building the trie from 1,300
 * aliases and their spacing variants there took about 100 ms of interpreted
 * code per frame on each page load. The background builds it once and packs
 * it; a content script gets it back with one native base64 decode and one
 * loop. (storage.local holds JSON, so the trie travels as text; base64 keeps
 * every unit intact, where a string of raw code units could hold lone
 * surrogates that JSON would not carry.)
 *
 * Nodes are numbered breadth first, so the children of each node are the
 * next unnumbered ones and no edge needs to name its target. The packed
 * form is a stream of 16-bit units: the node, edge and term counts (two
 * units each), then per node a head unit (children << 4 | terms), the
 * children's code units and the terms' alias numbers. That is about a third
 * of the typed arrays' size, and every page reads it from storage.
 */
import type { Trie } from './trie';

const MAX_TERMS = 0xf;
const MAX_CHILDREN = 0xfff;

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The trie as one base64 string, or null for a trie this form cannot hold (a node with over 15 aliases ending on it). */
export function packTrie(trie: Trie): string | null {
  const nodes = trie.edgeStart.length - 1;
  const edges = trie.edgeChar.length;
  const terms = trie.termAlias.length;
  const units = new Uint16Array(6 + nodes + edges + terms);
  units.set([nodes & 0xffff, nodes >>> 16, edges & 0xffff, edges >>> 16, terms & 0xffff, terms >>> 16]);
  let at = 6;
  // Breadth first: the queue is the new numbering.
  const queue = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const from = trie.edgeStart[node]!;
    const to = trie.edgeStart[node + 1]!;
    const termFrom = trie.termStart[node]!;
    const termTo = trie.termStart[node + 1]!;
    if (to - from > MAX_CHILDREN || termTo - termFrom > MAX_TERMS) return null;
    units[at++] = ((to - from) << 4) | (termTo - termFrom);
    for (let e = from; e < to; e++) {
      units[at++] = trie.edgeChar[e]!;
      queue[tail++] = trie.edgeTarget[e]!;
    }
    for (let t = termFrom; t < termTo; t++) {
      if (trie.termAlias[t]! > 0xffff) return null;
      units[at++] = trie.termAlias[t]!;
    }
  }
  return toBase64(new Uint8Array(units.buffer));
}

/**
 * The trie back from `packTrie`'s string. Throws on a string that does not
 * hold a well-formed trie over `aliasCount` aliases, so a damaged index is
 * rebuilt instead of read out of bounds.
 */
export function unpackTrie(packed: string, aliasCount: number): Trie {
  const bytes = fromBase64(packed);
  if (bytes.length < 12 || bytes.length % 2 !== 0) throw new Error('packed trie: wrong size');
  // A buffer of its own, aligned: the decoded bytes may sit at any offset of theirs.
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : bytes.slice();
  const units = new Uint16Array(own.buffer, 0, own.length / 2);
  const nodes = units[0]! | (units[1]! << 16);
  const edges = units[2]! | (units[3]! << 16);
  const terms = units[4]! | (units[5]! << 16);
  if (nodes < 1 || edges !== nodes - 1 || terms < 0 || units.length !== 6 + nodes + edges + terms) throw new Error('packed trie: wrong size');
  const trie: Trie = {
    edgeStart: new Int32Array(nodes + 1),
    termStart: new Int32Array(nodes + 1),
    edgeChar: new Uint16Array(edges),
    edgeTarget: new Int32Array(edges),
    termAlias: new Int32Array(terms),
  };
  let at = 6;
  let e = 0;
  let t = 0;
  let next = 1;
  for (let node = 0; node < nodes; node++) {
    const head = units[at++]!;
    trie.edgeStart[node] = e;
    trie.termStart[node] = t;
    const childEnd = e + (head >>> 4);
    const termEnd = t + (head & MAX_TERMS);
    if (childEnd > edges || termEnd > terms) throw new Error('packed trie: inconsistent');
    for (; e < childEnd; e++) {
      trie.edgeChar[e] = units[at++]!;
      trie.edgeTarget[e] = next++;
    }
    for (; t < termEnd; t++) {
      const alias = units[at++]!;
      if (alias >= aliasCount) throw new Error('packed trie: unknown alias');
      trie.termAlias[t] = alias;
    }
  }
  trie.edgeStart[nodes] = e;
  trie.termStart[nodes] = t;
  if (e !== edges || t !== terms || at !== units.length) throw new Error('packed trie: inconsistent');
  return trie;
}
