/**
 * The page's mentions as passages for the open-washing check: one passage per
 * sentence that holds a mention and could hold a claim (see prefilter.ts),
 * with the mentions in it. A claim attaches within a clause, so the sentence
 * is all the check needs, and most of a page never leaves the content script.
 */
import { mayHoldClaim } from '../claims/prefilter';
import type { ClaimPassage } from '../messages';
import { sentenceSpan } from '../text/sentence-around';

/** What a passage needs of a mention: its id, entity, and place in its block's text. */
export interface PassageMention {
  id: number;
  entity: string;
  start: number;
  end: number;
  block: { text: string };
}

/** The check's own `QUESTIONS` (clauses.ts), written again: importing it would bring that module's sets into every frame. */
const QUESTION_MARKS: ReadonlySet<string> = new Set(['?', '؟']);

/** A very long "sentence" (a list, a table flattened to text) is cut to this many characters around the mention. */
export const MAX_SENTENCE_CHARS = 1200;

export interface Passages {
  passages: ClaimPassage[];
  /** For each passage, the ids of its mentions, in the same order as its `mentions`. */
  ids: number[][];
}

/** The passages of `mentions` (in reading order); a mention whose sentence cannot hold a claim is left out. */
export function claimPassages(mentions: readonly PassageMention[]): Passages {
  const out: Passages = { passages: [], ids: [] };
  // The sentence last read; `passage` is null when it cannot hold a claim.
  let sentence: { block: { text: string }; from: number; to: number; passage: ClaimPassage | null; ids: number[] } | null = null;
  for (const m of mentions) {
    if (!(sentence && sentence.block === m.block && m.start >= sentence.from && m.end <= sentence.to)) {
      let { from, to } = sentenceSpan(m.block.text, m.start, m.end);
      // A question's answer follows it: "Is gpt-oss closed? No, it's open-weight" says what the question asks.
      if (QUESTION_MARKS.has(m.block.text[to - 1]!) && to < m.block.text.length) to = sentenceSpan(m.block.text, to + 1, to + 1).to;
      while (from < m.start && /\s/.test(m.block.text[from]!)) from++;
      if (to - from > MAX_SENTENCE_CHARS) {
        const room = Math.floor((MAX_SENTENCE_CHARS - (m.end - m.start)) / 2);
        from = Math.max(from, m.start - room);
        to = Math.min(to, m.end + room);
      }
      const text = m.block.text.slice(from, to);
      sentence = { block: m.block, from, to, passage: mayHoldClaim(text) ? { text, mentions: [] } : null, ids: [] };
      if (sentence.passage) {
        out.passages.push(sentence.passage);
        out.ids.push(sentence.ids);
      }
    }
    if (!sentence.passage) continue;
    sentence.passage.mentions.push({ entity: m.entity, start: m.start - sentence.from, end: m.end - sentence.from });
    sentence.ids.push(m.id);
  }
  return out;
}
