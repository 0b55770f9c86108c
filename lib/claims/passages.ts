/**
 * The check run on passages sent from a page: each passage is a sentence
 * with the mentions the page's lens found in it (the lens has already judged
 * ambiguous names in context, so its mentions are the ones to read). The
 * passages are data from a page's context, so they are checked before use.
 */
import type { ClaimPassage, MentionClaim } from '../messages';
import type { Mention } from '../match/types';
import type { CueBook } from './cue-book';
import { detectClaims } from './detect';
import type { PageClaim, RecordLookup } from './types';

/** A page sends at most this many passages at once, each at most this long. */
export const MAX_PASSAGES = 500;
export const MAX_PASSAGE_CHARS = 2000;

/** The passages' mentions as the detector takes them, or null when a passage is malformed. */
function mentionsOf(passage: ClaimPassage): Mention[] | null {
  if (typeof passage?.text !== 'string' || passage.text.length > MAX_PASSAGE_CHARS || !Array.isArray(passage.mentions)) return null;
  const out: Mention[] = [];
  let last = 0;
  for (const m of passage.mentions) {
    const ok = typeof m?.entity === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= last && m.end > m.start && m.end <= passage.text.length;
    if (!ok) return null;
    out.push({ entity: m.entity, start: m.start, end: m.end, text: passage.text.slice(m.start, m.end) });
    last = m.end;
  }
  return out;
}

/**
 * One finding per mention of each passage. A malformed passage, or one the
 * check fails to read, gets no findings rather than failing the rest: a page
 * sends hundreds at once, and one odd sentence must not cost the others theirs.
 */
export function checkPassages(passages: unknown, lookup: RecordLookup, book: CueBook): MentionClaim[][] {
  if (!Array.isArray(passages)) return [];
  return passages.slice(0, MAX_PASSAGES).map((p: ClaimPassage) => {
    const mentions = mentionsOf(p);
    if (!mentions) return [];
    try {
      return detectClaims(p.text, mentions, lookup, book).map(findingOf);
    } catch {
      return [];
    }
  });
}

function findingOf(c: PageClaim): MentionClaim {
  const finding: MentionClaim = { claim: c.claim, verdict: c.verdict, cue: c.cue };
  if (c.qualifier) finding.qualifier = c.qualifier;
  if (c.release) finding.release = c.release;
  return finding;
}
