/**
 * Which mention a cue is said of, read from the words around it:
 * - attributive, cue before the name: "the open-source Qwen", "open-weight
 *   models such as Qwen and Llama", «النموذج مفتوح المصدر لاما»;
 * - attributive, cue after the name: «نموذج كوين مفتوح المصدر»;
 * - appositive: "Llama, Meta's open-source model", «لاما، نموذج ميتا مفتوح المصدر»;
 * - predicate: "gpt-oss is fully open", "gpt-oss, released in August, is fully open".
 * Between the name and the cue only copulas, articles, a few adjectives and
 * head nouns ("model", نموذج) may stand: any other word means the cue is
 * about something else ("Chrome, built on the open-source Chromium").
 */
import type { Kind } from '../kb/schema';
import type { Cue, CueBook, PhraseTable, Words } from './cue-book';
import { LABEL_MARKS, labelledAt, listNumberAt, type Clause } from './clauses';
import { COMMAS, DETERMINERS, isNumber, matchAt, wordSet, type Token } from './tokens';
import { QUOTE_MARKS } from '../text/quote-marks';

/** A mention as a run of tokens, first and last inclusive. */
export interface MentionSpan {
  first: number;
  last: number;
  kind?: Kind;
}

export interface CueHit {
  first: number;
  last: number;
  cue: Cue;
}

export interface Sentence {
  /** The text the tokens were read from. */
  text: string;
  tokens: Token[];
  book: CueBook;
  spans: MentionSpan[];
  /** For each token, the index of the mention covering it, or -1. */
  owner: Int32Array;
  /** Each mention's start offset, to tell a proclitic written on a name («ولاما») from the name. */
  starts: number[];
}

/** Words a name compared with stands after. */
const COMPARED: ReadonlySet<string> = new Set(['than', 'vs', 'versus']);
/**
 * Words that join names into one list: "Qwen and Llama", «كوين ولاما»; "nor" and «ولا» list the names a "neither" or
 * «لا» denies together: "Neither Llama 4 Scout nor Gemma 3 is …".
 */
const COORDINATORS = new Set([',', '،', 'and', 'or', 'nor', 'و', 'او', 'ولا']);
/**
 * Prepositions written on a head noun after a name: «بترخيص», «لجيميني». Not «ك» (as): «X كأداة مفتوحة» says
 * what X is.
 */
const PREPOSITION_PROCLITICS = new Set(['ب', 'ل']);
/** Arabic prepositions written on the next word: ل «لأوبن إيه آي», ب, ك. */
const PREPOSITIONS = new Set(['ل', 'ب', 'ك']);
/** "Nemotron from Nvidia is …", «نيموترون من إنفيديا نموذج …»: a company after these is the maker, not the subject. */
const MAKER_PREPOSITIONS = new Set(['from', 'by', 'من']);
/** "Gemma 4 on Hugging Face under Apache 2.0": a company after these and the model's name is where it is, not the subject. */
const PLACE_PREPOSITIONS = wordSet(['on', 'via', 'through', 'على', 'عبر']);
/** The nouns for a name's licence. */
const LICENCE_NOUNS = wordSet(['licence', 'license', 'licensing', 'licencing']);
/** How far back a parenthetical's opening comma may lie. */
const PARENTHETICAL_TOKENS = 24;
/** How long an aside between a copula and its cue may be. */
const ASIDE_TOKENS = 6;
/** Words that open a short phrase after the cue's noun: "models from Chinese labs, such as …", «نموذج مفتوح المصدر من ميتا، …». */
/** Plain words a phrase opening the clause may hold after its cue: "Open-sourced last year, …". */
const FRONTED_WORDS = 7;
/** Words a fronted "among" phrase may hold after its head: "Among the open-source models we tested, …". */
const AMONG_WORDS = 4;
/** How far after a verb-like cue its head noun may stand: "a closed Chromium-based browser". */
const HEAD_AFTER_CUE = 5;
const COMPLEMENT_STARTS = new Set(['from', 'in', 'of', 'by', 'since', 'for', 'من', 'في']);
/** How many words that phrase may hold. */
const COMPLEMENT_WORDS = 4;

/**
 * Start index of the longest phrase of the table that ends exactly at token
 * `j` («من أبرز» over «أبرز»), or -1; a longer phrase starting at the same
 * word ("one of the" over "one of") does not hide it.
 */
function phraseEndingAt(table: PhraseTable<{ words: Words }>, tokens: Token[], j: number, floor: number): number {
  for (let s = Math.max(floor, j - 5, 0); s <= j; s++) {
    if (matchAt(table, tokens, s, j - s + 1)) return s;
  }
  return -1;
}

/** Index past a possessive name ("Mistral's", "Alibaba Cloud's": a company's product owns what follows), or -1. */
function pastPossessive(s: Sentence, span: MentionSpan): number {
  if (s.tokens[span.last + 1]?.norm === "'s") return span.last + 2;
  const next = s.tokens[span.last + 1];
  const product = next?.word === true && s.owner[span.last + 1]! < 0 && /^[A-Z]/.test(s.text[next.start]!);
  return isCompanyLike(span) && product && s.tokens[span.last + 2]?.norm === "'s" ? span.last + 3 : -1;
}

function isPossessive(s: Sentence, span: MentionSpan): boolean {
  return pastPossessive(s, span) >= 0;
}

export const isCompanyLike = (span: MentionSpan) => span.kind === 'company' || span.kind === 'organization';

/** "Gemini CLI", «أداة جيميني», "a rival to Gemini": the name qualifies another thing, which the claim is about. */
/** A name written straight on a source file's extension is a program: "Gemma.cpp", "whisper.cpp". */
const FILE_EXTENSION = /^\.(?:cpp|c|js|ts|py|rs|go|mlx|net|swift)\b/i;

