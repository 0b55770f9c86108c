/**
 * Words that keep a claim from being the page's own: a negation between the
 * name and the cue or just before them ("Llama is not open source",
 * «لا يُعد لاما مفتوح المصدر») or one that takes the openness back after them
 * ("the open model Gemini is not really open"), a hedge before the cue ("so-called",
 * "billed as", «ما يسمى», "markets … as"), a condition or a plan ("if", "plans
 * to", «قد يصبح») or a question, and reported speech
 * in the clause ("the OSI says", «يقول منتقدون», "Meta announced that …",
 * a quotation). Such words do not flag.
 */
import type { Clause } from './clauses';
import { anyPhraseIn, COMMAS, DETERMINERS, matchAt, wordSet, type Token } from './tokens';
import { QUOTE_MARKS } from '../text/quote-marks';
import { cueOnHead, relativeBefore, type CueHit, type MentionSpan, type Sentence } from './attach';
import type { Qualifier } from './types';

/** Tokens before the pair that a negation may occupy: «لم يعد …», "not even …", «لا يمكن اعتبار …». */
const NEGATION_REACH = 3;
/** How far after a negation the openness it denies may stand: "is not really open", "isn't fully open source". */
const DENIAL_REACH = 3;
/** How far a report verb may stand from its "that": «أعلنت شركة ميتا أن …». */
const REPORT_REACH = 4;
/** How far after an attribution verb a number shows it has an object of its own: "claims more than 400 million users". */
const COUNT_REACH = 3;
/** The longest modal phrase, in words ("is going to"): how far before a cue one may start. */
const MODAL_WORDS = 3;

/** A token written with a shadda (U+0651), which normalizing drops. */
function hasShadda(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  return s.text.slice(t.start, t.end).includes('\u0651');
}

/** «لا يزال» is "still", not a negation: a longer glue phrase at the same place wins. */
function inGlue(s: Sentence, i: number, length: number): boolean {
  const glue = matchAt(s.book.glue, s.tokens, i);
  return glue !== null && glue.words.length > length;
}

/** How much openness a claim asserts: a denial takes back a claim only as strong as itself or weaker. */
const OPENNESS: Record<string, number> = { 'open-weights': 1, open: 2 };

/** "Grok-1 was closed until xAI posted its weights", «كان ميسترال لارج مغلقاً حتى صدور…»: a state the page says has ended. */
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'حتي']); // «حتى», as tokens are folded
/** "open-weight in name only", «مفتوح المصدر بالاسم فقط»: the writer takes the word back. */
const IN_NAME_ONLY: readonly (readonly string[])[] = [['in', 'name', 'only'], ['only', 'in', 'name'], ['بالاسم', 'فقط'], ['اسميا', 'فقط']];
/** After which "until" is no end: "until now", «حتى الآن», and «حتى بعد», "even after". */
const STILL: ReadonlySet<string> = new Set(['now', 'today', 'recently', 'الان', 'اليوم', 'بعد']);

/**
 * "The open model of Google, Gemini, is not really open": after the pair, its
 * clause takes the openness back. Only a denial of as much openness counts:
 * "open source, not closed" still says it is open, and "open-weight, not
 * open source" still says its weights are. A cue followed by "until" is a
 * state that has ended.
 */
function deniedAfter(s: Sentence, clause: Clause, pairEnd: number, claim: string): boolean {
  if (UNTIL.has(s.tokens[pairEnd]?.norm ?? '') && pairEnd + 1 < clause.to && !STILL.has(s.tokens[pairEnd + 1]!.norm)) return true;
  if (IN_NAME_ONLY.some((words) => words.every((w, k) => s.tokens[pairEnd + k]?.norm === w))) return true;
  const claimed = OPENNESS[claim] ?? 0;
  for (let i = pairEnd; i < clause.to; i++) {
    const negation = matchAt(s.book.negations, s.tokens, i);
    if (!negation || inGlue(s, i, negation.words.length)) continue;
    const from = i + negation.words.length;
    for (let k = from; k < Math.min(clause.to, from + DENIAL_REACH); k++) {
      const denied = OPENNESS[matchAt(s.book.cues, s.tokens, k)?.claim ?? ''];
      if (denied !== undefined && denied <= claimed) return true;
    }
  }
  return false;
}

