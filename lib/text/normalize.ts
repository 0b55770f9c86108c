/**
 * Text normalization with an offset map back to the original string.
 *
 * Matching runs on the normalized text (Arabic letters folded, marks, tatweel
 * and invisible controls dropped, digits in ASCII, quotes and dashes unified,
 * spaces and hyphens collapsed to one separator, lower case), and every match
 * is mapped back through `map` to exact offsets in the page's own text, so
 * the highlight lands on what the reader sees.
 *
 * The hot loop reads one code unit at a time, handles ASCII and the Arabic
 * block from tables, and writes into typed arrays: no per-character strings.
 */
import { DROP, GENERIC, foldArabicCode } from './arabic-normalize';
import { ASCII_CASED, ASCII_FOLDED, LINE_BREAK, SEPARATOR, foldCodePoint, isDroppedMarkUnit } from './char-fold';

export interface Normalized {
  /** The normalized text. */
  text: string;
  /**
   * `map[i]` is the index in the original string of the character that
   * produced normalized unit `i`; `map[text.length]` is the original length.
   * Non-decreasing, always within [0, original length].
   */
  map: Int32Array;
}

export interface NormalizeOptions {
  /** Lower-case the text (default true). Off only to test case-sensitive aliases. */
  foldCase?: boolean;
}

const CHUNK = 8192;

function typedToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    const part = units.subarray(i, Math.min(length, i + CHUNK));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

// One pair of output buffers for every call, grown as needed: the scanner's
// context rules normalize many short windows, and two fresh typed arrays per
// window cost more than the folding itself.
let out = new Uint16Array(256);
let map = new Int32Array(257);
let n = 0;

function grow(): void {
  const nextOut = new Uint16Array(out.length * 2);
  nextOut.set(out);
  out = nextOut;
  const nextMap = new Int32Array(out.length + 1);
  nextMap.set(map);
  map = nextMap;
}

/**
 * Append one unit. Separators collapse: a run of spaces, tabs and dashes is
 * one separator, and a run holding a line break is one line break.
 */
function emit(unit: number, source: number): void {
  if (n > 0) {
    const previous = out[n - 1];
    if (unit === SEPARATOR && (previous === SEPARATOR || previous === LINE_BREAK)) return;
    if (unit === LINE_BREAK && (previous === SEPARATOR || previous === LINE_BREAK)) {
      out[n - 1] = LINE_BREAK;
      return;
    }
  }
  if (n === out.length) grow();
  out[n] = unit;
  map[n] = source;
  n++;
}

function emitString(folded: string, source: number): void {
  for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), source);
}

/** Fold `input` into the shared buffers; returns the number of units written. */
function foldInto(input: string, foldCase: boolean): number {
  const ascii = foldCase ? ASCII_FOLDED : ASCII_CASED;
  const length = input.length;
  n = 0;
  for (let i = 0; i < length; ) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      emit(ascii[code]!, i);
      i++;
    } else if (code >= 0x0600 && code <= 0x06ff) {
      const folded = foldArabicCode(code);
      if (folded === GENERIC) emitString(foldCodePoint(code, foldCase), i);
      else if (folded !== DROP) emit(folded, i);
      i++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && isLowSurrogate(input.charCodeAt(i + 1))) {
      const cp = ((code - 0xd800) << 10) + (input.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      emitString(foldCodePoint(cp, foldCase), i);
      i += 2;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      emit(code, i); // a lone surrogate passes through untouched
      i++;
    } else {
      emitString(foldCodePoint(code, foldCase), i);
      i++;
    }
  }
  map[n] = length;
  return n;
}

/** Normalize `input`, keeping for every output unit the offset of its source character. Never throws. */
export function normalizeWithMap(input: string, options: NormalizeOptions = {}): Normalized {
  const units = foldInto(input, options.foldCase !== false);
  return { text: typedToString(out, units), map: map.slice(0, units + 1) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Normalized form of a short string such as an alias or a search query, without the map. */
export function normalizeText(input: string, options: NormalizeOptions = {}): string {
  // Fold first, then read `out`: folding may grow (replace) the buffer, and an
  // argument list evaluated in one go would hand over the old, shorter one.
  const units = foldInto(input, options.foldCase !== false);
  return typedToString(out, units);
}

/**
 * The original range of normalized units [start, end). The end covers the
 * whole last source character (both halves of a surrogate pair) and the
 * vowel marks written on it, so "جيمينيُ" is highlighted with its damma.
 */
export function originalRange(original: string, normalized: Normalized, start: number, end: number): [number, number] {
  const { map } = normalized;
  const from = map[start]!;
  const last = map[end - 1]!;
  let to = last + 1;
  const code = original.charCodeAt(last);
  if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(last + 1))) to++;
  while (to < original.length && isDroppedMarkUnit(original.charCodeAt(to))) to++;
  return [from, Math.max(to, from)];
}
