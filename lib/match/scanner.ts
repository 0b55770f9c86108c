/**
 * The one-pass mention scanner.
 *
 * It reads the original text once, folding each character on the fly
 * (Arabic letter forms, marks, tatweel and invisible controls, digits,
 * quotes, dashes, case) from lookup tables, so offsets are the text's own and
 * nothing is copied. At every word start the alias trie is walked from the
 * word as written and from the word minus each Arabic proclitic it may
 * carry; every alias ending at a word boundary (or followed by a version,
 * for versioned aliases) becomes a candidate once its case and context rules
 * pass. Overlapping candidates are settled longest first, then earliest,
 * then by entity id.
 */
import { ASCII_CASED, LINE_BREAK, SEPARATOR, foldCodePoint, isDroppedMarkUnit } from '../text/char-fold';
import { DROPPED, EXPANDED, FAST_CLASS, FAST_LIMIT, UNIT_MASK, UNKNOWN, WORD_BIT, foldClass } from '../text/fold-class';
import { read, readChar, wordAt } from '../text/folded-reader';
import { PROCLITICS, procliticsStartingWith } from '../text/proclitics';
import {
  ARTICLE,
  CASE_SENSITIVE,
  FIRST_TABLE_SIZE,
  START_AFTER_ONE,
  START_ALIAS,
  START_PROCLITIC,
  START_SHORT,
  START_TWO,
  START_ARTICLE,
  VERSIONED,
  pairSlot,
  holdsTriple,
  asMatchIndex,
  type CompiledIndex,
  type MatchIndex,
} from './alias-index';
import { caseSaysNothing } from './capitals';
import { cancelledByRules } from './context-rules';
import { ROOT, childOf } from './trie';
import type { Mention } from './types';
import { cutsPointRelease, readVersion } from './version';

interface Candidate {
  start: number;
  end: number;
  /** Folded length, the measure of "longest". */
  weight: number;
  alias: number;
  version: string | undefined;
}

/** Folded units of the first characters of a word, and where each starts, for proclitic checks: the longest proclitic and two more. */
const HEAD = 6;
/** Without article aliases the longest proclitic has two letters. */
const HEAD_WITHOUT_ARTICLE = 4;
const headUnits = new Int32Array(HEAD);
const headStarts = new Int32Array(HEAD);

/** Does the text between start and end spell the case-sensitive alias exactly (spaces aside)? */
function caseMatches(text: string, start: number, end: number, cased: string): boolean {
  let k = 0;
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const unit = ASCII_CASED[code]!;
      i++;
      if (unit === SEPARATOR || unit === LINE_BREAK) continue;
      if (cased.charCodeAt(k++) !== unit) return false;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const folded = foldCodePoint(cp, false);
    i += cp > 0xffff ? 2 : 1;
    for (let u = 0; u < folded.length; u++) {
      const unit = folded.charCodeAt(u);
      if (unit === SEPARATOR || unit === LINE_BREAK) continue;
      if (cased.charCodeAt(k++) !== unit) return false;
    }
  }
  return k === cased.length;
}

/** Tanween: ً ٌ ٍ. */
const TANWEEN_FIRST = 0x064b;
const TANWEEN_LAST = 0x064d;
const ALIF = 0x0627;

function isTanween(code: number): boolean {
  return code >= TANWEEN_FIRST && code <= TANWEEN_LAST;
}

/**
 * Does the name as written end in tanween («ميتاً», «ميتًا»: "dead")? A name
 * taken from another language never takes it: the word is an Arabic
 * adjective or noun that happens to spell the name. Marks inside a name are
 * decoration; only its ending is grammar.
 */
function endsInTanween(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && isDroppedMarkUnit(text.charCodeAt(i))) {
    if (isTanween(text.charCodeAt(i))) return true;
    i--;
  }
  // The accusative's alif after its tanween: «ميتًا».
  return i > start && text.charCodeAt(i) === ALIF && isTanween(text.charCodeAt(i - 1));
}

