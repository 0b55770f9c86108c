/**
 * The open-washing check: for each mention the scanner found, the openness
 * claim the page's own words make about it in the same clause, if any, and
 * that claim against the record.
 *
 *   detectClaims(text, scanText(index, text), lookup)
 *
 * returns one PageClaim per mention, in mention order.
 */
import { aliasKey } from '../match/alias-index';
import type { Mention } from '../match/types';
import { cueModifiesOtherNoun, isCompanyLike, listAfterColon, saidOfWeights, targetsAfter, targetsBefore, type CueHit, type MentionSpan, type Sentence } from './attach';
import { QUESTIONS, isCorrectionPronoun, splitClauses, type Clause } from './clauses';
import type { CueBook } from './cue-book';
import { firstWordOf, qualifierOf, quoted } from './qualify';
import { shippedCueBook } from './shipped-cues';
import { COMMAS, matchAt, tokenize, wordSet, type Token } from './tokens';
import type { PageClaim, Qualifier, RecordLookup } from './types';
import { judgedAgainst, verdictOf, versionIn } from './verdict';

interface Attachment {
  hit: CueHit;
  qualifier: Qualifier | null;
  /** Tokens between the name and the cue: the nearer cue wins. */
  distance: number;
  /** The pronoun that stands for the name, where the claim reaches it through one ("…، فهو مفتوح المصدر"). */
  pronoun?: number;
}

const LATIN_CAPITAL = /^[A-Z]/;
/** Words after which a name's tail is closed: a comma, a copula or "and" follows it. */
const TAIL_CLOSERS = new Set([',', '،', 'and', 'or']);
/** At most this many words of a name the knowledge base does not list: "Gemini 2.5 Flash Lite". */
const TAIL_WORDS = 2;

function isCueBookWord(book: CueBook, tokens: Token[], i: number): boolean {
  const tables = [book.cues, book.glue, book.copulas, book.heads, book.foreignHeads, book.negations, book.hedges, book.attributions, book.relatives];
  return tables.some((t) => matchAt(t, tokens, i) !== null);
}

/** A capitalized word ("Scout"), one joined by a hyphen ("Phi-4-mini") or a version code ("K2") after a name may be part of it. */
function mayContinueName(text: string, tokens: Token[], i: number, book: CueBook): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const joined = t.start === prev.end + 1 && text[prev.end] === '-';
  return t.word && !isCueBookWord(book, tokens, i) && (LATIN_CAPITAL.test(text[t.start]!) || joined || /[0-9]/.test(t.norm));
}

/** A size ("8B", "70b", "1.5B"): part of the name it follows, as a known tier word is. */
const SIZE = /^[0-9]+(?:\.[0-9]+)?[bm]$/;

/** A known tier word or a size: «لاما 3.1 8B المفتوح المصدر». */
function isTierWord(tokens: Token[], i: number, book: CueBook): boolean {
  return SIZE.test(tokens[i]!.norm) || matchAt(book.tails, tokens, i) !== null;
}

/**
 * The last token of a name with its unlisted tail: "Llama 4 Scout, an open-weight
 * model", "Phi-4-mini and Phi-4-multimodal are …". The tail counts only when a comma,
 * a copula, "and" or a licence closes it, so "Gemma Beats Open-Source Rivals" keeps its verb.
 */
