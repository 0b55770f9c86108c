/**
 * Reading the folded text one character at a time, straight from the
 * original string: dropped characters are skipped, surrogate pairs and
 * characters that fold to several units are read whole. Results go to
 * module-level fields instead of fresh objects, so the scanner's loops
 * allocate nothing.
 */
import { foldCodePoint } from './char-fold';
import { DROPPED, EXPANDED, UNIT_MASK, WORD_BIT, foldClass } from './fold-class';
import { isWordCodePoint } from './word-chars';

/** What the last readChar call found. */
export const read = {
  /** Where the character starts in the original string. */
  start: 0,
  /** Its folded units: `unit` when there is one, `units` when there are several. */
  unit: -1,
  units: '',
  /** Whether its first and last folded units are word characters. */
  wordFirst: false,
  wordLast: false,
};

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  return isLow(last) && text.length > 1 && isHigh(text.charCodeAt(text.length - 2)) ? text.codePointAt(text.length - 2)! : last;
}

/**
 * Read the next character that does not vanish, at or after `i`. Returns the
 * index just after it, or -1 at the end of the text (read.unit is then -1).
 */
export function readChar(text: string, i: number): number {
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    const value = foldClass(code);
    if (value === DROPPED) {
      i++;
      continue;
    }
    read.start = i;
    if (value !== EXPANDED) {
      read.unit = value & UNIT_MASK;
      read.units = '';
      read.wordFirst = read.wordLast = value >= WORD_BIT;
      return i + 1;
    }
    let width = 1;
    let folded: string;
    if (isHigh(code) && i + 1 < length && isLow(text.charCodeAt(i + 1))) {
      folded = foldCodePoint(text.codePointAt(i)!, true);
      width = 2;
    } else if (isHigh(code) || isLow(code)) {
      folded = String.fromCharCode(code); // a lone surrogate stands for itself
    } else {
      folded = foldCodePoint(code, true);
    }
    if (folded.length === 0) {
      i += width;
      continue;
    }
    read.unit = folded.length === 1 ? folded.charCodeAt(0) : -1;
    read.units = folded.length === 1 ? '' : folded;
    read.wordFirst = isWordCodePoint(folded.codePointAt(0)!);
    read.wordLast = isWordCodePoint(lastCodePoint(folded));
    return i + width;
  }
  read.start = length;
  read.unit = -1;
  read.units = '';
  read.wordFirst = read.wordLast = false;
  return -1;
}

/** Whether the next character that does not vanish, at or after `i`, starts with a word character. */
export function wordAt(text: string, i: number): boolean {
  return readChar(text, i) >= 0 && read.wordFirst;
}
