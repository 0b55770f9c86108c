/**
 * The words that make a first name a person, read beside it: a verb of saying before it ("said Claude Martin",
 * «قال كلود نصر»), a word for a person before or after it ("my colleague Gemma", «جيما، زميلتي»), a credit and a
 * first name before a surname («تصوير: فهد علّام»). The cue data lists them (`persons` in context-cues.json).
 *
 * They are looked up word by word in sets, not matched with one pattern of alternatives: such a pattern, compiled
 * on first use, kept about 100 KB in the heap of every page that has a first name on it, and scanned every
 * position of the text it was given.
 */
import { firstAfterBlanks, isBlankCode, isWordCode, lastBeforeBlanks } from '../text/word-chars';

/** Words for people around a first name, as the data lists them. */
export interface PersonWords {
  /** Verbs of saying: "said Claude Martin". */
  said: string[];
  /** Words for a person right before or after a first name: "my colleague", «زميلتي», "from marketing". */
  kin: string[];
  /**
   * Words before a first name that make it a woman's: Arabic verbs of saying in the feminine and «اسمها» («قالت
   * لاما», «وتقول جيما», «بنتي اسمها لاما»). A model or a chatbot is spoken of in the masculine.
   */
  she?: string[];
  /**
   * Arabic words of office that open a title of up to four words before a first name: «مهندس» in «مهندس الأمن
   * السيبراني كلود منصور», «الخبير» in «الخبير الاكتواري كيمي الزعبي».
   */
  titles?: string[];
  /**
   * Adjectives of relation («الذكي», «الصيني») that may follow a model's name: after an Arabic first name, any other
   * word of the article and the «ي» of descent is a family name («علّام الزعبي», «لاما الكعبي»).
   */
  adjectives?: string[];
  /** Verbs of using right before a name, which make it a tool, not a person: "I use Claude", «أستخدم كلود». */
  uses?: string[];
  /** Verbs of trying, which make a first name a thing, not a person, as `uses` do; but one tries a perfume too. */
  tries?: string[];
  /** Verbs of asking right before a name: a tool's sign when the name is no person's ("asked Gemini", «سألت جيميني»). */
  asks?: string[];
  /**
   * Verbs and adverbs a headline in title case capitalizes after its subject ("Anthropic Says Claude Can Now End
   * Abusive Chats", "Mistral Raises €1.7bn"): no surname, and no part of a longer name.
   */
  headlineVerbs?: string[];
}

/** The same words as sets of phrases in small letters, one space between words. */
export interface PersonSets {
  said: ReadonlySet<string>;
  kin: ReadonlySet<string>;
  /** The kin words a byline or credit ends with a colon: «بقلم:», "photo:". */
  credits: ReadonlySet<string>;
  she: ReadonlySet<string>;
  /** Verbs of using and of trying. */
  uses: ReadonlySet<string>;
  /** Verbs of using alone: the sign of a tool (see `toolVerbBefore`). */
  tools: ReadonlySet<string>;
  asks: ReadonlySet<string>;
  /** In small letters. */
  headlineVerbs: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
  /** The most words a phrase of them has. */
  longest: number;
}

export function personSets(words: PersonWords | undefined): PersonSets {
  const phrases = (list: string[] | undefined) => new Set((list ?? []).map((w) => w.toLowerCase().trim().split(/\s+/).join(' ')));
  const kin = phrases(words?.kin);
  const all = [...(words?.said ?? []), ...(words?.kin ?? []), ...(words?.she ?? [])];
  return {
    said: phrases(words?.said),
    kin,
    she: phrases(words?.she),
    uses: phrases([...(words?.uses ?? []), ...(words?.tries ?? [])]),
    tools: phrases(words?.uses),
    asks: phrases(words?.asks),
    headlineVerbs: phrases(words?.headlineVerbs),
    titles: phrases(words?.titles),
    adjectives: phrases(words?.adjectives),
    credits: new Set([...kin].filter((w) => w.endsWith(':'))),
    longest: Math.max(1, ...all.map((w) => w.trim().split(/\s+/).length)),
  };
}

