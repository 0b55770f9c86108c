/**
 * Where the writer's case says nothing about a name. A case-sensitive alias
 * ("Google", "Meta", "Gemini") is written with its own capitals so that the
 * ordinary word ("meta", "gemini") is not read as the name, but:
 * - in a headline set in capitals ("OPENAI, GOOGLE AND META UNVEIL…") every
 *   word is in capitals, so the alias is read there in capitals too. One word
 *   in capitals among ordinary words ("the META tag") is no such run;
 * - a model's API name is written in small letters with its version joined
 *   by a hyphen ("gemini-2.5-flash", "claude-sonnet-4-5", "phi-4"), which no
 *   ordinary word is;
 * - posts and forums write a model in small letters with its point release
 *   ("llama 3.3 70b", "gemini 2.5 pro"): a name with a dotted version is a
 *   release, whatever its case.
 *
 * Only Latin letters have case here: Arabic words around a name neither make
 * nor break a run.
 */
import { endsSentence } from '../text/sentence-end';
import { firstAfterBlanks, isWordCode, lastBeforeBlanks } from '../text/word-chars';

/** How far either side of a name its neighbouring words are looked for. */
const REACH = 40;
/** Words read on each side. */
const WORDS = 2;
/** Capital letters the neighbours must hold between them: "'S" alone is no headline. */
const MIN_CAPITALS = 3;

/** A character's case: none (digits, punctuation, Arabic), capital or small. */
const NONE = 0;
const UPPER = 1;
const LOWER = 2;

function caseOf(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return UPPER;
  if (code >= 0x61 && code <= 0x7a) return LOWER;
  if (code < 0xc0) return NONE;
  // Hebrew to Arabic Extended, general punctuation and the Arabic
  // presentation forms have no case: answered without making a string of the
  // character, which on an Arabic page was most of this check's cost.
  if ((code >= 0x0590 && code <= 0x08ff) || (code >= 0x2000 && code <= 0x20ff) || (code >= 0xfb50 && code <= 0xfeff)) return NONE;
  const c = String.fromCharCode(code);
  if (c !== c.toLowerCase()) return UPPER;
  return c !== c.toUpperCase() ? LOWER : NONE;
}

/** Does text[start, end) hold a capital letter and no small one? */
function allCapitals(text: string, start: number, end: number): boolean {
  let upper = false;
  for (let i = start; i < end; i++) {
    const kind = caseOf(text.charCodeAt(i));
    if (kind === LOWER) return false;
    upper ||= kind === UPPER;
  }
  return upper;
}

/**
 * The capitals held by the cased words (up to WORDS) on one side of `from`,
 * within the line; -1 as soon as one holds a small letter.
 */
function capitalsBeside(text: string, from: number, step: 1 | -1): number {
  const limit = step > 0 ? Math.min(text.length, from + REACH) : Math.max(-1, from - 1 - REACH);
  let capitals = 0;
  let words = 0;
  let inWord = false;
  for (let i = step > 0 ? from : from - 1; i !== limit && words < WORDS; i += step) {
    const code = text.charCodeAt(i);
    // A line or a sentence ends the run: a headline set in capitals is often
    // followed, on the same line, by its story in ordinary letters.
    if (endsSentence(text, i)) break;
    const kind = caseOf(code);
    if (kind === LOWER) return -1;
    if (kind === UPPER) {
      capitals++;
      inWord = true;
    } else if (inWord) {
      inWord = false;
      words++;
    }
  }
  return capitals;
}

/** Is the name at text[start, end) written in capitals within a run of capitals? */
export function inCapitals(text: string, start: number, end: number): boolean {
  if (!allCapitals(text, start, end)) return false;
  const before = capitalsBeside(text, start, -1);
  const after = capitalsBeside(text, end, 1);
  return before >= 0 && after >= 0 && before + after >= MIN_CAPITALS;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Does the writer's case say nothing about the name at text[start, end): in
 * a headline set in capitals, in a handle, or in an API model name in small letters?
 */
export function caseSaysNothing(text: string, start: number, end: number, versioned: boolean, pointRelease = false, ambiguous?: string): boolean {
  return (
    inCapitals(text, start, end) ||
    isHandle(text, start) ||
    inModelId(text, start, end, versioned, pointRelease) ||
    // Only an ambiguous name's: a spelling distinctive only in its own case ("LLaMA") is no other spelling's.
    (ambiguous !== undefined && !ambiguous.startsWith(ANIMAL) && amidArabic(text, start, end))
  );
}

/** An animal's name is borrowed in Latin letters too: «مزرعة llama في جبال الأنديز». */
const ANIMAL = 'animal';

/**
 * Is the name a Latin word among Arabic words: «أنا أستخدم gemini بالشغل»? Arabic writes an ordinary word in Arabic
 * letters (the sign is «الجوزاء»), so a name in Latin letters there is the product's, however it is cased. The
 * sense decision still reads it.
 */
function amidArabic(text: string, start: number, end: number): boolean {
  return isArabicLetter(text.charCodeAt(lastBeforeBlanks(text, start))) && isArabicLetter(text.charCodeAt(firstAfterBlanks(text, end)));
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

const AT = 0x40;

/** A handle is written as its account spells it: "@grok is this true?" (an address's "sam@meta.com" is no handle). */
function isHandle(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === AT && (start < 2 || !isWordCode(text.charCodeAt(start - 2)));
}

/**
 * Is the name at text[start, end) an API model name in small letters: no
 * capital in it, and a digit in it ("phi-4") or, for a name that takes a
 * version, a digit right after it, joined ("gemma3:4b", as Ollama tags
 * write it) or by a hyphen ("gemini-2.5-pro"), a size after a space
 * ("ministral 14b"), or a point release after it (`pointRelease`: "llama 3.3")?
 */
export function inModelId(text: string, start: number, end: number, versioned: boolean, pointRelease = false): boolean {
  let digit = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (caseOf(code) === UPPER) return false;
    digit ||= isDigit(code);
  }
  if (digit || pointRelease || !versioned) return digit || pointRelease;
  const next = text.charCodeAt(end);
  return isDigit(next) || (next === 0x2d && isDigit(text.charCodeAt(end + 1))) || (next === 0x20 && SIZE_AFTER.test(text.slice(end, end + 9)));
}

/** A model's size in small letters after a space: "ministral 14b", "llama 70b" (a plain number is not enough: "falcon 9"). */
const SIZE_AFTER = /^ \d{1,4}(?:\.\d)?b(?![A-Za-z0-9])/;
