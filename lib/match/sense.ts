/**
 * The sense decision: does an ambiguous mention ("Gemini", "Mistral",
 * "Claude", "ميتا") name the AI entity here? A cheap step after the
 * one-pass scanner, run only on the mentions it found.
 *
 * A distinctive mention always counts. An ambiguous one counts when the
 * evidence around it adds up to NEEDED:
 * - for: a distinctive mention in its paragraph or a neighbouring one; AI or
 *   software words in its sentence; a product qualifier right after it
 *   ("Gemini 2.5", "Claude Sonnet", "Llama 3.1 8B"); a distinctive mention
 *   elsewhere on the page (weak alone: a page that never names anything
 *   distinctively needs strong local evidence);
 * - against: words of another topic in its sentence (zodiac, sport, weather,
 *   geography, military...), a capitalized surname right after a first name
 *   ("Gemma Chan", "Claude Le Roy"). A word that is itself a name found in
 *   the sentence is not such a word: "Falcon-H1" is not about birds.
 * A company whose main business is not AI (Apple, Alibaba, Nvidia; marked
 * "company"), or a university or institute (marked "organization"), counts
 * on a page that names an AI model or lab distinctively, beside an AI name
 * that counts in its sentence, or on AI words proper: its products and
 * everyday technology words only say which company it is.
 * A short code ("o1", "R1") counts only on a page that names one of its
 * companions (its maker or family: an article names the maker once and the
 * model by its code after). Any
 * mention inside a written-out web address is dropped: the address names a
 * page, not the entity. (The article ال on a name that does not take it
 * never reaches this step: the scanner refuses it. Per-alias context rules
 * run in the scanner too, and stay the last word: what they cancel is never
 * a candidate.)
 *
 * The cue words are data (assets/kb/context-cues.json); the weights are here.
 */
import { NAMING, PRODUCT, STRONG, WEAK, contextCues, type CompiledCues, findCues, findCuesInTokens, forgetCueWords, cuesIn, tokensIn, tokensOf, type Cue, type StretchCues } from './context-cues';
import { isSpaceCode, isWordCode, lastBeforeBlanks } from '../text/word-chars';
import { inCapitals } from './capitals';
import { endsSentence } from '../text/sentence-end';
import { remember } from './remember';
import { forgetTierWords } from './tier-span';
import { creditBefore, kinAfter, kinBefore, saidBefore, sayingBefore, titleBefore, toolVerbBefore, usedBefore } from './person-words';
import type { Mention } from './types';

export type EvidenceKind =
  | 'distinctive'
  | 'nearby'
  | 'named-on-page'
  | 'person-on-page'
  | 'page'
  | 'ai-word'
  | 'qualifier'
  | 'other-topic'
  | 'surname'
  | 'other-names'
  | 'head-noun'
  | 'companion'
  | 'ai-name'
  | 'no-companion'
  | 'namesake'
  | 'url'
  | 'other-topic-beside'
  | 'byline'
  | 'listed'
  | 'release'
  | 'tool-verb'
  | 'in-other-name';

export interface Evidence {
  kind: EvidenceKind;
  /** What it adds to the score (negative: against). */
  weight: number;
  /** The word, name or entity the evidence rests on. */
  cue?: string;
  /** For words: their topic ("ai-strong", "sport"...). */
  topic?: string;
}

export interface SenseDecision {
  mention: Mention;
  kept: boolean;
  score: number;
  evidence: Evidence[];
}

/** What lies outside the paragraph. */
export interface SenseContext {
  /** Entities named distinctively in the neighbouring paragraphs. */
  nearby: ReadonlySet<string>;
  /** Some paragraph of the page names an entity distinctively. */
  page: boolean;
  /**
   * The entities some paragraph of the page names by itself: a short code
   * ("R1", "o3-mini") counts anywhere on a page that names its maker, since
   * an article names the maker once and the model by its code after, and an
   * ambiguous name anywhere on a page that names its very entity
   * unmistakably. Without it, neither has the page to lean on.
   */
  pageNames?: ReadonlySet<string>;
  /**
   * Those of them named outside short list items: a person the page introduced keeps the first name where a most-read
   * list alone names the model ("- Moonshot AI's Kimi K2 tops a leaderboard" beside a race report on Kimi Antonelli).
   */
  bodyNames?: ReadonlySet<string>;
  /**
   * A word of another topic in the short lines right before or after the
   * paragraph (a horoscope box, a weather widget), when they speak of no AI:
   * asked only where the page's naming of the entity would decide alone.
   */
  besideOtherTopic?: (entity: string) => Cue | null;
  /** The people the page has named so far (see `PagePersons`). */
  persons?: PagePersons;
  /** The paragraph is a short list item: a most-read list's headline is a stranger to the page (see beside-topic.ts). */
  listed?: boolean;
}

/**
 * The people a page has named plainly so far, as a story introduces them ("Lead analyst Gemma Osei", «المزارعة لاما
 * الرياطي»): their first names, and each first name with the word after it, in small letters. A story names a person
 * in full once and by the first name after; Arabic writes no capitals, so the full name seen again is that person.
 */
export interface PagePersons {
  given: ReadonlySet<string>;
  full: ReadonlySet<string>;
}

/** The score an ambiguous mention needs. */
export const NEEDED = 3;
const NEARBY = 3;
const PAGE = 1;
const STRONG_WORD = 3;
const WEAK_WORD = 1;
const MAX_WEAK_WORDS = 2;
const HEAD_NOUN = 2;
/**
 * A verb of using or asking right before the name: "I use Gemini", «سألت جيميني» (see `toolVerbBefore`). Like a
 * known release, it keeps the name, not the page: "to use Sora 2" in a sidebar does not make the game's Sora the model.
 */
const TOOL_VERB = 2;
/** Asked, a name that is no person's is a chatbot by itself: "I asked Gemini why…", «سألت جيميني عن…». */
const ASKED = NEEDED;
/** A version or a size after the name: "Gemini 2.5", "Llama 3.1 8B". */
const QUALIFIER = 3;
/**
 * A bare whole number after the name is how missions, rockets, aircraft and
 * sequels are numbered too ("Gemini 4", "Falcon 9", "Viking 1"): it says less
 * than a point release ("2.5") or a size ("8B"), and needs some other sign of
 * AI beside it: a word, a name, the page.
 */
const WHOLE_NUMBER = 2;
/**
 * A tier word after the name: "Gemini Ultra", "Claude Instant". Tier words
 * are everyday words too ("Eagle Scout", "Solar Max", "Whisper Ultra"), so
 * one needs some other sign of AI beside it: a word, a name, the page.
 */
const TIER_WORD = 2;
const OTHER_TOPIC = -3;
/** An against phrase that holds the name ("Mistral-class", «كوين بيس»): the name is part of another thing's name. */
const NAME_IN_OTHER_NAME = -6;
/**
 * A capitalized surname after a first name ("Gemma Chan", "Marco Rubio") is a
 * person however much AI the story around holds: an AI story names people.
 * (Once the paragraph names the entity unmistakably, no surname is read.)
 */
const SURNAME = -12;

const SHORT_CODE = 'short code';
const FIRST_NAME = 'first name';
const GIVEN_NAME = 'given name';
/**
 * A company whose main business is not AI (Apple, Alibaba, Nvidia): business
 * news names it as often as AI news does, so it counts only where the text
 * speaks of AI itself. Its products ("iPhone"), the word "company" before it
 * and everyday technology words say which company, not that the page is
 * about AI, and do not count; a page that names some AI model or lab
 * distinctively counts in full.
 */
const COMPANY = 'company';
/**
 * A university, academy or institute whose main work is not AI (Tsinghua
 * University, the Chinese Academy of Sciences): science, education and local
 * news name it far more often than AI news does, so it is read as a company is.
 */
const ORGANIZATION = 'organization';
/** How far a sentence may reach either side of a mention. */
const SENTENCE_REACH = 400;
/** How far around a mention its sentence's words are read: a long sentence's far end speaks of something else. */
const WORD_REACH = 120;
/** How far a web address may reach either side of a mention. */
const URL_REACH = 300;
const SIZE = /^\d+(x\d+)?(\.\d+)?[bmk]$/;
/**
 * A version written with a letter or two ("3n", "4o") or after a name that
 * takes none. A lone x is a multiplier ("2x faster") or an aircraft
 * (Dassault's Falcon 8X), not a version.
 */
const NUMBER = /^\d{1,2}(\.\d{1,2}){0,2}(?!x$)[a-z]{0,2}$/;
/** Other ambiguous names in the same sentence: one is a hint, two or more say the sentence is about such products. */
const ONE_OTHER_NAME = 2;
const OTHER_NAMES = 3;
const URL_START = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/i;
const DOMAIN_PATH = /[a-z0-9-]+\.[a-z]{2,}\/\S*$/i;

/** Any Arabic letter: a name written in Arabic. */
const ARABIC_LETTER = /[\u0621-\u064a]/;
const EMPTY: ReadonlySet<string> = new Set();
const NO_WORDS: readonly string[] = [];
const NO_CUES: readonly Cue[] = [];

