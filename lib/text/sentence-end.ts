/**
 * Where a sentence ends, read by character code (an Arabic character read as
 * a one-character string is a new string each time): at a line break, "!",
 * "?", «؟», «؛», or a period before a space or the end, so "2.5" and "A.I.'s"
 * hold, but not after an abbreviation or an initial: "Alphabet Inc. and
 * Meta", "U.S. officials", "Dr. Amodei", "(e.g. Grok 4)". The sense decision bounds a name's
 * sentence with it, and the capitals check the run of capitals around it.
 */
import { isWordCode } from './word-chars';

/** Is text[i] the last character of a sentence? */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  return (Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0xa0) && !abbreviationBefore(text, i);
}

/** Words written with a period that ends no sentence. */
const ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'vs', 'no', 'etc']);

/** Does the period at `dot` close an abbreviation ("Inc.", "e.g.") or a single capital ("U.S.", "J.")? */
export function abbreviationBefore(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && from > dot - 5 && isLatinLetter(text.charCodeAt(from - 1))) from--;
  const length = dot - from;
  if (length === 0 || (from > 0 && isWordCode(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== 0x2e)) return false;
  // "e.g.", "i.e.": a small letter after another letter's period.
  if (length === 1) return isUpperLatin(text.charCodeAt(from)) || (text.charCodeAt(from - 1) === 0x2e && isLatinLetter(text.charCodeAt(from - 2)));
  return length <= 4 && ABBREVIATIONS.has(text.slice(from, dot).toLowerCase());
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isUpperLatin(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