function namesSomethingElse(s: Sentence, span: MentionSpan, cueAt = -1, cueBefore = false): boolean {
  if (FILE_EXTENSION.test(s.text.slice(s.tokens[span.last]!.end, s.tokens[span.last]!.end + 7))) return true;
  let after = span.last + 1;
  while (isNumber(s.tokens[after])) after++;
  // The cue itself right after the name is no other thing: «يتوفر GLM-4-9B بترخيص MIT».
  if (after === cueAt) return phraseEndingAt(s.book.foreignHeads, s.tokens, span.first - 1, 0) >= 0 || modifiesThingBefore(s, span);
  // "Gemini CLI", "a Llama clone": an English compound. An Arabic noun after a name is its predicate, not its head
  // («نوتبوك إل إم أداة احتكارية»): Arabic puts the head first («أداة جيميني»).
  // A head with a preposition written on it is another thing still: «صدر ديب سيك آر1 بترخيص MIT المفتوح المصدر»;
  // after a cue that came first it is the name's complement: «فتحت ميتا مصدر لاما بترخيص مقيد».
  const next = s.tokens[after];
  const compound = next !== undefined && (!isArabicWord(next) || (!cueBefore && PREPOSITION_PROCLITICS.has(next.norm[0]!)));
  if (compound && (matchAt(s.book.foreignHeads, s.tokens, after) || matchAt(s.book.modifiedHeads, s.tokens, after))) return true;
  return phraseEndingAt(s.book.foreignHeads, s.tokens, span.first - 1, 0) >= 0 || modifiesThingBefore(s, span);
}

/**
 * "a rival to Gemini", "built on Llama", «منافس لجيميني», «مبني على لاما»:
 * the thing before the name is what the sentence describes. The head must
 * reach the name through a preposition, its own word ("to", «على») or one
 * written on the name («لجيميني»): "its rival Gemini" is Gemini itself.
 */
function modifiesThingBefore(s: Sentence, span: MentionSpan): boolean {
  const start = phraseEndingAt(s.book.modifiedHeads, s.tokens, span.first - 1, 0);
  if (start < 0) return false;
  if (span.first - start > 1) return true;
  const owner = s.owner[span.first]!;
  return owner >= 0 && behindPreposition(s, span, s.starts[owner]!);
}

/** "open-source tool", «مفتوحة المصدر منصة»: the cue's own noun is not a model. */
/**
 * Whether the words put the cue on the mention's weights: between the two
 * ("Llama 4 weights are open source") or just before the name ("the weights
 * of Llama 4", «أوزان لاما 4»).
 */
export function saidOfWeights(s: Sentence, span: MentionSpan, hit: CueHit): boolean {
  const { tokens, book } = s;
  const [from, to] = span.last < hit.first ? [span.last + 1, hit.first] : [hit.last + 1, span.first];
  for (let i = from; i < to; i++) if (matchAt(book.weights, tokens, i)) return true;
  const before = tokens[span.first - 1]?.norm === 'of' ? span.first - 2 : span.first - 1;
  return before >= 0 && phraseEndingAt(book.weights, tokens, before, 0) >= 0 && !endsCue(s, before);
}

/** Does a cue end at token `j`? «لاما 3.1 المفتوح الأوزان ولاما 3.3»: "weights" there closes the cue before, not "the weights of". */
function endsCue(s: Sentence, j: number): boolean {
  for (let i = Math.max(0, j - 3); i <= j; i++) {
    const cue = matchAt(s.book.cues, s.tokens, i);
    if (cue && i + cue.words.length - 1 === j) return true;
  }
  return false;
}

/** «مفتوح المصدر بترخيص MIT», «بأوزان مفتوحة وترخيص»: a noun with a preposition or conjunction written on it is not the cue's noun. */
export function cueModifiesOtherNoun(s: Sentence, hit: CueHit): boolean {
  const next = s.tokens[hit.last + 1];
  const head = matchAt(s.book.foreignHeads, s.tokens, hit.last + 1);
  return head !== null && next?.norm === head.words[0];
}

/** «لأوبن إيه آي», «بجيميني»: a name behind a preposition is governed by it, not described by the cue before it. */
function behindPreposition(s: Sentence, span: MentionSpan, mentionStart: number): boolean {
  const token = s.tokens[span.first]!;
  return mentionStart > token.start && PREPOSITIONS.has(token.norm[0]!);
}

/**
 * A list item that is a possessor ("Meta's Llama") stands for the name it
 * owns: the company is not the model the list describes. Null when what it
 * owns is no known name ("Meta's own model"), which ends the list.
 */
function possessedBy(s: Sentence, span: MentionSpan, clause: Clause): MentionSpan | null {
  if (!isPossessive(s, span)) return span;
  const owner = span.last + 2 < clause.to ? s.owner[span.last + 2]! : -1;
  return owner >= 0 ? s.spans[owner]! : null;
}

/** The first token of a list item, its possessor's included: "Meta's Llama" starts at "Meta". */
function itemStart(s: Sentence, span: MentionSpan, clause: Clause): number {
  const before = span.first - 2;
  if (before < clause.from || s.tokens[span.first - 1]!.norm !== "'s") return span.first;
  const owner = s.owner[before]!;
  return owner >= 0 ? s.spans[owner]!.first : span.first;
}

/** "Unlike Llama, OLMo is open": a name set against the subject is not listed with it. */
function contrasted(s: Sentence, span: MentionSpan, clause: Clause): boolean {
  return phraseEndingAt(s.book.contrasts, s.tokens, itemStart(s, span, clause) - 1, clause.from) >= 0;
}

/** Within a phrase that a contrast opens, before its comma: "Unlike the proprietary GPT-4o that powers ChatGPT, …". */
function inContrast(s: Sentence, span: MentionSpan, clause: Clause): boolean {
  for (let j = span.first - 1; j >= clause.from; j--) {
    if (COMMAS.has(s.tokens[j]!.norm)) return false;
    if (phraseEndingAt(s.book.contrasts, s.tokens, j, clause.from) >= 0) return true;
  }
  return false;
}

/** Names listed before `span`: "Qwen and Llama are …", «كوين ولاما نموذجان …». */
function coordinatedBefore(s: Sentence, span: MentionSpan, clause: Clause): MentionSpan[] {
  const out: MentionSpan[] = [];
  let current = span;
  for (;;) {
    const glued = s.tokens[current.first]!.norm.startsWith('و') && s.starts[s.owner[current.first]!]! > s.tokens[current.first]!.start;
    let j = itemStart(s, current, clause) - 1;
    if (!glued && !(j >= clause.from && COORDINATORS.has(s.tokens[j]!.norm))) return out;
    while (j >= clause.from && COORDINATORS.has(s.tokens[j]!.norm)) j--;
    const owner = j >= clause.from ? s.owner[j]! : -1;
    // "more permissive than Llama 4, and Qwen3-32B is open source": the name a comparison measures against is no
    // item of the list.
    if (owner < 0 || isPossessive(s, s.spans[owner]!) || inContrast(s, s.spans[owner]!, clause) || COMPARED.has(s.tokens[s.spans[owner]!.first - 1]?.norm ?? '')) return out;
    current = s.spans[owner]!;
    out.push(current);
  }
}