class Scanner {
  readonly candidates: Candidate[] = [];

  constructor(
    private readonly index: MatchIndex,
    private readonly text: string,
  ) {}

  /** One pass over every character: find word starts and walk the trie from those that can begin a name. */
  run(): void {
    const text = this.text;
    const length = text.length;
    const startFlags = this.index.startFlags;
    let previousIsWord = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const value = code < FAST_LIMIT ? FAST_CLASS[code]! : foldClass(code);
      if (value >= WORD_BIT) {
        // A capital Latin letter right after the Arabic article, or after a tatweel, starts a word:
        // the press writes the article on a foreign name («الـChatGPT», «والOpenAI», «بـGemini»).
        if (previousIsWord && !(code >= 0x41 && code <= 0x5a && afterArticle(text, i))) continue;
        previousIsWord = true;
        const unit = value & UNIT_MASK;
        if (unit >= FIRST_TABLE_SIZE) this.wordStart(i, unit, START_ALIAS | START_PROCLITIC);
        else if (startFlags[unit] !== 0) {
          const flags = this.pairFlags(i, unit);
          if (flags !== 0) this.wordStart(i, unit, flags);
        }
      } else if (value >= 0) {
        previousIsWord = false;
      } else if (value === EXPANDED) {
        const next = readChar(text, i);
        if (next < 0) break;
        if (read.start === i) {
          const wordLast = read.wordLast; // wordStart reads on and overwrites `read`
          if (read.wordFirst && !previousIsWord) {
            this.wordStart(i, read.unit >= 0 ? read.unit : read.units.charCodeAt(0), START_ALIAS | START_PROCLITIC);
          }
          previousIsWord = wordLast;
          i = next - 1;
        }
      } else if (value === UNKNOWN) {
        foldClass(code); // classify once, then read this unit again
        i--;
      } else if (code === TATWEEL && previousIsWord && isLatinLetter(text.charCodeAt(i + 1))) {
        // «الـgpt-oss-20b», «بـchatgpt»: a tatweel before a Latin letter joins an Arabic proclitic to a foreign
        // name, in either case; the name starts a word of its own (a capital one does anyway, see above).
        previousIsWord = false;
      }
    }
  }

  /** Where the unit `unitFrom` last found starts. */
  private unitAt = 0;

  /**
   * The fold class of the first unit at or after `from` that is not dropped
   * (marks, tatweel, invisible controls), with its index in `unitAt`; DROPPED
   * when the text ends first. The start tables read a word's next letters
   * with it.
   */
  private unitFrom(from: number): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let value = code < FAST_LIMIT ? FAST_CLASS[code]! : UNKNOWN;
      if (value === UNKNOWN) value = foldClass(code);
      if (value === DROPPED) continue;
      this.unitAt = i;
      return value;
    }
    return DROPPED;
  }

  /**
   * Which paths (START_* bits) the word starting at `at` with `first` may
   * take, by its first two folded units: 0 for most words, which then cost
   * no trie walk.
   */
  private pairFlags(at: number, first: number): number {
    const index = this.index;
    const flags = index.startFlags[first]!;
    if (flags & START_SHORT) return flags;
    const value = this.unitFrom(at + 1);
    // At the text's end, or a character read whole by the walk: let the walk decide.
    if (value === DROPPED || value === EXPANDED) return flags;
    const next = this.unitAt + 1;
    const second = value & UNIT_MASK;
    const pair = index.startPairs[pairSlot(first, second)]!;
    let direct = flags & pair;
    if (direct & START_ALIAS && !(pair & START_TWO) && !this.tripleStarts(next, first, second)) direct &= ~START_ALIAS;
    if (direct & START_PROCLITIC && pair & START_ARTICLE && !this.articleStarts(next)) direct &= ~START_PROCLITIC;
    if (!(pair & START_AFTER_ONE) || direct & START_PROCLITIC || !(flags & START_PROCLITIC)) return direct;
    return direct | this.aliasAfterOne(next, second);
  }

  /** After «ال» or «لل» (read from `from`): do the word's next three units begin a name that takes the article? */
  private articleStarts(from: number): boolean {
    const triples = this.index.articleTriples;
    if (triples === null) return true;
    for (let k = 0, i = from; k < 3; k++) {
      const value = this.unitFrom(i);
      if (value === EXPANDED) return true; // read whole by the walk; let it decide
      if (value < WORD_BIT) return false; // the word (or the text) ends first: too short for any such name
      headUnits[k] = value & UNIT_MASK;
      i = this.unitAt + 1;
    }
    return holdsTriple(triples, headUnits[0]!, headUnits[1]!, headUnits[2]!);
  }

  /** Does some alias start with `first`, `second` and the word's next unit (read from `from`)? */
  private tripleStarts(from: number, first: number, second: number): boolean {
    const value = this.unitFrom(from);
    if (value === DROPPED) return false;
    if (value === EXPANDED) return true; // read whole by the walk; let it decide
    return holdsTriple(this.index.startTriples, first, second, value & UNIT_MASK);
  }

  /**
   * After a one-letter proclitic: does the name's second unit (the word's
   * third, read from `from`) continue an alias that starts with `second`?
   * START_PROCLITIC if so, else 0.
   */
  private aliasAfterOne(from: number, second: number): number {
    const index = this.index;
    if (second >= FIRST_TABLE_SIZE || index.startFlags[second]! & START_SHORT) return START_PROCLITIC;
    const value = this.unitFrom(from);
    if (value === DROPPED) return 0;
    if (value === EXPANDED) return START_PROCLITIC;
    // Punctuation kept in keys counts too ("Z.ai"); a space begins no name's second unit.
    return index.startPairs[pairSlot(second, value & UNIT_MASK)]! & START_ALIAS ? START_PROCLITIC : 0;
  }

  /** Walk the trie from the word as written and from the word minus each proclitic that `flags` allow. */
  private wordStart(at: number, first: number, flags: number): void {
    const index = this.index;
    if (flags & START_ALIAS) this.walk(at, at, false);
    if (!(flags & START_PROCLITIC)) return;
    const proclitics = procliticsStartingWith(first);
    if (!proclitics) return;
    // The word's first few folded letters, each with the index where it starts.
    const text = this.text;
    const wanted = index.hasArticle ? HEAD : HEAD_WITHOUT_ARTICLE;
    let count = 0;
    for (let i = at; count < wanted && i < text.length; ) {
      const code = text.charCodeAt(i);
      let value = code < FAST_LIMIT ? FAST_CLASS[code]! : UNKNOWN;
      if (value === UNKNOWN) value = foldClass(code);
      if (value === DROPPED) {
        i++;
        continue;
      }
      if (value < WORD_BIT) break; // not a letter, or a character that folds to several units
      headUnits[count] = value & UNIT_MASK;
      headStarts[count++] = i++;
    }
    for (const p of proclitics) {
      if (p.article && !index.hasArticle) continue;
      const length = p.text.length;
      if (length >= count) continue;
      let same = true;
      for (let k = 1; k < length && same; k++) same = headUnits[k] === p.text.charCodeAt(k);
      if (same && (p.article ? this.articleNameMayFollow(length, count) : this.nameMayFollow(length, count))) this.walk(headStarts[length]!, at, p.article);
    }
  }

  /**
   * Could a name start at head unit `from`, just after a proclitic? Decided
   * by its first two units when the word has them, and by its first three
   * as a word without a proclitic is, so "وال..." and the like cost no walk:
   * with thousands of Arabic names nearly every pair of letters starts one.
   */
  private nameMayFollow(from: number, count: number): boolean {
    const unit = headUnits[from]!;
    if (this.rootStep(unit) < 0) return false;
    if (from + 1 >= count || unit >= FIRST_TABLE_SIZE) return true;
    const index = this.index;
    if ((index.startFlags[unit]! & START_SHORT) !== 0) return true;
    const pair = index.startPairs[pairSlot(unit, headUnits[from + 1]!)]!;
    if (!(pair & START_ALIAS)) return false;
    if (pair & START_TWO || from + 2 >= count) return true;
    return holdsTriple(index.startTriples, unit, headUnits[from + 1]!, headUnits[from + 2]!);
  }

  /** Could a name that takes the article start at head unit `from`, right after it? Its first three units say. */
  private articleNameMayFollow(from: number, count: number): boolean {
    const triples = this.index.articleTriples;
    if (triples === null || from + 2 >= count) return this.nameMayFollow(from, count);
    return holdsTriple(triples, headUnits[from]!, headUnits[from + 1]!, headUnits[from + 2]!);
  }

  /** The trie node after `unit` from the root, or -1. */
  private rootStep(unit: number): number {
    return unit < FIRST_TABLE_SIZE ? this.index.rootChild[unit]! : childOf(this.index.trie, ROOT, unit);
  }

  /** Walk the trie from `start`, considering every alias that ends on the way. */
  private walk(start: number, wordStart: number, article: boolean): void {
    const { trie } = this.index;
    const text = this.text;
    const length = text.length;
    let node = ROOT;
    let weight = 0;
    let afterSeparator = false;
    for (let i = start; i < length; ) {
      const code = text.charCodeAt(i);
      let value = code < FAST_LIMIT ? FAST_CLASS[code]! : UNKNOWN;
      if (value === UNKNOWN) value = foldClass(code);
      if (value === DROPPED) {
        i++;
        continue;
      }
      if (value >= 0) {
        const unit = value & UNIT_MASK;
        i++;
        if (unit === SEPARATOR) {
          if (afterSeparator) continue; // a run of spaces and dashes is one separator
          afterSeparator = true;
        } else {
          if (unit === LINE_BREAK) return;
          afterSeparator = false;
        }
        node = node === ROOT ? this.rootStep(unit) : childOf(trie, node, unit);
      } else {
        const next = readChar(text, i);
        if (next < 0) return;
        i = next;
        const units = read.unit >= 0 ? String.fromCharCode(read.unit) : read.units;
        for (let u = 0; u < units.length && node >= 0; u++) {
          const unit = units.charCodeAt(u);
          if (unit === LINE_BREAK) return;
          if (unit === SEPARATOR && afterSeparator) continue;
          afterSeparator = unit === SEPARATOR;
          node = childOf(trie, node, unit);
        }
      }
      if (node < 0) return;
      weight++;
      for (let t = trie.termStart[node]!; t < trie.termStart[node + 1]!; t++) {
        this.consider(trie.termAlias[t]!, start, i, wordStart, article, weight);
      }
    }
  }

  private consider(alias: number, start: number, aliasEnd: number, wordStart: number, article: boolean, weight: number): void {
    const compiled = this.index.compiled.aliases[alias]!;
    const flags = compiled.flags;
    if (article && !(flags & ARTICLE)) return;
    const text = this.text;
    let end = -1;
    let version: string | undefined;
    if (flags & VERSIONED) {
      const found = readVersion(text, aliasEnd);
      if (found) {
        end = found.end;
        version = found.version;
        weight += found.version.length;
      }
    }
    if (end < 0) {
      if (wordAt(text, aliasEnd) || cutsPointRelease(text, aliasEnd)) return;
      end = aliasEnd;
    }
    const cased = !(flags & CASE_SENSITIVE) || caseMatches(text, start, aliasEnd, compiled.cased ?? '');
    if (!cased && !caseSaysNothing(text, start, aliasEnd, (flags & VERSIONED) !== 0, version !== undefined && version.indexOf('.') > 0, compiled.ambiguous)) return;
    if (compiled.rules && cancelledByRules(text, this.index.compiled.rules, compiled.rules, wordStart, end)) return;
    // Folding reads «فأي» ("so which") as «فاي» (Phi): nobody writes a name with a hamza its spelling lacks.
    if (compiled.ambiguous !== undefined && HAMZA.test(text.slice(start, aliasEnd)) && !HAMZA.test(compiled.text)) return;
    // The vowels written on the last letter belong to the name.
    while (end < text.length && isDroppedMarkUnit(text.charCodeAt(end))) end++;
    if (endsInTanween(text, start, end)) return;
    this.candidates.push({ start, end, weight, alias, version });
  }

  /** Longest first, then earliest, then by entity id; within each run of overlapping candidates. */
  choose(): Candidate[] {
    const all = this.candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Candidate[] = [];
    for (let from = 0; from < all.length; ) {
      let to = from + 1;
      let reach = all[from]!.end;
      while (to < all.length && all[to]!.start < reach) reach = Math.max(reach, all[to++]!.end);
      if (to - from === 1) chosen.push(all[from]!);
      else this.settle(all.slice(from, to), chosen);
      from = to;
    }
    return chosen.sort((a, b) => a.start - b.start);
  }

  private settle(group: Candidate[], chosen: Candidate[]): void {
    const { aliases } = this.index.compiled;
    const rank = this.index.idRank;
    group.sort(
      (a, b) =>
        b.weight - a.weight ||
        a.start - b.start ||
        rank[aliases[a.alias]!.entity]! - rank[aliases[b.alias]!.entity]! ||
        a.alias - b.alias,
    );
    const kept: Candidate[] = [];
    for (const c of group) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    chosen.push(...kept);
  }

  toMention(c: Candidate): Mention {
    const { compiled } = this.index;
    const alias = compiled.aliases[c.alias]!;
    const entity = compiled.entities[alias.entity]!;
    // Every mention has the same fields, present or undefined: one object shape
    // keeps each later step that reads mentions monomorphic (and fast).
    return {
      entity: entity.id,
      start: c.start,
      end: c.end,
      text: this.text.slice(c.start, c.end),
      version: c.version,
      ambiguous: alias.ambiguous,
      knownRelease: c.version !== undefined && entity.versions?.includes(c.version) ? true : undefined,
    };
  }
}

