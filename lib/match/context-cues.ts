/**
 * The context cues of assets/kb/context-cues.json, compiled for lookup: the
 * words that say a sentence speaks of AI (strong and weak) or of a large
 * technology company's products, the words of
 * other topics (zodiac, sport, weather...), the qualifiers that make a name a
 * product ("Pro", "Sonnet", "8B"), and the companions a short code needs.
 *
 * Words are compared in normalized form, token by token, so "A.I." is the
 * phrase "a i" and "Open-Source" the phrase "open source". An Arabic word is
 * also tried without its proclitics, and a cue without its article, so
 * "بالأوزان" finds the cue "الأوزان"; a Latin word is also tried without a
 * plural "s".
 *
 * The cue list is data (assets/kb/context-cues.json, ~10 KB). This module
 * does not import it: Node tools load it through shipped-cues.ts, and a
 * content script gets the copy the background stores beside the alias index,
 * so the script injected into every frame does not carry it.
 */
import { normalizeText } from '../text/normalize';
import { isSpaceCode, isWordCode } from '../text/word-chars';
import { procliticsStartingWith } from '../text/proclitics';
import { HASH_START, ChunkCache, hashStep } from './chunk-cache';
import { remember } from './remember';
import { personSets, type PersonSets, type PersonWords } from './person-words';

export interface Cue {
  /** "ai-strong", "ai-weak", or the topic of an against cue ("zodiac", "sport"...). */
  topic: string;
  /** The cue as written in the data. */
  text: string;
}

/** A cue of several words: the forms of each of its words, in order. */
interface Phrase {
  forms: string[][];
  cue: Cue;
}

export interface CueTable {
  /** One-word cues by normalized form. */
  words: Map<string, Cue>;
  /** Cues of several words by any form of their first word: the forms of each of their words, in order. */
  phrases: Map<string, Phrase[]>;
}

export interface CompiledCues {
  for: CueTable;
  against: CueTable;
  qualifiers: CueTable;
  /** Words after a number that make it a quantity, not a version ("65 years", «65 عاماً»). */
  measures: CueTable;
  companions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entities the knowledge base holds that are not AI themselves (a browser, a phone system). */
  notAi: ReadonlySet<string>;
  /** `for` cues, as written, that do not make the name right after them a product ("the Gemini programme", «منصة جيس»). */
  notHeads: ReadonlySet<string>;
  /** By entity, the other topics that are its own business (music for an AI that writes songs): they do not count against it. */
  ownTopics: ReadonlyMap<string, ReadonlySet<string>>;
  /** Topics AI is applied in (health): they count against a name only where nothing near it or on the page names the entity. */
  appliedTopics: ReadonlySet<string>;
  /** The words that make a first name a person, as sets: see `person-words.ts`. */
  persons: PersonSets;
}

export const STRONG = 'ai-strong';
/** Products of the large technology companies: as strong as an AI word for most names, not for a company's. */
export const PRODUCT = 'product';
export const WEAK = 'ai-weak';
/**
 * Phrases that tell what a name was named after ("named after", «نسبة إلى»):
 * the words of another topic beside them explain the name, they do not say
 * the name means that topic ("Mistral, named after the cold wind").
 */
export const NAMING = 'naming';
const MIN_STEM = 3;
const KAF = '\u0643';

/**
 * An underscore between two letters or digits joins them into one token: a user name or an identifier is one word
 * that names no topic ("falcon_1971: Llama on your own server…" says nothing of birds).
 */
const JOINING_UNDERSCORE = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu;