/** Mentions listed after `span`: "Qwen and Llama", "Qwen, Llama and Gemma". */
function coordinated(s: Sentence, span: MentionSpan, clause: Clause): MentionSpan[] {
  const out: MentionSpan[] = [];
  // A list a contrast opens ends at its comma: "Unlike the proprietary GPT-4o, Mistral Small 3.2 is …".
  const contrastOpened = inContrast(s, span, clause);
  let k = span.last + 1;
  for (;;) {
    let j = k;
    // In a numbered list, words before the next number are the item's own («كيمي K2 4. لاما 4 مافريك 5. أولمو 3»).
    let rest = j;
    while (rest < Math.min(clause.to, j + 3) && s.owner[rest]! < 0 && s.tokens[rest]!.word && !listNumberAt(s.tokens, s.owner, rest)) rest++;
    if (rest > j && listNumberAt(s.tokens, s.owner, rest)) j = k = rest;
    while (j < clause.to && (COORDINATORS.has(s.tokens[j]!.norm) || listNumberAt(s.tokens, s.owner, j))) {
      if (contrastOpened && COMMAS.has(s.tokens[j]!.norm)) return out;
      j += COORDINATORS.has(s.tokens[j]!.norm) ? 1 : 2;
    }
    const owner = j < clause.to ? s.owner[j]! : -1;
    // «ولاما»: the conjunction is written on the name itself.
    const glued = owner >= 0 && j === k && s.tokens[j]!.norm.startsWith('و');
    if (owner < 0 || (j === k && !glued)) return out;
    const next = possessedBy(s, s.spans[owner]!, clause);
    if (next === null) return out;
    out.push(next);
    k = next.last + 1;
  }
}

/** Does the cue qualify a head noun right before or after it: "open-source models", «نماذج مفتوحة المصدر»? */
export function cueOnHead(s: Sentence, hit: CueHit, floor: number): boolean {
  return phraseEndingAt(s.book.heads, s.tokens, hit.first - 1, floor) >= 0 || matchAt(s.book.heads, s.tokens, hit.last + 1) !== null;
}

/**
 * The list a colon opens after a noun phrase of the cue that names nothing:
 * "Five open-source models worth trying: Llama 3.3, Gemma 3 and Qwen 2.5",
 * «٥ نماذج مفتوحة المصدر تستحق التجربة: لاما 3.3، جيما 3، كوين 2.5».
 */
export function listAfterColon(s: Sentence, hit: CueHit, clause: Clause, next: Clause | undefined): MentionSpan[] {
  if (!next || s.tokens[clause.to - 1]?.norm !== ':') return [];
  // A numbered list starts with its first number: "Top 5 open-source LLMs: 1. DeepSeek-R1 2. Qwen3".
  // A glossary's definition may come first, its examples after: "Proprietary model: a model …, such as Claude".
  let start = listNumberAt(s.tokens, s.owner, next.from) ? next.from + 2 : next.from;
  if (s.owner[start]! < 0) start = firstExample(s, next.from);
  if (start < 0) return [];
  for (let i = clause.from; i < clause.to; i++) if (s.owner[i]! >= 0) return [];
  // A label that is the cue alone opens its list too: "Open weights: gpt-oss-20b, Mixtral 8x22B" (a table row).
  const label = hit.first === clause.from && hit.last === clause.to - 2;
  // The head may follow one more word of its own: "open-weight coding models for 2026:".
  const described = s.tokens[hit.last + 1]?.word && s.owner[hit.last + 1]! < 0 && matchAt(s.book.heads, s.tokens, hit.last + 2) !== null;
  if (!label && !described && !cueOnHead(s, hit, clause.from)) return [];
  const first = s.spans[s.owner[start]!]!;
  return [first, ...coordinated(s, first, next)].filter((t) => !isCompanyLike(t) && !namesSomethingElse(s, t));
}

/** Words that end a sentence, where a definition's examples are looked for no further. */
const DEFINITION_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', ';', '؛']);
/** Words that introduce examples in one word: «مثل», «ومن أمثلته». */
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['مثل', 'امثلته', 'امثلتها', 'امثلتهما']);

/**
 * The first name a definition gives as its example, after "such as", "e.g.", "for example", «مثل» or «ومن أمثلته»
 * («النموذج المغلق: نموذج لا يتاح إلا عبر تطبيق، ومن أمثلته دال-إي 3»), or -1 when none does within its sentence.
 */
function firstExample(s: Sentence, from: number): number {
  const { tokens } = s;
  for (let i = from; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    let after = -1;
    if (norm === 'such' && tokens[i + 1]?.norm === 'as') after = i + 2;
    else if (norm === 'eg') after = i + 1;
    else if (norm === 'example' && tokens[i - 1]?.norm === 'for') after = i + 1;
    else if (EXAMPLE_WORDS.has(norm)) after = i + 1;
    else if (DEFINITION_ENDS.has(norm)) return -1;
    if (after < 0) continue;
    while (after < tokens.length && (tokens[after]!.norm === ',' || tokens[after]!.norm === '،')) after++;
    return after < tokens.length && s.owner[after]! >= 0 ? after : -1;
  }
  return -1;
}

/** A version code written after a name that does not hold it: "K2", "v3.1". */
const VERSION_CODE = /^[a-z]?\d[\d.]*[a-z]?$/;