/** An Arabic adjective with the article right after the name describes it, as "the open-source Qwen" does: «كوين المفتوح المصدر». */
function arabicAttributive(s: Sentence, span: MentionSpan, hit: CueHit): boolean {
  const norm = s.tokens[hit.first]!.norm;
  if (!norm.startsWith('ال') || hit.cue.transitive || hit.first <= span.last) return false;
  // A version or size the name stops short of stands between: «ميكسترال 8x22B المفتوح الأوزان».
  for (let i = span.last + 1; i < hit.first; i++) if (!/\d/.test(s.tokens[i]!.norm)) return false;
  return true;
}

/** Where `words` words before `from` start, a name counting as one word: «ورفضت أوبن إيه آي فتح مصدر سورا». */
function reachBack(s: Sentence, clause: Clause, from: number, words: number): number {
  let at = from;
  for (let n = 0; n < words && at > clause.from; n++) {
    const owner = s.owner[at - 1]!;
    at = owner >= 0 ? Math.max(clause.from, s.spans[owner]!.first) : at - 1;
  }
  return at;
}

/** A quotation mark, as a token of its own. */
function isQuote(t: Token): boolean {
  return !t.word && QUOTE_MARKS.has(t.norm);
}

/** An odd number of quotation marks before the pair and none inside it: the words are someone's quoted speech. */
export function quoted(tokens: Token[], from: number, to: number): boolean {
  if (tokens.slice(from, to).some(isQuote)) return false;
  return tokens.slice(0, from).filter(isQuote).length % 2 === 1;
}

/**
 * A quotation that opens after the name and holds the cue: a description the writer quotes, someone's words
 * («تحتفي الصحيفة بفالكون 180B، "أكبر نموذج عربي مفتوح المصدر"»).
 */
function quotedAfterName(tokens: Token[], span: MentionSpan, hit: CueHit): boolean {
  if (hit.first <= span.last) return false;
  // Marks are counted from the sentence's start: the name stands outside any quotation, the cue inside one.
  const inside = (at: number) => tokens.slice(0, at).filter(isQuote).length % 2 === 1;
  return !inside(span.first) && inside(hit.first) && tokens.slice(hit.last + 1).some(isQuote);
}

/** "markets Llama as open source": a framing verb counts as a hedge only with an "as" between it and the cue. */
function framed(s: Sentence, clause: Clause, cueFirst: number): boolean {
  for (let i = clause.from; i < cueFirst; i++) {
    if (matchAt(s.book.framings, s.tokens, i) && s.tokens.slice(i + 1, cueFirst).some((t) => t.norm === 'as')) return true;
  }
  return false;
}

/**
 * The pair [from, to) is someone's word: an attribution in its clause ("the
 * OSI says", "…, according to Meta"), unless, after the pair, a relative
 * pronoun makes it the business of something else ("…, which says a lot
 * about its strategy", "which is more than can be said for…"), or a number
 * after it shows the verb counting something ("ERNIE Bot, Baidu's
 * proprietary chatbot, claims more than 400 million users").
 */
function attributed(s: Sentence, clause: Clause, from: number, to: number, appositive: boolean): boolean {
  const { book, tokens } = s;
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= from && i < to) continue;
    const phrase = matchAt(book.attributions, tokens, i);
    if (!phrase) continue;
    const after = i + phrase.words.length;
    if (i >= to && relativeBefore(s, to, i) >= 0) continue;
    // The name's own verb after its appositive: «إرني بوت، روبوت الدردشة الاحتكاري من بايدو، يقول إن…».
    if (appositive && i > to && commaBefore(s, i, to)) continue;
    // After the claim, a verb past an "and" has a subject and content of its own: "Meta released the open-source
    // Llama 4 and said it beats GPT-4o", "…, and Moonshot says it cost…", «كشفت ميتا عن لاما 4 مفتوح المصدر، وقالت…».
    if (i >= to && (andBetween(tokens, to, i) || (tokens[i]!.norm !== phrase.words[0] && tokens[i]!.norm.startsWith('و')))) continue;
    // After the claim, a verb with its own "that" right after it attributes what follows («…، وقالت إن نسخة بيهيموث…»).
    if (i >= to && matchAt(book.complementizers, tokens, after)) continue;
    // "…, whatever your columnist claimed": a concession after the claim sets someone's word aside, not the claim's source.
    if (i >= to && concededBefore(tokens, to, i)) continue;
    // Before the claim, a time clause tells when it was said, in the writer's words: "…, Mensch said as his company
    // launched the Apache 2.0-licensed Mistral Small 3.2", «قال مؤسس الشركة خلال إطلاق…» (not "said during the launch that…").
    if (i < from && narratorAfter(s, after, from)) continue;
    if (countsAfter(s, after, Math.min(clause.to, after + COUNT_REACH))) continue;
    // After the claim, a verb of saying that is also a noun, with a plain noun right after it, is that noun:
    // "proprietary claims data" ("told investors" still tells).
    if (i >= to && NOUN_FORMS.has(tokens[i]!.norm) && nounAfter(s, after)) continue;
    // A relative clause set off by a comma is the writer's narration, whoever speaks around it: "DeepSeek, which
    // open-sourced R1 in January, claimed that…", «أكدت علي بابا، التي فتحت مصدر كوين 3، أن…».
    if (i < from ? relativeClauseFrom(s, after, from) : relativeClauseFrom(s, clause.from, from) && anyComma(s, to, i)) continue;
    return true;
  }
  return false;
}