/** What may open the words before a name besides a space: a bracket or a quotation mark, «(تصوير: جيما». */
const OPENERS = /^[(«"]+/;
const WAW = 0x648;

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Up to `count` words that end, with at least one space, right before `at`, in small letters, nearest last; none
 * when no space stands there. A line break ends them.
 */
function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < count) {
    const end = i;
    i = lastBeforeBlanks(text, i) + 1;
    if (i === end || i === 0) break;
    const wordEnd = i;
    while (i > 0 && !isBlankCode(text.charCodeAt(i - 1)) && !isBreak(text.charCodeAt(i - 1))) i--;
    out.unshift(text.slice(i, wordEnd).toLowerCase());
    if (i === 0 || isBreak(text.charCodeAt(i - 1))) break;
  }
  return out;
}

/** The last `n` words as one phrase, a bracket or quotation mark before the first left out. */
function lastPhrase(words: readonly string[], n: number): string {
  return words.slice(words.length - n).join(' ').replace(OPENERS, '');
}

/** Is the phrase in `set`, with «و», "and", written onto its first word or not («والمترجم كلود صعب»)? */
function listedWithWaw(set: ReadonlySet<string>, phrase: string): boolean {
  return set.has(phrase) || (phrase.charCodeAt(0) === WAW && set.has(phrase.slice(1)));
}

/** The phrase of `set` that the words before `at` end with, or null. */
function phraseBefore(set: ReadonlySet<string>, text: string, at: number, longest: number): string | null {
  const words = wordsBefore(text, at, longest);
  for (let n = 1; n <= words.length; n++) {
    const phrase = lastPhrase(words, n);
    if (listedWithWaw(set, phrase)) return phrase;
  }
  return null;
}

/** Does a verb of saying end right before `at`: "said Claude Martin", «قال كلود نصر»? */
export function saidBefore(sets: PersonSets, text: string, at: number): boolean {
  return phraseBefore(sets.said, text, at, sets.longest) !== null;
}

/** The verb of saying that ends right before `at` («ويقول كلود»), in small letters, or null. */
export function sayingBefore(sets: PersonSets, text: string, at: number): string | null {
  return phraseBefore(sets.said, text, at, sets.longest);
}

/** How many words a title may run to before the name: the word of office and three words after it («الباحث في علم البيانات»). */
const TITLE_WORDS = 4;

/**
 * A title that ends right before `at`: a word of office (`titles`), «و» written on it or not, and one to three words
 * after it, with no mark between («مديرة الموارد البشرية لاما الغامدي», «الباحث في علم البيانات كيمي الطراونة»), or a
 * word for a person (`kin`) and adjectives of origin («الناقد اللبناني كلود شمعون»).
 */
export function titleBefore(sets: PersonSets, text: string, at: number): string | null {
  if (sets.titles.size === 0) return null;
  const words = wordsBefore(text, at, TITLE_WORDS);
  // A verb of using before the name ends the title: «أنا مهندسة برمجيات وبستخدم كلود» uses Claude.
  if (usedBefore(sets, text, at)) return null;
  for (let n = 2; n <= words.length; n++) {
    const phrase = words.slice(words.length - n);
    // «إن» ends the clause a title stands in: «قال المهندس كلود حداد إن كلود يكتب…» titles the first Claude only.
    if (phrase.some((w) => !ARABIC_WORD.test(w) || THAT.test(w))) return null;
    if (listedWithWaw(sets.titles, phrase[0]!)) return phrase.join(' ');
    // A word for a person with the adjectives of where they come from: «الناقد اللبناني كلود شمعون».
    if (listedWithWaw(sets.kin, phrase[0]!) && phrase.slice(1).every((w) => NISBA.test(w))) return phrase.join(' ');
  }
  return null;
}