/** Cue before the name: "the open-source Qwen", "open-weight models such as Llama". */
export function targetsAfter(s: Sentence, hit: CueHit, clause: Clause): MentionSpan[] {
  const fronted = frontedSubject(s, hit, clause);
  if (fronted) return [fronted, ...coordinated(s, fronted, clause)].filter((t) => !namesSomethingElse(s, t));
  // «ماجيسترال ميديوم المغلق وماجيسترال سمول…»: an Arabic adjective right after a model's name is that name's.
  // A version code the name stops short of is still the name's: «كيمي K2 المفتوح الأوزان».
  let last = hit.first - 1;
  if (last > clause.from && s.owner[last]! < 0 && VERSION_CODE.test(s.tokens[last]!.norm) && s.owner[last - 1]! >= 0) last--;
  const nameBefore = last >= clause.from ? s.owner[last]! : -1;
  if (nameBefore >= 0 && !isCompanyLike(s.spans[nameBefore]!) && isArabicWord(s.tokens[hit.first]!)) return [];
  // «المنافس مفتوح الأوزان لنموذج o1»: the cue describes the rival, and the name after it is what it rivals.
  if (phraseEndingAt(s.book.modifiedHeads, s.tokens, hit.first - 1, clause.from) >= 0) return [];
  if (hit.cue.verbLike) {
    const before = s.tokens[hit.first - 1];
    // "the closed Gemini", "Meta's closed model", and "closed models such as …" where a head noun shows the adjective.
    const determined =
      before?.norm === "'s" || (before !== undefined && matchAt(s.book.glue, s.tokens, hit.first - 1)) || matchAt(s.book.heads, s.tokens, hit.last + 1);
    if (!determined) return [];
  }
  // "proprietary APIs (OpenAI, Anthropic)": the companies an API's noun lists are its providers, not APIs.
  const providers = API_NOUNS.has(s.tokens[hit.last + 1]?.norm ?? '') || API_NOUNS.has(s.tokens[hit.last]!.norm);
  const notProvider = (t: MentionSpan) => !(providers && isCompanyLike(t));
  let j = hit.last + 1;
  let skipped = 0;
  // The cue closes a noun phrase ("open-source model", «نموذج مفتوح المصدر») that a name may stand in apposition to.
  let headed =
    phraseEndingAt(s.book.heads, s.tokens, hit.first - 1, clause.from) >= 0 ||
    phraseEndingAt(s.book.heads, s.tokens, hit.last, hit.first) >= 0 ||
    matchAt(s.book.heads, s.tokens, hit.first) !== null;
  while (j < clause.to && skipped <= 3) {
    const owner = s.owner[j]!;
    if (owner >= 0) {
      const span = s.spans[owner]!;
      // «نماذج مفتوحة المصدر كجيس»: after a head noun, «ك», "like", gives an example; other prepositions lead elsewhere.
      if (behindPreposition(s, span, s.starts[owner]!) && !(headed && s.tokens[span.first]!.norm[0] === 'ك')) return [];
      const past = pastPossessive(s, span);
      if (past >= 0) {
        j = past;
        continue;
      }
      return [span, ...coordinated(s, span, clause)].filter((t) => !namesSomethingElse(s, t, -1, true) && notProvider(t));
    }
    if (headed && (COMMAS.has(s.tokens[j]!.norm) || COMPLEMENT_STARTS.has(s.tokens[j]!.norm))) return appositive(s, j, clause).filter(notProvider);
    // "Among the open-source models we tested, Claude …": a short clause may close the fronted phrase.
    if (headed && opensWithAmong(s, clause)) {
      const comma = commaWithin(s, j, clause, AMONG_WORDS);
      if (comma >= 0) return appositive(s, comma, clause).filter(notProvider);
    }
    // "open-weight models (Llama 3.1, Qwen2.5, Mixtral 8x7B)": a bracket after a head noun opens its examples.
    if (headed && s.tokens[j]!.norm === '(') {
      j = pastExampleMark(s, j + 1, clause);
      skipped++;
      continue;
    }
    // «بنموذج مغلق هو جي بي تي-4.1»: after a head noun, «هو» names what it is.
    if (headed && EXAMPLE_MARKS.has(s.tokens[j]!.norm) && j + 1 < clause.to && s.owner[j + 1]! >= 0) {
      j++;
      skipped++;
      continue;
    }
    // "a closed model that Meta keeps": a relative clause or a new list item starts another subject.
    if (COORDINATORS.has(s.tokens[j]!.norm) || matchAt(s.book.relatives, s.tokens, j)) return [];
    const head = matchAt(s.book.heads, s.tokens, j);
    const phrase = head ?? matchAt(s.book.glue, s.tokens, j);
    if (head) headed = true;
    if (phrase) j += phrase.words.length;
    else if (isNumber(s.tokens[j])) j++;
    else return [];
    skipped++;
  }
  return [];
}

const API_NOUNS = wordSet(['api', 'apis']);

/** Marks that name what a noun phrase holds: "e.g.", "i.e." (one token: see tokens.ts), "namely", «هي» («نموذجان مغلقان، هما جيميني وكلود»). */
const EXAMPLE_MARKS = wordSet(['eg', 'ie', 'namely', 'هو', 'هي', 'وهي', 'هما', 'وهما', 'هم', 'وهم']);

/** Index past such a mark at `j`, or `j`: "open-source LLMs (e.g. Llama 3)". */
function pastExampleMark(s: Sentence, j: number, clause: Clause): number {
  return EXAMPLE_MARKS.has(s.tokens[j]?.norm ?? '') && j + 1 < clause.to ? j + 1 : j;
}

/** Words a fronted participle phrase may lead up to its cue with: "Released as open weights, Hunyuan-7B …". */
const FRONTING: ReadonlySet<string> = new Set([
  'released', 'launched', 'published', 'shipped', 'available', 'offered', 'distributed', 'licensed', 'licenced', 'made',
  'now', 'first', 'originally', 'fully', 'also', 'as', 'under', 'with', 'the', 'a', 'an',
]);
/** How many such words may stand before the cue. */
const FRONTING_WORDS = 4;

/** Does the clause open with a participle phrase that leads up to the cue at `cueAt` and holds nothing else? */
function participleBefore(s: Sentence, from: number, cueAt: number): boolean {
  if (cueAt - from > FRONTING_WORDS || !FRONTING.has(s.tokens[from]!.norm) || s.tokens[from]!.norm.length < 4) return false;
  for (let i = from; i < cueAt; i++) if (!FRONTING.has(s.tokens[i]!.norm)) return false;
  return true;
}

