/**
 * A cache keyed by a stretch of a text, looked up without making a string of
 * it: the sense decision reads the words around every ambiguous name chunk
 * by chunk (the text between two spaces), and news repeats its words. A Map
 * keyed by `text.slice(start, end)` made a string of every chunk read and
 * hashed it again; here the caller hashes the characters as it finds the
 * chunk's end (`hashStep`), and a hit is checked character by character
 * against the key kept. Only a miss makes a string.
 *
 * Open addressing with linear probing, in a table of a fixed power-of-two
 * size. Like `remember`, it is emptied when three quarters full rather than
 * keeping an eviction order: a page's working set of words refills it
 * within a few paragraphs, and it never grows past its size.
 */

/** The FNV-1a offset basis: what `hashStep` starts from. */
export const HASH_START = 0x811c9dc5 | 0;

/** One character folded into an FNV-1a hash. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export class ChunkCache<V> {
  private readonly mask: number;
  private readonly limit: number;
  // Made on first use, and let go by `clear`, at their full size: an array
  // written far past its end would fall back to a slow dictionary.
  private keys: (string | undefined)[] = [];
  private values: (V | undefined)[] = [];
  private hashes: Int32Array | null = null;
  private size = 0;

  /** `bits`: the table holds 2^bits slots. */
  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.limit = ((this.mask + 1) * 3) >> 2;
  }

  /**
   * The value for `text.slice(start, end)`, whose `hashStep` hash is `hash`;
   * `compute` makes it from the chunk on a miss.
   */
  get(text: string, start: number, end: number, hash: number, compute: (chunk: string) => V): V {
    const hashes = this.hashes ?? this.allocate();
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (hashes[slot] === hash && key.length === length && sameChars(key, text, start)) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const chunk = text.slice(start, end);
    const value = compute(chunk);
    if (this.size >= this.limit) {
      this.clear();
      return this.get(text, start, end, hash, () => value);
    }
    this.keys[slot] = chunk;
    this.values[slot] = value;
    hashes[slot] = hash;
    this.size++;
    return value;
  }

  private allocate(): Int32Array {
    this.keys = new Array<string | undefined>(this.mask + 1).fill(undefined);
    this.values = new Array<V | undefined>(this.mask + 1).fill(undefined);
    return (this.hashes = new Int32Array(this.mask + 1));
  }

  /** Empties the cache and lets its table go: a page that is read holds nothing here. */
  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = null;
    this.size = 0;
  }
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