/** The start of the word at `at` (0 before the text). */
function wordStartBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The end of the word at `at` (the text's end past it). */
function wordEndAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** The bounds of the sentence around [start, end). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const low = Math.max(0, start - SENTENCE_REACH);
  while (from > low && !endsSentence(text, from - 1)) from--;
  let to = end;
  const high = Math.min(text.length, end + SENTENCE_REACH);
  while (to < high && !endsSentence(text, to)) to++;
  return [from, to];
}

function hasSlash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2f) return true;
  return false;
}

function startsWww(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 0x77 && text.slice(at, at + 4).toLowerCase() === 'www.';
}

/**
 * Is the mention the domain of an e-mail address ("press@openai.com")? The
 * word holds an "@" before it with something in front: "@OpenAI" alone is
 * the company's own account, and names it.
 */
function inEmailDomain(text: string, from: number, start: number): boolean {
  for (let i = start - 1; i > from; i--) if (text.charCodeAt(i) === 0x40) return true;
  return false;
}

/** Is the mention part of a web address written out in the text ("https://…", "www.…", "host.ai/path") or of an e-mail address? */
export function insideUrl(text: string, m: Mention): boolean {
  let from = m.start;
  const low = Math.max(0, m.start - URL_REACH);
  while (from > low && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  let to = m.end;
  const high = Math.min(text.length, m.end + URL_REACH);
  while (to < high && !isSpaceCode(text.charCodeAt(to))) to++;
  if (inEmailDomain(text, from, m.start)) return true;
  // Most words hold no slash and start no "www.": no address, no string made and no pattern run.
  if (!hasSlash(text, from, to) && !startsWww(text, from)) return false;
  const word = text.slice(from, to);
  const before = text.slice(from, m.start);
  return URL_START.test(before) || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(word) || DOMAIN_PATH.test(before) || /^[a-z0-9.-]*\.[a-z]{2,}\//i.test(word);
}

/**
 * Spaces and dashes: what may stand between a name and its qualifier (what
 * /[\s\-‐-―]/ matches). Read by code: the phrase after every ambiguous name is
 * read one character at a time, and a pattern made a string of each.
 */
export function isGapCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d;
  if (c >= 0x2000 && c <= 0x2015) return c <= 0x200a || c >= 0x2010;
  return c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Punctuation that ends the phrase after a name: . , ; : ! ? ؟ ، ؛ ( ) " « » */
const PHRASE_END_CODES: ReadonlySet<number> = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x61f, 0x60c, 0x61b, 0x28, 0x29, 0x22, 0xab, 0xbb]);

export function isPhraseEndCode(c: number): boolean {
  return PHRASE_END_CODES.has(c);
}
/** How far after a name its qualifier may reach. */
const AFTER_REACH = 40;

/** The words right after the mention, up to two, normalized (empty at a sentence end). */
function wordsAfter(text: string, end: number): string[] {
  const limit = Math.min(text.length, end + AFTER_REACH);
  let from = end;
  while (from < limit && isGapCode(text.charCodeAt(from))) from++;
  if (from === end) return [];
  let to = from;
  while (to < limit && !isPhraseEndCode(text.charCodeAt(to))) to++;
  // Read through the chunk cache: the words after names recur.
  const tokens = tokensIn(text, from, to);
  return tokens.length > 2 ? tokens.slice(0, 2) : tokens;
}

/** The qualifier the words after a name spell, by those words: a page repeats its phrases. */
const qualifiersAfter = new Map<string, string | null>();
const MAX_QUALIFIERS_AFTER = 5000;

