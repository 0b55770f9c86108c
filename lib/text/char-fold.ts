/**
 * The folded form of one character, outside the ASCII and Arabic fast paths:
 * invisible controls dropped, typographic quotes and dashes unified, combining
 * marks dropped, NFKC compatibility forms (full-width Latin, Arabic
 * presentation forms, ligatures) expanded, and optionally lower-cased.
 *
 * NFKC is applied per character, not to the whole text, so that every output
 * unit can be traced to exactly one input character. Results are cached per
 * code point because news pages repeat a small alphabet.
 */
import { DROP, GENERIC, foldArabicCode } from './arabic-normalize';

/** The one separator the normalized text uses for spaces, tabs and dashes. */
export const SEPARATOR = 0x20;
/** Line breaks stay distinct: a name never spans two lines or two blocks. */
export const LINE_BREAK = 0x0a;

const CACHE_LIMIT = 8192;
const foldedCache = new Map<number, string>();
const casedCache = new Map<number, string>();

/** Zero-width characters, bidi controls and other format characters with no visible form. */
function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff || // byte-order mark / zero-width no-break space
    cp === 0x061c || // Arabic letter mark
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0000 && cp <= 0xe01ef) // tags, variation selectors supplement
  );
}

const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x2036, 0x301d, 0x301e, 0xff02]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x2039, 0x203a, 0x02bc, 0xff07, 0x60]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b]);
const LINE_SEPARATORS = new Set([0x2028, 0x2029, 0x0085]);

const MARK = /^[\p{Mn}\p{Me}]$/u;
const SPACE = /^\p{Zs}$/u;

/** ASCII folding tables, with and without lower-casing. */
function buildAscii(foldCase: boolean): Uint16Array {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) table[c] = c;
  if (foldCase) for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  table[0x09] = SEPARATOR;
  table[0x2d] = SEPARATOR; // hyphen: "gpt-oss" reads as "gpt oss"
  table[0x5f] = SEPARATOR; // underscore: the hashtag #ديب_سيك reads as "ديب سيك"
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d]) table[c] = LINE_BREAK;
  return table;
}

export const ASCII_FOLDED = buildAscii(true);
export const ASCII_CASED = buildAscii(false);

/** Fold one code point by the tables alone, when they decide it. */
function foldByTable(cp: number, foldCase: boolean): string | null {
  if (cp < 0x80) return String.fromCharCode((foldCase ? ASCII_FOLDED : ASCII_CASED)[cp]!);
  const arabic = foldArabicCode(cp);
  if (arabic === DROP) return '';
  if (arabic !== cp && arabic !== GENERIC) return String.fromCharCode(arabic);
  return null;
}

function compute(cp: number, foldCase: boolean, depth: number): string {
  const byTable = foldByTable(cp, foldCase);
  if (byTable !== null) return byTable;
  if (isIgnorable(cp)) return '';
  if (DOUBLE_QUOTES.has(cp)) return '"';
  if (SINGLE_QUOTES.has(cp)) return "'";
  if (DASHES.has(cp)) return ' ';
  if (LINE_SEPARATORS.has(cp)) return '\n';
  const ch = String.fromCodePoint(cp);
  if (SPACE.test(ch)) return ' ';
  if (MARK.test(ch)) return '';
  let folded = ch.normalize('NFKC');
  if (foldCase) folded = folded.toLowerCase();
  if (folded === ch || depth > 0) return folded;
  // The compatibility form may itself hold hamza-alef, marks or capitals
  // (an Arabic ligature, "ﬀ", "Ⅳ"): fold each of its characters once more.
  let out = '';
  for (const part of folded) out += compute(part.codePointAt(0)!, foldCase, depth + 1);
  return out;
}

/** The folded form of a code point ('' when it is dropped). Never throws. */
export function foldCodePoint(cp: number, foldCase: boolean): string {
  const cache = foldCase ? foldedCache : casedCache;
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = compute(cp, foldCase, 0);
    if (cache.size < CACHE_LIMIT) cache.set(cp, folded);
  }
  return folded;
}

/** Combining marks the normalizer drops; a mention's end extends over them so it keeps its vowels. */
export function isDroppedMarkUnit(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0300 && code <= 0x036f);
}
