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
 * Nodes are numbered breadth first (see trie.ts), so edge e leads to node
 * e + 1 and no edge needs to name its target. The packed form is a stream
 * of 16-bit units in three runs: a layout mark and the node, edge and term
 * counts (two units each); a head unit per node (children << 4 | terms);
 * then every edge's code unit, then every term's alias number. That is
 * about a third of the typed arrays' size, and every page reads it from
 * storage. The edges' run is used in place, so unpacking is one loop over
 * the heads (in Node, 3.9 -> 2.9 ms for the shipped trie against the
 * node-by-node stream it replaces; 4.8 -> 3.9 ms interpreted).
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

/** First unit of the packed form: the layout below. (The layout before it, node by node, had no such mark.) */
const LAYOUT = 0x7432;
const HEADER = 7;

/** The trie as one base64 string, or null for a trie this form cannot hold (a node with over 15 aliases ending on it). */
export function packTrie(trie: Trie): string | null {
  const nodes = trie.edgeStart.length - 1;
  const edges = trie.edgeChar.length;
  const terms = trie.termAlias.length;
  const units = new Uint16Array(HEADER + nodes + edges + terms);
  units.set([LAYOUT, nodes & 0xffff, nodes >>> 16, edges & 0xffff, edges >>> 16, terms & 0xffff, terms >>> 16]);
  for (let node = 0; node < nodes; node++) {
    const children = trie.edgeStart[node + 1]! - trie.edgeStart[node]!;
    const ending = trie.termStart[node + 1]! - trie.termStart[node]!;
    if (children > MAX_CHILDREN || ending > MAX_TERMS) return null;
    units[HEADER + node] = (children << 4) | ending;
  }
  units.set(trie.edgeChar, HEADER + nodes);
  for (let t = 0; t < terms; t++) {
    if (trie.termAlias[t]! > 0xffff) return null;
    units[HEADER + nodes + edges + t] = trie.termAlias[t]!;
  }
  return toBase64(new Uint8Array(units.buffer));
}

/**
 * The trie back from `packTrie`'s string. Throws on a string that does not
 * hold a well-formed trie over `aliasCount` aliases, so a damaged index is
 * rebuilt instead of read out of bounds.
 *
 * The edges' code units are read in place (a view of the decoded bytes);
 * only the node offsets are summed up, in one loop over the heads.
 */
export function unpackTrie(packed: string, aliasCount: number): Trie {
  const bytes = fromBase64(packed);
  if (bytes.length < HEADER * 2 || bytes.length % 2 !== 0) throw new Error('packed trie: wrong size');
  // A buffer of its own, aligned: the decoded bytes may sit at any offset of theirs.
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : bytes.slice();
  const units = new Uint16Array(own.buffer, 0, own.length / 2);
  if (units[0] !== LAYOUT) throw new Error('packed trie: unknown layout');
  const nodes = units[1]! | (units[2]! << 16);
  const edges = units[3]! | (units[4]! << 16);
  const terms = units[5]! | (units[6]! << 16);
  if (nodes < 1 || edges !== nodes - 1 || terms < 0 || units.length !== HEADER + nodes + edges + terms) throw new Error('packed trie: wrong size');
  const edgeStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  let e = 0;
  let t = 0;
  for (let node = 0; node < nodes; node++) {
    const head = units[HEADER + node]!;
    edgeStart[node] = e;
    termStart[node] = t;
    e += head >>> 4;
    t += head & MAX_TERMS;
    // Breadth first, every node but the root is reached by an edge of an earlier node: the edges
    // counted so far must already reach past this node (and never past the last), or the string is damaged.
    if (e > nodes - 1 || (node < nodes - 1 && e <= node)) throw new Error('packed trie: inconsistent');
  }
  edgeStart[nodes] = e;
  termStart[nodes] = t;
  if (e !== edges || t !== terms) throw new Error('packed trie: inconsistent');
  const termAlias = new Int32Array(terms);
  const from = HEADER + nodes + edges;
  for (let i = 0; i < terms; i++) {
    const alias = units[from + i]!;
    if (alias >= aliasCount) throw new Error('packed trie: unknown alias');
    termAlias[i] = alias;
  }
  return { edgeStart, edgeChar: units.subarray(HEADER + nodes, HEADER + nodes + edges), termStart, termAlias };
}
