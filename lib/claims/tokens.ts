/**
 * Page text as a list of words and punctuation marks with their offsets, and
 * phrase matching over it. Hyphens and spaces only separate words, so
 * "open-source" and "open source" read alike; other punctuation is kept as
 * its own token because commas and full stops shape a clause.
 */
import { aliasKey } from '../match/alias-index';
import { isWordCode } from '../text/word-chars';
import type { PhraseTable, Words } from './cue-book';

export interface Token {
  start: number;
  end: number;
  /** Normalized word, or the punctuation character itself. */
  norm: string;
  word: boolean;
}

const APOSTROPHES = new Set(["'", '\u2019']);
const DIGIT = /[0-9\u0660-\u0669]/;
/** Arabic one-letter proclitics: و ف ب ل ك may be written on any word. */
const PROCLITIC = /^[وفبلك]/;
const LATIN_START = /^[a-z0-9]/;
const SEPARATORS = /[\s\u00a0\-\u2010\u2011\u2012\u200c\u200d\u200e\u200f\u0640]/;

function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    const c = text[i];
    const next = text[i + 1];
    if (c === undefined || next === undefined) return i;
    // "3.1" stays one word; "isn't" too, but "Meta's" is cut before the possessive.
    if ((c === '.' || c === ',') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(next)) {
      i++;
      continue;
    }
    if (APOSTROPHES.has(c) && isWordCode(next.charCodeAt(0)) && !isPossessive(text, i)) {
      i++;
      continue;
    }
    return i;
  }
}

function isPossessive(text: string, at: number): boolean {
  return (text[at + 1] === 's' || text[at + 1] === 'S') && !isWordCode(text.charCodeAt(at + 2) || 32);
}

/** Single quotation marks: the apostrophe and the curly pair. */
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019']);
/** What may stand before a single quote that opens a quotation: "CTO: 'We moved…", "(‘…". */
const BEFORE_OPENING = /[\s:(\[\u2014\u2013-]/;
/** What may follow one that closes it: "…never looked back.'" */
const AFTER_CLOSING = /[\s.,;:!?)\]\u2014\u2013-]/;

/**
 * A single quotation mark around someone's words, as a double one: one that
 * opens before a letter after a space or a colon, and the one that closes it
 * after the words. An apostrophe inside or at the end of a word ("don't",
 * "models'") with no quotation open is no mark.
 */
function singleQuoteAt(text: string, i: number, open: boolean): boolean {
  if (!SINGLE_QUOTES.has(text[i]!)) return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
  // Before a digit it is an elision ("the '90s"), not a quotation.
  if (!open) return BEFORE_OPENING.test(before) && /\p{L}/u.test(after);
  return !/\s/.test(before) && AFTER_CLOSING.test(after);
}

/** "e.g." and "i.e.", with or without the last point, before no letter. */
const ABBREVIATION = /^(?:e\.g|i\.e)\.?(?![A-Za-z])/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let quoting = false;
  while (i < text.length) {
    const c = text[i]!;
    if (singleQuoteAt(text, i, quoting) && !(quoting && isPossessive(text, i))) {
      // Read as a double quotation mark, so quoted words and scare quotes are told apart the same way.
      tokens.push({ start: i, end: i + 1, norm: '"', word: false });
      quoting = !quoting;
      i++;
    } else if ((c === 'e' || c === 'i' || c === 'E' || c === 'I') && ABBREVIATION.test(text.slice(i, i + 5)) && !isWordCode(text.charCodeAt(i - 1))) {
      // "e.g." and "i.e." are one word, not the end of a sentence: "open-source LLMs (e.g. Llama 3)".
      const end = i + ABBREVIATION.exec(text.slice(i, i + 5))![0].length;
      tokens.push({ start: i, end, norm: c.toLowerCase() === 'e' ? 'eg' : 'ie', word: true });
      i = end;
    } else if (isWordCode(c.charCodeAt(0))) {
      const end = wordEnd(text, i);
      tokens.push({ start: i, end, norm: aliasKey(text.slice(i, end)), word: true });
      i = end;
    } else if (APOSTROPHES.has(c) && isPossessive(text, i)) {
      tokens.push({ start: i, end: i + 2, norm: "'s", word: true });
      i += 2;
    } else if (c === '\n') {
      // A line break ends a clause: headings and list items never run on.
      tokens.push({ start: i, end: i + 1, norm: c, word: false });
      i++;
    } else if (SEPARATORS.test(c) || APOSTROPHES.has(c)) {
      i++;
    } else {
      tokens.push({ start: i, end: i + 1, norm: c, word: false });
      i++;
    }
  }
  return tokens;
}

