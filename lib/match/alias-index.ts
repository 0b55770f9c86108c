/**
 * The compiled alias index: every entity's aliases and context rules in
 * normalized form, with each entity's status.
 *
 * `buildAliasIndex` does the costly part (Unicode normalization of every
 * alias and rule) once, in the background, and returns plain JSON that is
 * stored in storage.local. Content scripts call `reviveIndex` (or pass the
 * JSON straight to `scanText`, which revives and caches it) to get the trie;
 * the stored form stays small because the trie is rebuilt from the keys,
 * which takes well under a millisecond for a few hundred aliases.
 */
import type { ContextRule, Status } from '../kb/schema';
import { isWordCode } from '../text/word-chars';
import { normalizeText } from '../text/normalize';
import { PROCLITICS } from '../text/proclitics';
import { packTrie, unpackTrie } from './packed-trie';
import { buildTrie, type Trie } from './trie';
import type { AliasSource, NamedStatuses } from './types';
import { releaseKeysIn } from '../text/versions';

export const FORMAT = 1;

/** Alias flags, as a bit set. */
export const CASE_SENSITIVE = 1;
export const ARTICLE = 2;
export const VERSIONED = 4;

export interface CompiledAlias {
  /** Index into `entities`. */
  entity: number;
  /** The alias as written in the data, for display. */
  text: string;
  /** Normalized key: folded, one space between words, no edge punctuation. */
  key: string;
  /** CASE_SENSITIVE | ARTICLE | VERSIONED. */
  flags: number;
  /** For case-sensitive aliases: the key without case folding or spaces. */
  cased?: string;
  /** Indices into `rules` that apply to this alias. */
  rules?: number[];
  /** Why the alias is ambiguous; absent when it is distinctive. */
  ambiguous?: string;
}

export interface CompiledRule {
  /** Normalized words or phrases that, right before the alias, cancel the match. */
  notAfter: string[];
  /** Normalized words or phrases that, right after the alias, cancel the match. */
  notBefore: string[];
  /** Normalized words or phrases of which one must stand right before the alias; absent in indexes built before it existed. */
  onlyAfter?: string[];
  /** Normalized words or phrases of which one must stand right after the alias (or one of onlyAfter before it). */
  onlyBefore?: string[];
  /** Length of the longest phrase, to size the window of text the rule reads. */
  longest: number;
}

/** An entity as the index keeps it: its status, and the statuses of releases a name can give, where they differ. */
export interface CompiledEntity {
  id: string;
  status: Status;
  releases?: NamedStatuses;
  /** The versions its releases carry (see `AliasSource.versions`). */
  versions?: string[];
}

/** JSON-serializable; what the background stores and content scripts read. */
export interface CompiledIndex {
  format: typeof FORMAT;
  entities: CompiledEntity[];
  aliases: CompiledAlias[];
  rules: CompiledRule[];
  /** The trie over the aliases' keys, packed (see packed-trie); absent in indexes stored before it existed. */
  trie?: string;
}

/** The revived index with its runtime structures. */
export interface MatchIndex {
  compiled: CompiledIndex;
  trie: Trie;
  entityById: Map<string, CompiledEntity>;
  /** Position of each entity in id order: ties between equal matches go to the smaller id. */
  idRank: Int32Array;
  /** Per code unit below FIRST_TABLE_SIZE: how a word starting with it may begin a name (START_* bits). */
  startFlags: Uint8Array;
  /** Per code unit below FIRST_TABLE_SIZE: the trie node after it from the root, or -1 (the root's wide fan-out, read in one step). */
  rootChild: Int32Array;
  /** Whether any alias takes the definite article. */
  hasArticle: boolean;
  /**
   * The first three folded units of the aliases that take the article, as
   * `startTriples` holds them for all: after «ال» only these few names may
   * begin, so «المدير» costs no walk though «مدي» begins some other name.
   * Null: some such alias is shorter than three units, and any word may follow.
   */
  articleTriples: Uint8Array | null;
  /** Per pairSlot of a word's first two folded units: which START_* paths could match there. */
  startPairs: Uint8Array;
  /** A bit per tripleSlot of a word's first three folded units that some alias starts with (see START_TWO). */
  startTriples: Uint8Array;
}

/** Strip separators and punctuation from both ends, and turn line breaks into spaces. */
function trimKey(normalized: string): string {
  let start = 0;
  let end = normalized.length;
  while (start < end && !isWordCode(normalized.charCodeAt(start))) start++;
  while (end > start && !isWordCode(normalized.charCodeAt(end - 1))) end--;
  return normalized.slice(start, end).replace(/\n/g, ' ');
}

