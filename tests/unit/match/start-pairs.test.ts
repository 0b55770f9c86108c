/**
 * The word-start prefilter: a word whose first two folded letters begin no
 * alias, and no proclitic that could carry one, is skipped without a trie
 * walk. It must never skip a real name, however it is prefixed or decorated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE,
  START_AFTER_ONE,
  START_ALIAS,
  START_PROCLITIC,
  START_SHORT,
  START_TWO,
  buildAliasIndex,
  keyVariants,
  pairSlot,
  reviveIndex,
  tripleSlot,
} from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { PROCLITICS } from '../../../lib/text/proclitics';
import { loadSeedSources } from './corpus-check';

const sources = loadSeedSources();
const compiled = buildAliasIndex(sources);
const index = reviveIndex(compiled);

/** What the scanner's prefilter lets through for a word whose folded form starts with `word`. */
function admitted(word: string, idx = index): number {
  const first = word.charCodeAt(0);
  const flags = idx.startFlags[first]!;
  if (flags & START_SHORT || word.length < 2) return flags;
  const second = word.charCodeAt(1);
  const pair = idx.startPairs[pairSlot(first, second)]!;
  let direct = flags & pair;
  // Past two units, the third must continue some alias too.
  if (direct & START_ALIAS && !(pair & START_TWO)) {
    const slot = word.length > 2 ? tripleSlot(first, second, word.charCodeAt(2)) : -1;
    if (slot < 0 || !(idx.startTriples[slot >> 3]! & (1 << (slot & 7)))) direct &= ~START_ALIAS;
  }
  if (direct & START_PROCLITIC) return direct & ~articleOnly(word, idx);
  if (!(pair & START_AFTER_ONE) || !(flags & START_PROCLITIC)) return direct;
  // After a one-letter proclitic, the third unit must continue an alias too.
  if (idx.startFlags[second]! & START_SHORT) return direct | START_PROCLITIC;
  if (word.length < 3) return direct;
  return direct | (idx.startPairs[pairSlot(second, word.charCodeAt(2))]! & START_ALIAS ? START_PROCLITIC : 0);
}

/**
 * START_PROCLITIC when the only proclitics the word may carry are the article («ال», «وال»…) and no name that takes
 * the article begins with the three units after it: the scanner then walks nothing.
 */
function articleOnly(word: string, idx: typeof index): number {
  const carried = PROCLITICS.filter((p) => word.startsWith(p.text) && word.length > p.text.length);
  if (carried.length === 0 || carried.some((p) => !p.article) || idx.articleTriples === null) return 0;
  const rest = word.slice(Math.max(...carried.map((p) => p.text.length)));
  if (rest.length < 3) return 0;
  const slot = tripleSlot(rest.charCodeAt(0), rest.charCodeAt(1), rest.charCodeAt(2));
  return idx.articleTriples[slot >> 3]! & (1 << (slot & 7)) ? 0 : START_PROCLITIC;
}