function nameEnd(text: string, tokens: Token[], owner: Int32Array, last: number, book: CueBook): number {
  // A known Arabic tier word needs nothing to close it: «جيميني 2.5 برو المغلق».
  let tiers = last;
  while (tiers - last < TAIL_WORDS && tiers + 1 < tokens.length && owner[tiers + 1] === -1 && isTierWord(tokens, tiers + 1, book)) tiers++;
  if (tiers > last) return tiers;
  let end = last;
  while (end - last < TAIL_WORDS && end + 1 < tokens.length && owner[end + 1] === -1 && mayContinueName(text, tokens, end + 1, book)) end++;
  // Known tier words may follow the unlisted ones: "ALLaM-7B-Instruct-preview".
  while (end > last && end - last < TAIL_WORDS + 2 && end + 1 < tokens.length && owner[end + 1] === -1 && matchAt(book.tails, tokens, end + 1)) end++;
  // A tail that ends in a known tier word is the name's whatever follows: «كيمي K2 Thinking مفتوح المصدر».
  if (end > last && matchAt(book.tails, tokens, end)) return end;
  for (let e = end; e > last; e--) {
    const next = tokens[e + 1];
    if (next === undefined || TAIL_CLOSERS.has(next.norm) || matchAt(book.copulas, tokens, e + 1)) return e;
    // «وكوين 2.5»: the next name with its conjunction written on it closes the tail too.
    if (owner[e + 1]! >= 0 && next.norm.startsWith('و')) return e;
    // "Meta released Llama 4 Scout under the MIT licence": a licence the tail comes under closes it too.
    if (matchAt(book.cues, tokens, e + 1)?.licence) return e;
  }
  return last;
}

function spansOf(text: string, tokens: Token[], mentions: Mention[], lookup: RecordLookup, book: CueBook): { spans: MentionSpan[]; owner: Int32Array } {
  const owner = new Int32Array(tokens.length).fill(-1);
  const spans = mentions.map((m, index) => {
    let first = tokens.findIndex((t) => t.end > m.start);
    if (first < 0) first = tokens.length;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    for (let i = first; i <= last && i < tokens.length; i++) if (owner[i] === -1) owner[i] = index;
    const kind = lookup(m.entity)?.kind;
    return kind ? { first, last, kind } : { first, last };
  });
  spans.forEach((span, index) => {
    if (span.last >= tokens.length || owner[span.last] !== index) return;
    const end = nameEnd(text, tokens, owner, span.last, book);
    owner.fill(index, span.last + 1, end + 1);
    span.last = end;
  });
  return { spans, owner };
}

/** Arabic verbs that take their subject between themselves and their object: «فتحت تينسنت مصدر هونيوان». */
const SPLIT_VERBS: ReadonlySet<string> = new Set(['فتحت', 'فتح', 'تفتح', 'يفتح']);

/**
 * «فتحت تينسنت مصدر هونيوان لارج»: a verb and its object with the company
 * that acts between them (maybe after «شركة»), read as the one cue «فتحت
 * مصدر». The company is the subject, so the name after the object is what
 * was opened. Null when the words at `i` are not such a phrase.
 */
function splitCueAt(s: Sentence, i: number): CueHit | null {
  const { tokens, owner, spans } = s;
  if (!SPLIT_VERBS.has(tokens[i]!.norm) || owner[i]! >= 0) return null;
  let k = i + 1;
  if (tokens[k]?.norm === 'شركه') k++; // «شركة», as tokens are folded
  const subject = owner[k] ?? -1;
  if (subject < 0 || !isCompanyLike(spans[subject]!)) return null;
  const object = spans[subject]!.last + 1;
  const cue = matchAt(s.book.cues, [tokens[i]!, ...tokens.slice(object, object + 1)], 0);
  return cue && cue.words.length === 2 && owner[object] === -1 ? { first: i, last: object, cue } : null;
}

/** Words before "only through … API" that belong to the cue: "available only through Mistral's API". */
const API_OFFERS: ReadonlySet<string> = new Set(['available', 'accessible', 'offered', 'sold', 'served']);
/** How many words may stand between "only through" and "API": "the Bedrock", "Mistral's". */
const API_OWNER_WORDS = 3;
/** The book's own API-only cue, which "only through … API" claims, by book. */
const apiOnly = new WeakMap<CueBook, CueHit['cue'] | null>();

/**
 * "only through Mistral's API", "only via the Bedrock API": an API-only claim with the API's owner named. Where a
 * name stands among those words, the cue stops before it: the claim is the model's, not its maker's.
 */