/** An alef written with a hamza: «أ», «إ», «آ». */
const HAMZA = /[\u0622\u0623\u0625]/;

/**
 * Every mention of a known entity in `text`, in reading order, with UTF-16
 * offsets into `text` itself. Never throws on any string.
 */
export function scanText(index: CompiledIndex | MatchIndex, text: string): Mention[] {
  if (!text) return [];
  const scanner = new Scanner(asMatchIndex(index), text);
  scanner.run();
  return scanner.choose().map((c) => scanner.toMention(c));
}

const TATWEEL = 0x0640;

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
/** The article with the proclitics it takes («ال», «وال», «لل»...), as a whole word before a Latin name. */
const ARTICLE_FORMS: ReadonlySet<string> = new Set(PROCLITICS.filter((p) => p.article).map((p) => p.text));
const LONGEST_ARTICLE = Math.max(...[...ARTICLE_FORMS].map((form) => form.length));

/**
 * Does the word before `at` end in a tatweel («بـ», «الـ»), or is it the article
 * (with its proclitics)? Other letters written on a name are no prefix: «تOpenAI».
 */
function afterArticle(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === TATWEEL) return true;
  if (before < 0x0621 || before > 0x064a) return false;
  let from = at - 1;
  while (from > 0 && at - from < LONGEST_ARTICLE && text.charCodeAt(from - 1) >= 0x0621 && text.charCodeAt(from - 1) <= 0x064a) from--;
  return ARTICLE_FORMS.has(text.slice(from, at));
}