/** Words that concede someone's word: "whatever", "regardless", «مهما». */
const CONCESSIONS: ReadonlySet<string> = new Set(['whatever', 'regardless', 'مهما']);

/** Does a word of concession stand in [from, at), the words before an attribution after the claim? */
function concededBefore(tokens: readonly Token[], from: number, at: number): boolean {
  for (let j = Math.max(from, at - CONCESSION_REACH); j < at; j++) if (CONCESSIONS.has(tokens[j]!.norm)) return true;
  return false;
}

/** How far before the attribution's verb a concession may open: "whatever TII's licence lawyers say". */
const CONCESSION_REACH = 6;

/** Does [from, to) start inside a relative clause that opens after a comma between `floor` and `from`? */
function relativeClauseFrom(s: Sentence, floor: number, from: number): boolean {
  for (let j = from - 1; j > floor; j--) {
    if (COMMAS.has(s.tokens[j]!.norm)) return false;
    if (s.owner[j]! < 0 && s.tokens[j]!.word && matchAt(s.book.relatives, s.tokens, j)?.words.length === 1) return COMMAS.has(s.tokens[j - 1]!.norm);
  }
  return false;
}

function anyComma(s: Sentence, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (COMMAS.has(s.tokens[j]!.norm)) return true;
  return false;
}

/** A comma right before `i`, or before the glue words ("now", "also") that lead up to it: "X, Anthropic's closed flagship, now writes …". */
function commaBefore(s: Sentence, i: number, floor: number): boolean {
  let j = i - 1;
  while (j > floor && s.owner[j]! < 0 && matchAt(s.book.glue, s.tokens, j)?.words.length === 1) j--;
  return COMMAS.has(s.tokens[j]!.norm);
}

/** Words that open a time clause or phrase after a verb of saying. */
const WHEN_SAID = wordSet(['as', 'when', 'while', 'after', 'before', 'during', 'خلال', 'اثناء', 'عند', 'لدى', 'بعد', 'قبل', 'مع']);
/** How far after the verb the time word may stand: past a speaker («قال مؤسس الشركة خلال…»). */
const NARRATOR_REACH = 4;

/** A time word within reach after a verb of saying, and no "that" between it and the claim at `to`. */
function narratorAfter(s: Sentence, after: number, to: number): boolean {
  for (let k = after; k < Math.min(to, after + NARRATOR_REACH); k++) {
    if (!WHEN_SAID.has(s.tokens[k]!.norm)) continue;
    return !anyPhraseIn(s.book.complementizers, s.tokens, k + 1, to);
  }
  return false;
}

/** Whether an "and" stands in [from, to): after the claim, what follows it is a clause of its own. */
function andBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.norm === 'and') return true;
  return false;
}

const COUNT = /^[0-9\u0660-\u0669][0-9\u0660-\u0669.,]*$/;

/** Verbs of saying that are also nouns in a compound: "claims data", "reports archive". */
const NOUN_FORMS = wordSet(['claims', 'claim', 'reports', 'report', 'notes', 'note', 'statements', 'states']);

/** Words right after a verb of saying that still let it say: "says the company", "claimed in a post", "said today". */
const SAYING_GOES_ON = wordSet(['the', 'a', 'an', 'that', 'this', 'it', 'its', 'their', 'his', 'her', 'our', 'they', 'he', 'she', 'we', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'as', 'so', 'also', 'now', 'today', 'yesterday', 'again', 'otherwise', 'last']);

/** Is the token at `at` a plain English word in small letters, the verb's own object rather than more of the saying? */
function nounAfter(s: Sentence, at: number): boolean {
  const t = s.tokens[at];
  if (!t?.word || s.owner[at]! >= 0 || !/^[a-z]+$/.test(s.text.slice(t.start, t.end))) return false;
  return !SAYING_GOES_ON.has(t.norm) && !t.norm.endsWith('ly');
}