/** The normalized key of an alias, rule word or query (empty when it holds no letter or digit). */
export function aliasKey(text: string): string {
  return trimKey(normalizeText(text));
}

/** A key with its spaces removed, for comparisons where spacing does not count. */
export function compactKey(key: string): string {
  return key.replace(/[ \n]/g, '');
}

function casedKey(text: string): string {
  return compactKey(trimKey(normalizeText(text, { foldCase: false })));
}

function compileRule({ notAfter = [], notBefore = [], onlyAfter = [], onlyBefore = [] }: Omit<ContextRule, 'alias' | 'why'>): CompiledRule {
  const keys = (words: string[]) => [...new Set(words.map(aliasKey).filter((k) => k.length > 0))];
  const rule: CompiledRule = { notAfter: keys(notAfter), notBefore: keys(notBefore), longest: 0 };
  const only = keys(onlyAfter);
  if (only.length > 0) rule.onlyAfter = only;
  const onlyNext = keys(onlyBefore);
  if (onlyNext.length > 0) rule.onlyBefore = onlyNext;
  rule.longest = Math.max(0, ...[...rule.notAfter, ...rule.notBefore, ...only, ...onlyNext].map((k) => k.length));
  return rule;
}

/** Compile the alias sources into the stored index. Aliases with no letter or digit are skipped. */
export function buildAliasIndex(sources: AliasSource[]): CompiledIndex {
  const index: CompiledIndex = { format: FORMAT, entities: [], aliases: [], rules: [] };
  for (const source of sources) {
    const entity = index.entities.length;
    const compiled: CompiledEntity = { id: source.id, status: source.status };
    if (source.releases) compiled.releases = source.releases;
    if (source.versions) compiled.versions = source.versions;
    index.entities.push(compiled);
    const first = index.aliases.length;
    // Spellings that differ only in what normalization folds ("Baichuan-2", "Baichuan 2") match alike: one is kept.
    const seen = new Set<string>();
    for (const alias of source.aliases) {
      const key = aliasKey(alias.text);
      if (!key) continue;
      const cased = casedKey(alias.text);
      // Case only matters when the alias has letters with case.
      const caseSensitive = alias.caseSensitive === true && cased.toLowerCase() !== cased.toUpperCase();
      const flags = (caseSensitive ? CASE_SENSITIVE : 0) | (alias.article ? ARTICLE : 0) | (alias.versioned ? VERSIONED : 0);
      const compiled: CompiledAlias = { entity, text: alias.text, key, flags };
      if (caseSensitive) compiled.cased = cased;
      if (alias.ambiguous) compiled.ambiguous = alias.ambiguous;
      const signature = JSON.stringify([key, flags, compiled.cased, compiled.ambiguous]);
      if (seen.has(signature)) continue;
      seen.add(signature);
      index.aliases.push(compiled);
    }
    for (const rule of source.rules ?? []) {
      const exact = aliasKey(rule.alias);
      const target = compactKey(exact);
      const ruleIndex = index.rules.length;
      index.rules.push(compileRule(rule));
      // A rule binds the alias it names as written: "Open AI" (the adjective in
      // "open AI models") is not "OpenAI" ("OpenAI models"). Only a rule naming
      // no alias as written binds every alias spelt with or without its spaces.
      const written = index.aliases.slice(first).some((alias) => alias.key === exact);
      for (let a = first; a < index.aliases.length; a++) {
        const alias = index.aliases[a]!;
        if (written ? alias.key === exact : compactKey(alias.key) === target) (alias.rules ??= []).push(ruleIndex);
      }
    }
  }
  const packed = packTrie(buildTrie(trieEntries(index)));
  if (packed !== null) index.trie = packed;
  return index;
}

const MAX_OPTIONAL_SPACES = 4;

/**
 * The written forms a key stands for: each space between words may also be
 * a hyphen (already a space after normalization) or nothing, so "gpt oss
 * 120b" also yields "gptoss120b", "gpt oss120b" and so on.
 */
export function keyVariants(key: string): string[] {
  const parts = key.split(' ');
  if (parts.length === 1) return [key];
  if (parts.length - 1 > MAX_OPTIONAL_SPACES) return [key, parts.join('')];
  const variants: string[] = [];
  const combinations = 1 << (parts.length - 1);
  for (let mask = 0; mask < combinations; mask++) {
    let variant = parts[0]!;
    for (let i = 1; i < parts.length; i++) variant += (mask & (1 << (i - 1)) ? ' ' : '') + parts[i]!;
    variants.push(variant);
  }
  return variants;
}

