/**
 * The packed trie the stored index carries: a content script that reads it
 * must find exactly what one that builds the trie from the keys finds, and a
 * damaged string must cost speed, never a mention.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex, keyVariants, reviveIndex, type CompiledIndex } from '../../../lib/match/alias-index';
import { packTrie, unpackTrie } from '../../../lib/match/packed-trie';
import { scanText } from '../../../lib/match/scanner';
import { ROOT, buildTrie, childOf, type Trie } from '../../../lib/match/trie';
import { toAliasSource } from '../../../lib/match/sources';
import { SEED } from '../../../lib/kb/seed';

const shipped = buildAliasIndex(SEED.entities.map(toAliasSource));
const { trie: packed, ...withoutTrie } = shipped;

function pagesOf(...names: string[]): string[] {
  return names.map((name) =>
    readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .join('\n'),
  );
}

const PAGES = pagesOf('corpus/en.jsonl', 'corpus/ar.jsonl', 'senses/ai-en.jsonl', 'senses/ai-ar.jsonl', 'senses/off-topic-en.jsonl', 'senses/off-topic-ar.jsonl');

/** The aliases a key leads to from the root, or null where the walk falls off. */
function termsAt(trie: Trie, key: string): number[] | null {
  let node = ROOT;
  for (let i = 0; i < key.length && node >= 0; i++) node = childOf(trie, node, key.charCodeAt(i));
  if (node < 0) return null;
  return [...trie.termAlias.subarray(trie.termStart[node]!, trie.termStart[node + 1]!)].sort((a, b) => a - b);
}

describe('packed trie', () => {
  it('ships with the stored index of the full knowledge base', () => {
    expect(typeof packed).toBe('string');
    expect(shipped.aliases.length).toBeGreaterThan(500);
  });

  it('leads every key and spacing variant to the same aliases as the trie built from the keys', () => {
    const built = buildTrie(shipped.aliases.flatMap((a, i) => keyVariants(a.key).map((v) => [v, i] as const)));
    const unpacked = unpackTrie(packed!, shipped.aliases.length);
    expect(unpacked.edgeStart.length).toBe(built.edgeStart.length);
    for (const alias of shipped.aliases) {
      for (const variant of keyVariants(alias.key)) {
        expect(termsAt(unpacked, variant), variant).toEqual(termsAt(built, variant));
      }
    }
  });

  it('finds exactly the mentions of a trie built from the keys, on every corpus page', () => {
    const fromPacked = reviveIndex(shipped);
    const fromKeys = reviveIndex(withoutTrie as CompiledIndex);
    let mentions = 0;
    for (const page of PAGES) {
      const found = scanText(fromPacked, page);
      expect(found).toEqual(scanText(fromKeys, page));
      mentions += found.length;
    }
    expect(mentions).toBeGreaterThan(500);
  });

  it('survives storage as JSON', () => {
    const stored = JSON.parse(JSON.stringify(shipped)) as CompiledIndex;
    expect(scanText(stored, PAGES[0]!)).toEqual(scanText(reviveIndex(withoutTrie as CompiledIndex), PAGES[0]!));
  });

  it('is refused when damaged, and the index is then built from its keys', () => {
    const bytes = atob(packed!);
    const damaged = [
      '',
      'not base64 at all!',
      packed!.slice(0, packed!.length / 2),
      btoa(bytes.slice(0, 12) + bytes.slice(14)),
      btoa(bytes + 'xx'),
      // An alias number past the end of the alias list.
      btoa(bytes.slice(0, -2) + '\xff\xff'),
      // No layout mark: the node-by-node stream an older version stored.
      btoa(bytes.slice(2)),
      btoa('\x00\x00' + bytes.slice(2)),
    ];
    const expected = scanText(reviveIndex(withoutTrie as CompiledIndex), PAGES[1]!);
    for (const trie of damaged) {
      expect(() => unpackTrie(trie, shipped.aliases.length), JSON.stringify(trie.slice(0, 20))).toThrow();
      expect(scanText(reviveIndex({ ...shipped, trie }), PAGES[1]!)).toEqual(expected);
    }
  });

  it('is left out for a trie it cannot hold, and the index still works', () => {
    // Sixteen aliases on one key: more than a node's head unit can count.
    const many = buildAliasIndex(
      Array.from({ length: 16 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, status: 'unknown' as const, aliases: [{ text: 'Nuvola' }] })),
    );
    expect(many.trie).toBeUndefined();
    expect(packTrie(reviveIndex(many).trie)).toBeNull();
    expect(scanText(many, 'Nuvola said').map((m) => m.entity)).toEqual(['e00']);
  });

  it('keeps one of the spellings that match alike', () => {
    const index = buildAliasIndex([{ id: 'baichuan-2', status: 'open-weights', aliases: [{ text: 'Baichuan-2' }, { text: 'Baichuan 2' }, { text: 'baichuan 2' }] }]);
    expect(index.aliases.map((a) => a.text)).toEqual(['Baichuan-2']);
    expect(scanText(index, 'Baichuan 2 and Baichuan2 and Baichuan-2').length).toBe(3);
  });
});
