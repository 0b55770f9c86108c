/**
 * Clauses: a claim attaches only within one. A clause ends at a full stop,
 * question mark, semicolon, colon or line break, and before a contrastive
 * word ("while", "but", بينما, أما), which starts a new one: in "Chrome is
 * proprietary, while Chromium is open source" each name keeps its own words.
 * A comma before a question word ends a statement the question follows; a
 * colon right after a name does not end its clause: it labels the name.
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
/** Words that open a question of its own after a comma: "Qwen is open source, so why pay for ChatGPT?" */
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'لماذا', 'ولماذا', 'فلماذا', 'ليش', 'وليش', 'فليش', 'ليه', 'وليه', 'فليه', 'كيف', 'فكيف', 'وكيف', 'شلون']);
const QUESTION_LEADS = new Set(['so', 'then', 'and']);
/** Words a yes-no question opens with: its comma does not end what it asks ("Is Llama open source, and why?"). */
const ASKING = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'هل', 'وهل', 'فهل']);

/** A comma that a wh-question follows, in a clause that does not itself ask: the question is the next clause's. */
function questionAfter(tokens: Token[], comma: number, from: number): boolean {
  if (ASKING.has(tokens[from]!.norm)) return false;
  const next = tokens[comma + 1];
  if (next === undefined) return false;
  return QUESTION_WORDS.has(next.norm) || (QUESTION_LEADS.has(next.norm) && QUESTION_WORDS.has(tokens[comma + 2]?.norm ?? ''));
}

/** Punctuation a correction may follow: "isn't open source, it's open-weight", "— it's open-weight". */
const CORRECTION_MARKS = new Set([',', '،', '\u2014', '\u2013', '-']);
/** Pronouns a correction opens with, in English with its verb after. */
const PRONOUNS = new Set(['it', 'they']);
const PRONOUN_VERBS = new Set(["'s", "'re", 'is', 'are']);
const ARABIC_PRONOUNS = new Set(['هو', 'هي', 'انه', 'انها']);

/** Does a correction open with this word: "it", «هو»? */
export function isCorrectionPronoun(norm: string): boolean {
  return PRONOUNS.has(norm) || ARABIC_PRONOUNS.has(norm);
}

/**
 * A comma or dash that a pronoun follows, in a clause that denies something:
 * "Kimi K2 isn't open source — it's open-weight", «مش مفتوح المصدر، هو مفتوح
 * الأوزان»: what follows corrects the denial, and is its own clause.
 */
function correctionAfter(tokens: Token[], book: CueBook, mark: number, from: number): boolean {
  const next = tokens[mark + 1]?.norm ?? '';
  if (!ARABIC_PRONOUNS.has(next) && !(PRONOUNS.has(next) && PRONOUN_VERBS.has(tokens[mark + 2]?.norm ?? ''))) return false;
  for (let i = from; i < mark; i++) if (matchAt(book.negations, tokens, i)) return true;
  return false;
}

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
      // "Qwen3: open weights", «فالكون 180B: أكبر نموذج مفتوح المصدر»: a colon right after a name labels it, and
      // what follows is said of it (see labelColon in attach.ts).
      if (token.norm === ':' && i > from && owner[i - 1]! >= 0) continue;
      close(i + 1, QUESTIONS.has(token.norm));
    } else if (!token.word && (token.norm === ',' || token.norm === '،') && i > from && questionAfter(tokens, i, from)) {
      close(i + 1, false);
    } else if (!token.word && CORRECTION_MARKS.has(token.norm) && i > from && correctionAfter(tokens, book, i, from)) {
      close(i + 1, false);
    } else if (i > from && owner[i] === -1 && matchAt(book.boundaries, tokens, i)) {
      close(i, false);
    }
  }
  close(tokens.length, false);
  return clauses;
}
