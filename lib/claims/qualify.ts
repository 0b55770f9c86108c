/**
 * Words that keep a claim from being the page's own: a negation between the
 * name and the cue or just before them ("Llama is not open source",
 * «لا يُعد لاما مفتوح المصدر»), a hedge before the cue ("so-called",
 * "billed as", «ما يسمى») or a question, and reported speech anywhere in the
 * clause ("the OSI says", «يقول منتقدون»). Such words do not flag.
 */
import type { Clause } from './clauses';
import { anyPhraseIn } from './tokens';
import type { CueHit, MentionSpan, Sentence } from './attach';
import type { Qualifier } from './types';

/** Tokens before the pair that a negation may occupy: «لم يعد …», "not even …". */
const NEGATION_REACH = 2;

export function qualifierOf(s: Sentence, span: MentionSpan, hit: CueHit, clause: Clause): Qualifier | null {
  const from = Math.min(span.first, hit.first);
  const to = Math.max(span.last, hit.last) + 1;
  const gapFrom = Math.min(span.last, hit.last) + 1;
  const gapTo = Math.max(span.first, hit.first);
  const { book, tokens } = s;
  if (
    anyPhraseIn(book.negations, tokens, gapFrom, gapTo) ||
    anyPhraseIn(book.negations, tokens, Math.max(clause.from, from - NEGATION_REACH), from)
  ) {
    return 'negated';
  }
  if (clause.question || anyPhraseIn(book.hedges, tokens, clause.from, to)) return 'hedged';
  if (anyPhraseIn(book.attributions, tokens, clause.from, clause.to)) return 'attributed';
  return null;
}