function onlyThroughApi(s: Sentence, i: number): CueHit | null {
  const { tokens } = s;
  if (tokens[i]!.norm !== 'only' || (tokens[i + 1]?.norm !== 'through' && tokens[i + 1]?.norm !== 'via')) return null;
  for (let k = i + 2; k <= i + 2 + API_OWNER_WORDS && k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (norm === 'api' || norm === 'apis') {
      if (!apiOnly.has(s.book)) apiOnly.set(s.book, matchAt(s.book.cues, tokenize('API only'), 0));
      const cue = apiOnly.get(s.book);
      const named = s.owner.subarray(i + 2, k + 1).some((o) => o >= 0);
      // "available only through …" is one cue, as the book's own phrases have it.
      const first = API_OFFERS.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
      return cue ? { first, last: named ? i + 1 : k, cue } : null;
    }
    if (!tokens[k]!.word && norm !== "'s") return null;
  }
  return null;
}

/** Cue words outside mentions (the OSI's own name holds "open source") and outside false friends. */
function findCues(s: Sentence): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    if (s.owner[i]! >= 0) {
      i++;
      continue;
    }
    const friend = matchAt(s.book.falseFriends, s.tokens, i);
    if (friend) {
      i += friend.words.length;
      continue;
    }
    const split = splitCueAt(s, i) ?? onlyThroughApi(s, i);
    if (split) {
      hits.push(split);
      i = split.last + 1;
      continue;
    }
    const cue = matchAt(s.book.cues, s.tokens, i);
    const later = cue ? longerCueInside(s, i, i + cue.words.length - 1) : -1;
    if (later >= 0) {
      i = later;
      continue;
    }
    const last = cue ? i + cue.words.length - 1 : i;
    if (cue && !s.owner.subarray(i, last + 1).some((o) => o >= 0)) hits.push({ first: i, last, cue });
    i = last + 1;
  }
  return hits;
}

/**
 * «نموذج مفتوح الأوزان»: where a cue that starts inside this one runs past
 * its end ("open model" against "open weights"), the longer reading wins.
 * Its index, or -1.
 */
function longerCueInside(s: Sentence, first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const other = matchAt(s.book.cues, s.tokens, k);
    if (other && k + other.words.length - 1 > last) return k;
  }
  return -1;
}

/** «فمفتوح المصدر»: the cue's offsets leave out the conjunction written on it. */
function procliticLength(token: Token, firstWord: string): number {
  return token.norm.length > firstWord.length && token.norm.endsWith(firstWord) ? 1 : 0;
}

function clauseIndex(clauses: Clause[], tokenCount: number): Int32Array {
  const out = new Int32Array(tokenCount);
  clauses.forEach((c, k) => out.fill(k, c.from, c.to));
  return out;
}