/**
 * The subject a phrase opening the clause describes, right after its comma:
 * "Released under Apache 2.0, Mistral Small 3.1 handles images",
 * "Open-sourced last year, Grok-1 …", "Released as open weights, Hunyuan-7B …". A few plain words may follow the cue
 * before the comma; a head noun there makes the phrase a noun phrase of its own.
 */
function frontedSubject(s: Sentence, hit: CueHit, clause: Clause): MentionSpan | null {
  if (hit.first !== clause.from && !participleBefore(s, clause.from, hit.first)) return null;
  let comma = pastComplement(s, hit.last + 1, clause);
  const plain = (i: number) => s.tokens[i]!.word && s.owner[i]! < 0 && !matchAt(s.book.heads, s.tokens, i) && !matchAt(s.book.foreignHeads, s.tokens, i);
  while (comma < Math.min(clause.to, hit.last + 1 + FRONTED_WORDS) && plain(comma)) comma++;
  if (comma + 1 >= clause.to || !COMMAS.has(s.tokens[comma]!.norm)) return null;
  const owner = s.owner[comma + 1]!;
  return owner >= 0 && !isCompanyLike(s.spans[owner]!) ? s.spans[owner]! : null;
}

/** Whether the clause opens with "among" or «من بين»: its noun phrase describes the names after its comma. */
function opensWithAmong(s: Sentence, clause: Clause): boolean {
  const first = s.tokens[clause.from]!.norm;
  return first === 'among' || ((first === 'من' || first === 'ومن') && s.tokens[clause.from + 1]?.norm === 'بين');
}

/** The first comma in the next `words` tokens from `j`, with no name before it, or -1. */
function commaWithin(s: Sentence, j: number, clause: Clause, words: number): number {
  for (let k = j; k < Math.min(clause.to, j + words + 1); k++) {
    if (COMMAS.has(s.tokens[k]!.norm)) return k;
    if (s.owner[k]! >= 0 || !s.tokens[k]!.word) return -1;
  }
  return -1;
}

/** Index past a short phrase such as "from Chinese labs" or "in six years" (a company may stand in it: "from Meta"), or `j`. */
function pastComplement(s: Sentence, j: number, clause: Clause): number {
  // The cue may end the clause: «كوين 3: مفتوح الأوزان».
  if (j >= clause.to || !COMPLEMENT_STARTS.has(s.tokens[j]!.norm)) return j;
  let k = j + 1;
  const end = Math.min(clause.to, k + COMPLEMENT_WORDS);
  const plain = (i: number) => s.tokens[i]!.word && !matchAt(s.book.heads, s.tokens, i);
  while (k < end && plain(k) && (s.owner[k]! < 0 || isCompanyLike(s.spans[s.owner[k]!]!))) k++;
  return k;
}

/**
 * Names after the cue's noun, set off by a comma or introduced by "such as":
 * "Meta's open-source model, Llama 4, …", "open-source models from China,
 * such as Qwen", «أحدث نموذج مفتوح المصدر من ميتا، لاما 4، …». An apposition
 * must close with a comma or the clause's end, or it is a new subject
 * ("… an open model, Qwen is not").
 */
function appositive(s: Sentence, j: number, clause: Clause): MentionSpan[] {
  let k = pastComplement(s, j, clause);
  const comma = k < clause.to && COMMAS.has(s.tokens[k]!.norm);
  // "open-source LLMs (e.g. Llama 3, Falcon-40B)": the mark of examples after the bracket or comma.
  if (comma) k = pastExampleMark(s, k + 1, clause);
  const among = opensWithAmong(s, clause);
  // Arabic puts the verb first: «ومن بين النماذج المفتوحة المصدر، يبقى لاما وجيما 2 الأكثر استخداماً».
  if (comma && among && k + 1 < clause.to && s.owner[k]! < 0 && s.tokens[k]!.word && isArabicWord(s.tokens[k]!)) k++;
  const intro = matchAt(s.book.heads, s.tokens, k);
  if (intro) k += intro.words.length;
  if ((k === j + 1 && !comma) || (!comma && !intro)) return [];
  const owner = k < clause.to ? s.owner[k]! : -1;
  // «…، وجيما»: a name with "and" written on it starts a new item, not an apposition; «…، كجيميني», "like", gives one.
  if (owner < 0 || (s.starts[owner]! > s.tokens[k]!.start && s.tokens[k]!.norm[0] !== 'ك')) return [];
  const list = [s.spans[owner]!, ...coordinated(s, s.spans[owner]!, clause)];
  const after = pastListEnd(s, list[list.length - 1]!.last + 1);
  // "Among the open-source options, Llama 3.3 and Gemma 2 remain …": after a fronted "among", the names are the subject.
  if (!intro && !among && after < clause.to && !COMMAS.has(s.tokens[after]!.norm) && !CLAUSE_ENDS.has(s.tokens[after]!.norm)) return [];
  return list.filter((t) => !namesSomethingElse(s, t));
}

/** Marks that end a clause: an apposition may run to one ("…from a proprietary model, GPT-5."). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([...DEFINITION_ENDS, ':', '\n']);

/** Words that close an open list: «(كوين 3 وجيما 4 وغيرهما)», "(Qwen, Gemma and others)". */
const LIST_ENDS: ReadonlySet<string> = new Set(['وغيرها', 'وغيرهما', 'وغيره', 'وسواها', 'etc']);

/** Index past the words that close an open list at `at`, or `at`. */
function pastListEnd(s: Sentence, at: number): number {
  const norm = s.tokens[at]?.norm;
  if (norm !== undefined && LIST_ENDS.has(norm)) return at + 1;
  return norm === 'and' && s.tokens[at + 1]?.norm === 'others' ? at + 2 : at;
}

/** A name right before an opening comma, or before its head noun: the subject of "X, built on Y, is …", "The X family, released by Y, is …". */
function subjectBeforeParenthetical(s: Sentence, comma: number, clause: Clause): MentionSpan | null {
  for (let p = comma - 1; p >= Math.max(clause.from + 1, comma - PARENTHETICAL_TOKENS); p--) {
    if (!COMMAS.has(s.tokens[p]!.norm)) continue;
    const before = nameBeforeComma(s, p, clause);
    if (before) return before;
    // "Google's model, Gemini 2.5 Pro, is proprietary": the parenthetical is the name itself.
    const inside = s.owner[p + 1]!;
    return inside >= 0 && s.spans[inside]!.last === comma - 1 ? s.spans[inside]! : null;
  }
  return null;
}

