/**
 * The one-pass mention scanner.
 *
 * The text is normalized once (with an offset map). At every word start the
 * alias trie is walked from the word as written and from the word minus each
 * Arabic proclitic it may carry; every alias ending at a word boundary (or
 * followed by a version, for versioned aliases) becomes a candidate, after
 * its case and context rules are checked. Candidates are then chosen longest
 * first, then earliest, then by entity id, never overlapping, and mapped back
 * to offsets in the original text.
 */
import { normalizeText, normalizeWithMap, originalRange, type Normalized } from '../text/normalize';
import { PROCLITICS, mayStartProclitic } from '../text/proclitics';
import { isWordCode } from '../text/word-chars';
import {
  ARTICLE,
  CASE_SENSITIVE,
  VERSIONED,
  asMatchIndex,
  compactKey,
  type CompiledIndex,
  type MatchIndex,
} from './alias-index';
import { cancelledByRules } from './context-rules';
import { ROOT, childOf } from './trie';
import type { Mention } from './types';
import { readVersion } from './version';

interface Candidate {
  start: number;
  end: number;
  alias: number;
  versionStart: number;
}

/** Everything one scan needs, passed around instead of a closure per call. */
interface Scan {
  index: MatchIndex;
  original: string;
  normalized: Normalized;
  text: string;
  candidates: Candidate[];
}

/** Does the page's own spelling match a case-sensitive alias ("Apple", not "apple")? */
function caseMatches(scan: Scan, start: number, end: number, cased: string): boolean {
  const [from, to] = originalRange(scan.original, scan.normalized, start, end);
  return compactKey(normalizeText(scan.original.slice(from, to), { foldCase: false })) === cased;
}

function consider(scan: Scan, alias: number, start: number, aliasEnd: number, wordStart: number, article: boolean): void {
  const compiled = scan.index.compiled.aliases[alias]!;
  const flags = compiled.flags;
  if (article && !(flags & ARTICLE)) return;
  const text = scan.text;
  let end = -1;
  let versionStart = -1;
  if (flags & VERSIONED) {
    const version = readVersion(text, aliasEnd);
    if (version) {
      end = version.end;
      versionStart = version.start;
    }
  }
  if (end < 0) {
    if (aliasEnd < text.length && isWordCode(text.charCodeAt(aliasEnd))) return;
    end = aliasEnd;
  }
  if (flags & CASE_SENSITIVE && !caseMatches(scan, start, aliasEnd, compiled.cased ?? '')) return;
  if (compiled.rules && cancelledByRules(text, scan.index.compiled.rules, compiled.rules, wordStart, end)) return;
  scan.candidates.push({ start, end, alias, versionStart });
}

/** Walk the trie from `start`, considering every alias that ends on the way. */
function walk(scan: Scan, start: number, wordStart: number, article: boolean): void {
  const { trie } = scan.index;
  const text = scan.text;
  let node = ROOT;
  for (let i = start; i < text.length; i++) {
    node = childOf(trie, node, text.charCodeAt(i));
    if (node < 0) return;
    for (let t = trie.termStart[node]!; t < trie.termStart[node + 1]!; t++) {
      consider(scan, trie.termAlias[t]!, start, i + 1, wordStart, article);
    }
  }
}

function collectCandidates(scan: Scan): void {
  const { text } = scan;
  const { trie } = scan.index;
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWord = isWordCode(code);
    if (isWord && !previousIsWord) {
      walk(scan, i, i, false);
      if (mayStartProclitic(code)) {
        for (const proclitic of PROCLITICS) {
          const rest = i + proclitic.text.length;
          if (rest < text.length && text.startsWith(proclitic.text, i) && childOf(trie, ROOT, text.charCodeAt(rest)) >= 0) {
            walk(scan, rest, i, proclitic.article);
          }
        }
      }
    }
    previousIsWord = isWord;
  }
}

/** Longest first, then earliest, then by entity id; keep those that overlap nothing kept before. */
function chooseMentions(scan: Scan): Candidate[] {
  const { candidates } = scan;
  if (candidates.length <= 1) return candidates;
  const { aliases } = scan.index.compiled;
  const rank = scan.index.idRank;
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      rank[aliases[a.alias]!.entity]! - rank[aliases[b.alias]!.entity]! ||
      a.alias - b.alias,
  );
  const taken = new Uint8Array(scan.text.length);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function toMention(scan: Scan, c: Candidate): Mention {
  const { compiled } = scan.index;
  const [start, end] = originalRange(scan.original, scan.normalized, c.start, c.end);
  const mention: Mention = {
    entity: compiled.entities[compiled.aliases[c.alias]!.entity]!.id,
    start,
    end,
    text: scan.original.slice(start, end),
  };
  if (c.versionStart >= 0) mention.version = scan.text.slice(c.versionStart, c.end);
  return mention;
}

/**
 * Every mention of a known entity in `text`, in reading order, with UTF-16
 * offsets into `text` itself. Never throws on any string.
 */
export function scanText(index: CompiledIndex | MatchIndex, text: string): Mention[] {
  if (!text) return [];
  const runtime = asMatchIndex(index);
  const normalized = normalizeWithMap(text);
  const scan: Scan = { index: runtime, original: text, normalized, text: normalized.text, candidates: [] };
  collectCandidates(scan);
  return chooseMentions(scan).map((c) => toMention(scan, c));
}