function attachAll(s: Sentence, clauses: Clause[]): Map<MentionSpan, Attachment[]> {
  const byClause = clauseIndex(clauses, s.tokens.length);
  const found = new Map<MentionSpan, Attachment[]>();
  /**
   * Per clause, the names a cue was denied of: «ليس مفتوح المصدر، بل مفتوح الأوزان» says what it is instead, of
   * every name that cue denied ("Neither Llama 4 Scout nor Gemma 3 is open source, but both are open-weight").
   */
  const denied = new Map<number, { hit: CueHit; spans: MentionSpan[] }>();
  const attach = (span: MentionSpan, attachment: Attachment) => {
    const list = found.get(span) ?? [];
    list.push(attachment);
    found.set(span, list);
  };
  for (const hit of findCues(s)) {
    if (cueModifiesOtherNoun(s, hit)) continue;
    const k = byClause[hit.first]!;
    const clause = clauses[k]!;
    let targets = [...targetsAfter(s, hit, clause), ...targetsBefore(s, hit, clause)];
    const listed = targets.length === 0;
    if (listed) targets = listAfterColon(s, hit, clause, clauses[k + 1]);
    // A list after a label is qualified by the label's words, not by a definition between the colon and the list
    // («النموذج المغلق: نموذج لا يتاح إلا عبر تطبيق، ومن أمثلته دال-إي 3»).
    const colon = { first: clause.to - 1, last: clause.to - 1 };
    for (const span of targets) {
      if (hit.cue.ofWeights && !saidOfWeights(s, span, hit)) continue;
      const distance = span.first > hit.last ? span.first - hit.last : hit.first - span.last;
      const qualifier = qualifierOf(s, listed ? colon : span, hit, clause);
      if (qualifier === 'negated') {
        const earlier = denied.get(k);
        if (!earlier) denied.set(k, { hit, spans: [span] });
        else if (earlier.hit === hit) earlier.spans.push(span);
      }
      attach(span, { hit, qualifier, distance });
    }
    const corrected = targets.length === 0 && k > 0 ? denied.get(k - 1)?.spans : undefined;
    if (corrected && correctionLeadsTo(s, clause, hit)) for (const span of corrected) attach(span, { hit, qualifier: null, distance: hit.first - span.last });
    else if (targets.length === 0) {
      const subject = pronounSubjectOf(s, clauses, k, hit);
      // Quoted words stay the speaker's through a pronoun: «"اخترنا ميسترال سمول 3 لأنه مفتوح المصدر"، قالت». (Negations
      // and hedges were read between the pronoun and its cue; after a quotation closes, the writer speaks again:
      // «وأوضحت تينسنت أن هونيوان 7B "متاح للمجتمع"، وهو في الواقع مفتوح الأوزان».)
      const said = subject?.within && quoted(s.tokens, subject.at, hit.last + 1);
      const qualifier = said ? 'attributed' : null;
      if (subject) attach(subject.referent, { hit, qualifier, distance: hit.first - subject.referent.last, pronoun: subject.at });
    }
  }
  for (const span of s.spans) {
    const source = found.has(span) ? undefined : alsoSaidOf(s, span, found);
    if (source) attach(span, { hit: source.hit, qualifier: null, distance: span.first - source.hit.last });
  }
  return found;
}

/** "and so is", "as is", «وكذلك»: what leads a name that takes the claim said just before it. */
const ALSO_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did']);
const ALSO_LEADS: ReadonlySet<string> = new Set(['so', 'as']);
const ALSO_WORDS: ReadonlySet<string> = new Set(['وكذلك', 'كذلك', 'وكذا', 'ومثله', 'ومثلها']);

/**
 * "Falcon 3 is open source, and so is Falcon 180B", «…، وكذلك فالكون 180B»: a name after "so is", "as is" or
 * «وكذلك» with no claim of its own takes the plain claim of the nearest name before it.
 */
function alsoSaidOf(s: Sentence, span: MentionSpan, found: Map<MentionSpan, Attachment[]>): Attachment | undefined {
  const before = s.tokens[span.first - 1]?.norm ?? '';
  const lead = ALSO_WORDS.has(before) ? span.first - 1 : ALSO_COPULAS.has(before) && ALSO_LEADS.has(s.tokens[span.first - 2]?.norm ?? '') ? span.first - 2 : -1;
  if (lead < 0) return undefined;
  let source: Attachment | undefined;
  let from = 0;
  for (const other of s.spans) {
    if (other.last >= lead) break;
    const plain = found.get(other)?.find((a) => a.qualifier === null);
    if (plain) [source, from] = [plain, other.last];
  }
  // Only within its sentence: "R1 is MIT-licensed. So is Qwen3." is two.
  for (let i = from; source && i < lead; i++) if (SENTENCE_ENDS.has(s.tokens[i]!.norm)) return undefined;
  return source;
}

/** A pronoun subject (its token) and the name it stands for. */
interface PronounSubject {
  referent: MentionSpan;
  at: number;
  /** Found inside its clause, after a comma, "and", "because" or "but", rather than opening a clause of its own. */
  within?: boolean;
}

/** How far after a clause's pronoun its cue may stand: "it has been open source", «هو الآن مفتوح المصدر», "it is the only fully open model". */
const PRONOUN_REACH = 6;
/** How many clauses back a pronoun's model may be named. */
const PRONOUN_CLAUSES = 2;

/**
 * "Falcon-40B no longer carries royalties; it has been open source since May 2023": a clause that opens with "it"
 * or «هو/هي» and names nothing says its cue of the one model the clause before names. Only a plain statement: a
 * negation, a hedge or a modal between the pronoun and the cue leaves it alone, as two models before it do.
 */
