/**
 * The context cues of assets/kb/context-cues.json, compiled for lookup: the
 * words that say a sentence speaks of AI (strong and weak), the words of
 * other topics (zodiac, sport, weather...), the qualifiers that make a name a
 * product ("Pro", "Sonnet", "8B"), and the companions a short code needs.
 *
 * Words are compared in normalized form, token by token, so "A.I." is the
 * phrase "a i" and "Open-Source" the phrase "open source". An Arabic word is
 * also tried without its proclitics, and a cue without its article, so
 * "بالأوزان" finds the cue "الأوزان"; a Latin word is also tried without a
 * plural "s".
 */
import cues from '../../assets/kb/context-cues.json';
import { normalizeText } from '../text/normalize';
import { PROCLITICS } from '../text/proclitics';

export interface Cue {
  /** "ai-strong", "ai-weak", or the topic of an against cue ("zodiac", "sport"...). */
  topic: string;
  /** The cue as written in the data. */
  text: string;
}

export interface CueTable {
  /** One-word cues by normalized form. */
  words: Map<string, Cue>;
  /** Cues of several words, as normalized token lists. */
  phrases: { tokens: string[]; cue: Cue }[];
}

export interface CompiledCues {
  for: CueTable;
  against: CueTable;
  qualifiers: CueTable;
  companions: ReadonlyMap<string, ReadonlySet<string>>;
}

export const STRONG = 'ai-strong';
export const WEAK = 'ai-weak';
const MIN_STEM = 3;

/** Normalized word tokens of a text: letters and digits, split at anything else. */
export function tokensOf(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function isArabic(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 0x0600 && code <= 0x06ff;
}

/** Endings an Arabic word may carry: the accusative alif (نموذجاً), the pronouns (نماذجها). */
const SUFFIXES = ['هما', 'ها', 'هم', 'ه', 'ا'];

/** The forms a text token may match a cue under: as written, minus each proclitic or ending, minus a plural "s". */
export function variantsOf(token: string): string[] {
  const forms = [token];
  if (isArabic(token)) {
    for (const p of PROCLITICS) {
      if (token.length - p.text.length >= MIN_STEM && token.startsWith(p.text)) forms.push(token.slice(p.text.length));
    }
    const suffix = SUFFIXES.find((s) => token.endsWith(s) && token.length - s.length >= MIN_STEM);
    if (suffix) for (const form of [...forms]) if (form.length - suffix.length >= MIN_STEM) forms.push(form.slice(0, -suffix.length));
  } else if (token.length > MIN_STEM && token.endsWith('s')) forms.push(token.slice(0, -1));
  return forms;
}

/** A cue's own forms: as written and, for an Arabic word with the article, without it. */
function cueForms(token: string): string[] {
  return isArabic(token) && token.startsWith('ال') && token.length - 2 >= MIN_STEM ? [token, token.slice(2)] : [token];
}

function compileTable(entries: [string, readonly string[]][]): CueTable {
  const table: CueTable = { words: new Map(), phrases: [] };
  for (const [topic, list] of entries) {
    for (const text of list) {
      const tokens = tokensOf(text);
      const cue = { topic, text };
      if (tokens.length === 1) for (const form of cueForms(tokens[0]!)) table.words.set(form, cue);
      else if (tokens.length > 1) table.phrases.push({ tokens, cue });
    }
  }
  return table;
}

/** Do the sentence's tokens from `at` on spell the phrase (its first word may carry a proclitic, its words an article)? */
function phraseAt(variants: readonly string[][], at: number, tokens: readonly string[]): boolean {
  if (at + tokens.length > variants.length) return false;
  for (let k = 0; k < tokens.length; k++) {
    const forms = cueForms(tokens[k]!);
    if (!variants[at + k]!.some((v) => forms.includes(v))) return false;
  }
  return true;
}

/** Every cue of the table found in a sentence given as the variants of each of its tokens; one per cue. */
export function findCues(table: CueTable, variants: readonly string[][]): Cue[] {
  const found = new Set<Cue>();
  for (let i = 0; i < variants.length; i++) {
    for (const form of variants[i]!) {
      const cue = table.words.get(form);
      if (cue) found.add(cue);
    }
    for (const p of table.phrases) if (phraseAt(variants, i, p.tokens)) found.add(p.cue);
  }
  return [...found];
}

interface CueData {
  for: { strong: string[]; weak: string[] };
  against: Record<string, string[]>;
  qualifiers: string[];
  companions: Record<string, string[]>;
}

function compileCues(data: CueData): CompiledCues {
  return {
    for: compileTable([
      [STRONG, data.for.strong],
      [WEAK, data.for.weak],
    ]),
    against: compileTable(Object.entries(data.against)),
    qualifiers: compileTable([['qualifier', data.qualifiers]]),
    companions: new Map(Object.entries(data.companions).map(([id, list]) => [id, new Set(list)])),
  };
}

let compiled: CompiledCues | null = null;

/** The shipped cues, compiled on first use. */
export function contextCues(): CompiledCues {
  return (compiled ??= compileCues(cues as CueData));
}
