/**
 * Arabic proclitics: the one-letter words written joined to the next word.
 *
 * A name in Arabic news often carries them: وOpenAI ("and OpenAI"), لميتا
 * ("for Meta"), فبجيميني ("so with Gemini"). The matcher tries the word as
 * written and then with each of these prefixes removed, instead of running a
 * stemmer, which would break names that start with one of these letters
 * (ويندوز). The definite article ال, and لل (ل + ال), only precede names
 * whose alias says `article: true`.
 *
 * Prefixes are given in normalized form; the tatweel of لـ and بـ is already
 * gone by then, so "لـOpenAI" reads as "لopenai".
 */

export interface Proclitic {
  /** The prefix, normalized. */
  text: string;
  /** The prefix ends in the definite article. */
  article: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

function buildProclitics(): Proclitic[] {
  const list: Proclitic[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      const bare = conjunction + preposition;
      if (bare) list.push({ text: bare, article: false });
      // ل before ال is written لل, never لال.
      list.push({ text: preposition === 'ل' ? conjunction + 'لل' : bare + 'ال', article: true });
    }
  }
  // Longest first, so a caller that wants one answer gets the fullest prefix.
  return list.sort((a, b) => b.text.length - a.text.length);
}

/** Every proclitic prefix, longest first. */
export const PROCLITICS: readonly Proclitic[] = buildProclitics();

const BY_FIRST_LETTER = new Map<number, Proclitic[]>();
for (const p of PROCLITICS) {
  const first = p.text.charCodeAt(0);
  BY_FIRST_LETTER.set(first, [...(BY_FIRST_LETTER.get(first) ?? []), p]);
}

/** The proclitics a word starting with this normalized unit may carry, longest first (undefined: none). */
export function procliticsStartingWith(code: number): readonly Proclitic[] | undefined {
  return BY_FIRST_LETTER.get(code);
}

/** Whether `text` holds exactly a proclitic between `from` and `to`. */
export function isProcliticAt(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 0) return true;
  for (const p of PROCLITICS) {
    if (p.text.length === length && text.startsWith(p.text, from)) return true;
  }
  return false;
}