/** Does a qualifier start with a digit: a version or a size, not a tier word? */
function isDigitStart(qualifier: string): boolean {
  const c = qualifier.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

const WHOLE = /^\d+$/;

/** What a qualifier weighs: a version or a size, a bare whole number, or a tier word. */
function qualifierWeight(qualifier: string): number {
  if (!isDigitStart(qualifier)) return TIER_WORD;
  if (SIZE.test(qualifier)) return QUALIFIER;
  return WHOLE.test(qualifier) || DESIGNATION.test(qualifier) ? WHOLE_NUMBER : QUALIFIER;
}

/**
 * A number with letters models do not take after their version (GPT-4o,
 * Gemma 3n, GLM-4.5V do) and that are no size ("8B"): a designation, as
 * missions and comets are named ("Gemini 6A", "3I/ATLAS"). It weighs as a
 * bare whole number.
 */
const DESIGNATION = /^\d+(\.\d+)*(?![onv]$)[a-z]+$/;

/** Is a word one that makes the number before it a quantity ("65 years", «65 عاماً»)? */
function isMeasure(word: string | undefined): boolean {
  return word !== undefined && findCuesInTokens(contextCues().measures, [word]).length > 0;
}

/**
 * A product qualifier attached to the name: its version, a tier ("Pro",
 * "Sonnet") or a size ("8B"). A number followed by a unit is an age, a share
 * or a distance: "Claude, 65 years old", «ويبلغ كلود 65 عاماً».
 */
function qualifierOf(text: string, m: Mention): string | null {
  if (m.version !== undefined) return isMeasure(wordsAfter(text, m.end)[0]) || slashAfter(text, m.end) ? null : m.version;
  const after = wordsAfter(text, m.end);
  if (after.length === 0) return null;
  if (SIZE.test(after[0]!) || NUMBER.test(after[0]!)) return isMeasure(after[1]) || slashAfterWord(text, m.end) ? null : after[0]!;
  return remember(qualifiersAfter, MAX_QUALIFIERS_AFTER, after.join(' '), () => qualifierStarting(after));
}

/**
 * A number glued to a slash is a designation or a fraction, not a version:
 * "Comet 3I/ATLAS", "Gemini 24/7".
 */
function slashAfter(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x2f;
}

/** `slashAfter` at the end of the first word after `at`. */
function slashAfterWord(text: string, at: number): boolean {
  while (at < text.length && isGapCode(text.charCodeAt(at))) at++;
  while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
  return slashAfter(text, at);
}

/** The qualifier cue the words start with: a phrase anywhere in them, or a one-word cue that is their first word. */
function qualifierStarting(after: string[]): string | null {
  const found = findCues(contextCues().qualifiers, after.map((w) => [w]));
  return found.length > 0 && (found[0]!.text.includes(' ') || tokensOf(found[0]!.text)[0] === after[0]) ? found[0]!.text : null;
}

/**
 * A capitalized Latin word right after a first name, that is neither a
 * qualifier nor an AI word: a surname. In a headline set in capitals every
 * word is capitalized, so there it says nothing.
 */
function surnameAfter(text: string, m: Mention): string | null {
  return m.ambiguous?.startsWith(FIRST_NAME) ? wordAfter(text, m) : null;
}

/** A capitalized Latin word after a space (a plain class: a Unicode property class compiles large, and stays). */
const CAPITALIZED_AFTER = /^[ \u00a0]([A-Z][A-Za-z\u00c0-\u024f'’-]*)/;

/**
 * A capitalized word right after a name that is no qualifier and no AI word: the name is part of a longer one, a
 * person's ("Kimi Antonelli") or a thing's ("Falcon Minerals", "Comet Ridge", a horse called "Mistral Breeze").
 */
function wordAfter(text: string, m: Mention): string | null {
  // The cheap test first: most names are followed by no capital at all.
  const word = CAPITALIZED_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
  // A verb a title-case headline capitalizes after its subject is neither ("Anthropic Says Claude Can Now End…").
  if (!word || word.length < 2 || contextCues().persons.headlineVerbs.has(word.toLowerCase()) || inCapitals(text, m.start, m.end) || qualifierOf(text, m) !== null) return null;
  return findCuesInTokens(contextCues().for, tokensOf(word)).some((c) => c.topic !== NAMING) ? null : word;
}

/** What makes two cues one word: "model" and "models" count once. Worked out once per cue. */
const cueKeys = new WeakMap<Cue, string>();

function cueKey(c: Cue): string {
  let key = cueKeys.get(c);
  if (key === undefined) cueKeys.set(c, (key = c.text.toLowerCase().replace(/s$/, '')));
  return key;
}

/** The words of a cue of several words, worked out once per cue. */
const phraseWords = new WeakMap<Cue, string[]>();

function wordsOfCue(c: Cue): string[] {
  let words = phraseWords.get(c);
  if (words === undefined) phraseWords.set(c, (words = tokensOf(c.text)));
  return words;
}

/**
 * Is an against cue a phrase that holds the name itself: "Mistral-class",
 * "Gemini program", «كوين بيس» (Coinbase)? Then the name is a word of that
 * other thing's name, and that is worth more than a word of its topic.
 */
function holdsName(c: Cue, name: readonly string[]): boolean {
  const words = wordsOfCue(c);
  return words.length > 1 && words.some((w) => name.includes(w));
}

/** Against cues with the phrases that hold the name first, so their topic counts through them. */
function namePhrasesFirst(cues: readonly Cue[], name: readonly string[]): readonly Cue[] {
  if (cues.length === 0) return cues;
  const holding = cues.filter((c) => holdsName(c, name));
  return holding.length === 0 ? cues : [...holding, ...cues.filter((c) => !holding.includes(c))];
}

/**
 * The words' evidence. Against words count once per topic; beside an AI word
 * proper they count once in all ("AI models spot logging in the Amazon
 * rainforest from satellite images" is an AI story about a forest, and two
 * topics of it say no more than one), unless one holds the name itself.
 */
function wordEvidence(cues: readonly Cue[], against: boolean, company = false, name: readonly string[] = NO_WORDS, besideAi = false): Evidence[] {
  const out: Evidence[] = [];
  if (cues.length === 0) return out;
  // A sentence holds a few cues: a list is cheaper than a set.
  const seen: string[] = [];
  let weak = 0;
  let strong = 0;
  for (const c of cues) {
    // One topic counts once against; "model" and "models" are one word.
    const key = against ? c.topic : cueKey(c);
    if (seen.includes(key)) continue;
    seen.push(key);
    if (against) {
      const weight = holdsName(c, name) ? NAME_IN_OTHER_NAME : OTHER_TOPIC;
      if (besideAi && weight === OTHER_TOPIC && out.some((e) => e.weight === OTHER_TOPIC)) continue;
      out.push({ kind: 'other-topic', weight, cue: c.text, topic: c.topic });
    }
    else if (company && c.topic !== STRONG) continue;
    else if ((c.topic === STRONG || c.topic === PRODUCT) && strong++ < 1) out.push({ kind: 'ai-word', weight: STRONG_WORD, cue: c.text, topic: c.topic });
    else if (c.topic === WEAK && weak++ < MAX_WEAK_WORDS) out.push({ kind: 'ai-word', weight: WEAK_WORD, cue: c.text, topic: c.topic });
  }
  return out;
}

/** How far back a head noun may start. */
const HEAD_REACH = 30;

/** Quotation marks that may open a quoted name, in either direction: the Arabic press writes «نموذج «جيس»» or »جيس«. */
const OPENING_QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a]);

/**
 * The word right before `at`, across at least one space ("chatbot" in "the
 * chatbot Grok") and an opening quotation mark (the model "Mistral"), or null.
 */
function wordBefore(text: string, at: number): string | null {
  const low = Math.max(0, at - HEAD_REACH);
  let i = at;
  if (i > low && OPENING_QUOTES.has(text.charCodeAt(i - 1))) i--;
  const quoted = i;
  // A line break ends the paragraph: the last word of the one before is no head noun.
  while (i > low && isSpaceCode(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 0x0a) i--;
  if (i === quoted) return null;
  const end = i;
  while (i > low && isWordCode(text.charCodeAt(i - 1))) i--;
  return end > i ? text.slice(i, end) : null;
}

/** Head nouns recur ("the model", «نموذج»): each word is looked up once. */
const headNouns = new Map<string, string | null>();
const MAX_HEAD_NOUNS = 5000;

/**
 * The AI cue a word is, as a head noun, or null. Some AI words name other
 * things right before a name: NASA's «برنامج جيميني», a viewing «منصة جيس».
 */
function aiCueOfWord(word: string): string | null {
  const { for: table, notHeads } = contextCues();
  const found = findCuesInTokens(table, tokensOf(word)).find((c) => c.topic !== NAMING && !notHeads.has(c.text));
  return found ? found.text : null;
}

/** An AI word standing right before the name, as its head noun: "the chatbot Grok", "نموذج جيما", "متصفح كروم". */
function headNounEvidence(text: string, m: Mention): Evidence[] {
  let before = wordBefore(text, m.start);
  // Arabic puts an adjective between the noun and the name: «النموذج الإماراتي جيس», «المساعد الذكي جيميني».
  if (before && contextCues().persons.adjectives.has(before)) before = wordBefore(text, text.lastIndexOf(before, m.start));
  if (!before) return [];
  const cue = remember(headNouns, MAX_HEAD_NOUNS, before, aiCueOfWord);
  return cue === null ? [] : [{ kind: 'head-noun', weight: HEAD_NOUN, cue }];
}

/** Read as a company: marked "company" or "organization", or an entity that is not AI itself ("Chrome", "Android"). */
function isCompany(m: Mention): boolean {
  const reason = m.ambiguous;
  return reason !== undefined && (reason.startsWith(COMPANY) || reason.startsWith(ORGANIZATION) || contextCues().notAi.has(m.entity));
}

/**
 * The mentions of the sentence around mention `at`, as indices [first, end):
 * mentions come in reading order, so only as far as the sentence reaches is read.
 */
function sentenceMentions(all: readonly Mention[], at: number, [from, to]: [number, number]): [number, number] {
  let first = at;
  while (first > 0 && all[first - 1]!.start >= from) first--;
  let end = at + 1;
  while (end < all.length && all[end]!.end <= to) end++;
  return [first, end];
}

/**
 * Other entities named ambiguously among the sentence's mentions [first, end): "Google said
 * Chrome and Android would get Gemini". A company takes none from them: a
 * market report lists Apple, Amazon and Nvidia without a word of AI.
 */
function otherNamesEvidence(text: string, all: readonly Mention[], at: number, [first, end]: [number, number], otherTopic: () => boolean): Evidence[] {
  const m = all[at]!;
  // A maker and its own product in one sentence vouch for each other, however
  // ordinary each name is alone ("Meta's Llama", «قالت ميتا إن لاما»); a
  // person is no product ("Gemma Chan joined Google"), and in a sentence
  // that speaks of another topic the two may be strangers: "Google marked
  // the anniversary with a Doodle of the Gemini 4 capsule".
  const { companions } = contextCues();
  // Words in capitals vouch for no other words in capitals: a crossword's answers ("4 LLAMA, 8 MISTRAL, 15 GROK"),
  // a word list, a shout. The case that tells a name from a word is gone there.
  const shouted = inCapitalsOnly(m.text);
  for (let i = first; i < end; i++) {
    const o = all[i]!;
    if (shouted && inCapitalsOnly(o.text)) continue;
    const pair = o.entity !== m.entity && (companions.get(m.entity)?.has(o.entity) || companions.get(o.entity)?.has(m.entity));
    if (pair && surnameAfter(text, o) === null && !otherTopic()) return [{ kind: 'companion', weight: NEEDED, cue: o.text }];
  }
  if (isCompany(m)) return [];
  // First names together are people: "his children Crystal, Marco and Amber".
  const person = isGivenName(m.ambiguous!);
  const others = new Set<string>();
  const consider = (o: Mention) => {
    // Another name of the same entity counts when it is another product of the line: "Nova Micro, Nova Lite and
    // Nova Pro" is a lineup; the same name twice is not.
    if ((o.entity === m.entity && baseName(o) === baseName(m)) || o.ambiguous === undefined || o.ambiguous.startsWith(SHORT_CODE)) return;
    if (shouted && inCapitalsOnly(o.text)) return;
    // Beside a first name, a given name is a person too («كلود» and «لاما», two characters of a drama), and so is one
    // with a word for a person beside it.
    // In a sentence of another topic, a first name is a character as likely as a chatbot: "you recruit Gemma, a healer;
    // Kimi, a thief; and Grok, an orc" (an RPG's party) vouch for no Grok.
    if (isGivenName(o.ambiguous) && (person || kinBeside(text, o) !== null || arabicSpeaker(text, o) !== null || otherTopic())) return;
    // Nor a user name: "Gemma W. (author): @grok_the_gravy Yes, …".
    if (handleOf(text, o, undefined) !== null) return;
    // A name inside a longer one vouches for nothing: a first name with its surname ("Claire Keegan"), "Falcon Minerals
    // +4.0%, Comet Ridge +2.7%, Jais Hotels −1.8%".
    if (wordAfter(text, o) !== null) return;
    others.add(o.text);
  };
  // Nearest first going back, then forward: the order the cue lists them in.
  for (let i = at - 1; i >= first; i--) consider(all[i]!);
  for (let i = at + 1; i < end; i++) consider(all[i]!);
  // Nor is a name inside a longer one vouched for: "the Amazon warehouse at Granite Point".
  if (others.size === 0 || wordAfter(text, m) !== null) return [];
  return [{ kind: 'other-names', weight: others.size > 1 ? OTHER_NAMES : ONE_OTHER_NAME, cue: [...others].join(', ') }];
}

/** Is the name written with Latin capitals and no small letter ("LLAMA", "LE CHAT")? */
function inCapitalsOnly(name: string): boolean {
  return /[A-Z]{2}/.test(name) && !/[a-z]/.test(name);
}

/** A name without its version: "Gemini 6A" and "Gemini 7" are one name twice, "Nova Micro" and "Nova Lite" two. */
function baseName(m: Mention): string {
  return m.version === undefined ? m.text : m.text.slice(0, m.text.length - m.version.length).trimEnd();
}

/** An ambiguity that is a person's name: "first name", or a reason that names a given name («لاما», «فاي»). */
function isGivenName(reason: string): boolean {
  return reason.startsWith(FIRST_NAME) || reason.includes(GIVEN_NAME);
}

type SentenceWords = (from: number, to: number) => StretchCues;

/** Reads each stretch's cue words once, however many mentions ask for it. */
function sentenceWords(text: string): SentenceWords {
  const byStretch = new Map<number, StretchCues>();
  return (from, to) => {
    const key = from * 0x10000 + (to - from);
    let found = byStretch.get(key);
    if (!found) byStretch.set(key, (found = cuesIn(text, from, to)));
    return found;
  };
}

/** The evidence of the mention's own sentence on an ambiguous (not short-code) mention: nothing from other paragraphs. */
function localEvidence(text: string, all: readonly Mention[], at: number, words: SentenceWords, [from, to]: [number, number]): Evidence[] {
  const m = all[at]!;
  const company = isCompany(m);
  const evidence: Evidence[] = [];
  // A company has no versions: "fined Meta 1.2 billion euros" is a sum, not Meta 1.2.
  // A signature's digits are the user name's, not a version: "Kimi88:".
  const handle = handleOf(text, m, all[at + 1]);
  const qualifier = company || handle !== null ? null : qualifierOf(text, m);
  if (qualifier !== null) evidence.push({ kind: 'qualifier', weight: qualifierWeight(qualifier), cue: qualifier });
  // A whole number the record lists a release for keeps the name alone ("Sora 2", «لاما ٣»; not "Falcon 9"), though
  // not the rest of its paragraph: "Gemma Chan" beside "Gemma 3" is still a person.
  if (m.knownRelease && qualifier === m.version && WHOLE.test(qualifier)) evidence.push({ kind: 'release', weight: QUALIFIER - WHOLE_NUMBER, cue: m.text });
  const surname = qualifier === null && handle === null ? surnameAfter(text, m) : null;
  if (surname !== null) evidence.push({ kind: 'surname', weight: SURNAME, cue: surname, ...(plainlyAPerson(text, m, surname) ? { topic: PERSON } : {}) });
  const speaker = qualifier === null && handle === null && surname === null ? arabicSpeaker(text, m) : null;
  if (speaker !== null) evidence.push({ kind: 'surname', weight: SURNAME, cue: speaker, topic: PERSON });
  const kin = handle ?? (surname === null && qualifier === null ? kinBeside(text, m) : null);
  if (kin !== null) evidence.push({ kind: 'surname', weight: SURNAME, cue: kin, topic: PERSON });
  const tool = company || handle !== null || surname !== null || speaker !== null || kin !== null ? null : toolVerbBefore(contextCues().persons, text, m.start, isGivenName(m.ambiguous!));
  if (tool !== null) evidence.push({ kind: 'tool-verb', weight: tool.asked ? ASKED : TOOL_VERB, cue: tool.verb });
  const found = words(Math.max(from, wordStartBefore(text, m.start - WORD_REACH)), Math.min(to, wordEndAfter(text, m.end + WORD_REACH)));
  // "شركة آبل", "the company Apple": which company, not whether the text speaks of AI.
  if (!company) evidence.push(...headNounEvidence(text, m));
  // "By Meta Hargreaves |": a byline names the writer; "Councillor Meta Oyelaran", a title and a surname, a person.
  if (bylined(text, m) || titledWithSurname(text, m)) evidence.push({ kind: 'byline', weight: SURNAME, topic: PERSON });
  // "into ChatGPT and Claude", «شات جي بي تي وكلود»: listed with an AI name, a first name is that AI's peer.
  const listed = company || handle !== null || surname !== null || speaker !== null || kin !== null ? null : listedWith(text, all, at);
  if (listed !== null) evidence.push({ kind: 'listed', weight: listed.ambiguous === undefined ? NEEDED : ONE_OTHER_NAME, cue: listed.text });
  const inSentence = sentenceMentions(all, at, [from, to]);
  const own = contextCues().ownTopics.get(m.entity);
  // "Mistral, named after the cold wind": beside a naming phrase, another topic explains the name; the name the
  // phrase leads to is the namesake itself ("named after Dolly the sheep").
  const naming = found.for.some((c) => c.topic === NAMING);
  const namesake = naming && namesakeAt(text, Math.max(from, m.start - NAMESAKE_REACH), m.start);
  if (namesake) evidence.push({ kind: 'namesake', weight: NAMESAKE });
  const notOwn = (cues: readonly Cue[]) => (naming && !namesake ? NO_CUES : own ? cues.filter((c) => !own.has(c.topic)) : cues);
  const otherTopic = () => notOwn(againstBesideNames(words(from, to).against, all, inSentence)).length > 0;
  evidence.push(...otherNamesEvidence(text, all, at, inSentence, otherTopic));
  // Music says nothing against an AI that writes songs ("Suno, which generates full songs").
  const against = notOwn(againstBesideNames(found.against, all, inSentence));
  // The name's words are read only where some word of another topic stands.
  const name = against.length > 0 ? tokensOf(m.text) : NO_WORDS;
  const aiWords = wordEvidence(found.for, false, company);
  const besideAi = aiWords.some((e) => e.topic === STRONG);
  evidence.push(...aiWords, ...wordEvidence(namePhrasesFirst(against, name), true, false, name, besideAi));
  return evidence;
}

/** How far before a name a naming phrase makes it the namesake: "named after the", «على اسم». */
const NAMESAKE_REACH = 30;
/** What a name was named after is not the product: "named after Dolly the sheep". */
const NAMESAKE = -6;

/** Does a naming phrase end in `text.slice(from, to)`, the words right before a name? */
function namesakeAt(text: string, from: number, to: number): boolean {
  return findCuesInTokens(contextCues().for, tokensIn(text, wordStartBefore(text, from), to)).some((c) => c.topic === NAMING);
}

/**
 * Against cues that are not a word of a name found in the sentence:
 * "Falcon-H1" names the model, it is not a word about birds, so it cannot
 * count against the "Falcon" or "Mamba" beside it.
 */
function againstBesideNames(cues: readonly Cue[], all: readonly Mention[], [first, end]: [number, number]): readonly Cue[] {
  if (cues.length === 0) return cues;
  const names = new Set<string>();
  // Every word of every name: "Forest" in "Black Forest Labs" is part of a name, not a word about woods.
  for (let i = first; i < end; i++) for (const t of tokensOf(all[i]!.text)) names.add(t);
  return cues.filter((c) => {
    const words = tokensOf(c.text);
    return words.length !== 1 || !names.has(words[0]!);
  });
}

/**
 * A short code joined by a hyphen to the word before it ends another name ("Whisper large-v3", "GPT-4o-mini-R1"):
 * it is that name's version, not a model of its own.
 */
function shortCodeReading(reading: Reading, near: (entity: string) => boolean, text: string): Evidence[] {
  const at = reading.mention.start;
  if (text.charCodeAt(at - 1) === HYPHEN && isWordCode(text.charCodeAt(at - 2))) return [{ kind: 'in-other-name', weight: NAME_IN_OTHER_NAME, cue: text.slice(wordStartBefore(text, at - 1), reading.mention.end) }];
  return [shortCodeEvidence(reading, near)];
}

const HYPHEN = 0x2d;

/** A short code counts beside its maker or family, or beside another product of its own line in its sentence. */
function shortCodeEvidence(reading: Reading, near: (entity: string) => boolean): Evidence {
  // A point release is a model's, not a poem's or a symphony's: "Haiku 4.5", "Sonnet 3.7" (but "Sonnet 18", "Opus 4").
  const version = POINT_RELEASE.exec(reading.mention.text)?.[1];
  if (reading.lineup !== null) return { kind: 'companion', weight: NEEDED, cue: reading.lineup };
  if (version !== undefined) return { kind: 'qualifier', weight: NEEDED, cue: version };
  return companionEvidence(reading.mention, near);
}

const POINT_RELEASE = /[ \u00a0-](\d{1,2}\.\d{1,2})$/;
/** A word and a whole number: "Sonnet 4", "Opus 4". */
const WORD_AND_NUMBER = /^[A-Za-z\u0621-\u064a]{3,}[ \u00a0]\d+$/;

function companionEvidence(m: Mention, near: (entity: string) => boolean): Evidence {
  const companions = contextCues().companions.get(m.entity);
  const beside = companions ? [...companions].find(near) : undefined;
  return beside ? { kind: 'companion', weight: NEEDED, cue: beside } : { kind: 'no-companion', weight: 0 };
}

const sum = (evidence: readonly Evidence[]) => evidence.reduce((total, e) => total + e.weight, 0);

/**
 * Does an ambiguous mention name its entity by itself, for its neighbours to
 * lean on? It needs a qualifier and enough evidence of its own sentence
 * without the other names in it: "Eagle Scout" beside "Whisper Creek" is two
 * ordinary words, not two products that vouch for each other.
 */
function namesByItself(local: readonly Evidence[]): boolean {
  return local.some((e) => e.kind === 'qualifier') && ownScore(local) >= NEEDED;
}

/** What a mention's own sentence says for it, without the other names in it. */
function ownScore(local: readonly Evidence[]): number {
  let score = 0;
  for (const e of local) if (e.kind !== 'other-names' && e.kind !== 'companion' && e.kind !== 'listed' && e.kind !== 'release' && e.kind !== 'tool-verb') score += e.weight;
  return score;
}

/**
 * Does an ambiguous mention's own sentence name its entity surely enough for
 * the rest of the page to lean on (one sense per page), if not its
 * neighbours? "its smart assistant Gemini", «مساعدها الذكي جيميني»: a head
 * noun and an AI word, or a strong AI word, without the names beside it.
 */
function namesForThePage(reading: Reading): boolean {
  if (reading.anchor) return !isNotAi(reading.mention);
  return !reading.url && !reading.shortCode && !isNotAi(reading.mention) && ownScore(reading.local) >= NEEDED;
}

export interface Reading {
  mention: Mention;
  url: boolean;
  shortCode: boolean;
  local: Evidence[];
  /** The bounds of its sentence, for a company (see `withCompanies`); else null. */
  sentence: [number, number] | null;
  /** Names its entity by itself: distinctive, or ambiguous with a qualifier and a sentence that agrees ("Llama 3.1"). */
  anchor: boolean;
  /** For a short code: another product of its line in its sentence ("Haiku 4.5 matches Sonnet 4"), or null. */
  lineup: string | null;
  /** For a first name: it with the word after it, in small letters ("gemma osei", «لاما الرياطي»), or null. */
  fullName: string | null;
  /**
   * For a first name: does its sentence name it twice ("Claude Dubois says Claude marks essays harshly"), or make it
   * a tool, a verb of using before it ("I use Claude for long texts")?
   */
  besideAName: boolean;
  /** A common word written as a name inside a sentence ("In November, Anthropic published"): see `properNoun`. */
  properNoun: boolean;
}

function readParagraph(text: string, mentions: readonly Mention[]): Reading[] {
  const words = sentenceWords(text);
  return mentions.map((mention, at) => {
    const url = insideUrl(text, mention);
    const shortCode = isShortCode(mention);
    const bounds = url || shortCode || mention.ambiguous === undefined ? null : sentenceAround(text, mention.start, mention.end);
    const local = bounds ? localEvidence(text, mentions, at, words, bounds) : [];
    const anchor = !url && (mention.ambiguous === undefined || namesByItself(local));
    const lineup = shortCode && !url ? lineupOf(text, mentions, at) : null;
    const given = bounds !== null && isGivenName(mention.ambiguous!);
    const fullName = given ? withWordAfter(text, mention) : null;
    const besideAName = given && (namedBeside(text, mentions, at, sentenceMentions(mentions, at, bounds!)) || usedBefore(contextCues().persons, text, mention.start));
    const proper = bounds !== null && properNoun(text, mention);
    return { mention, url, shortCode, local, anchor, sentence: bounds && isCompany(mention) ? bounds : null, lineup, fullName, besideAName, properNoun: proper };
  });
}

/**
 * Another name of the short code's own line in its sentence, or null: two of
 * a family's tiers named together ("Haiku 4.5 matches Sonnet 4", "o1 and o3")
 * say which family they are, as its maker would. One name with two numbers
 * ("R1 and R2", as roads and engines are named) does not.
 */
function lineupOf(text: string, mentions: readonly Mention[], at: number): string | null {
  const m = mentions[at]!;
  const same = (o: Mention) => o !== m && o.entity === m.entity && baseName(o) !== baseName(m);
  if (!mentions.some(same)) return null;
  const [from, to] = sentenceAround(text, m.start, m.end);
  const inSentence = (o: Mention) => o.start >= from && o.end <= to;
  const other = mentions.find((o) => same(o) && inSentence(o));
  if (!other) return null;
  // Both a word and a whole number, as poems and opus numbers are, the family must be named in the sentence too:
  // "Anthropic released Opus 4 and Sonnet 4", but not "the choir sang Shakespeare's Sonnet 4 and the band Schumann's Opus 4".
  if (!WORD_AND_NUMBER.test(m.text) || !WORD_AND_NUMBER.test(other.text)) return other.text;
  const family = contextCues().companions.get(m.entity);
  return mentions.some((o) => family?.has(o.entity) && !isShortCode(o) && inSentence(o)) ? other.text : null;
}

/** A paragraph's mentions read once: what its neighbours may lean on, and what its own decision needs. */
export interface ParagraphReading {
  /** The text the readings' offsets point into (a first name is read again there only when the page has such a person). */
  text: string;
  readings: Reading[];
  /** How many anchors of each entity the paragraph holds. */
  anchors: Map<string, number>;
  /** The entities it names surely enough for the rest of the page: its anchors, and names its sentences vouch for. */
  forThePage: ReadonlySet<string>;
  /** The people it names plainly: first names and full names, as in `PagePersons`. */
  persons: { given: string[]; full: string[] };
}

/** The cue tables the word caches above were filled from: another list empties them. */
let cachesFrom: CompiledCues | null = null;

function freshCaches(): void {
  const cues = contextCues();
  if (cues === cachesFrom) return;
  cachesFrom = cues;
  headNouns.clear();
  qualifiersAfter.clear();
}

/**
 * Empties every word cache of the decision: what a page read last is worth
 * keeping while it reads, not once it is read (see `forgetCueWords`).
 */
export function forgetWords(): void {
  forgetCueWords();
  forgetTierWords();
  headNouns.clear();
  qualifiersAfter.clear();
}

export function readMentions(text: string, mentions: readonly Mention[]): ParagraphReading {
  freshCaches();
  const readings = readParagraph(text, mentions);
  const forThePage = new Set<string>();
  for (const r of readings) if (namesForThePage(r)) forThePage.add(r.mention.entity);
  const anchors = countAnchors(readings);
  return { text, readings, anchors, forThePage, persons: personsIn(readings, anchors) };
}

/**
 * The first names a paragraph makes people's: a word for a person or a verb of saying beside them, or a surname
 * where the paragraph does not name the entity itself ("Gemma Terms of Use" beside "Gemma 3" is no person).
 */
function personsIn(readings: readonly Reading[], anchors: ReadonlyMap<string, number>): { given: string[]; full: string[] } {
  const given: string[] = [];
  const full: string[] = [];
  for (const r of readings) {
    if (r.fullName === null) continue;
    const surname = r.local.find((e) => e.kind === 'surname');
    if (!surname || (surname.topic !== PERSON && anchors.has(r.mention.entity))) continue;
    given.push(r.mention.text.toLowerCase());
    if (r.fullName !== '') full.push(r.fullName);
  }
  return { given, full };
}

/**
 * Is a name that is also a common word ("Anthropic", "Perplexity", "Grok") written with its capital inside a sentence,
 * after a small word, a number or a comma, with no capitalized word after it? The capital then marks a name, not the
 * word, as it cannot at a sentence's start or in a headline; "Granite Town" is a longer name.
 */
function properNoun(text: string, m: Mention): boolean {
  if (!m.ambiguous?.startsWith(COMMON_WORD) || !/^[A-Z][a-z]/.test(m.text)) return false;
  const before = lastBeforeBlanks(text, m.start);
  if (before < 0 || before === m.start - 1) return false;
  const c = text.charCodeAt(before);
  const mid = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x3b;
  return mid && !CAPITALIZED_AFTER.test(text.slice(m.end, m.end + 40));
}

const COMMON_WORD = 'common';

/** What may join two names of a list: a comma, "and", "or", "vs", «و» written onto the name, «أو», «أم». */
const LIST_JOIN = /^(?:[ \u00a0]*[,،][ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or|vs\.?|versus|&|أو|أم)[ \u00a0]+|[ \u00a0]+و)$/;

/**
 * The AI name right before or after mention `at` in a list ("ChatGPT and Claude", «شات جي بي تي وجيميني وكلود»), or
 * null: a distinctive one, or an ambiguous one that is no first name (which counts less: see `localEvidence`).
 */
function listedWith(text: string, all: readonly Mention[], at: number): Mention | null {
  const m = all[at]!;
  const peer = (o: Mention | undefined) => o !== undefined && !isNotAi(o) && (o.ambiguous === undefined || (!isGivenName(o.ambiguous) && !o.ambiguous.startsWith(SHORT_CODE)));
  const before = all[at - 1];
  if (peer(before) && LIST_JOIN.test(text.slice(before!.end, m.start))) return before!;
  const after = all[at + 1];
  if (peer(after) && LIST_JOIN.test(text.slice(m.end, after!.start))) return after!;
  return null;
}

/**
 * See `Reading.besideAName`: the same name again among the sentence's mentions [first, end), not as the label before
 * a colon that opens the line: a transcript's speaker names no model («لاما: وأنا لاما من بيروت»).
 */
function namedBeside(text: string, all: readonly Mention[], at: number, [first, end]: [number, number]): boolean {
  const m = all[at]!;
  for (let i = first; i < end; i++) {
    const o = all[i]!;
    if (i !== at && o.entity === m.entity && o.text === m.text && !labelsLine(text, o)) return true;
  }
  return false;
}

/** A word right after a name, past one space: "Osei", «الرياطي». Letters only: "Gemma 3" has none. */
const WORD_AFTER_NAME = /^[ \u00a0]([A-Za-z\u00c0-\u024f\u0621-\u064a]{2,})/;

/** A first name with the word after it, in small letters; '' when no word follows. */
function withWordAfter(text: string, m: Mention): string {
  const word = WORD_AFTER_NAME.exec(text.slice(m.end, m.end + 30))?.[1];
  return word === undefined ? '' : `${m.text} ${word}`.toLowerCase();
}

/** The decisions on a paragraph already read. */
export function decideRead(paragraph: ParagraphReading, context: SenseContext): SenseDecision[] {
  return withCompanies(paragraph.readings, paragraph.readings.map((r) => decide(r, paragraph.anchors, context, paragraph.text)));
}

/**
 * A company counts beside an AI name that counts in its sentence, its own
 * or another's: "Google is adding Gemini to Gmail", "Amazon is investing in
 * Anthropic". (An AI name counts on evidence of its own, so a market report
 * naming only companies still lights nothing; "Google's Chrome browser" is
 * no AI name.)
 */
function withCompanies(readings: readonly Reading[], decisions: SenseDecision[]): SenseDecision[] {
  const notAi = contextCues().notAi;
  readings.forEach((r, i) => {
    const d = decisions[i]!;
    if (d.kept || r.sentence === null) return;
    const [from, to] = r.sentence;
    const beside = decisions.find(
      (o) => o.kept && !isCompany(o.mention) && !notAi.has(o.mention.entity) && o.mention.start >= from && o.mention.end <= to,
    );
    if (!beside) return;
    const evidence = [...d.evidence, { kind: 'ai-name' as const, weight: NEEDED, cue: beside.mention.text }];
    decisions[i] = { ...d, kept: true, score: sum(evidence), evidence };
  });
  return decisions;
}

/**
 * How many anchors of each entity a paragraph holds. An entity that is not
 * AI itself (a browser, a phone system: "Android 16") names no AI model or
 * lab, so it anchors nothing: phone news is not an AI page.
 */
function countAnchors(readings: readonly Reading[]): Map<string, number> {
  const counts = new Map<string, number>();
  const notAi = contextCues().notAi;
  for (const r of readings) {
    if (r.anchor && !notAi.has(r.mention.entity)) counts.set(r.mention.entity, (counts.get(r.mention.entity) ?? 0) + 1);
  }
  return counts;
}

/** How many anchors of `entity` the paragraph holds besides `self`. */
function othersNaming(anchors: ReadonlyMap<string, number>, self: Reading, entity: string): number {
  return (anchors.get(entity) ?? 0) - (self.anchor && self.mention.entity === entity ? 1 : 0);
}

/** Is `entity` named by itself in a neighbouring paragraph, or elsewhere in this one? */
function isNear(anchors: ReadonlyMap<string, number>, self: Reading, context: SenseContext, entity: string): boolean {
  return context.nearby.has(entity) || othersNaming(anchors, self, entity) > 0;
}

/** The first entity named by itself nearby, or undefined: one is enough, so no set of them is built. */
function firstNear(anchors: ReadonlyMap<string, number>, self: Reading, context: SenseContext): string | undefined {
  for (const entity of context.nearby) return entity;
  for (const entity of anchors.keys()) if (othersNaming(anchors, self, entity) > 0) return entity;
  return undefined;
}

/**
 * Does a mention that needs no reading name its entity for its neighbours and
 * the page? Not inside a web address, and not an entity that is not AI itself
 * (a phone system: "Android 16"), as in a full reading (see `countAnchors`).
 */
export function anchorsPlainly(text: string, m: Mention): boolean {
  return !isNotAi(m) && !insideUrl(text, m);
}

/** Is the mention's entity one that is not AI itself (a browser, a phone system)? */
export function isNotAi(m: Mention): boolean {
  return contextCues().notAi.has(m.entity);
}

/** Is the mention a short code ("o1", "R1"), which counts only where its maker is named? */
export function isShortCode(m: Mention): boolean {
  return m.ambiguous?.startsWith(SHORT_CODE) === true;
}

/** The decision on a mention that needs no reading: dropped inside a web address, else kept as distinctive. */
export function plainDecision(mention: Mention, url: boolean): SenseDecision {
  return url
    ? { mention, kept: false, score: 0, evidence: [{ kind: 'url', weight: 0 }] }
    : { mention, kept: true, score: NEEDED, evidence: [{ kind: 'distinctive', weight: NEEDED }] };
}

/**
 * Evidence that still counts on a name its paragraph has named unmistakably:
 * not a surname ("Gemma Terms of Use"), unless the words around make the
 * name a person plainly, and not a word of another topic.
 */
function keepsItsSense(e: Evidence): boolean {
  return (e.kind !== 'surname' || e.topic === PERSON) && !(e.kind === 'other-topic' && e.weight === OTHER_TOPIC);
}

const PERSON = 'person';
/** A description of a person right after the surname: "Claude Martin, a back-end developer", "…, 34, who …". */
const PERSON_AFTER = /^,[ \u00a0]+(?:a|an|the|who|whose|aged|\d{1,2}\b)/i;

/**
 * A word for a person right beside a first name (the cue data's `persons.kin`): "my colleague Gemma", "Gemma from
 * marketing", «بنتي كيمي», «جيما، زميلتي». Only next to the name: "my daughter asked Gemini" says nothing of Gemini.
 */
function kinBeside(text: string, m: Mention): string | null {
  if (!m.ambiguous || !isGivenName(m.ambiguous)) return null;
  const persons = contextCues().persons;
  return (
    kinBefore(persons, text, m.start) ??
    creditBefore(persons, text, m.start) ??
    kinAfter(persons, text, m.end) ??
    titleBefore(persons, text, m.start) ??
    speakerAfterQuote(text, m)
  );
}

/** The words a quotation closes with before its speaker: '…," Gemma said.', '…?» Claude asked.'. */
const QUOTE_CLOSED = /[,.!?\u060c\u061f]["\u201d\u00bb][ \u00a0]*$/;
/** The word after a name, in small letters. */
const WORD_AFTER = /^[ \u00a0]+([A-Za-z\u0621-\u064a]+)/;

/** A first name right after a quotation closes and before a verb of saying: the speaker ('"They just slipped," Gemma said.'). */
function speakerAfterQuote(text: string, m: Mention): string | null {
  return QUOTE_CLOSED.test(text.slice(Math.max(0, m.start - 4), m.start)) ? sayingAfter(text, m) : null;
}

/** The verb of saying right after a name ("Gemma said", "Gemma explains"), in small letters, or null. */
function sayingAfter(text: string, m: Mention): string | null {
  const word = WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1]?.toLowerCase();
  return word !== undefined && contextCues().persons.said.has(word) ? word : null;
}

/**
 * A person's signature the mention starts: a user name ("Claude_Mansour: Great interview", «جيما_عمّان», "Kimi88:"),
 * a first name and initial as comment threads and transcripts sign ("Ernie B: I switched", «جيما.ر:»), or a reader's
 * name and town after the letter they wrote (…a fee." Claude, Norwich.). A person, whatever the page names. (A setting
 * in capitals, "GEMINI_API_KEY", is no mention at all: see capitals.ts.)
 */
function handleOf(text: string, m: Mention, next: Mention | undefined): string | null {
  if (text.charCodeAt(m.end) === 0x5f) return isWordCode(text.charCodeAt(m.end + 1)) ? m.text + '_' : null;
  if (!m.ambiguous || !isGivenName(m.ambiguous)) return null;
  // An Arabic first name alone before a colon at a line's start signs a comment («لاما: أهم شي ما يحوّل فلوس»), and
  // any first name after a transcript's time ("[00:01:20] Gemma: Is anyone open?"; a Latin headline may read
  // "Gemma: what's new"), unless a word of AI opens what follows: a glossary defines the model («علّام: نموذج طورته سدايا»).
  const arabic = ARABIC_LETTER.test(m.text);
  const opener = text.charCodeAt(m.end) === 0x3a ? lineOpener(text, m.start) : null;
  if (opener !== null && (arabic || DIGIT.test(opener)) && !definedAfter(text, m.end + 1)) {
    return m.text + ':';
  }
  // A commenter signs with a first name and a family name too («كيمي فؤاد: أنا بستخدم جيميني»), not an adjective of a
  // model's («جيميني الصيني:»), nor before a definition; inside a line, the full name and a colon open a quotation
  // («…، ولاما بنعلي: «نريد حافلات لا وعوداً»»).
  const signedInFull = arabic ? ARABIC_SIGNATURE.exec(text.slice(m.end, m.end + 20)) : null;
  if (signedInFull && !contextCues().persons.adjectives.has(signedInFull[1]!)) {
    const after = m.end + signedInFull[0].length;
    if ((lineStartsAt(text, m.start) || OPENS_QUOTE.test(text.slice(after, after + 3))) && !definedAfter(text, after)) return m.text + signedInFull[0];
  }
  // "Kimi88" reads as a name and its version: the digits joined to it are the user name's.
  if (m.version !== undefined && JOINED_DIGITS.test(m.text) && text.charCodeAt(m.end) === 0x3a) return m.text + ':';
  // The cheap tests first: a signature's colon stands within four characters, a town's comma right after the name.
  let colon = m.end + 1;
  while (colon <= m.end + 4 && text.charCodeAt(colon) !== 0x3a) colon++;
  const initialed = colon <= m.end + 4 ? SIGNATURE.exec(text.slice(m.end, colon + 1)) : null;
  const town = !initialed && text.charCodeAt(m.end) === 0x2c && afterClosingQuote(text, m.start) ? TOWN.exec(text.slice(m.end, m.end + 30)) : null;
  const signed = initialed ?? town;
  // A name in the town's place makes a list: «"which is best?" Claude, Gemini.»
  if (!signed || (next !== undefined && next.start < m.end + signed[0].length)) return null;
  return m.text + signed[0];
}

/** One Arabic word and a colon after a first name: a signature's family name («كيمي فؤاد:»). */
const ARABIC_SIGNATURE = /^[ \u00a0]+([\u0621-\u0652]{2,})[ \u00a0]*:/;
/** A quotation opening after a colon. */
const OPENS_QUOTE = /^[ \u00a0]*[«"\u201c]/;
/** Digits joined to a first name, or its initial, before a colon: "Kimi88:", "Olmo V:", «جيما خ.:», «جيما.ر:». */
const SIGNATURE = /^(?:\d{2,}|[ \u00a0.](?:[A-Z]|[\u0621-\u064a])\.?):/;
/** A version of two digits or more written onto a name: "Kimi88". */
const JOINED_DIGITS = /[^\d\s]\d{2,}$/;
/** A town after a reader's first name, ending the signature: ", Norwich." */
const TOWN = /^,[ \u00a0][A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?\.(?:\s|$)/;

/**
 * Do the first words after `at` speak of AI («نموذج», «روبوت محادثة»): a definition, not a comment? A definition
 * opens with a bare noun; a weak word with the article opens a comment's sentence («فاي: الشركات تستخدم…»).
 */
function definedAfter(text: string, at: number): boolean {
  const first = /^[ \u00a0]*([^\s]+(?:[ \u00a0]+[^\s]+)?)/.exec(text.slice(at, at + 40))?.[1] ?? '';
  const definite = /^و?ال/.test(first);
  return findCuesInTokens(contextCues().for, tokensOf(first)).some((c) => c.topic !== WEAK || !definite);
}

/** Does the name open its line as a label before a colon («لاما:», «[00:04] لاما:», «أم كلود:»)? */
function labelsLine(text: string, m: Mention): boolean {
  return text.charCodeAt(m.end) === 0x3a && opensLine(text, m.start);
}

/**
 * What may stand before a signature at a line's start: nothing, a transcript's time («[00:04] لاما: …», "12:05 "), or
 * «أم», a mother's kunya («أم كلود: الله يجزاكم خير»; elsewhere «أم» is "or", «كلود أم جي بي تي-5؟»; «أبو» is a kin word).
 */
const LINE_OPENER = /(?:^|\n)[ \u00a0]*(\[?\d{1,2}:\d{2}(?::\d{2})?\]?|[أا]م)?[ \u00a0]*$/;
/** A digit: the opener is a transcript's time. */
const DIGIT = /\d/;

/** What opens the line right before `at` (`LINE_OPENER`): '' at a bare line start, a time or «أم»; null inside a line. */
function lineOpener(text: string, at: number): string | null {
  // A window that starts inside the text gets a letter first, so that its start is no line's start.
  const found = LINE_OPENER.exec(at > 16 ? 'x' + text.slice(at - 16, at) : text.slice(0, at));
  return found ? (found[1] ?? '') : null;
}

/** Does the line open right before `at`, past what may stand before a signature? */
function opensLine(text: string, at: number): boolean {
  return lineOpener(text, at) !== null;
}

/** Does a line start at `at`, past spaces? */
function lineStartsAt(text: string, at: number): boolean {
  const i = lastBeforeBlanks(text, at);
  return i < 0 || text.charCodeAt(i) === 0x0a;
}

/** Does a closing quote end the words right before `at` (a letter the name signs, a quotation its speaker follows)? */
function afterClosingQuote(text: string, at: number): boolean {
  const c = text.charCodeAt(lastBeforeBlanks(text, at));
  return c === 0x22 || c === 0x201d || c === 0xbb;
}

/** One or two Arabic words after a first name, then «إن», a comma before it or not: a speaker's full name before their words ("…، كلود الإدريسي، إن زملاءه", «كلود بطرس إن»). */
const ARABIC_SPEAKER = /^[ \u00a0]+([\u0621-\u0652]{2,}(?:[ \u00a0]+[\u0621-\u0652]{2,})?)[ \u00a0]*[،,]?[ \u00a0]*(?:إن|إنه|إنها|إنّ)(?![\u0621-\u0652])/;
/**
 * After a verb of saying, a surname: one Arabic word, or a compound («نصر الله», «عبد الرحمن», «أبو زيد»), ending at
 * a comma, a colon or before «إن» («قال كلود نصر، وهو…», «يروي كلود نصر الله، وهو مهندس», «يقول كلود ميخائيل: …»), or
 * a family name with the article and the «ي» of descent («تقول جيما الحسيني في…»).
 */
const ARABIC_SURNAME =
  /^[ \u00a0]+((?:(?:عبد|أبو|ابو|بن|ابن|آل|بو)[ \u00a0]+)?[\u0621-\u0652]{2,}(?:[ \u00a0]+الله)?(?=[ \u00a0]*[،,:]|[ \u00a0]+إن(?![\u0621-\u0652]))|ال[\u0621-\u0652]+ي(?![\u0621-\u0652]))/;
/** Words that follow a name in a sentence about it, not as its surname: «قال كلود إنه…», «قال كلود أيضاً،». */
const NOT_SURNAMES: ReadonlySet<string> = new Set(['إن', 'إنه', 'إنها', 'أن', 'أنه', 'أيضا', 'أيضاً', 'كذلك', 'مثلا', 'مثلاً', 'اليوم', 'أمس', 'حينها']);

/**
 * An Arabic first name as a person who speaks: its full name before «إن» (reported speech: «…، كلود الإدريسي، إن»,
 * «كلود بطرس إن»), or after a verb of saying with a surname («قال كلود نصر، وهو مهندس», «تقول جيما الحسيني في…»).
 * Arabic writes no capitals, so the surname is read by its place.
 */
function arabicSpeaker(text: string, m: Mention): string | null {
  if (!m.ambiguous || !isGivenName(m.ambiguous) || !ARABIC_LETTER.test(m.text)) return null;
  // «علّام الزعبي», «لاما الكعبي»: a family name of descent right after the first name, unless it is an adjective a
  // model's name takes («كلود الذكي», «جيما الصيني»).
  const descent = DESCENT.exec(text.slice(m.end, m.end + DESCENT_REACH))?.[1];
  if (descent !== undefined && !contextCues().persons.adjectives.has(descent.replace(/^و/, ''))) return descent;
  // The cheap tests first: reported speech needs a comma or «إن» within reach, a surname a verb of saying before.
  const said = saidRightBefore(text, m.start);
  if (!said && !commaWithin(text, m.end, SPEAKER_REACH)) return null;
  const after = text.slice(m.end, m.end + SPEAKER_REACH);
  const speech = ARABIC_SPEAKER.exec(after)?.[1];
  if (speech !== undefined && !NOT_SURNAMES.has(speech.split(/[ \u00a0]/)[0]!)) return speech;
  const word = said ? ARABIC_SURNAME.exec(after)?.[1] : undefined;
  if (word !== undefined && !NOT_SURNAMES.has(word)) return word;
  // «كلود حنّا، وهو مهندس لبناني»: a surname, then what the person is, in words of no AI («كلود سونيت، وهو نموذج» is the model).
  const described = DESCRIBED.exec(after);
  return described && !NOT_SURNAMES.has(described[1]!) && !definedAfter(text, m.end + described[0].length) ? described[1]! : null;
}

/** A surname, a comma, and «وهو» or «وهي» opening a description: «كلود حنّا، وهو …». */
const DESCRIBED = /^[ \u00a0]+([\u0621-\u0652]{2,}(?:[ \u00a0]+الله)?)[ \u00a0]*[،,][ \u00a0]*(?:وهو|وهي)(?![\u0621-\u0652])/;

/** A word with the article and the «ي» of descent right after a name: «الزعبي», «الكعبي». */
const DESCENT = /^[ \u00a0]+(ال[\u0621-\u0652]{2,}ي)(?![\u0621-\u0652])/;
const DESCENT_REACH = 24;

/** How far after a first name a speaker's full name and «إن» are read. */
const SPEAKER_REACH = 48;

/** Is there a comma, Arabic or Latin, or an «إ» within `reach` characters from `from`? Reported speech needs one. */
function commaWithin(text: string, from: number, reach: number): boolean {
  const to = Math.min(text.length, from + reach);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60c || c === 0x2c || c === 0x625) return true;
  }
  return false;
}

/**
 * Words of saying that a model's answer takes as well as a person's words ("according to Claude", «بحسب جيميني»), or
 * that make the name the one spoken to ("I asked Claude"): no sign that the name speaks as a person.
 */
const NOT_SPEAKING = new Set(['according to', 'بحسب', 'وفق', 'asked', 'told', 'wrote', 'writes']);

/**
 * A verb of saying right before a first name, as its subject («ويقول كلود إن», '…," says Gemma') or right after it
 * ("Gemma explains"). English puts the verb before its subject only after a quotation: in "Dennison says Claude wrote
 * the clearest drafts" the name is what is spoken of.
 */
function speaksHere(text: string, m: Mention): 'before' | 'after' | null {
  const { persons } = contextCues();
  const before = sayingBefore(persons, text, m.start);
  if (before !== null && !NOT_SPEAKING.has(before) && (ARABIC_LETTER.test(m.text) || opensItsClause(text, m.start, before))) return 'before';
  const after = sayingAfter(text, m);
  return after !== null && !NOT_SPEAKING.has(after) ? 'after' : null;
}

/**
 * Does the verb of saying ending right before `at` open its clause, after a closing quotation or at a line's start?
 * Not after a comma: in "Claude Dubois, a teacher in Lyon, says Claude marks essays" the subject stands before it.
 */
function opensItsClause(text: string, at: number, verb: string): boolean {
  const verbStart = lastBeforeBlanks(text, at) + 1 - verb.length;
  return lineStartsAt(text, verbStart) || afterClosingQuote(text, verbStart);
}

/** Does a verb of saying end right before `at`: "said Claude Martin", «قال كلود نصر»? */
function saidRightBefore(text: string, at: number): boolean {
  return saidBefore(contextCues().persons, text, at);
}

/** Is a first name with its surname plainly a person, whatever the paragraph names: "said Claude Martin, a developer"? */
function plainlyAPerson(text: string, m: Mention, surname: string): boolean {
  const after = m.end + 1 + surname.length;
  return saidRightBefore(text, m.start) || PERSON_AFTER.test(text.slice(after, after + 12));
}

function decide(reading: Reading, anchors: ReadonlyMap<string, number>, context: SenseContext, text: string): SenseDecision {
  const { mention } = reading;
  if (reading.url || mention.ambiguous === undefined) return plainDecision(mention, reading.url);
  // Once its own paragraph names the entity unmistakably ("Gemma 3"), the name
  // keeps that sense through the paragraph: "Gemma Terms of Use" is no person,
  // and a word of another topic in a later sentence («لوحة», a board, in
  // «نتائج لاما 4 في لوحة إل إم أرينا») does not turn it into an animal. A
  // phrase holding the name ("Mistral-class") still counts.
  const local = othersNaming(anchors, reading, mention.entity) > 0 ? reading.local.filter(keepsItsSense) : reading.local;
  const nearOrOnPage = (id: string) => isNear(anchors, reading, context, id) || context.pageNames?.has(id) === true;
  const evidence = reading.shortCode ? shortCodeReading(reading, nearOrOnPage, text) : [...local];
  const person = personOnPage(reading, context, text);
  if (person) evidence.push(person);
  if (!reading.shortCode) {
    const near = firstNear(anchors, reading, context);
    // AI applied in a field is news of its own: beside the entity named nearby or on the page, a hospital's words
    // («المستشفى», "patients") say where it is used, not that the name is something else.
    if (near !== undefined || context.pageNames?.has(mention.entity)) withoutAppliedTopics(evidence);
    if (near !== undefined) evidence.unshift({ kind: 'nearby', weight: NEARBY, cue: near });
    // One sense per page: a story that names "Mistral AI" once and "Mistral"
    // after, or a headline ahead of the paragraph that names it, means the
    // same entity; a word of another topic beside it still counts against.
    else if (context.pageNames?.has(mention.entity)) namedOnPage(evidence, mention, context);
    // A company is kept by the page alone only where the page names three AI entities or more: a passing "ChatGPT"
    // or two in a phone review or a browser digest do not make every Apple and Google on it an AI company.
    // So is a common word written as a name there: "In early November, Anthropic published…".
    // A company in a list item is not: "Apple to open its first East African store" in an AI page's most-read list is
    // Apple the shop. A product that is no AI is («لماذا لا يُعد كروميوم هو نفسه جوجل كروم؟» beside an article on
    // open source): it is named for what it is, not for the company's other business.
    else if (context.page) {
      const company = isCompany(mention) && !(context.listed && !contextCues().notAi.has(mention.entity));
      evidence.unshift({ kind: 'page', weight: (company || reading.properNoun) && (context.pageNames?.size ?? 3) > 2 ? NEEDED : PAGE });
    }
    // On a page that names nothing of AI, ordinary names together are not enough alone: a society page's «لاما نجّار
    // … كروم البترون … سيارة فالكون», an airline digest's "Mistral chaos at Marseille, a new Falcon".
    else lineupAlone(evidence);
  }
  const score = sum(evidence);
  return { mention, kept: score >= NEEDED, score, evidence };
}

/** A person the page has named seen again in full, weighed as a surname. */
const SAME_PERSON = SURNAME;
/** A person's first name alone, on a page that names the entity nowhere by itself: it outweighs a name nearby. */
const PERSONS_FIRST_NAME = -6;

/**
 * A first name the page has introduced as a person's: the same full name again («تمسك لاما الرياطي» after «المزارعة
 * لاما الرياطي»), or the first name alone where the page names the entity nowhere by itself ("the lads ask Gemma"
 * after "Lead analyst Gemma Osei", on a page about ChatGPT), unless its sentence names it twice, or its maker, a list,
 * a noun or a verb of using names the model there: «كلود أم جي بي تي-5؟» compares two models, whoever else is called
 * Claude; «أستخدم كلود» uses one. A qualifier or a surname of its own has spoken already.
 */
function personOnPage(reading: Reading, context: SenseContext, text: string): Evidence | null {
  const persons = context.persons;
  if (!persons || reading.fullName === null || reading.local.some((e) => e.kind === 'surname' || e.kind === 'qualifier')) return null;
  if (reading.fullName !== '' && persons.full.has(reading.fullName)) return { kind: 'person-on-page', weight: SAME_PERSON, cue: reading.fullName };
  const name = reading.mention.text.toLowerCase();
  if (!persons.given.has(name)) return null;
  // Where the page names the model too, the person is the one who speaks ("Gemma explains"); where the sentence names
  // it twice, only a verb that opens the clause tells which is the person: «ويقول كلود: «أنا أقرأ التقرير الذي يكتبه
  // كلود الآخر»», but '"Claude explained its steps best," Claude said'.
  const named = reading.besideAName || (context.bodyNames ?? context.pageNames)?.has(reading.mention.entity);
  if (named && (reading.besideAName ? speaksHere(text, reading.mention) !== 'before' : !speaksHere(text, reading.mention))) return null;
  // A maker, a list or a noun names the model: "Anthropic, the maker of Claude", «كلود أم جي بي تي-5؟», "pick Claude as the model".
  if (reading.local.some((e) => e.kind === 'companion' || e.kind === 'listed' || e.kind === 'head-noun')) return null;
  return { kind: 'person-on-page', weight: PERSONS_FIRST_NAME, cue: name };
}

/** A name that is no first name between a title and a capitalized word: "Councillor Meta Oyelaran". */
function titledWithSurname(text: string, m: Mention): boolean {
  if (m.ambiguous === undefined || isGivenName(m.ambiguous) || !/^[A-Z]/.test(m.text)) return false;
  return CAPITALIZED_AFTER.test(text.slice(m.end, m.end + 40)) && kinBefore(contextCues().persons, text, m.start) !== null;
}

/** Does a line open with "By" and the name, a capitalized word after it: a byline ("By Meta Hargreaves | 7 December")? */
function bylined(text: string, m: Mention): boolean {
  const y = lastBeforeBlanks(text, m.start);
  if (y < 1 || y === m.start - 1 || (text.charCodeAt(y) | 0x20) !== 0x79 || (text.charCodeAt(y - 1) | 0x20) !== 0x62) return false;
  return lineStartsAt(text, y - 1) && CAPITALIZED_AFTER.test(text.slice(m.end, m.end + 40));
}

/** Drops, in place, the words of a topic AI is applied in (`appliedTopics`), not a phrase that holds the name itself. */
function withoutAppliedTopics(evidence: Evidence[]): void {
  const { appliedTopics } = contextCues();
  for (let i = evidence.length - 1; i >= 0; i--) {
    const e = evidence[i]!;
    if (e.kind === 'other-topic' && e.weight === OTHER_TOPIC && appliedTopics.has(e.topic!)) evidence.splice(i, 1);
  }
}

/** Where nothing but other ambiguous names speaks for a name, two of them count as one. */
function lineupAlone(evidence: Evidence[]): void {
  const at = evidence.findIndex((e) => e.kind === 'other-names');
  if (at < 0 || evidence.some((e, i) => i !== at && e.weight > 0)) return;
  evidence[at] = { ...evidence[at]!, weight: Math.min(evidence[at]!.weight, ONE_OTHER_NAME) };
}

/**
 * One sense per page, unless the paragraph sits among lines of another topic
 * ("Gemini: A deadline looms." under "Horoscope"): there the page's naming
 * of the entity counts no more than any name on the page does. Those lines
 * are read only where it decides.
 */
function namedOnPage(evidence: Evidence[], mention: Mention, context: SenseContext): void {
  const own = sum(evidence);
  evidence.unshift({ kind: 'named-on-page', weight: NEARBY, cue: mention.entity });
  const fallback = isCompany(mention) ? NEEDED : PAGE;
  if (own + NEARBY < NEEDED || own + fallback >= NEEDED || !context.besideOtherTopic) return;
  const other = context.besideOtherTopic(mention.entity);
  if (other && !contextCues().appliedTopics.has(other.topic)) evidence.push({ kind: 'other-topic-beside', weight: fallback - NEARBY, cue: other.text, topic: other.topic });
}

/**
 * Decides each mention of one paragraph. `text` holds the paragraph (it may
 * be a larger text: sentences end at line breaks); `mentions` are the
 * scanner's mentions in that paragraph, with offsets into `text`.
 */
export function decideSenses(text: string, mentions: readonly Mention[], context: SenseContext): SenseDecision[] {
  if (mentions.every((m) => m.ambiguous === undefined && !insideUrl(text, m))) {
    return mentions.map((mention) => plainDecision(mention, false));
  }
  return decideRead(readMentions(text, mentions), context);
}

/** The mentions of a paragraph that count, in order. */
export function keptMentions(text: string, mentions: readonly Mention[], context: SenseContext): Mention[] {
  return decideSenses(text, mentions, context)
    .filter((d) => d.kept)
    .map((d) => d.mention);
}

/** A context with nothing outside the paragraph. */
export const ALONE: SenseContext = { nearby: EMPTY, page: false };