function* trieEntries(compiled: CompiledIndex): Generator<readonly [string, number]> {
  for (let a = 0; a < compiled.aliases.length; a++) {
    for (const variant of keyVariants(compiled.aliases[a]!.key)) yield [variant, a] as const;
  }
}

/** The index's packed trie, or one built from its keys when it has none or a damaged one. */
function trieOf(json: CompiledIndex): Trie {
  if (typeof json.trie === 'string') {
    try {
      return unpackTrie(json.trie, json.aliases.length);
    } catch {
      /* built below */
    }
  }
  return buildTrie(trieEntries(json));
}

/** Build the runtime structures from a stored index. Throws on an index of another format. */
export function reviveIndex(json: CompiledIndex): MatchIndex {
  if (!json || json.format !== FORMAT) throw new Error(`Unsupported alias index format: ${String(json?.format)}`);
  const ids = json.entities.map((e) => e.id);
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
  const idRank = new Int32Array(ids.length);
  order.forEach((entity, rank) => (idRank[entity] = rank));
  const trie = trieOf(json);
  const hasArticle = json.aliases.some((a) => (a.flags & ARTICLE) !== 0);
  return {
    compiled: json,
    trie,
    entityById: new Map(json.entities.map((e) => [e.id, e])),
    idRank,
    startFlags: buildStartFlags(trie, hasArticle),
    rootChild: buildRootChild(trie),
    hasArticle,
    startPairs: buildStartPairs(trie, hasArticle),
    startTriples: buildStartTriples(trie),
    articleTriples: hasArticle ? buildArticleTriples(json) : null,
  };
}

/** Code units covered by the start table: ASCII, Latin and the Arabic block. */
export const FIRST_TABLE_SIZE = 0x0700;
/** Some alias starts with this unit. */
export const START_ALIAS = 1;
/** A proclitic that could matter starts with this unit. */
export const START_PROCLITIC = 2;
/** A one-unit alias is this unit: its second unit says nothing, so the pair test is skipped. */
export const START_SHORT = 4;
/**
 * In `startPairs` only: a one-letter proclitic followed by some alias's first
 * unit. Such pairs (لن, بن, ون...) begin many ordinary words, so the scanner
 * admits them only when the third unit also continues an alias (لنفيديا, not لندن).
 */
export const START_AFTER_ONE = 8;
/**
 * In `startPairs` only: some alias key is just these two units ("o1", "R1").
 * Other pairs must also pass `startTriples`: with a thousand aliases nearly
 * every Latin letter pair begins one ("co", "ma", "da"), but few begin with
 * the third letter of "company", "market" or "data".
 */
export const START_TWO = 16;

/**
 * In `startPairs` only: the pair is the article itself («ال», «لل»), the only
 * proclitic it begins. A third of Arabic words begin so, and the article
 * precedes few names: the scanner asks `articleTriples` before any walk.
 */
export const START_ARTICLE = 32;

const TRIPLE_MASK = 0xffff;

/** The bit of a word's first three folded units in `startTriples`; a collision only lets a word through to the walk. */
export function tripleSlot(first: number, second: number, third: number): number {
  return (Math.imul(Math.imul(first, 31) + second, 31) + third) & TRIPLE_MASK;
}

/** Does the triple table `bits` hold a word's first three folded units (see `tripleSlot`)? */
export function holdsTriple(bits: Uint8Array, first: number, second: number, third: number): boolean {
  const slot = tripleSlot(first, second, third);
  return (bits[slot >> 3]! & (1 << (slot & 7))) !== 0;
}

function buildStartTriples(trie: Trie): Uint8Array {
  const bits = new Uint8Array((TRIPLE_MASK + 1) >> 3);
  for (let e = trie.edgeStart[0]!; e < trie.edgeStart[1]!; e++) {
    const first = trie.edgeChar[e]!;
    const one = e + 1;
    for (let f = trie.edgeStart[one]!; f < trie.edgeStart[one + 1]!; f++) {
      const two = f + 1;
      for (let g = trie.edgeStart[two]!; g < trie.edgeStart[two + 1]!; g++) {
        const slot = tripleSlot(first, trie.edgeChar[f]!, trie.edgeChar[g]!);
        bits[slot >> 3]! |= 1 << (slot & 7);
      }
    }
  }
  return bits;
}

