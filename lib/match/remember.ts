/**
 * The lookup caches of the sense decision (word tokens, cue variants, head
 * nouns...): a Map that is emptied when full. That is cheaper than keeping
 * an LRU order on every hit, and a page's working set of words refills it
 * within a few paragraphs, while the Map never grows past `max` however long
 * a page runs.
 */
export function remember<K, V>(cache: Map<K, V>, max: number, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
  }
  return value;
}
