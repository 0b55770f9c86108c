/**
 * Clauses: a claim attaches only within one. A clause ends at a full stop,
 * question mark, semicolon, colon or line break, and before a contrastive
 * word ("while", "but", بينما, أما), which starts a new one: in "Chrome is
 * proprietary, while Chromium is open source" each name keeps its own words.
 */
import type { CueBook } from './cue-book';
import { matchAt, type Token } from './tokens';

export interface Clause {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
  /** The clause ends with a question mark: it asks, it does not claim. */
  question: boolean;
}

const ENDS = new Set(['.', '!', '?', ';', ':', '؛', '؟', '\n', '\u2026']);
const QUESTIONS = new Set(['?', '؟']);

/** `owner[i]` >= 0 marks a token inside a mention: «لاما» is a name, not ل + أما. */
export function splitClauses(tokens: Token[], book: CueBook, owner: Int32Array): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const close = (to: number, question: boolean) => {
    if (to > from) clauses.push({ from, to, question });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word && ENDS.has(token.norm)) {
      close(i + 1, QUESTIONS.has(token.norm));
    } else if (i > from && owner[i] === -1 && matchAt(book.boundaries, tokens, i)) {
      close(i, false);
    }
  }
  close(tokens.length, false);
  return clauses;
}
