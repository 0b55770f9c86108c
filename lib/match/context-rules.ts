/**
 * Context rules from the data: an alias does not name its entity when one of
 * the rule's words stands right before it (notAfter) or right after it
 * (notBefore). كلاود after غوغل, جوجل, مايكروسوفت or أمازون is "cloud", not
 * Claude. Neighbouring words are compared in normalized form and may carry
 * their own proclitics ("بغوغل كلاود" is still "in Google Cloud").
 */
import { SEPARATOR } from '../text/char-fold';
import { PROCLITICS, isProcliticAt } from '../text/proclitics';
import { isWordCode } from '../text/word-chars';
import type { CompiledRule } from './alias-index';

/** `phrase` is the whole word (or words) just before `wordStart`, one space apart. */
function precededBy(text: string, wordStart: number, phrase: string): boolean {
  const phraseEnd = wordStart - 1;
  if (phraseEnd < 0 || text.charCodeAt(phraseEnd) !== SEPARATOR) return false;
  const phraseStart = phraseEnd - phrase.length;
  if (phraseStart < 0 || !text.startsWith(phrase, phraseStart)) return false;
  let word = phraseStart;
  while (word > 0 && isWordCode(text.charCodeAt(word - 1))) word--;
  return isProcliticAt(text, word, phraseStart);
}

function wholeAt(text: string, at: number, phrase: string): boolean {
  const end = at + phrase.length;
  return text.startsWith(phrase, at) && (end === text.length || !isWordCode(text.charCodeAt(end)));
}

/** `phrase` is the whole word (or words) just after `end`, one space apart, maybe with a proclitic. */
function followedBy(text: string, end: number, phrase: string): boolean {
  if (text.charCodeAt(end) !== SEPARATOR) return false;
  const start = end + 1;
  if (wholeAt(text, start, phrase)) return true;
  for (const p of PROCLITICS) {
    if (text.startsWith(p.text, start) && wholeAt(text, start + p.text.length, phrase)) return true;
  }
  return false;
}

/**
 * Whether any of the rules cancels a match whose word (proclitics included)
 * starts at `wordStart` and whose name (version included) ends at `end`.
 */
export function cancelledByRules(
  text: string,
  rules: readonly CompiledRule[],
  ruleIndices: readonly number[],
  wordStart: number,
  end: number,
): boolean {
  for (const r of ruleIndices) {
    const rule = rules[r];
    if (!rule) continue;
    for (const phrase of rule.notAfter) if (precededBy(text, wordStart, phrase)) return true;
    for (const phrase of rule.notBefore) if (followedBy(text, end, phrase)) return true;
  }
  return false;
}