/** A number in [from, to) that is no part of a name ("Gemma 3" is a name, "36Kr" a word). */
function countsAfter(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.owner[i]! < 0 && s.tokens[i]!.word && COUNT.test(s.tokens[i]!.norm)) return true;
  return false;
}

/**
 * "Meta announced that Llama is open", «أعلنت ميتا أن لاما …», "Llama is open, Meta announced":
 * a report verb before a "that", or after the pair and a comma. "Meta announced the open-source Llama" stays a claim.
 */
/** The writer as a verb's subject, right before it: "we confirmed", "I found". */
const FIRST_PERSONS: ReadonlySet<string> = new Set(['we', 'i']);

function reported(s: Sentence, clause: Clause, pairEnd: number): boolean {
  for (let i = clause.from; i < clause.to; i++) {
    const verb = matchAt(s.book.reports, s.tokens, i);
    if (!verb) continue;
    // After a determiner the verb is an adjective: "cost a reported $5.6 million to train".
    if (i > 0 && DETERMINERS.has(s.tokens[i - 1]!.norm)) continue;
    // "We confirmed that …", "I found that …": the writer reports what the writer checked.
    if (i > 0 && FIRST_PERSONS.has(s.tokens[i - 1]!.norm)) continue;
    const after = i + verb.words.length;
    const that = anyPhraseIn(s.book.complementizers, s.tokens, after, Math.min(clause.to, after + REPORT_REACH));
    // After the claim, a verb with its own "that" reports what follows it, not the claim:
    // «كشفت ميتا عن لاما 4 مفتوح المصدر، وقالت إن نسخة بيهيموث ما زالت قيد التدريب».
    if (i >= pairEnd) {
      // "Kimi K2 is open source, and Moonshot says it cost …": after "and", a clause of its own.
      if (!that && s.tokens.slice(pairEnd, i).some((t) => COMMAS.has(t.norm)) && !andBetween(s.tokens, pairEnd, i)) return true;
    } else if (that) return true;
  }
  return false;
}

/**
 * A condition, a plan or a prospect: "Grok 3 may become open source",
 * «قد يصبح غروك 3 مفتوح المصدر», "xAI plans to open-source Grok 3", "If
 * OpenAI open-sourced GPT-4". Said of a name before the cue, a modal anywhere
 * in the clause before the cue counts; before the name, only one that ends
 * right at the cue, where the cue is its verb: "Google will ship the
 * open-weight Gemma 4" still calls Gemma 4 open-weight.
 */
function unreal(s: Sentence, clause: Clause, span: MentionSpan, hit: CueHit): boolean {
  // A word of a name is no modal: «لو» opens «لو شا» (Le Chat).
  const inName = (at: number, length: number) => s.owner.subarray(at, at + length).some((owner) => owner >= 0);
  // A verb takes its subject between the modal and itself: "If OpenAI open-sourced GPT-4".
  // An Arabic attributive adjective keeps its claim whatever the verb, as an English one before the name does:
  // «تخطط ميتا لإطلاق لاما 5 المفتوح المصدر».
  if (arabicAttributive(s, span, hit)) return false;
  // "Were DeepSeek-R1 genuinely open source, auditors could inspect its corpus": an inverted condition.
  if (hit.first > span.last && INVERTED_CONDITIONS.has(s.tokens[span.first - 1]?.norm ?? '') && span.first - 1 === firstWordOf(s, clause)) return true;
  // "goes open weights next month": a time to come after a cue said of the name, in its clause ("Meta will ship the
  // open-source Llama 5 next year" still calls Llama 5 open source).
  if (hit.first > span.last && anyPhraseIn(s.book.laterTimes, s.tokens, hit.last + 1, commaAfter(s, hit.last + 1, clause.to), inName)) return true;
  // "The school wants to use ChatGPT, which is closed": a relative clause after the name is the writer's, whatever the
  // main clause wishes; the modals that count stand inside it ("Olmo 3, which will be open").
  const relative = hit.first > span.last ? relativeBefore(s, span.last + 1, hit.first) : -1;
  if (relative >= 0) return anyPhraseIn(s.book.modals, s.tokens, relative, hit.first, inName);
  if (hit.first > span.last || hit.cue.transitive) return anyPhraseIn(s.book.modals, s.tokens, clause.from, hit.first, inName);
  // A wish or a request with its object before the infinitive: "Developers want Google to open-source Gemini Nano".
  if (s.tokens[hit.first - 1]?.norm === 'to' && anyPhraseIn(s.book.modals, s.tokens, clause.from, hit.first - 1, inName)) return true;
  // The modal ends right at the cue or runs into it ("may open" before "open-source"), or at a name just before
  // it that is the verb's subject: "Should xAI open-source Grok 4".
  const subject = s.owner[hit.first - 1]! >= 0 ? s.spans[s.owner[hit.first - 1]!]! : null;
  const verbAt = subject && subject !== span ? subject.first : hit.first;
  for (let i = Math.max(clause.from, verbAt - MODAL_WORDS); i < verbAt; i++) {
    const modal = matchAt(s.book.modals, s.tokens, i);
    if (modal && i + modal.words.length >= verbAt && !inName(i, Math.min(modal.words.length, verbAt - i))) return true;
  }
  return false;
}