function pronounSubjectOf(s: Sentence, clauses: readonly Clause[], k: number, hit: CueHit): PronounSubject | null {
  const at = pastOpener(s, firstWordOf(s, clauses[k]!));
  if (!SUBJECT_PRONOUNS.has(s.tokens[at]!.norm)) return pronounAfterCommaOf(s, hit);
  if (hit.first - at > PRONOUN_REACH || !plainBetween(s, at, hit.first)) return null;
  // The nearest clause before that names a model: "Claim: Devstral 2 is open source. Verdict: Half true; it is open-weight".
  for (let b = k - 1; b >= Math.max(0, k - 1 - PRONOUN_CLAUSES); b--) {
    const { from, to } = clauses[b]!;
    const models = s.spans.filter((t) => t.first >= from && t.last < to && !isCompanyLike(t));
    if (models.length > 0) return models.length === 1 ? { referent: models[0]!, at } : null;
  }
  return null;
}

/** Words that may open a clause before its pronoun: "…; in practice it is available only through…", «وفي الواقع هو…». */
const OPENERS: readonly (readonly string[])[] = [
  ['in', 'practice'], ['in', 'fact'], ['in', 'reality'], ['actually'], ['today'], ['now'], ['still'],
  ['في', 'الواقع'], ['وفي', 'الواقع'], ['في', 'الحقيقة'], ['وفي', 'الحقيقة'], ['فعليا'], ['عمليا'], ['حاليا'], ['اليوم'], ['الان'],
].map((words) => words.map((w) => aliasKey(w)));

/** Index past an opener at `at` (and the comma after it), or `at`. */
function pastOpener(s: Sentence, at: number): number {
  for (const words of OPENERS) {
    if (!words.every((w, i) => s.tokens[at + i]?.norm === w)) continue;
    const next = at + words.length;
    return COMMAS.has(s.tokens[next]?.norm ?? '') ? next + 1 : next;
  }
  return at;
}

/** No name, negation, hedge or modal from `from` up to `to`: the pronoun's statement is plain. */
function plainBetween(s: Sentence, from: number, to: number): boolean {
  const qualifying = [s.book.negations, s.book.hedges, s.book.modals];
  for (let i = from; i < to; i++) {
    if (s.owner[i]! >= 0) return false;
    for (const table of qualifying) if (matchAt(table, s.tokens, i)) return false;
  }
  return true;
}

/**
 * A pronoun after a comma, "and", "because" or "but", within its clause: «إرني 4.5 مجاني لأنه مفتوح المصدر», "ERNIE
 * 4.5 is free because it is open source", «…، فهو مفتوح المصدر بالكامل». It speaks of the model its sentence names
 * before it, where the sentence names only one.
 */
function pronounAfterCommaOf(s: Sentence, hit: CueHit): PronounSubject | null {
  for (let at = hit.first - 1; at >= Math.max(1, hit.first - PRONOUN_REACH); at--) {
    const norm = s.tokens[at]!.norm;
    const before = s.tokens[at - 1]!.norm;
    const led =
      BECAUSE_PRONOUNS.has(norm) || (SUBJECT_PRONOUNS.has(norm) && PRONOUN_LEADS.has(before)) || (THAT_PRONOUNS.has(norm) && CONCESSIVES.has(before));
    if (!led) continue;
    if (!plainBetween(s, at, hit.first)) return null;
    const start = sentenceStart(s, at);
    const models = s.spans.filter((t) => t.first >= start && t.last < at && !isCompanyLike(t));
    if (models.length !== 1 || ofAnotherNoun(s, models[0]!)) return null;
    return { referent: models[0]!, at, within: true };
  }
  return null;
}

/**
 * A model named as what another noun is made of or from: "our fine-tune of Llama 3, which…", «نسختنا المعدّلة من
 * ميسترال سمول 3.1، وهي مفتوحة المصدر». A pronoun after it is that noun's.
 */