/** See `MatchIndex.articleTriples`. */
function buildArticleTriples(json: CompiledIndex): Uint8Array | null {
  const bits = new Uint8Array((TRIPLE_MASK + 1) >> 3);
  for (const alias of json.aliases) {
    if ((alias.flags & ARTICLE) === 0) continue;
    for (const key of keyVariants(alias.key)) {
      if (key.length < 3) return null;
      const slot = tripleSlot(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2));
      bits[slot >> 3]! |= 1 << (slot & 7);
    }
  }
  return bits;
}

const PAIR_MASK = 0x3fff;

/**
 * The slot of a word's first two folded units in `startPairs`. Distinct for
 * pairs within Latin or within Arabic; a collision elsewhere only lets a word
 * through to the exact trie walk.
 */
export function pairSlot(first: number, second: number): number {
  return ((first << 7) ^ second) & PAIR_MASK;
}

/**
 * Which paths the first two folded units of a word allow: an alias that
 * starts with them (START_ALIAS), or a proclitic that does (START_PROCLITIC),
 * or a one-letter proclitic followed by an alias's first unit (START_AFTER_ONE). Most word
 * starts with a promising first letter fail here, before any trie walk.
 */
function buildStartPairs(trie: Trie, hasArticle: boolean): Uint8Array {
  const pairs = new Uint8Array(PAIR_MASK + 1);
  const roots: number[] = [];
  for (let e = trie.edgeStart[0]!; e < trie.edgeStart[1]!; e++) {
    const first = trie.edgeChar[e]!;
    const node = e + 1;
    roots.push(first);
    for (let f = trie.edgeStart[node]!; f < trie.edgeStart[node + 1]!; f++) {
      const two = f + 1;
      const endsHere = trie.termStart[two]! < trie.termStart[two + 1]!;
      pairs[pairSlot(first, trie.edgeChar[f]!)]! |= START_ALIAS | (endsHere ? START_TWO : 0);
    }
  }
  for (const p of PROCLITICS) {
    if (p.article && !hasArticle) continue;
    const first = p.text.charCodeAt(0);
    if (p.text.length > 1) pairs[pairSlot(first, p.text.charCodeAt(1))]! |= START_PROCLITIC | (p.article && p.text.length === 2 ? START_ARTICLE : 0);
    else for (const root of roots) pairs[pairSlot(first, root)]! |= START_AFTER_ONE;
  }
  return pairs;
}

/**
 * Which folded units can begin a name, directly or through a proclitic: at
 * most word starts one table read decides that nothing needs doing.
 */
function buildStartFlags(trie: Trie, hasArticle: boolean): Uint8Array {
  const flags = new Uint8Array(FIRST_TABLE_SIZE);
  for (let e = trie.edgeStart[0]!; e < trie.edgeStart[1]!; e++) {
    const unit = trie.edgeChar[e]!;
    if (unit >= FIRST_TABLE_SIZE) continue;
    flags[unit]! |= START_ALIAS;
    const node = e + 1;
    if (trie.termStart[node]! < trie.termStart[node + 1]!) flags[unit]! |= START_SHORT;
  }
  for (const p of PROCLITICS) {
    if (p.article && !hasArticle) continue;
    flags[p.text.charCodeAt(0)]! |= START_PROCLITIC;
  }
  return flags;
}

function buildRootChild(trie: Trie): Int32Array {
  const table = new Int32Array(FIRST_TABLE_SIZE).fill(-1);
  for (let e = trie.edgeStart[0]!; e < trie.edgeStart[1]!; e++) {
    const unit = trie.edgeChar[e]!;
    if (unit < FIRST_TABLE_SIZE) table[unit] = e + 1;
  }
  return table;
}

const revived = new WeakMap<CompiledIndex, MatchIndex>();

/** The runtime index for either form, reviving a stored index once per object. */
export function asMatchIndex(index: CompiledIndex | MatchIndex): MatchIndex {
  if ('compiled' in index) return index;
  let runtime = revived.get(index);
  if (!runtime) {
    runtime = reviveIndex(index);
    revived.set(index, runtime);
  }
  return runtime;
}

/**
 * The status of an entity, or undefined when the index does not know the id;
 * given the name a mention uses, the status of the release it names ("Grok 4").
 */
export function statusOf(index: CompiledIndex | MatchIndex, id: string, name?: string): Status | undefined {
  const entity = asMatchIndex(index).entityById.get(id);
  const releases = name && entity?.releases;
  if (!releases) return entity?.status;
  const versions = releaseKeysIn(name);
  return releases.by[releases.whole ? versions.join(' ') : (versions[0] ?? '')] ?? entity.status;
}