/** The name right before a comma, or before its head noun there, maybe with one word between: "Grok 4,", "The MiniMax-01 series,", "The Grok-1 base model,". */
function nameBeforeComma(s: Sentence, comma: number, clause: Clause): MentionSpan | null {
  const head = phraseEndingAt(s.book.heads, s.tokens, comma - 1, clause.from);
  const before = head > clause.from ? head - 1 : comma - 1;
  let owner = before >= clause.from ? s.owner[before]! : -1;
  if (owner < 0 && head > clause.from + 1 && s.tokens[before]!.word && s.tokens[before]!.norm !== "'s") owner = s.owner[before - 1]!;
  return owner >= 0 ? s.spans[owner]! : null;
}

/** "is, in short, fully open": the index of the copula before an aside that ends at `comma`, or -1. */
function asideAfterCopula(s: Sentence, comma: number, clause: Clause): number {
  for (let p = comma - 1; p >= Math.max(clause.from + 1, comma - ASIDE_TOKENS); p--) {
    if (!COMMAS.has(s.tokens[p]!.norm)) continue;
    return phraseEndingAt(s.book.copulas, s.tokens, p - 1, clause.from) >= 0 ? p - 1 : -1;
  }
  return -1;
}

/** Cue after the name, with any names listed before it. */
export function targetsBefore(s: Sentence, hit: CueHit, clause: Clause): MentionSpan[] {
  // «شات جي بي تي والنماذج المفتوحة»: a noun phrase with «و» and the article written on it is another item of a list,
  // no predicate of the name before it.
  if (/^وال/.test(s.tokens[hit.first]!.norm) && s.owner[hit.first - 1]! >= 0) return [];
  // "Chat with ChatGPT, Claude and the open-source DeepSeek-R1": an English cue right before a name is that name's
  // adjective, not a predicate of the names before it.
  // ("a closed Chromium-based browser" still describes the name before: "Chromium" there qualifies "based".)
  // A possessor is no such name: "available only through Mistral's API".
  const nameAfter = s.owner[hit.last + 1]!;
  const adjectiveOf = nameAfter >= 0 && !isPossessive(s, s.spans[nameAfter]!) && !namesSomethingElse(s, s.spans[nameAfter]!, -1, true);
  if (!isArabicWord(s.tokens[hit.first]!) && adjectiveOf) return [];
  const found = targetBefore(s, hit, clause) ?? antecedentOfSubject(s, hit);
  if (!found) return [];
  // An Arabic adjective in the singular right after a list's last name is that name's alone: «على جيميني 2.5 فلاش
  // وجيما 3 المفتوح المصدر»; the dual would name both («كلود وجيميني المغلقان»).
  if (hit.first === found.last + 1 && SINGULAR_ADJECTIVES.has(s.tokens[hit.first]!.norm)) return [found];
  return [found, ...coordinatedBefore(s, found, clause)];
}

/** The nearest name ending at or before token `j`, within the clause from `floor`. */
function nameBefore(s: Sentence, j: number, floor: number): MentionSpan | null {
  for (let k = j; k >= floor; k--) {
    if (s.owner[k]! < 0) continue;
    const span = s.spans[s.owner[k]!]!;
    // Past a maker named after its model: «نموذج علّام 7B من سدايا متاح على هاغينغ فيس».
    if (!(isCompanyLike(span) && MAKER_PREPOSITIONS.has(s.tokens[span.first - 1]?.norm ?? ''))) return span;
    k = span.first - 1;
  }
  return null;
}

/** The first words of Arabic cues in the masculine singular, with and without the article. */
const SINGULAR_ADJECTIVES: ReadonlySet<string> = new Set(['مفتوح', 'المفتوح', 'مغلق', 'المغلق', 'احتكاري', 'الاحتكاري']);

/** A symbol (a tick, a cross, a star) or half of an emoji's surrogate pair: a token that says nothing between words. */
const SYMBOL = /^(?:\p{So}|[\ud800-\udfff])$/u;