function ofAnotherNoun(s: Sentence, model: MentionSpan): boolean {
  const before = s.tokens[model.first - 1];
  const noun = s.tokens[model.first - 2];
  return before !== undefined && OF.has(before.norm) && noun !== undefined && noun.word && s.owner[model.first - 2]! < 0;
}

const OF = wordSet(['of', 'من']);

/**
 * Where the sentence holding token `at` starts, a question it answers included ("Is gpt-oss closed? No, it's
 * open-weight"): a text of many sentences names many models before a pronoun, and only its own sentence's count.
 */
function sentenceStart(s: Sentence, at: number): number {
  let i = at;
  while (i > 0 && !STATEMENT_ENDS.has(s.tokens[i - 1]!.norm)) i--;
  return i;
}

const STATEMENT_ENDS: ReadonlySet<string> = new Set(['.', '!', ';', '؛', '\n']);

/** What a pronoun subject may follow inside a clause: a comma, a dash, "and", "because", "since", "but", «لأن». */
const PRONOUN_LEADS: ReadonlySet<string> = new Set([',', '،', '\u2014', '\u2013', 'and', 'because', 'since', 'but', 'although', 'though', 'لان', 'اذ']);
/** «رغم أنه مغلق», "although it is closed": «أنه» after a word of concession. */
const THAT_PRONOUNS: ReadonlySet<string> = new Set(['انه', 'انها']);
const CONCESSIVES: ReadonlySet<string> = new Set(['رغم', 'برغم', 'ورغم', 'مع']);
/** «لأنه», «لأنها»: "because it", in one word. */
const BECAUSE_PRONOUNS: ReadonlySet<string> = new Set(['لانه', 'لانها']);

/**
 * Pronouns a clause's subject may be: "it", «هو», «هي», with «و», «ف» or «لكن» too; «إنه» answering a question
 * («لا، إنه مفتوح الأوزان»), and the dialects' «راه» and «ده» («لا، راه مغلق», «ده مقفول خالص»).
 */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'هو', 'هي', 'وهو', 'وهي', 'فهو', 'فهي', 'لكنه', 'لكنها', 'انه', 'انها', 'راه', 'راهو', 'راهي', 'ده', 'دي']);

/** Words a correction may lead with: "but", «بل», "rather", and "it is", "only" before the cue. */
const CORRECTIONS: ReadonlySet<string> = new Set(['but', 'rather', 'instead', 'بل', 'وانما', 'انما', 'لكن', 'ولكن', 'لكنه', 'لكنها']);
const CORRECTION_FILLERS: ReadonlySet<string> = new Set(['it', 'they', 'its', "'s", "'re", 'both', 'هو', 'هي', 'كلاهما', 'كليهما', 'just', 'merely', 'simply', 'فقط', 'مجرد']);

/**
 * The clause corrects a denial before it ("Qwen is not open source, but open-weight",
 * «كوين ليس مفتوح المصدر، بل مفتوح الأوزان فقط»): it opens with "but" or «بل» and the cue
 * follows with no name of its own, past at most a pronoun, a copula, a head noun or "only".
 */
function correctionLeadsTo(s: Sentence, clause: Clause, hit: CueHit): boolean {
  const opener = s.tokens[clause.from]!.norm;
  // A pronoun after a denial says what the name is instead, with no "but": "Kimi K2 isn't open source — it's
  // open-weight", «ماجيسترال سمول مش مفتوح المصدر، هو مفتوح الأوزان بس».
  if (!CORRECTIONS.has(opener) && !isCorrectionPronoun(opener)) return false;
  for (let i = clause.from + 1; i < hit.first; i++) {
    const t = s.tokens[i]!;
    if (COMMAS.has(t.norm) || CORRECTION_FILLERS.has(t.norm)) continue;
    // …and the cue's own noun: «بل هو نموذج مفتوح الأوزان».
    const copula = matchAt(s.book.copulas, s.tokens, i) ?? matchAt(s.book.glue, s.tokens, i) ?? matchAt(s.book.heads, s.tokens, i);
    if (!copula) return false;
    i += copula.words.length - 1;
  }
  return true;
}