/** Normalized word tokens of a text: letters and digits, split at anything else. */
export function tokensOf(text: string): string[] {
  const normalized = normalizeText(text.includes('_') ? text.replace(JOINING_UNDERSCORE, '') : text);
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= normalized.length; i++) {
    const word = i < normalized.length && isWordCode(normalized.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      tokens.push(normalized.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

/** What a chunk of text between spaces holds: its tokens and, per cue table, the cues they start. */
interface ChunkReading {
  tokens: readonly string[];
  /** Worked out when first asked, against the cues the chunks were read with. */
  for?: Starts;
  against?: Starts;
}

/** A token that starts something in a table, by its index in its chunk or stretch, with what it starts. */
interface Start {
  at: number;
  entries: readonly TokenEntry[];
}
type Starts = readonly Start[];
const NO_STARTS: Starts = [];

/** News repeats its words, so most chunks are read once: 2^15 slots. */
const chunks = new ChunkCache<ChunkReading>(15);
/** The cues the chunks' starts were worked out with: other cues empty the cache. */
let chunksFrom: CompiledCues | null = null;

/** The cues in use, the chunk cache emptied if it was filled under others. */
function freshChunks(): CompiledCues {
  const cues = contextCues();
  if (chunksFrom !== cues) {
    chunks.clear();
    chunksFrom = cues;
  }
  return cues;
}

function readChunk(chunk: string): ChunkReading {
  return { tokens: tokensOf(chunk) };
}

/**
 * Calls `each` with every chunk of `text.slice(from, to)`, in order.
 * Normalization folds character by character and a space never lies inside
 * a token, so the chunks' tokens are the tokens of the whole stretch; the
 * sense decision reads a window of words around every ambiguous name, and
 * normalizing each window afresh was most of its cost.
 */
function eachChunk(text: string, from: number, to: number, each: (reading: ChunkReading) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    let hash = HASH_START;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSpaceCode(code)) break;
      hash = hashStep(hash, code);
    }
    if (i === start) break;
    each(chunks.get(text, start, i, hash, readChunk));
  }
}

/** `tokensOf(text.slice(from, to))`, read through the chunk cache. */
export function tokensIn(text: string, from: number, to: number): string[] {
  const tokens: string[] = [];
  eachChunk(text, from, to, (reading) => {
    for (let k = 0; k < reading.tokens.length; k++) tokens.push(reading.tokens[k]!);
  });
  return tokens;
}

/** The cues of both tables a stretch of text holds. */
export interface StretchCues {
  for: readonly Cue[];
  against: readonly Cue[];
}

/**
 * The `for` and `against` cues in `text.slice(from, to)`: what
 * `findCuesInTokens` finds in `tokensIn(text, from, to)` for each table,
 * in the same order, with each chunk's starts worked out once.
 */
export function cuesIn(text: string, from: number, to: number): StretchCues {
  const cues = freshChunks();
  const tokens: string[] = [];
  let forHits: Start[] | null = null;
  let againstHits: Start[] | null = null;
  eachChunk(text, from, to, (reading) => {
    const base = tokens.length;
    for (let k = 0; k < reading.tokens.length; k++) tokens.push(reading.tokens[k]!);
    const forStarts = (reading.for ??= startsOf(cues.for, reading.tokens));
    const againstStarts = (reading.against ??= startsOf(cues.against, reading.tokens));
    for (const s of forStarts) (forHits ??= []).push({ at: base + s.at, entries: s.entries });
    for (const s of againstStarts) (againstHits ??= []).push({ at: base + s.at, entries: s.entries });
  });
  return { for: cuesOfStarts(forHits, tokens), against: cuesOfStarts(againstHits, tokens) };
}

function startsOf(table: CueTable, tokens: readonly string[]): Starts {
  let out: Start[] | null = null;
  const known = knownEntries(table);
  for (let k = 0; k < tokens.length; k++) {
    const entries = entriesOf(known, table, tokens[k]!);
    if (entries.length > 0) (out ??= []).push({ at: k, entries });
  }
  return out ?? NO_STARTS;
}

/** The cues the starts spell in `tokens`: a word cue as it stands, a phrase where the tokens after it agree; one per cue. */
function cuesOfStarts(starts: Starts | null, tokens: readonly string[]): readonly Cue[] {
  if (starts === null || starts.length === 0) return NO_CUES;
  let found: Set<Cue> | null = null;
  for (const { at, entries } of starts) {
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if ('forms' in entry) {
        if (restAt(tokens.length, (k) => variantsOf(tokens[k]!), at, entry.forms)) (found ??= new Set()).add(entry.cue);
      } else (found ??= new Set()).add(entry);
    }
  }
  return found ? [...found] : NO_CUES;
}

