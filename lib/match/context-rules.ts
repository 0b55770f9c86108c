/**
 * Context rules from the data: an alias does not name its entity when one of
 * the rule's words stands right before it (notAfter) or right after it
 * (notBefore). كلاود after غوغل, جوجل, مايكروسوفت or أمازون is "cloud", not
 * Claude. Neighbouring words are compared in normalized form and may carry
 * their own proclitics ("بغوغل كلاود" is still "in Google Cloud").
 *
 * An onlyAfter rule is the converse: the match stands only when one of its
 * words is right before it ("Microsoft Phi", not a bare "phi"); onlyBefore,
 * when one is right after it ("Phi models"). With both, either will do.
 *
 * Rules run only for candidate matches of aliases that have them, so they
 * can afford to normalize a short window of text on either side.
 */
import { SEPARATOR } from '../text/char-fold';
import { DROPPED, UNIT_MASK, foldClass } from '../text/fold-class';
import { read, readChar } from '../text/folded-reader';
import { normalizeText } from '../text/normalize';
import { PROCLITICS, isProcliticAt, procliticsStartingWith } from '../text/proclitics';
import { QUOTE_MARKS } from '../text/quote-marks';
import { isWordCode } from '../text/word-chars';
import type { CompiledRule } from './alias-index';

const NO_WORD = -1;
const UNSURE = -2;

/** Room around the longest phrase for proclitics, marks, tatweel and spacing. */
const WINDOW_SLACK = 24;

/**
 * The folded unit that ends the word one separator before `at` (invisible
 * characters aside); NO_WORD when no separator and word stand right before
 * `at`; UNSURE when that word ends in a character that folds to several units.
 */
function lastUnitOfWordBefore(text: string, at: number): number {
  let separator = false;
  let colon = false;
  for (let i = at - 1; i >= 0; i--) {
    const value = foldClass(text.charCodeAt(i));
    if (value === DROPPED) continue;
    if (value < 0) return separator ? UNSURE : NO_WORD;
    const unit = value & UNIT_MASK;
    if (unit === SEPARATOR && !separator) {
      separator = true;
      continue;
    }
    // A title's colon stands between the words and the name: "Top Gun: Maverick".
    if (unit === COLON && separator && !colon) {
      colon = true;
      continue;
    }
    return separator && unit !== SEPARATOR ? unit : NO_WORD;
  }
  return NO_WORD;
}

/** The first folded unit of the word after a separator at `at`, or NO_WORD when no separator stands there. */
function firstUnitOfWordAfter(text: string, at: number): number {
  let next = readChar(text, at);
  if (next < 0 || read.unit !== SEPARATOR) return NO_WORD;
  while (next >= 0 && read.unit === SEPARATOR) next = readChar(text, next);
  return next < 0 ? NO_WORD : read.unit >= 0 ? read.unit : read.units.charCodeAt(0);
}

const COLON = 0x3a;

/** The words before a name with the colon of a title taken out ("top gun: " → "top gun "), or null without one. */
function withoutTitleColon(before: string): string | null {
  return before.endsWith(': ') ? `${before.slice(0, -2)} ` : null;
}

/** Could one of the phrases end with this unit? A cheap test before normalizing a window. */
function anyEndsWith(phrases: readonly string[], unit: number): boolean {
  return unit === UNSURE || phrases.some((p) => p.charCodeAt(p.length - 1) === unit);
}

/**
 * How many characters of a possessive ending stand at `at` ("'s", "’s"
 * before a space): the word after it is the one a notBefore rule reads
 * ("Bloomberg's Mark Gurman reported" is the news agency's reporter).
 */
function possessiveAt(text: string, at: number): number {
  const mark = text.charCodeAt(at);
  if (mark !== 0x27 && mark !== 0x2019) return 0;
  if ((text.charCodeAt(at + 1) | 0x20) !== 0x73) return 0;
  const next = text.charCodeAt(at + 2);
  return next === 0x20 || next === 0xa0 ? 2 : 0;
}

/** Could one of the phrases, maybe behind a proclitic, start with this unit? */
function anyStartsWith(phrases: readonly string[], unit: number): boolean {
  return procliticsStartingWith(unit) !== undefined || phrases.some((p) => p.charCodeAt(0) === unit);
}

