/**
 * Clauses: a claim attaches only within one. A clause ends at a full stop,
 * question mark, semicolon, colon or line break, and before a contrastive
 * word ("while", "but", بينما, أما), which starts a new one: in "Chrome is
 * proprietary, while Chromium is open source" each name keeps its own words.
 * A comma before a question word ends a statement the question follows; a
 * colon right after a name does not end its clause: it labels the name.
 */
import type { CueBook } from './cue-book';
import { isNumber, matchAt, type Token } from './tokens';

export interface Clause {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
  /** The clause ends with a question mark: it asks, it does not claim. */
  question: boolean;
}

/** The bars between a table's cells: "|", the full-width "｜", the broken "¦". */
const BARS = ['|', '\uff5c', '\u00a6'];
/** The dashes between a row's cells: "—", "–". */
const DASHES = ['\u2014', '\u2013'];
/** The marks that label a name wherever it stands: "Qwen3: open weights", "Qwen3 = open weights". */
const NAME_LABELS = [':', '='];
/** The question marks: a question ends its clause, and its answer follows (see claim-passages.ts). */
export const QUESTIONS: ReadonlySet<string> = new Set(['?', '؟']);
/** A bar ends a clause too: it separates the cells of a table row and the parts of a title ("Proprietary: … | Open weights: …"). */
const ENDS = new Set(['.', '!', ...QUESTIONS, ';', ':', '؛', '\n', '\u2026', ...BARS]);
/**
 * Marks that, right after a name, say of it what "is" would, as a table's cells and a shorthand write it: "Qwen3:
 * open weights", "Qwen3 = open weights", "GPT-4o | proprietary | API", "DeepSeek-R1 — MIT — open weights".
 */
export const LABEL_MARKS: ReadonlySet<string> = new Set([...NAME_LABELS, ...BARS, ...DASHES]);
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

const LIST_NUMBER = /^[0-9]{1,2}$/;
/** How far back the item before may have started its number: a long name and its words. */
const ITEM_REACH = 16;

/** The number of an item at `at`: one or two digits, no part of a name, then "." or ")", then a name; else 0. */
function itemNumber(tokens: readonly Token[], owner: Int32Array, at: number): number {
  const t = tokens[at];
  const mark = tokens[at + 1]?.norm;
  if (!t?.word || owner[at]! >= 0 || !LIST_NUMBER.test(t.norm) || (mark !== '.' && mark !== ')') || !(owner[at + 2]! >= 0)) return 0;
  return Number(t.norm);
}

/**
 * Is token `at` an item's number in a numbered list ("…: 1. DeepSeek-R1 2.
 * Qwen3 3. Llama 4 Maverick")? The first is 1, right after a colon; each
 * other follows the number before it, so "grew 12. Llama…" is no list.
 */
export function listNumberAt(tokens: readonly Token[], owner: Int32Array, at: number): boolean {
  const n = itemNumber(tokens, owner, at);
  if (n === 1) return tokens[at - 1]?.norm === ':';
  for (let j = at - 3; n > 1 && j >= Math.max(0, at - ITEM_REACH); j--) if (itemNumber(tokens, owner, j) === n - 1) return true;
  return false;
}

/**
 * The last token of the name a colon at `colon` labels ("Qwen3: open weights"), or -1: the name's own, or a size the
 * mention stops short of ("Mixtral 8x22B: Apache 2.0").
 */
export function labelledAt(tokens: readonly Token[], owner: Int32Array, colon: number, from: number): number {
  if (colon <= from) return -1;
  const last = owner[colon - 1]! >= 0 ? colon - 1 : colon - 1 > from && isNumber(tokens[colon - 1]) && owner[colon - 2]! >= 0 ? colon - 2 : -1;
  const mark = tokens[colon]!.norm;
  if (last < 0 || NAME_LABELS.includes(mark)) return last;
  // A table's bar, dash or tick labels a name that opens its cell: in "OLMo 2, Llama 4 Scout | Open weights: Gemma 4"
  // or "Open source: OLMo 2 | Closed: GPT-5" it ends a list instead.
  let first = last;
  while (first > from && owner[first - 1] === owner[last]) first--;
  return first === 0 || CELL_OPENERS.has(tokens[first - 1]!.norm) ? last : -1;
}

/** What a table's cell opens after: a bar, a dash, a line break. */
const CELL_OPENERS: ReadonlySet<string> = new Set([...BARS, ...DASHES, '\n']);

/** Boundary words that a pair of commas sets off as an aside: "Qwen2.5-Max, however, is closed" is one clause. */
const ASIDES: ReadonlySet<string> = new Set(['however', 'though', 'yet']);

function setOff(tokens: readonly Token[], i: number): boolean {
  const comma = (t: Token | undefined) => t?.norm === ',' || t?.norm === '،';
  return ASIDES.has(tokens[i]!.norm) && comma(tokens[i - 1]) && comma(tokens[i + 1]);
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
      if (LABEL_MARKS.has(token.norm) && labelledAt(tokens, owner, i, from) >= 0) continue;
      // A numbered list's point ("…: 1. DeepSeek-R1 2. Qwen3 3. Llama 4") ends no clause: the list is one.
      if (listNumberAt(tokens, owner, i - 1)) continue;
      close(i + 1, QUESTIONS.has(token.norm));
    } else if (!token.word && (token.norm === ',' || token.norm === '،') && i > from && questionAfter(tokens, i, from)) {
      close(i + 1, false);
    } else if (!token.word && CORRECTION_MARKS.has(token.norm) && i > from && correctionAfter(tokens, book, i, from)) {
      close(i + 1, false);
    } else if (i > from && owner[i] === -1 && matchAt(book.boundaries, tokens, i) && !setOff(tokens, i)) {
      close(i, false);
    }
  }
  close(tokens.length, false);
  return clauses;
}