/**
 * Empties the word caches (chunks, word forms, table entries). They speed up
 * reading a page, and kept past it they are about half a megabyte a frame
 * holds for nothing: the page's owner calls this once a page is read.
 */
export function forgetCueWords(): void {
  chunks.clear();
  knownVariants.clear();
  tokenEntries = new WeakMap();
}

function isArabic(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 0x0600 && code <= 0x06ff;
}

/** Endings an Arabic word may carry: the accusative alif (نموذجاً), the pronouns (نماذجها). */
const SUFFIXES = ['هما', 'ها', 'هم', 'ه', 'ا'];

/** The forms a text token may match a cue under: as written, minus each proclitic or ending, minus a plural "s". */
export function variantsOf(token: string): string[] {
  return remember(knownVariants, MAX_KNOWN, token, computeVariants);
}

/** Words recur: their forms are worked out once. */
const knownVariants = new Map<string, string[]>();
const MAX_KNOWN = 20_000;

function computeVariants(token: string): string[] {
  if (!isArabic(token)) {
    return token.length > MIN_STEM && token.charCodeAt(token.length - 1) === 0x73 ? [token, token.slice(0, -1)] : [token];
  }
  const forms = [token];
  for (const p of procliticsStartingWith(token.charCodeAt(0)) ?? []) {
    // «ك» (like) takes only a longer word: «كتبت» (she wrote) is no «ك» + «تبت» (Tibet).
    const least = p.text === KAF ? MIN_STEM + 1 : MIN_STEM;
    if (token.length - p.text.length >= least && token.startsWith(p.text)) forms.push(token.slice(p.text.length));
  }
  const suffix = SUFFIXES.find((s) => token.endsWith(s));
  if (suffix) {
    const count = forms.length;
    for (let i = 0; i < count; i++) if (forms[i]!.length - suffix.length >= MIN_STEM) forms.push(forms[i]!.slice(0, -suffix.length));
  }
  return forms;
}

/** A cue's own forms: as written and, for an Arabic word with the article, without it. */
function cueForms(token: string): string[] {
  return isArabic(token) && token.startsWith('ال') && token.length - 2 >= MIN_STEM ? [token, token.slice(2)] : [token];
}

function compileTable(entries: [string, readonly string[]][]): CueTable {
  const table: CueTable = { words: new Map(), phrases: new Map() };
  for (const [topic, list] of entries) {
    for (const text of list) {
      const tokens = tokensOf(text);
      const cue = { topic, text };
      if (tokens.length === 1) for (const form of cueForms(tokens[0]!)) table.words.set(form, cue);
      else if (tokens.length > 1) {
        const phrase = { forms: tokens.map(cueForms), cue };
        for (const form of phrase.forms[0]!) table.phrases.set(form, [...(table.phrases.get(form) ?? []), phrase]);
      }
    }
  }
  return table;
}

/**
 * Do the sentence's tokens after `at` spell the rest of the phrase (each word
 * may carry a proclitic, or the cue an article)? `variantsAt(i)` gives the
 * forms of token i, of `count` tokens.
 */
function restAt(count: number, variantsAt: (i: number) => readonly string[], at: number, forms: readonly string[][]): boolean {
  if (at + forms.length > count) return false;
  for (let k = 1; k < forms.length; k++) {
    if (!variantsAt(at + k).some((v) => forms[k]!.includes(v))) return false;
  }
  return true;
}

/** Every cue of the table found in a sentence given as the variants of each of its tokens; one per cue. */
export function findCues(table: CueTable, variants: readonly string[][]): Cue[] {
  const found = new Set<Cue>();
  for (let i = 0; i < variants.length; i++) {
    for (const form of variants[i]!) {
      const cue = table.words.get(form);
      if (cue) found.add(cue);
      for (const p of table.phrases.get(form) ?? []) if (restAt(variants.length, (k) => variants[k]!, i, p.forms)) found.add(p.cue);
    }
  }
  return [...found];
}

/** What a token can start in a table: a one-word cue, or a phrase to check against the next tokens; in lookup order. */
type TokenEntry = Cue | Phrase;
const NO_ENTRIES: readonly TokenEntry[] = [];
const NO_CUES: readonly Cue[] = [];