function wordMatches(token: Token | undefined, word: string, first: boolean): boolean {
  if (!token?.word) return false;
  if (token.norm === word) return true;
  // Only the first word of a phrase may carry a proclitic: "فمفتوح المصدر", "بحسب". On a two-letter word only «و» and
  // «ف» do: «ولم», «فلا», but «بحث» (research) is not «ب» + «حث» (urge).
  if (token.norm.length <= word.length || !PROCLITIC.test(token.norm) || token.norm.slice(1) !== word) return false;
  // A Latin word with an Arabic proclitic written on it is that word wherever it stands: «مرخّص بـMIT».
  if (!first) return LATIN_START.test(word);
  return word.length > 2 || token.norm[0] === 'و' || token.norm[0] === 'ف';
}

function phraseAt<T extends { words: Words }>(tokens: Token[], at: number, candidates: T[], length?: number): T | null {
  for (const entry of candidates) {
    if (length !== undefined && entry.words.length !== length) continue;
    if (entry.words.every((w, k) => wordMatches(tokens[at + k], w, k === 0))) return entry;
  }
  return null;
}

/**
 * The longest phrase of the table that starts at token `at`, or null; with
 * `length`, the phrase of that many words ("one of" where "one of the" also
 * starts there), or null.
 */
export function matchAt<T extends { words: Words }>(table: PhraseTable<T>, tokens: Token[], at: number, length?: number): T | null {
  const token = tokens[at];
  if (!token?.word) return null;
  const direct = table.get(token.norm);
  const found = direct ? phraseAt(tokens, at, direct, length) : null;
  if (found || !PROCLITIC.test(token.norm)) return found;
  const bare = table.get(token.norm.slice(1));
  return bare ? phraseAt(tokens, at, bare, length) : null;
}

/**
 * Whether a phrase of the table starts at a token in [from, to) and ends
 * before `to`, leaving out any that `unless` (given its start and length) rejects.
 */
export function anyPhraseIn(
  table: PhraseTable<{ words: Words }>,
  tokens: Token[],
  from: number,
  to: number,
  unless?: (at: number, length: number) => boolean,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const hit = matchAt(table, tokens, i);
    if (hit && i + hit.words.length <= to && !unless?.(i, hit.words.length)) return true;
  }
  return false;
}

/** "3.1", "180b", version codes such as "k2" or "v3", and mixture sizes such as "8x7b". */
const NUMBER = /^[a-z]?[0-9][0-9.]*(x[0-9][0-9.]*)?[a-z]?$/;

export function isNumber(token: Token | undefined): boolean {
  return token !== undefined && token.word && NUMBER.test(token.norm);
}

/** Words as tokens hold them (folded: «على» is read «علي», «لدى» «لدي»), for sets written as the words are spelled. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(aliasKey));
}

/** Words that open a noun phrase before its adjective: "the open-source Qwen3", "its closed model". */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Commas, and the dashes and brackets that set off an aside the way commas do: "Three open-source giants — Llama 4, … —", "MiniMax-M1 (open-weight, Apache 2.0)". */
export const COMMAS: ReadonlySet<string> = new Set([',', '،', '\u2014', '\u2013', '(', ')']);