/** The first comma in [from, to), or `to`: "Olmo 2, which is fully open, next year" puts the time in another part. */
function commaAfter(s: Sentence, from: number, to: number): number {
  for (let i = from; i < to; i++) if (COMMAS.has(s.tokens[i]!.norm)) return i;
  return to;
}

/** Verbs that open a condition when they come first: "Were …", "Had …", "Should …". */
const INVERTED_CONDITIONS: ReadonlySet<string> = new Set(['were', 'had', 'should']);

/** The clause's first word, past punctuation. */
export function firstWordOf(s: Sentence, clause: Clause): number {
  let at = clause.from;
  while (at < clause.to && !s.tokens[at]!.word) at++;
  return at;
}

const OPENING_MARKS = new Set(["'", '\u2018', '"', '\u201c', '\u00ab']);
const CLOSING_MARKS = new Set(["'", '\u2019', '"', '\u201d', '\u00bb']);

/** Scare quotes: the cue alone between quotation marks ("Meta's 'open-source' Llama") is the writer keeping a distance from it. */
function scareQuoted(s: Sentence, hit: CueHit): boolean {
  const before = s.text[s.tokens[hit.first]!.start - 1];
  const after = s.text[s.tokens[hit.last]!.end];
  return before !== undefined && after !== undefined && OPENING_MARKS.has(before) && CLOSING_MARKS.has(after);
}

/** «إلا», "except", as tokens are folded: after a negation it means "only". */
const EXCEPT: ReadonlySet<string> = new Set(['الا', 'سوي']);

/**
 * "Should we use open-weight models like Falcon 180B?", «أم تكتفي بنماذج مفتوحة الأوزان مثل جيما 3»: a cue on a
 * head noun whose examples follow is said of them, whatever the question asks.
 */
function examplesOfHead(s: Sentence, span: MentionSpan, hit: CueHit, clause: Clause): boolean {
  if (hit.last >= span.first || hit.cue.transitive || !cueOnHead(s, hit, clause.from)) return false;
  for (let i = hit.last + 1; i < span.first; i++) if (EXAMPLES.has(s.tokens[i]!.norm)) return true;
  return false;
}

/** Words that introduce a head noun's examples. */
const EXAMPLES: ReadonlySet<string> = new Set(['like', 'such', 'including', 'مثل', 'كـ', 'ومنها', 'منها']);

/** Hedges that only ask: «هل يستحق ميسترال لارج 3 المفتوح الأوزان كل هذا الضجيج؟», "debate whether the open-weight Llama 4 Scout deserves its hype" still call it open-weight. */
const ASKING_HEDGES: ReadonlySet<string> = new Set(['هل', 'وهل', 'فهل', 'whether', 'ask', 'asks', 'asked', 'asking']);

/**
 * "None of the models the team tested, including Grok 3 and Mistral Medium 3, is open source": a clause that opens
 * with "none of", or with «لا» and a verb of classing, denies its predicate of every name in it, however far the
 * names stand from the negation (`name`: where the name starts).
 */
function opensWithNoneOf(s: Sentence, clause: Clause, name: number): boolean {
  const at = firstWordOf(s, clause);
  const first = s.tokens[at]?.norm;
  const second = s.tokens[at + 1]?.norm ?? '';
  // «لا تعدّ اللجنة لاما 3.1 نموذجاً مفتوح المصدر»: a denied verb of classing says the same of its object.
  const denied = (first === 'none' && second === 'of') || (first === 'لا' && CLASSING_VERBS.has(second));
  if (!denied) return false;
  // "None of this changes that Llama 4 is open-weight": the claim after "that" is said, not denied.
  return !anyPhraseIn(s.book.complementizers, s.tokens, at + 2, name);
}

