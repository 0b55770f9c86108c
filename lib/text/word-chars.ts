/**
 * Which UTF-16 code units belong to a word, by Unicode letter, mark and
 * number classes rather than `\b` (which only knows ASCII): "ميتافيرس" is one
 * word, so ميتا inside it is not a whole-word match.
 *
 * Answers are cached per BMP code unit in one 64 KB table filled on demand,
 * so the scanner's per-character test is one array read after warm-up.
 * A lone surrogate unit counts as non-word; whole astral characters are
 * classified by `isWordCodePoint`.
 */

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;

const WORD_CLASS = /^[\p{L}\p{M}\p{N}]$/u;

let table: Uint8Array | null = null;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  return WORD_CLASS.test(String.fromCharCode(code)) ? WORD : OTHER;
}

/** True when the code unit is a letter, combining mark or number. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (table === null) table = new Uint8Array(0x10000);
  let kind = table[code]!;
  if (kind === UNKNOWN) {
    kind = classify(code);
    table[code] = kind;
  }
  return kind === WORD;
}

const astral = new Map<number, boolean>();
const ASTRAL_CACHE_LIMIT = 4096;

/** True when the code point (BMP or astral) is a letter, combining mark or number. */
export function isWordCodePoint(cp: number): boolean {
  if (cp <= 0xffff) return isWordCode(cp);
  let word = astral.get(cp);
  if (word === undefined) {
    word = WORD_CLASS.test(String.fromCodePoint(cp));
    if (astral.size < ASTRAL_CACHE_LIMIT) astral.set(cp, word);
  }
  return word;
}

/**
 * True for the spaces that separate words in running text (space, tab, line
 * breaks, no-break space): where the sense decision's windows and chunks end.
 */
export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

/** True for the blanks between two words of one line: a space or a no-break space. */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/** The index of the last character before `at` that is no blank (-1 when none is). */
export function lastBeforeBlanks(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isBlankCode(text.charCodeAt(i))) i--;
  return i;
}

/** The index of the first character from `at` on that is no blank (`text.length` when none is). */
export function firstAfterBlanks(text: string, at: number): number {
  let i = at;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  return i;
}