/** Per table, each token's entries, worked out once: pages repeat their words, and most words start nothing. */
let tokenEntries = new WeakMap<CueTable, Map<string, readonly TokenEntry[]>>();

function knownEntries(table: CueTable): Map<string, readonly TokenEntry[]> {
  let known = tokenEntries.get(table);
  if (!known) tokenEntries.set(table, (known = new Map()));
  return known;
}

function entriesOf(known: Map<string, readonly TokenEntry[]>, table: CueTable, token: string): readonly TokenEntry[] {
  const cached = known.get(token);
  return cached ?? remember(known, MAX_KNOWN, token, () => tableEntries(table, token));
}

function tableEntries(table: CueTable, token: string): readonly TokenEntry[] {
  const found: TokenEntry[] = [];
  for (const form of variantsOf(token)) {
    const cue = table.words.get(form);
    if (cue) found.push(cue);
    for (const p of table.phrases.get(form) ?? []) found.push(p);
  }
  return found.length > 0 ? found : NO_ENTRIES;
}

/**
 * Every cue of the table found in a run of normalized tokens; one per cue,
 * in the order `findCues` gives them. Cached per token, so reading the
 * words around each mention costs one lookup per word.
 */
export function findCuesInTokens(table: CueTable, tokens: readonly string[]): readonly Cue[] {
  return cuesOfStarts(startsOf(table, tokens), tokens);
}

/** The cue list as written in assets/kb/context-cues.json. */
export interface CueData {
  /** `naming`: a list stored before there was one reads as empty. */
  for: { strong: string[]; product: string[]; weak: string[]; naming?: string[] };
  against: Record<string, string[]>;
  qualifiers: string[];
  /** One word each; a list stored before there was one reads as empty. */
  measures?: string[];
  companions: Record<string, string[]>;
  /** Entity ids; a list stored before there was one reads as empty. */
  notAi?: string[];
  /** `for` cues as written; a list stored before there was one reads as empty. */
  notHeads?: string[];
  /** Entity id to `against` topics; a list stored before there was one reads as empty. */
  ownTopics?: Record<string, string[]>;
  /** `against` topics AI is applied in; a list stored before there was one reads as empty. */
  appliedTopics?: string[];
  /** Stored before there were any: no name is a person by the words beside it. */
  persons?: PersonWords;
}

function compileCues(data: CueData): CompiledCues {
  return {
    for: compileTable([
      [STRONG, data.for.strong],
      [PRODUCT, data.for.product],
      [WEAK, data.for.weak],
      [NAMING, data.for.naming ?? []],
    ]),
    against: compileTable(Object.entries(data.against)),
    qualifiers: compileTable([['qualifier', data.qualifiers]]),
    measures: compileTable([['measure', data.measures ?? []]]),
    ...compiledLists(data),
  };
}

/** The lists beside the cue tables, in every form the cues are kept in: written, packed, stored. */
type CueLists = Pick<CueData, 'companions' | 'notAi' | 'notHeads' | 'ownTopics' | 'appliedTopics' | 'persons'>;

/** The lists as the decision reads them. */
function compiledLists(lists: CueLists): Pick<CompiledCues, 'companions' | 'notAi' | 'notHeads' | 'ownTopics' | 'appliedTopics' | 'persons'> {
  const sets = (byId: Record<string, string[]>) => new Map(Object.entries(byId).map(([id, list]) => [id, new Set(list)]));
  return {
    companions: sets(lists.companions),
    notAi: new Set(lists.notAi ?? []),
    notHeads: new Set(lists.notHeads ?? []),
    ownTopics: sets(lists.ownTopics ?? {}),
    appliedTopics: new Set(lists.appliedTopics ?? []),
    persons: personSets(lists.persons),
  };
}

/** The lists with every optional one present, as they are stored: a list stored before there was one reads as empty. */
function storedLists(lists: CueLists): Required<CueLists> {
  return {
    companions: lists.companions,
    notAi: lists.notAi ?? [],
    notHeads: lists.notHeads ?? [],
    ownTopics: lists.ownTopics ?? {},
    appliedTopics: lists.appliedTopics ?? [],
    persons: lists.persons ?? { said: [], kin: [] },
  };
}