/** "No" as an answer, before a comma. */
const ANSWER_NO = wordSet(['لا', 'no', 'nope']);

/** Verbs of classing one thing as another, after «لا»: «لا تعدّ», «لا يعتبر». */
const CLASSING_VERBS: ReadonlySet<string> = new Set(['تعد', 'يعد', 'تعتبر', 'يعتبر', 'تصنف', 'يصنف']);

export function qualifierOf(s: Sentence, span: MentionSpan, hit: CueHit, clause: Clause): Qualifier | null {
  const from = Math.min(span.first, hit.first);
  const to = Math.max(span.last, hit.last) + 1;
  const gapFrom = Math.min(span.last, hit.last) + 1;
  const gapTo = Math.max(span.first, hit.first);
  const { book, tokens } = s;
  // «غيّر» (changed) folds to the negation «غير»: its shadda tells the verb apart.
  // «ج: لا، كوبايلوت خدمة مغلقة», "No, it's closed": «لا» or "no" and a comma answer a question; they deny nothing
  // said after them.
  const answersNo = (i: number, length: number) => length === 1 && ANSWER_NO.has(tokens[i]!.norm) && COMMAS.has(tokens[i + 1]?.norm ?? '');
  const notGlue = (i: number, length: number) => inGlue(s, i, length) || hasShadda(s, i) || answersNo(i, length);
  // «لا يتوفر جي بي تي-4.5 إلا عبر واجهة برمجة التطبيقات»: «لا … إلا» is "only", and the cue is its «إلا» phrase.
  const exceptive = EXCEPT.has(tokens[hit.first]!.norm);
  // "does not apply to GPT-4o, which is closed": a relative clause after the name says its own thing, and the
  // negation before the name is the main verb's.
  const ownClause = hit.first > span.last && relativeBefore(s, span.last + 1, hit.first) >= 0;
  // A question asks about what it predicates ("Is Llama 4 open source?"), not what it presupposes: "Why is every
  // startup building on the open-source Qwen3?" still calls Qwen3 open source.
  // Only a cue used as an adjective, after a determiner: "ever open-source Claude?" is a verb, and asks.
  const before = tokens[hit.first - 1];
  const attributive =
    (hit.last < span.first && !hit.cue.transitive && (before?.norm === "'s" || (before !== undefined && DETERMINERS.has(before.norm)))) ||
    arabicAttributive(s, span, hit);
  const presupposed = attributive || examplesOfHead(s, span, hit, clause);
  // A negated verb before a noun phrase leaves what the phrase presupposes: "We do not use closed models such as GPT-4o"
  // still calls GPT-4o closed; a negation that is the phrase's own word denies it: "There are no open models like Gemini".
  const negatedNoun = anyPhraseIn(book.negations, tokens, hit.first - 1, hit.first, notGlue);
  // A negation before an attributive adjective denies the verb, not the adjective: "The open-source DeepSeek-R1 no
  // longer tops the chart, but neither does the closed o3", «ولا o3 المغلق كذلك».
  if (
    (!exceptive && anyPhraseIn(book.negations, tokens, gapFrom, gapTo, notGlue)) ||
    (!exceptive && !ownClause && (!presupposed || negatedNoun) && anyPhraseIn(book.negations, tokens, reachBack(s, clause, from, NEGATION_REACH), from, notGlue)) ||
    (!attributive && span.last < hit.first && opensWithNoneOf(s, clause, span.first)) ||
    deniedAfter(s, clause, to, hit.cue.claim)
  ) {
    return 'negated';
  }
  // «هل» asks, as the question mark does: it too leaves what the question presupposes alone.
  const asking = (i: number) => presupposed && ASKING_HEDGES.has(tokens[i]!.norm);
  if ((clause.question && !presupposed) || anyPhraseIn(book.hedges, tokens, clause.from, to, asking) || framed(s, clause, hit.first) || unreal(s, clause, span, hit) || scareQuoted(s, hit)) return 'hedged';
  // "Name, [head and cue], ...": the cue stands in an appositive the writer adds to the name.
  const appositive = span.last < hit.first && COMMAS.has(tokens[span.last + 1]!.norm);
  if (attributed(s, clause, from, to, appositive) || reported(s, clause, to) || quoted(tokens, from, to) || quotedAfterName(tokens, span, hit)) return 'attributed';
  return null;
}