/** «إن», «أن», «بأن», «لأن» and their pronoun forms («إنه», «أنها»): what follows them is the reported clause, not a title's words. */
const THAT = /^[بل]?[إأا]نه?ا?$/;

/** An adjective of descent or origin with the article: «اللبناني», «السورية». */
const NISBA = /^ال[\u0621-\u0652]{2,}(?:ي|ية)$/;

/** A word of Arabic letters alone: no mark, no digit. */
const ARABIC_WORD = /^[\u0621-\u0652]+$/;

/** Does a verb of using end right before `at`: "I use Claude", «أستخدم كلود»? */
export function usedBefore(sets: PersonSets, text: string, at: number): boolean {
  return phraseBefore(sets.uses, text, at, 1) !== null;
}

/**
 * A verb of using right before `at` ("I use Gemini", «أستعمل جيميني»), or, before a name that is no person's, of
 * asking ("asked Gemini", «سألت جيميني»): one asks a person too, but not a wind, a star sign or a mountain. Not of
 * trying: a review tries a perfume («جربت ميسترال في المتجر»).
 */
export function toolVerbBefore(sets: PersonSets, text: string, at: number, person: boolean): { verb: string; asked: boolean } | null {
  const used = phraseBefore(sets.tools, text, at, 1);
  if (used !== null) return { verb: used, asked: false };
  const asked = person ? null : phraseBefore(sets.asks, text, at, 1);
  return asked === null ? null : { verb: asked, asked: true };
}

/** A word for a person ending right before `at`: "my colleague Gemma", «بقلم: لاما», «أبو كلود», «قالت لاما». */
export function kinBefore(sets: PersonSets, text: string, at: number): string | null {
  return phraseBefore(sets.kin, text, at, sets.longest) ?? phraseBefore(sets.she, text, at, 1);
}

/**
 * A credit and a first name right before `at`, which is then a surname («تصوير: فهد علّام», «كتبت: نهى علّام»), or
 * a credit, a full name and «و» before a second person («متابعة: نورة علّام وكلود سركيس»).
 */
export function creditBefore(sets: PersonSets, text: string, at: number): string | null {
  const second = text.charCodeAt(at - 1) === WAW && isBlankCode(text.charCodeAt(at - 2));
  const names = second ? 2 : 1;
  const words = wordsBefore(text, second ? at - 1 : at, names + 1);
  if (words.length < names + 1 || words.slice(1).some((w) => w.includes(':') || w.includes('|'))) return null;
  const credit = words[0]!.replace(OPENERS, '');
  return sets.credits.has(credit) ? `${credit} ${words.slice(1).join(' ')}` : null;
}

/** A word for a person right after `at`, past a comma or not: "Gemma from marketing", «جيما، زميلتي». */
export function kinAfter(sets: PersonSets, text: string, at: number): string | null {
  let i = firstAfterBlanks(text, at);
  const comma = text.charCodeAt(i);
  if (comma === 0x2c || comma === 0x60c) i++;
  const words: string[] = [];
  while (words.length < sets.longest) {
    i = firstAfterBlanks(text, i);
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i === start) break;
    words.push(text.slice(start, i).toLowerCase());
    // Read to the word's end, so "from it" is not found in "from its".
    const phrase = words.join(' ');
    if (sets.kin.has(phrase)) return phrase;
    // A listed word may end with a mark: "mrs.", "a reader,".
    const marked = phrase + text.charAt(i);
    if (isKinMark(text.charCodeAt(i)) && sets.kin.has(marked)) return marked;
    if (!isBlankCode(text.charCodeAt(i))) break;
  }
  return null;
}

/** Marks a listed word may end with: "mrs.", "by:", "a reader,". */
function isKinMark(code: number): boolean {
  return code === 0x2e || code === 0x3a || code === 0x2c;
}