/**
 * The compiled cue tables as plain data, for storage: the background
 * compiles the list once, and a content script rebuilds the tables from this
 * without normalizing a word (compiling costs a page about 10–20 ms, most of
 * it the normalizer's first, unoptimized runs).
 */
export interface PackedCues {
  packed: 1;
  /** Every cue, as [topic, text]; the tables refer to them by index. */
  cues: [string, string][];
  tables: { for: PackedTable; against: PackedTable; qualifiers: PackedTable; measures?: PackedTable };
  companions: Record<string, string[]>;
  notAi?: string[];
  notHeads?: string[];
  ownTopics?: Record<string, string[]>;
  appliedTopics?: string[];
  persons?: PersonWords;
}

interface PackedTable {
  /** [normalized form, cue index]. */
  words: [string, number][];
  /** [the forms of each word, cue index], one per phrase. */
  phrases: [string[][], number][];
}

export function packCues(data: CueData): PackedCues {
  const compiled = compileCues(data);
  const cues: [string, string][] = [];
  const indexOf = new Map<Cue, number>();
  const cueIndex = (cue: Cue) => {
    let i = indexOf.get(cue);
    if (i === undefined) {
      indexOf.set(cue, (i = cues.length));
      cues.push([cue.topic, cue.text]);
    }
    return i;
  };
  const packTable = (table: CueTable): PackedTable => {
    const phrases = new Set<Phrase>();
    for (const list of table.phrases.values()) for (const p of list) phrases.add(p);
    return {
      words: [...table.words].map(([form, cue]) => [form, cueIndex(cue)]),
      phrases: [...phrases].map((p) => [p.forms, cueIndex(p.cue)]),
    };
  };
  const tables = {
    for: packTable(compiled.for),
    against: packTable(compiled.against),
    qualifiers: packTable(compiled.qualifiers),
    measures: packTable(compiled.measures),
  };
  return { packed: 1, cues, tables, ...storedLists(data) };
}

function unpackCues(packed: PackedCues): CompiledCues {
  const cues: Cue[] = packed.cues.map(([topic, text]) => ({ topic, text }));
  const unpackTable = (table: PackedTable): CueTable => {
    const out: CueTable = { words: new Map(), phrases: new Map() };
    for (const [form, i] of table.words) out.words.set(form, cues[i]!);
    for (const [forms, i] of table.phrases) {
      const phrase = { forms, cue: cues[i]! };
      for (const form of forms[0]!) out.phrases.set(form, [...(out.phrases.get(form) ?? []), phrase]);
    }
    return out;
  };
  return {
    for: unpackTable(packed.tables.for),
    against: unpackTable(packed.tables.against),
    qualifiers: unpackTable(packed.tables.qualifiers),
    measures: unpackTable(packed.tables.measures ?? { words: [], phrases: [] }),
    ...compiledLists(packed),
  };
}

function isPacked(data: CueData | PackedCues): data is PackedCues {
  return (data as PackedCues).packed === 1;
}

let source: CueData | PackedCues | null = null;
let compiled: CompiledCues | null = null;

/** Sets the cue list the sense decision reads, as written or packed; compiled once per list. */
export function useContextCues(data: CueData | PackedCues): void {
  if (isPacked(data)) return usePackedCues(data);
  if (data === source) return;
  source = data;
  compiled = compileCues(data);
}

/**
 * `useContextCues` for packed cues only: what a content script calls, so the
 * script injected into every frame carries no compiler for the list as
 * written (the background always stores it packed).
 */
export function usePackedCues(data: PackedCues): void {
  if (data === source) return;
  source = data;
  compiled = unpackCues(data);
}

/** The cues set by `useContextCues`, compiled. */
export function contextCues(): CompiledCues {
  if (!compiled) throw new Error('No context cues: call useContextCues first');
  return compiled;
}

/** Just the cue list's fields, without its notes: what the background stores for the content scripts. */
export function cueData(data: CueData): CueData {
  return { for: data.for, against: data.against, qualifiers: data.qualifiers, measures: data.measures ?? [], ...storedLists(data) };
}