/** `phrase` is the whole word (or words) that ends one space before the end of `text`. */
function endsWithPhrase(text: string, phrase: string): boolean {
  const phraseEnd = text.length - 1;
  if (phraseEnd < 0 || text.charCodeAt(phraseEnd) !== SEPARATOR) return false;
  const phraseStart = phraseEnd - phrase.length;
  if (phraseStart < 0 || !text.startsWith(phrase, phraseStart)) return false;
  let word = phraseStart;
  while (word > 0 && isWordCode(text.charCodeAt(word - 1))) word--;
  return isProcliticAt(text, word, phraseStart);
}

/**
 * The start of a name's word, before the quotation mark that opens it
 * («روبوت المحادثة «بارد»», «شركة "فالكون" لخدمات الطيران»): the words before
 * it are read from there.
 */
function beforeOpeningQuote(text: string, wordStart: number): number {
  return wordStart > 0 && QUOTE_MARKS.has(text[wordStart - 1]!) ? wordStart - 1 : wordStart;
}

/** Where the words after a name are read from: past its closing quotation mark and its possessive. */
function wordAfterFrom(text: string, end: number): number {
  const closed = pastClosingQuote(text, end);
  return closed + possessiveAt(text, closed);
}

/** The end of a name, past the quotation mark that closes it: the words after it are read from there. */
function pastClosingQuote(text: string, end: number): number {
  return end < text.length && QUOTE_MARKS.has(text[end]!) ? end + 1 : end;
}

function wholeAt(text: string, at: number, phrase: string): boolean {
  const end = at + phrase.length;
  return text.startsWith(phrase, at) && (end === text.length || !isWordCode(text.charCodeAt(end)));
}

/** `phrase` is the whole word (or words) one space into `text`, maybe behind a proclitic. */
function startsWithPhrase(text: string, phrase: string): boolean {
  if (text.charCodeAt(0) !== SEPARATOR) return false;
  if (wholeAt(text, 1, phrase)) return true;
  for (const p of PROCLITICS) {
    if (text.startsWith(p.text, 1) && wholeAt(text, 1 + p.text.length, phrase)) return true;
  }
  return false;
}

/**
 * Whether any of the rules cancels a match in the original `text` whose word
 * (proclitics included) starts at `wordStart` and whose name (version
 * included) ends at `end`.
 */
export function cancelledByRules(
  text: string,
  rules: readonly CompiledRule[],
  ruleIndices: readonly number[],
  wordStart: number,
  end: number,
): boolean {
  let before: string | null = null;
  let after: string | null = null;
  let lastBefore: number | undefined;
  let firstAfter: number | undefined;
  // A quoted name is read with the words outside its quotation marks.
  const start = beforeOpeningQuote(text, wordStart);
  for (const r of ruleIndices) {
    const rule = rules[r];
    if (!rule) continue;
    if (rule.onlyAfter?.length || rule.onlyBefore?.length) {
      before ??= normalizeText(text.slice(Math.max(0, start - rule.longest * 2 - WINDOW_SLACK), start));
      const afterOne = rule.onlyAfter?.some((phrase) => endsWithPhrase(before!, phrase)) === true;
      if (!afterOne) {
        const from = wordAfterFrom(text, end);
        after ??= normalizeText(text.slice(from, from + rule.longest * 2 + WINDOW_SLACK));
        if (rule.onlyBefore?.some((phrase) => startsWithPhrase(after!, phrase)) !== true) return true;
      }
    }
    if (rule.notAfter.length > 0) {
      lastBefore ??= lastUnitOfWordBefore(text, start);
      if (lastBefore !== NO_WORD && anyEndsWith(rule.notAfter, lastBefore)) {
        before ??= normalizeText(text.slice(Math.max(0, start - rule.longest * 2 - WINDOW_SLACK), start));
        const titled = withoutTitleColon(before);
        for (const phrase of rule.notAfter) if (endsWithPhrase(before, phrase) || (titled !== null && endsWithPhrase(titled, phrase))) return true;
      }
    }
    if (rule.notBefore.length > 0) {
      const from = wordAfterFrom(text, end);
      firstAfter ??= firstUnitOfWordAfter(text, from);
      if (firstAfter !== NO_WORD && anyStartsWith(rule.notBefore, firstAfter)) {
        after ??= normalizeText(text.slice(from, from + rule.longest * 2 + WINDOW_SLACK));
        for (const phrase of rule.notBefore) if (startsWithPhrase(after, phrase)) return true;
      }
    }
  }
  return false;
}
