/**
 * Version suffixes after a versioned alias: "Llama 3.1", "Gemini 2.5",
 * "Qwen3", "Qwen2.5", "لاما ٤" (digits are ASCII by then).
 *
 * Only number forms are read: a major of one or two digits and up to two
 * dotted parts. A longer number ("Llama 405B", "Gemini 2025") is not taken
 * as a version, and a number glued to letters ("Qwen 7B") is not a version
 * either, so the mention stays the bare name.
 */
import { SEPARATOR } from '../text/char-fold';
import { isWordCode } from '../text/word-chars';

const MAX_MAJOR_DIGITS = 2;
const MAX_MINOR_DIGITS = 2;
const MAX_DOTTED_PARTS = 2;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function digitsFrom(text: string, at: number, max: number): number {
  let end = at;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  const count = end - at;
  return count >= 1 && count <= max ? end : -1;
}

/**
 * Where a version starts and ends after a name that ends at `at` in the
 * normalized text, or null when no whole-word version follows.
 */
export function readVersion(text: string, at: number): { start: number; end: number } | null {
  const start = text.charCodeAt(at) === SEPARATOR ? at + 1 : at;
  let end = digitsFrom(text, start, MAX_MAJOR_DIGITS);
  if (end < 0) return null;
  for (let part = 0; part < MAX_DOTTED_PARTS; part++) {
    if (text.charCodeAt(end) !== 0x2e || !isDigit(text.charCodeAt(end + 1))) break;
    const next = digitsFrom(text, end + 1, MAX_MINOR_DIGITS);
    if (next < 0) return null;
    end = next;
  }
  if (end < text.length && isWordCode(text.charCodeAt(end))) return null;
  return { start, end };
}