/** Cue after the name: predicates, appositives and Arabic attributive adjectives. */
function targetBefore(s: Sentence, hit: CueHit, clause: Clause): MentionSpan | null {
  const { tokens, book } = s;
  let sawCopula = false;
  let sawComma = false;
  // Where the copula nearest the cue starts, and whether a comma opens a participle: "X, released as open source, …".
  let copulaAt = -1;
  let participle = false;
  // A head noun passed over between the name and the cue ("rival", "model").
  let sawHead = false;
  let j = hit.first - 1;
  // "Gemma 4 ships with open weights": the copula "ships with" ends on the
  // cue's own first word ("with open weights").
  // A cue that starts with its own copula ("goes open source") has seen one too: "Fanar, Qatar's answer to
  // ChatGPT, goes open source" is said of the subject before the aside.
  const sharing = phraseEndingAt(book.copulas, tokens, hit.first, clause.from);
  if (sharing >= 0 && sharing <= hit.first && hit.last > hit.first) {
    sawCopula = true;
    copulaAt = sharing;
    j = sharing - 1;
  }
  let found: MentionSpan | null = null;
  while (j >= clause.from && found === null) {
    const owner = s.owner[j]!;
    if (owner >= 0) {
      const span = s.spans[owner]!;
      // "Meta's Llama is open" is said of Llama; "Llama's weights are open" of Llama's weights.
      // Its licence is the name's own: "Qwen3's license is Apache 2.0".
      const possessor =
        tokens[span.last + 1]?.norm === "'s" &&
        span.last + 1 <= hit.first - 1 &&
        !matchAt(book.weights, tokens, span.last + 2) &&
        !LICENCE_NOUNS.has(tokens[span.last + 2]?.norm ?? '');
      // «نموذج ميتا»: a company after a head noun owns the model, it is not the model.
      const genitive = isCompanyLike(span) && phraseEndingAt(book.heads, tokens, span.first - 1, clause.from) >= 0;
      const before = span.first > clause.from ? tokens[span.first - 1]!.norm : '';
      // A place only right after the model's own name: "which SDAIA published on Hugging Face as…" is read as before,
      // and so is "Gemma 4 is on Hugging Face, which is open source". A licence past the place is the release's, the
      // model named before it whatever verb stands between ("Gemma 4 is now live on Hugging Face under Apache 2.0").
      const named = nameBefore(s, span.first - 2, clause.from);
      const modelBefore = named !== null && !isCompanyLike(named) && (named.last === span.first - 2 || hit.cue.licence);
      const maker = isCompanyLike(span) && (MAKER_PREPOSITIONS.has(before) || (PLACE_PREPOSITIONS.has(before) && modelBefore));
      if (!possessor && !genitive && !maker) found = span;
      else if (maker && hit.cue.licence && PLACE_PREPOSITIONS.has(before)) found = named;
      j = maker ? span.first - 2 : span.first - 1;
      continue;
    }
    // A label: "Qwen3: open weights", «• ميسترال سمول 3.1: أوزان مفتوحة», a table's "Nova Pro ❌ closed" say of the
    // name what "is" would.
    const labelled = LABEL_MARKS.has(tokens[j]!.norm) || SYMBOL.test(tokens[j]!.norm) ? labelledAt(tokens, s.owner, j, clause.from) : -1;
    if (labelled >= 0) {
      if (!sawCopula) copulaAt = j;
      sawCopula = true;
      j = labelled;
      continue;
    }
    // A quoted name: the closing mark between it and the cue («نموذج "جيما 3" مفتوح الأوزان»); a table's tick or
    // cross ("MiniMax-M1 ✅ open weights").
    if (QUOTE_MARKS.has(tokens[j]!.norm) || SYMBOL.test(tokens[j]!.norm)) {
      j--;
      continue;
    }
    if (LICENCE_NOUNS.has(tokens[j]!.norm) && tokens[j - 1]?.norm === "'s" && j - 2 >= clause.from && s.owner[j - 2]! >= 0) {
      j--;
      continue;
    }
    if (tokens[j]!.norm === "'s") {
      // "Fanar, Qatar's open-source Arabic model", "the Hangzhou lab's open-source flagship": a possessor that is no
      // name is passed over with its "'s", and so is a capitalized word before it.
      const possessorWord = j - 1 >= clause.from && s.owner[j - 1]! < 0 && tokens[j - 1]!.word;
      j -= possessorWord ? 2 : 1;
      if (possessorWord && j >= clause.from && s.owner[j]! < 0 && tokens[j]!.word && /^[A-Z]/.test(s.text[tokens[j]!.start]!)) j--;
      continue;
    }
    if (COMMAS.has(tokens[j]!.norm)) {
      const aside = sawCopula ? -1 : asideAfterCopula(s, j, clause);
      if (aside >= 0) {
        j = aside;
        continue;
      }
      if (sawComma) return null;
      sawComma = true;
      // "The Falcon 180B model, open-sourced by TII, …", "The MiniMax-01 series, released as open source, …".
      participle = gluedTo(s, j + 1, sawCopula ? copulaAt : hit.first);
      const named = participle && !sawCopula ? nameBeforeComma(s, j, clause) : null;
      if (named && !isCompanyLike(named)) {
        found = named;
        break;
      }
      if (sawCopula && !matchAt(book.relatives, tokens, j + 1)) {
        found = subjectBeforeParenthetical(s, j, clause) ?? (participle ? nameBeforeComma(s, j, clause) : null);
        break;
      }
      // An Arabic predicate needs no copula: «فنار، المموَّل من المال العام، نموذج مفتوح الأوزان». The words before
      // the comma must be no name, or the commas part a list («جيما، كوين، نماذج مفتوحة»).
      if (sawHead && isArabicWord(tokens[hit.first]!) && s.owner[j - 1]! < 0 && !matchAt(book.relatives, tokens, j + 1)) {
        const subject = subjectBeforeParenthetical(s, j, clause);
        if (subject) {
          found = subject;
          break;
        }
      }
      j--;
      continue;
    }
    // The longer phrase wins: "billed as" is a hedge, not the copula "as".
    const copula = phraseEndingAt(book.copulas, tokens, j, clause.from);
    const other = firstOf(s, j, clause);
    const isCopula = copula >= 0 && (other < 0 || copula <= other);
    if (isCopula && !sawCopula) copulaAt = copula;
    if (isCopula) sawCopula = true;
    else if (other >= 0 && phraseEndingAt(book.heads, tokens, j, clause.from) === other) sawHead = true;
    const start = isCopula ? copula : other;
    if (start < 0) return null;
    j = start - 1;
  }
  // "Qwen 3 and Gemma 3 now rival closed ones": an English adjective before its noun, past a word that is
  // no copula ("rival" read as a verb), describes the object, not the name.
  if (found !== null && sawHead && !sawCopula && !sawComma && !isArabicWord(tokens[hit.first]!) && matchAt(book.heads, tokens, hit.last + 1)) return null;
  // "Claude is closed", "Anthropic keeps Claude closed"; "Llama was open-sourced" but not "Meta open-sourced PyTorch".
  // The verb stands before the first of a list: "Google has kept Imagen 4 and Veo 3 closed".
  const listFirst = found === null ? -1 : Math.min(found.first, ...coordinatedBefore(s, found, clause).map((t) => t.first));
  const objectComplement = found !== null && hit.cue.verbLike && phraseEndingAt(book.copulas, tokens, listFirst - 1, clause.from) >= 0;
  // The object of a relative clause, whatever the cue: "MobileCLIP2, which Apple open-sourced".
  const antecedent = found === null ? null : antecedentOfMaker(s, found);
  if (antecedent) return namesSomethingElse(s, antecedent) ? null : antecedent;
  const verb = (hit.cue.verbLike && !beforeHead(s, hit)) || hit.cue.transitive;
  if (found === null || (verb && !sawCopula && !objectComplement && !participle)) return null;
  return namesSomethingElse(s, found, hit.first) ? null : found;
}

/**
 * The relative pronoun ("which", «الذي») nearest before `to`, at or after
 * `from`, with no comma between it and `to`; -1 when there is none. A
 * pronoun's words after it are its own clause's.
 */
