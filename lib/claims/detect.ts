/**
 * The open-washing check: for each mention the scanner found, the openness
 * claim the page's own words make about it in the same clause, if any, and
 * that claim against the record.
 *
 *   detectClaims(text, scanText(index, text), lookup)
 *
 * returns one PageClaim per mention, in mention order.
 */
import type { Mention } from '../match/types';
import { cueModifiesOtherNoun, saidOfWeights, targetsAfter, targetsBefore, type CueHit, type MentionSpan, type Sentence } from './attach';
import { splitClauses, type Clause } from './clauses';
import type { CueBook } from './cue-book';
import { qualifierOf } from './qualify';
import { shippedCueBook } from './shipped-cues';
import { matchAt, tokenize, type Token } from './tokens';
import type { PageClaim, Qualifier, RecordLookup } from './types';
import { verdictOf } from './verdict';

interface Attachment {
  hit: CueHit;
  qualifier: Qualifier | null;
  /** Tokens between the name and the cue: the nearer cue wins. */
  distance: number;
}

function spansOf(tokens: Token[], mentions: Mention[], lookup: RecordLookup): { spans: MentionSpan[]; owner: Int32Array } {
  const owner = new Int32Array(tokens.length).fill(-1);
  const spans = mentions.map((m, index) => {
    let first = tokens.findIndex((t) => t.end > m.start);
    if (first < 0) first = tokens.length;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    for (let i = first; i <= last && i < tokens.length; i++) if (owner[i] === -1) owner[i] = index;
    const kind = lookup(m.entity)?.kind;
    return kind ? { first, last, kind } : { first, last };
  });
  return { spans, owner };
}

/** Cue words outside mentions (the OSI's own name holds "open source") and outside false friends. */
function findCues(s: Sentence): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    if (s.owner[i]! >= 0) {
      i++;
      continue;
    }
    const friend = matchAt(s.book.falseFriends, s.tokens, i);
    if (friend) {
      i += friend.words.length;
      continue;
    }
    const cue = matchAt(s.book.cues, s.tokens, i);
    const last = cue ? i + cue.words.length - 1 : i;
    if (cue && !s.owner.subarray(i, last + 1).some((o) => o >= 0)) hits.push({ first: i, last, cue });
    i = last + 1;
  }
  return hits;
}

/** «فمفتوح المصدر»: the cue's offsets leave out the conjunction written on it. */
function procliticLength(token: Token, firstWord: string): number {
  return token.norm.length > firstWord.length && token.norm.endsWith(firstWord) ? 1 : 0;
}

function clauseIndex(clauses: Clause[], tokenCount: number): Int32Array {
  const out = new Int32Array(tokenCount);
  clauses.forEach((c, k) => out.fill(k, c.from, c.to));
  return out;
}

function attachAll(s: Sentence, clauses: Clause[]): Map<MentionSpan, Attachment[]> {
  const byClause = clauseIndex(clauses, s.tokens.length);
  const found = new Map<MentionSpan, Attachment[]>();
  for (const hit of findCues(s)) {
    if (cueModifiesOtherNoun(s, hit)) continue;
    const clause = clauses[byClause[hit.first]!]!;
    const targets = [...targetsAfter(s, hit, clause), ...targetsBefore(s, hit, clause)];
    for (const span of targets) {
      const distance = span.first > hit.last ? span.first - hit.last : hit.first - span.last;
      const list = found.get(span) ?? [];
      list.push({ hit, qualifier: qualifierOf(s, span, hit, clause), distance });
      found.set(span, list);
    }
  }
  return found;
}

/** The page's own claim first, the nearest cue next. */
function best(list: Attachment[] | undefined): Attachment | undefined {
  return list?.slice().sort((a, b) => Number(a.qualifier !== null) - Number(b.qualifier !== null) || a.distance - b.distance)[0];
}

export function detectClaims(text: string, mentions: Mention[], lookup: RecordLookup, book: CueBook = shippedCueBook()): PageClaim[] {
  const tokens = tokenize(text);
  const { spans, owner } = spansOf(tokens, mentions, lookup);
  const s: Sentence = { tokens, book, spans, owner, starts: mentions.map((m) => m.start) };
  const attached = attachAll(s, splitClauses(tokens, book, owner));
  return mentions.map((m, k) => {
    const pick = best(attached.get(spans[k]!));
    const base = { entity: m.entity, start: m.start, end: m.end };
    if (!pick) return { ...base, claim: null, verdict: null, cue: null, cueStart: null, cueEnd: null };
    const cueStart = tokens[pick.hit.first]!.start + procliticLength(tokens[pick.hit.first]!, pick.hit.cue.words[0]!);
    const cueEnd = tokens[pick.hit.last]!.end;
    const cue = { cue: text.slice(cueStart, cueEnd), cueStart, cueEnd };
    if (pick.qualifier) return { ...base, claim: null, verdict: null, ...cue, qualifier: pick.qualifier };
    // Weights called open source are weights under an open licence: an open-weights claim.
    const claim = pick.hit.cue.claim === 'open' && saidOfWeights(s, spans[k]!, pick.hit) ? 'open-weights' : pick.hit.cue.claim;
    return { ...base, claim, verdict: verdictOf(claim, lookup(m.entity)), ...cue };
  });
}
