/**
 * Version suffixes after a versioned alias: "Llama 3.1", "Gemini 2.5",
 * "Qwen3", "Qwen2.5", "لاما ٤" (read through folding, so Arabic-Indic and
 * Persian digits and the Arabic decimal separator count).
 *
 * Only number forms are read: a major of one or two digits and up to two
 * dotted parts of one or two digits. A longer number ("Llama 405B", "Gemini
 * 2025") is not taken as a version, and a number glued to letters ("Qwen
 * 7B") is not a version either, so the mention stays the bare name.
 */
import { SEPARATOR } from '../text/char-fold';
import { read, readChar, wordAt } from '../text/folded-reader';

const MAX_MAJOR_DIGITS = 2;
const MAX_MINOR_DIGITS = 2;
const MAX_DOTTED_PARTS = 2;
const DOT = 0x2e;
/** Blanks and a dash between a name and a number. */
const SPACED_DASH = /\s\S|\S\s/;

export interface VersionMatch {
  /** End of the version in the original text. */
  end: number;
  /** The version in ASCII ("3.1"). */
  version: string;
}

function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** Digits from the character just read on; the index after the last one, or -1 past `max` digits. */
function readDigits(text: string, next: number, max: number, into: { digits: string; next: number }): number {
  let end = -1;
  let count = 0;
  into.digits = '';
  while (next >= 0 && isDigitUnit(read.unit)) {
    into.digits += String.fromCharCode(read.unit);
    count++;
    end = next;
    next = readChar(text, next);
  }
  into.next = next;
  return count >= 1 && count <= max ? end : -1;
}

/** The version right after a name ending at `at` in the original text, or null when none follows. */
export function readVersion(text: string, at: number): VersionMatch | null {
  let next = readChar(text, at);
  if (next < 0) return null;
  let start = at;
  while (next >= 0 && read.unit === SEPARATOR) [start, next] = [next, readChar(text, next)];
  // A dash set off by spaces opens what follows, not a version: a score card's "Gemini — 8/10".
  if (!isDigitUnit(read.unit) || SPACED_DASH.test(text.slice(at, start))) return null;
  const part = { digits: '', next: 0 };
  let end = readDigits(text, next, MAX_MAJOR_DIGITS, part);
  if (end < 0) return null;
  let version = part.digits;
  next = part.next;
  for (let dotted = 0; dotted < MAX_DOTTED_PARTS; dotted++) {
    if (next < 0 || read.unit !== DOT) break;
    const afterDot = readChar(text, next);
    if (afterDot < 0 || !isDigitUnit(read.unit)) break;
    const minorEnd = readDigits(text, afterDot, MAX_MINOR_DIGITS, part);
    if (minorEnd < 0) return null;
    version += '.' + part.digits;
    end = minorEnd;
    next = part.next;
  }
  return wordAt(text, end) ? null : { end, version };
}

/** Is a UTF-16 unit a digit, in Latin, Arabic-Indic or Persian form? */
function isAnyDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

/**
 * Does a name ending at `at` in a number stop inside a longer one: "GPT-4"
 * in "GPT-4.1", "DeepSeek-V3" in "DeepSeek-V3.2"? A point release is
 * another model, so the shorter name is not mentioned there; a sentence's
 * full stop ("GPT-4. Then") is not a point.
 */
export function cutsPointRelease(text: string, at: number): boolean {
  if (at < 1 || at + 1 >= text.length || !isAnyDigit(text.charCodeAt(at - 1))) return false;
  const point = text.charCodeAt(at);
  return (point === DOT || point === 0x66b) && isAnyDigit(text.charCodeAt(at + 1));
}
