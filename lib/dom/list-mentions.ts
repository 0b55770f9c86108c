/**
 * The page's mentions as a list to read elsewhere (the side panel): each with
 * its rank among its entity's mentions, which is what a jump takes, and the
 * sentence around it. The ranks serve the claims' report too.
 */
import type { PageMention } from '../messages';
import { sentenceAround } from '../text/sentence-around';
import type { MentionRecord } from './annotator';

/** A feed can mention a name thousands of times; the panel lists this many at most. */
export const MAX_LISTED = 400;

/** Calls `fn` for each mention (in reading order) with its rank among its entity's mentions and its place among all. */
export function forEachRanked<M extends { entity: string }>(mentions: readonly M[], fn: (m: M, index: number, position: number) => void): void {
  const seen = new Map<string, number>();
  mentions.forEach((m, position) => {
    const index = seen.get(m.entity) ?? 0;
    seen.set(m.entity, index + 1);
    fn(m, index, position);
  });
}

export function listMentions(mentions: readonly MentionRecord[], max = MAX_LISTED): PageMention[] {
  const out: PageMention[] = [];
  forEachRanked(mentions, (m, index) => {
    if (out.length >= max) return;
    const slice = sentenceAround(m.block.text, m.start, m.end);
    out.push({ entity: m.entity, status: m.status, index, sentence: slice.text, at: slice.at, length: slice.length });
  });
  return out;
}
