/**
 * The page's mentions as a list to read elsewhere (the side panel): each with
 * its rank among its entity's mentions, which is what a jump takes, and the
 * sentence around it.
 */
import type { PageMention } from '../messages';
import { sentenceAround } from '../text/sentence-around';
import type { MentionRecord } from './annotator';

/** A feed can mention a name thousands of times; the panel lists this many at most. */
export const MAX_LISTED = 400;

export function listMentions(mentions: readonly MentionRecord[], max = MAX_LISTED): PageMention[] {
  const seen = new Map<string, number>();
  const out: PageMention[] = [];
  for (const m of mentions) {
    const index = seen.get(m.entity) ?? 0;
    seen.set(m.entity, index + 1);
    if (out.length >= max) continue;
    const slice = sentenceAround(m.block.text, m.start, m.end);
    out.push({ entity: m.entity, status: m.status, index, sentence: slice.text, at: slice.at, length: slice.length });
  }
  return out;
}