describe('word-start prefilter', () => {
  it('admits every seed alias key, bare and behind every proclitic it may take', () => {
    let checked = 0;
    for (const alias of compiled.aliases) {
      for (const key of keyVariants(alias.key)) {
        expect(admitted(key) & START_ALIAS, key).toBe(START_ALIAS);
        for (const p of PROCLITICS) {
          if (p.article && !(alias.flags & ARTICLE)) continue;
          expect(admitted(p.text + key) & START_PROCLITIC, p.text + key).toBe(START_PROCLITIC);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(compiled.aliases.length * 10);
  });

  it('turns away common words of both languages before any walk', () => {
    // These begin with letters some alias or proclitic begins with, so the first-letter table alone lets them in.
    // («كبير» is no longer among them: ك + «بير» begins «بيربلكسيتي», and its walk stops at the fourth letter.)
    for (const word of ['launched', 'after', 'people', 'government', 'week', 'said', 'report', 'president', 'قال', 'المدير', 'كثير', 'تقرير', 'وزير', 'بين', 'لندن']) {
      expect(index.startFlags[word.charCodeAt(0)], word).not.toBe(0);
      expect(admitted(word), word).toBe(0);
    }
  });

  it('turns away a word whose first two letters begin a name but whose third does not', () => {
    const small = reviveIndex(
      buildAliasIndex([
        { id: 'cohere', status: 'unknown', aliases: [{ text: 'Cohere' }, { text: 'Codex' }] },
        { id: 'o1', status: 'unknown', aliases: [{ text: 'o1' }] },
      ]),
    );
    for (const word of ['company', 'common', 'corn', 'of', 'on']) expect(admitted(word, small), word).toBe(0);
    for (const word of ['cohere', 'coherent', 'codex', 'o1']) expect(admitted(word, small) & START_ALIAS, word).toBe(START_ALIAS);
    expect(scanText(small, 'A common company, Cohere, and Codex; o1 too.').map((m) => m.text)).toEqual(['Cohere', 'Codex', 'o1']);
  });

  it('turns away a one-letter proclitic before a word that only shares a name\'s first letter', () => {
    // نفيديا makes ن a name's first letter, so لن, بن, ون begin "after a proclitic" pairs; the third letter decides.
    const small = reviveIndex(buildAliasIndex([{ id: 'nvidia', status: 'unknown', aliases: [{ text: 'نفيديا' }] }]));
    for (const word of ['لندن', 'بنك', 'ونحن', 'لن']) expect(admitted(word, small), word).toBe(0);
    for (const word of ['لنفيديا', 'بنفيديا', 'ونفيديا']) expect(admitted(word, small) & START_PROCLITIC, word).toBe(START_PROCLITIC);
    expect(scanText(small, 'في لندن قالت لنفيديا وبنفيديا').map((m) => m.text)).toEqual(['نفيديا', 'نفيديا']);
  });
});

/** Ignorable characters that may sit between letters, or between a proclitic and a name. */
const DECORATIONS = ['', '', '', '\u064e', '\u0651', '\u0640', '\u200c', '\u200d', '\u200f'];
/** Aliases that stand alone: one with an onlyAfter or onlyBefore rule needs a word beside it, so it is tested in the scanner tests. */
const needsWordBefore = (s: (typeof sources)[number], text: string) =>
  (s.rules ?? []).some((r) => r.alias === text && (r.onlyAfter?.length || r.onlyBefore?.length));
const SEED_ALIASES = sources.flatMap((s) =>
  s.aliases.filter((a) => !needsWordBefore(s, a.text)).map((a) => ({ entity: s.id, text: a.text, article: a.article === true })),
);

const planted = fc.constantFrom(...SEED_ALIASES).chain((alias) =>
  fc.record({
    alias: fc.constant(alias),
    proclitic: fc.constantFrom(...PROCLITICS.filter((p) => alias.article || !p.article).map((p) => p.text), '', ''),
    // Between the proclitic's letters and before the name: where a tatweel or mark throws off a naive reader.
    glue: fc.array(fc.constantFrom(...DECORATIONS), { minLength: 3, maxLength: 3 }),
    before: fc.constantFrom(' ', '\n', '(', '«', '"', '، '),
  }),
);

describe('scanning the seed with the prefilter', () => {
  it('finds every seed alias behind any proclitic and decoration', () => {
    fc.assert(
      fc.property(planted, ({ alias, proclitic, glue, before }) => {
        const prefix = proclitic.length > 1 ? proclitic[0]! + glue[0]! + proclitic.slice(1) : proclitic;
        const lead = 'قال' + before + prefix + (proclitic ? glue[1]! : '');
        const text = lead + alias.text + glue[2]! + ' اليوم';
        const found = scanText(compiled, text).find((m) => m.start === lead.length);
        expect(found?.entity, text).toBe(alias.entity);
        // A vowel mark written on the last letter belongs to the name; other ignorables stay outside.
        // Punctuation at the end of an alias ("Command-R+", "CodeT5+") is not part of its key: the mark stops at the last letter or digit.
        const name = alias.text.replace(/[^\p{L}\p{N}]+$/u, '');
        const mark = name === alias.text && (glue[2] === '\u064e' || glue[2] === '\u0651') ? glue[2] : '';
        expect(found?.text).toBe(name + mark);
      }),
      { numRuns: 1500 },
    );
  });
});
