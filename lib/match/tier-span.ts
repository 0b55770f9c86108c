/**
 * What a highlight covers: the whole product name a mention starts. The
 * index knows "Gemini 2.5"; the press writes "Gemini 2.5 Pro", "Llama 4
 * Scout", "GPT-5 mini", "Qwen3-235B-A22B", «جيميني 2.5 برو». The tier and
 * size words after a name are read here, after the sense decision, so they
 * change what is marked and never what is found.
 *
 * A mention with a number in it takes tier words: a model named with its
 * version. One without takes them only after a size ("Mixtral 8x7B
 * Instruct") or joined by a hyphen ("Hunyuan-Large", a release of its own):
 * a company is named without a version, and "Apple Vision Pro" is a
 * headset, not Apple. An update's date code joined by a hyphen is part of
 * the name too ("DeepSeek-V3-0324"): it names another release, whose status
 * the highlight takes. At most three words are taken, each joined to the name
 * by one space or hyphen, and never into the next mention.
 */
import { contextCues, findCuesInTokens, tokensOf, type CompiledCues } from './context-cues';
import { remember } from './remember';
import type { Mention } from './types';
import { isWordCode } from '../text/word-chars';

const MAX_TIER_WORDS = 3;
/** A size: "8B", "70B", "1.5B", "8x7B", active parameters "A22B", Gemma's "E4B". */
const SIZE = /^[AaEe]?\d+(x\d+)?(\.\d+)?[BbMmKkTt]$/;
/** Qualifier cues that name a company's product line, not a tier: "GPT-4 AI models" is not a name. */
const NOT_TIERS: ReadonlySet<string> = new Set(['ai', 'intelligence']);
/** Tiers written in lower case, as OpenAI writes them ("GPT-5 mini"); other lower-case words are ordinary words ("large"). */
const LOWER_CASE_TIERS: ReadonlySet<string> = new Set(['mini', 'nano']);

const HYPHEN = 0x2d;
const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;

/** An update's date code after a hyphen: "DeepSeek-V3-0324", "Mistral-Large-2411". */
const UPDATE = /^\d{4}$/;

/** Is `word` a tier or size word; `smallLetters`: may it be written in small letters (after a hyphen, or a name in them)? */
function isTier(word: string, hyphened: boolean, smallLetters: boolean): boolean {
  // Only a hyphen joins a date code: "gemini 2.5 2025" is a name and a year.
  if (SIZE.test(word) || (hyphened && UPDATE.test(word))) return true;
  const tokens = tokensOf(word);
  if (tokens.length !== 1 || NOT_TIERS.has(tokens[0]!)) return false;
  const code = word.charCodeAt(0);
  const latinLower = code >= 0x61 && code <= 0x7a;
  if (latinLower && !smallLetters && !LOWER_CASE_TIERS.has(tokens[0]!)) return false;
  return findCuesInTokens(contextCues().qualifiers, tokens).some((c) => !c.text.includes(' '));
}

/** Words read as tiers or not, by word and the two flags, for the cues they were read with: a page repeats its names. */
const tierWords = new Map<string, boolean>();
let tierCues: CompiledCues | null = null;
const MAX_KNOWN = 2048;

function isTierWord(word: string, hyphened: boolean, smallLetters: boolean): boolean {
  const cues = contextCues();
  if (cues !== tierCues) {
    tierWords.clear();
    tierCues = cues;
  }
  return remember(tierWords, MAX_KNOWN, (hyphened ? '-' : ' ') + (smallLetters ? 'a' : 'A') + word, () => isTier(word, hyphened, smallLetters));
}

/** Empties the cache once a page is read (see `forgetWords` in sense.ts). */
export function forgetTierWords(): void {
  tierWords.clear();
}

/**
 * Where the tier words after `end` stop, before `limit`; a name without a number takes them only after a size ("Mixtral 8x7B").
 * A name written in small letters ("gemini 2.5 pro") takes its tiers in small letters too.
 */
function tierEnd(text: string, end: number, limit: number, numbered: boolean, smallLetters: boolean): number {
  let at = end;
  for (let n = 0; n < MAX_TIER_WORDS; n++) {
    const separator = text.charCodeAt(at);
    if (separator !== SPACE && separator !== HYPHEN && separator !== NO_BREAK_SPACE) break;
    let to = at + 1;
    while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
    const word = text.slice(at + 1, to);
    if (to === at + 1 || to > limit || (!numbered && n === 0 && separator !== HYPHEN && !SIZE.test(word)) || !isTierWord(word, separator === HYPHEN, smallLetters || separator === HYPHEN)) break;
    at = to;
  }
  return at;
}

/** The mentions (in reading order), each reaching over the tier and size words after it; the same array when none does. */
export function withTiers(text: string, mentions: readonly Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const limit = i + 1 < mentions.length ? mentions[i + 1]!.start : text.length;
    const end = tierEnd(text, m.end, limit, /\d/.test(m.text), !/[A-Z]/.test(m.text) && /[a-z]/.test(m.text));
    if (end !== m.end) {
      out ??= mentions.slice(0, i);
      out.push({ ...m, end, text: text.slice(m.start, end) });
    } else out?.push(m);
  }
  return out ?? (mentions as Mention[]);
}