export function relativeBefore(s: Sentence, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (COMMAS.has(s.tokens[i]!.norm)) return -1;
    if (s.tokens[i]!.word && s.owner[i]! < 0 && matchAt(s.book.relatives, s.tokens, i)?.words.length === 1) return i;
  }
  return -1;
}

/** How far before a maker its relative pronoun may stand: "which Saudi Arabia's SDAIA published". */
const RELATIVE_REACH = 8;
/** How long an appositive between a name and its relative clause may be: "Ministral 3, the edge-focused models that". */
const APPOSITIVE_REACH = 6;

/**
 * "GLM-4.5, which Zhipu released under the MIT licence", "Grok-1, whose
 * weights xAI released under Apache 2.0", "MobileCLIP2, which Apple
 * open-sourced", «إرني 4.5، الذي جعلته بايدو مفتوح المصدر»: a maker inside a
 * relative clause released the name the clause hangs on, and the claim is
 * about that name. The relative pronoun stands before the maker with no
 * comma between; the name before the pronoun, over a comma and a short
 * appositive ("Ministral 3, the edge-focused models that Mistral released").
 */
function antecedentOfMaker(s: Sentence, maker: MentionSpan): MentionSpan | null {
  if (!isCompanyLike(maker)) return null;
  const { tokens } = s;
  const relative = relativeBefore(s, Math.max(0, maker.first - RELATIVE_REACH), maker.first);
  if (relative < 0) return null;
  let j = relative - 1;
  const low = Math.max(0, relative - APPOSITIVE_REACH);
  while (j >= low && s.owner[j]! < 0 && !COMMAS.has(tokens[j]!.norm)) j--;
  if (j >= 0 && COMMAS.has(tokens[j]!.norm)) j--;
  const owner = j >= 0 ? s.owner[j]! : -1;
  if (owner < 0) return null;
  const antecedent = s.spans[owner]!;
  return isCompanyLike(antecedent) ? null : antecedent;
}

/** A relative clause's subject that names no one: "which the company open-sourced", "that it released under MIT". */
const PLAIN_SUBJECTS: ReadonlySet<string> = new Set([
  'the', 'company', 'firm', 'lab', 'startup', 'start-up', 'developer', 'developers', 'team', 'maker', 'group', 'it', 'they',
  'chinese', 'french', 'american', 'also', 'later', 'quietly', 'since', 'then', 'finally',
  // «الذي طرحته الشركة الصينية برخصة MIT», «التي أطلقتها الشركة بترخيص أباتشي 2.0» (as tokens are folded)
  'الشركه', 'المختبر', 'الصينيه', 'الامريكيه', 'الفرنسيه', 'الناشئه', 'لاحقا', 'ايضا',
  'طرحته', 'طرحتها', 'اطلقته', 'اطلقتها', 'نشرته', 'نشرتها', 'اصدرته', 'اصدرتها', 'اتاحته', 'اتاحتها',
]);

/**
 * "Snowflake Arctic, which the company open-sourced under Apache 2.0": a
 * verb cue whose relative clause has a plain subject is said of the name the
 * clause hangs on, as with a maker named (see `antecedentOfMaker`).
 */
function antecedentOfSubject(s: Sentence, hit: CueHit): MentionSpan | null {
  // A verb: "open-sourced", "released under MIT" (not "which the open-source community loves").
  const last = hit.cue.words[hit.cue.words.length - 1]!;
  if (!hit.cue.verbLike && !hit.cue.licence && !last.endsWith('ed')) return null;
  let j = hit.first - 1;
  while (j >= 0 && s.owner[j]! < 0 && PLAIN_SUBJECTS.has(s.tokens[j]!.norm)) j--;
  if (j < 1 || j === hit.first - 1 || s.owner[j]! >= 0 || matchAt(s.book.relatives, s.tokens, j)?.words.length !== 1) return null;
  if (!COMMAS.has(s.tokens[j - 1]!.norm)) return null;
  const owner = j >= 2 ? s.owner[j - 2]! : -1;
  if (owner < 0) return null;
  const antecedent = s.spans[owner]!;
  return isCompanyLike(antecedent) || namesSomethingElse(s, antecedent) ? null : antecedent;
}

/** Start of the glue, head, weights, negation or hedge phrase ending at `j`, a number's own index, or -1. */
function firstOf(s: Sentence, j: number, clause: Clause): number {
  if (isNumber(s.tokens[j])) return j;
  for (const table of [s.book.glue, s.book.heads, s.book.weights, s.book.negations, s.book.hedges, s.book.relatives]) {
    const start = phraseEndingAt(table, s.tokens, j, clause.from);
    if (start >= 0) return start;
  }
  // «نموذج الصور الاحتكاري», «نموذج تحرير الصور الاحتكاري»: a head noun with the words it governs, before an Arabic adjective.
  for (let k = j; k >= Math.max(clause.from + 1, j - 1); k--) {
    if (!s.tokens[k]!.word || s.owner[k]! >= 0 || !isArabicWord(s.tokens[k]!)) break;
    const head = phraseEndingAt(s.book.heads, s.tokens, k - 1, clause.from);
    if (head >= 0) return head;
  }
  return -1;
}

function isArabicWord(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/** "OpenAI's closed video model", "a closed Chromium-based browser": a verb-like cue before a head noun is an adjective. */
function beforeHead(s: Sentence, hit: CueHit): boolean {
  for (let i = hit.last + 1; i <= hit.last + HEAD_AFTER_CUE && i < s.tokens.length; i++) if (matchAt(s.book.heads, s.tokens, i)) return true;
  return false;
}

/** Whether only glue words ("both", «وكلاهما» aside) stand in [from, to): "Falcon 180B and Falcon-40B, both released as …". */
function gluedTo(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    // "X, and open-sourced Y" and "X, which …" start something else, and "X, the open-source Y" a noun phrase.
    const norm = s.tokens[i]!.norm;
    const glue = COORDINATORS.has(norm) || DETERMINERS.has(norm) || matchAt(s.book.relatives, s.tokens, i) ? null : matchAt(s.book.glue, s.tokens, i);
    if (!glue) return false;
    i += glue.words.length;
  }
  return from <= to;
}
