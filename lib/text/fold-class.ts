/**
 * The folded form and word class of one UTF-16 code unit, packed in one
 * number, for scanners that fold on the fly instead of building a
 * normalized copy of the text.
 *
 * A non-negative value is the folded unit, with WORD_BIT set when it is a
 * letter, mark or digit. DROPPED means the unit vanishes (marks, tatweel,
 * zero-width and bidi controls). EXPANDED means the character folds to
 * several units (or is a surrogate): read foldCodePoint for it.
 *
 * Same rules as normalizeWithMap, from the same tables; looked up from a
 * small array for ASCII, Latin and Arabic, and from a bounded cache above.
 */
import { foldCodePoint } from './char-fold';
import { isWordCode } from './word-chars';

export const DROPPED = -1;
export const EXPANDED = -2;
export const WORD_BIT = 0x10000;
export const UNIT_MASK = 0xffff;

/** Not yet classified: only ever found in FAST_CLASS; call foldClass to fill the slot. */
export const UNKNOWN = -4;
export const FAST_LIMIT = 0x0700;
const CACHE_LIMIT = 8192;

/**
 * Classes of the units below FAST_LIMIT (ASCII, Latin, Arabic), filled on
 * first use: hot loops read it directly and call foldClass on UNKNOWN.
 */
export const FAST_CLASS = new Int32Array(FAST_LIMIT).fill(UNKNOWN);
const fast = FAST_CLASS;
const slow = new Map<number, number>();

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return EXPANDED;
  const folded = foldCodePoint(code, true);
  if (folded.length === 0) return DROPPED;
  if (folded.length > 1) return EXPANDED;
  const unit = folded.charCodeAt(0);
  return unit | (isWordCode(unit) ? WORD_BIT : 0);
}

/** The packed fold class of a code unit. */
export function foldClass(code: number): number {
  if (code < FAST_LIMIT) {
    let value = fast[code]!;
    if (value === UNKNOWN) {
      value = classify(code);
      fast[code] = value;
    }
    return value;
  }
  let value = slow.get(code);
  if (value === undefined) {
    value = classify(code);
    if (slow.size < CACHE_LIMIT) slow.set(code, value);
  }
  return value;
}