/** A four-digit update code right after a name: "DeepSeek-V3-0324", "Qwen3-235B-A22B-2507". */
const UPDATE_AFTER = /^-(\d{4})(?!\d|\.\d)/;

/** A version code right after a name that does not hold one: «كيمي K2», "Kimi K2". */
const CODE_AFTER = /^[ \u00a0-]?([a-z]?\d[\d.]*[a-z]?)\b/i;

/** The name as it names a release: the mention, with the version code written right after it when it holds none. */
export function namedRelease(text: string, m: Mention): string {
  // An update's date code the name stops short of: "DeepSeek-V3-0324".
  const update = UPDATE_AFTER.exec(text.slice(m.end, m.end + 6))?.[1];
  if (update) return `${m.text}-${update}`;
  if (versionIn(m.text) !== null) return m.text;
  const code = CODE_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
  if (code) return `${m.text} ${code}`;
  // A release named by a tier joined to the name: "Hunyuan-Large".
  const tier = TIER_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
  return tier ? `${m.text}-${tier}` : m.text;
}

/** A capitalized word a hyphen joins to a name: "Hunyuan-Large". */
const TIER_AFTER = /^-([A-Z][a-z]+)\b/;

/** The page's own claim first, then one that names the openness rather than a licence, then the nearest cue. */
function best(list: Attachment[] | undefined): Attachment | undefined {
  return list
    ?.slice()
    .sort((a, b) => Number(a.qualifier !== null) - Number(b.qualifier !== null) || Number(a.hit.cue.licence) - Number(b.hit.cue.licence) || a.distance - b.distance)[0];
}

/** An Arabic word that may be a name: no article, no «لل», no feminine or pronoun ending. */
const ARABIC_SPEAKER = /^(?!ال|لل)[\u0621-\u064a]{3,}(?<![هة])$/;
/**
 * Is the token such a word? A name that starts with «أل» («ألتمان», Altman) folds to «ال» but carries no article: the
 * article is never written with a hamza.
 */
function arabicSpeaker(s: Sentence, t: Token, family = false): boolean {
  const norm = s.text.charCodeAt(t.start) === 0x623 ? 'ا' + t.norm.slice(2) : t.norm;
  return ARABIC_SPEAKER.test(family && norm.startsWith('ال') ? norm.slice(2) : norm);
}

/** Words a speaker before a colon may take: a name, or a first name and a surname. */
const SPEAKER_WORDS = 2;

/** Tokens that end a sentence: a speaker's words run to the next one. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([...STATEMENT_ENDS, ...QUESTIONS, '\u2026']);

/**
 * Speakers' words: for each sentence that opens with a speaker and a colon
 * («ماسك: غروك 2 صار مفتوح المصدر»), the tokens from the colon to the
 * sentence's end, as [colon, end) pairs. A speaker is a word or two in Arabic
 * script that name no entity and label nothing («الترخيص:», «تنبيه:»). In
 * English a label looks like a surname ("Benchmarks:", "Ask HN:"), so only
 * Arabic is read: there a label is a noun with the article, «لل» or a
 * feminine ending, and a speaker a foreign surname written without them.
 */
function speakersWords(s: Sentence): [number, number][] {
  const { tokens } = s;
  const out: [number, number][] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (at > 0 && !SENTENCE_ENDS.has(tokens[at - 1]!.norm)) continue;
    const colon = speakerColonAt(s, pastTimestamp(tokens, at));
    if (colon < 0) continue;
    let end = colon + 1;
    while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]!.norm)) end++;
    out.push([colon, end]);
    at = end;
  }
  return out;
}

/** Past a transcript's time in brackets at `at` ("[00:02:40] ريم: …"), or `at`. */
function pastTimestamp(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== '[' && tokens[at]?.norm !== '(') return at;
  const close = tokens[at]!.norm === '[' ? ']' : ')';
  for (let i = at + 1; i < Math.min(tokens.length, at + TIMESTAMP_TOKENS); i++) {
    const norm = tokens[i]!.norm;
    if (norm === close) return i > at + 1 ? i + 1 : at;
    if (norm !== ':' && !/^\d+$/.test(norm)) return at;
  }
  return at;
}

/** The most tokens a bracketed time holds: "[", "01", ":", "02", ":", "40", "]". */
const TIMESTAMP_TOKENS = 8;

/** Labels a fact-check puts before the claim it checks. */
const CLAIM_LABELS = wordSet(['claim', 'rumour', 'rumor', 'myth', 'الادعاء', 'ادعاء', 'الشائعة', 'شائعة', 'خرافة', 'الخرافة']);

/** The colon after a speaker whose sentence starts at `at`, or -1. */
function speakerColonAt(s: Sentence, at: number): number {
  const { tokens } = s;
  // A fact-check quotes the claim it checks: "Claim: Llama 4 is open source. Verdict: False."
  if (CLAIM_LABELS.has(tokens[at]!.norm) && tokens[at + 1]?.norm === ':') return at + 1;
  // An Arabic headline's company speaks for itself: «إنفيديا: عائلة نيموترون مفتوحة بالكامل» (in English, "Meta: Llama 4
  // is open source" reads as the writer's label, as a surname before a colon does).
  const owner = s.owner[at]!;
  const company = owner >= 0 ? s.spans[owner]! : null;
  if (company && isCompanyLike(company) && ARABIC_SPEAKER.test(tokens[at]!.norm) && tokens[company.last + 1]?.norm === ':') return company.last + 1;
  for (let k = 1; k <= SPEAKER_WORDS && at + k < tokens.length; k++) {
    if (tokens[at + k]!.norm !== ':') continue;
    // A family name may take the article after a first name: «رامي الخطيب: …».
    for (let i = at; i < at + k; i++) if (!tokens[i]!.word || s.owner[i]! >= 0 || !arabicSpeaker(s, tokens[i]!, i > at)) return -1;
    return matchAt(s.book.labels, tokens, at) ? -1 : at + k;
  }
  return -1;
}

export function detectClaims(text: string, mentions: Mention[], lookup: RecordLookup, book: CueBook = shippedCueBook()): PageClaim[] {
  const tokens = tokenize(text);
  const { spans, owner } = spansOf(text, tokens, mentions, lookup, book);
  const s: Sentence = { text, tokens, book, spans, owner, starts: mentions.map((m) => m.start) };
  const attached = attachAll(s, splitClauses(tokens, book, owner));
  const speakers = speakersWords(s);
  return mentions.map((m, k) => {
    const pick = best(attached.get(spans[k]!));
    const base = { entity: m.entity, start: m.start, end: m.end };
    if (!pick) return { ...base, claim: null, verdict: null, cue: null, cueStart: null, cueEnd: null };
    const cueStart = tokens[pick.hit.first]!.start + procliticLength(tokens[pick.hit.first]!, pick.hit.cue.words[0]!);
    const cueEnd = tokens[pick.hit.last]!.end;
    const cue = { cue: text.slice(cueStart, cueEnd), cueStart, cueEnd };
    const said = speakers.some(([colon, end]) => pick.hit.first > colon && pick.hit.first < end);
    const qualifier = pick.qualifier ?? (said ? 'attributed' : null);
    if (qualifier) return { ...base, claim: null, verdict: null, ...cue, qualifier };
    // Weights called open source are weights under an open licence: an open-weights claim.
    // Read from the pronoun where one stands for the name: «نشر أوزانه، فهو مفتوح المصدر» calls the model open.
    const subject = pick.pronoun === undefined ? spans[k]! : { first: pick.pronoun, last: pick.pronoun };
    const claim = pick.hit.cue.claim === 'open' && saidOfWeights(s, subject, pick.hit) ? 'open-weights' : pick.hit.cue.claim;
    const against = judgedAgainst(lookup(m.entity), namedRelease(text, m));
    const found: PageClaim = { ...base, claim, verdict: verdictOf(claim, against), ...cue };
    if (against.release) found.release = against.release;
    return found;
  });
}
