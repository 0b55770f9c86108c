/**
 * The words the check reads, kept as data in assets/kb/claim-cues.json and
 * compiled here into phrase tables. Every phrase is normalized the way the
 * matcher normalizes page text, so the file can be written in natural
 * spelling (أ, ة, diacritics, hyphens) and still match every variant.
 */
import * as v from 'valibot';
import { aliasKey } from '../match/alias-index';
import type { ClaimKind } from './types';

const Phrases = v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1));

export const CueFileSchema = v.object({
  about: v.optional(v.string()),
  cues: v.pipe(
    v.array(
      v.object({
        phrase: v.pipe(v.string(), v.nonEmpty()),
        claim: v.picklist(['open', 'open-weights', 'closed']),
        /** "closed" is also a verb ("Meta closed the deal"): it counts only after a copula or a determiner. */
        verbLike: v.optional(v.boolean()),
        /** "open-sourced": a verb whose object is the claim's subject ("Meta open-sourced Llama"); said of a name before it only as a passive ("Llama was open-sourced"). */
        transitive: v.optional(v.boolean()),
        /** A bare "open", «مفتوحة»: a claim only when said of weights ("Gemma's weights are open", «أوزان لاما مفتوحة»), since "open" alone says little. */
        ofWeights: v.optional(v.boolean()),
        /**
         * A licence the weights come under ("under Apache 2.0", «برخصة MIT»):
         * also read after one of `licenceVerbs` ("released under Apache 2.0"),
         * and weaker than a cue that names the openness itself, which wins
         * when both are said of one name.
         */
        licence: v.optional(v.boolean()),
      }),
    ),
    v.minLength(1),
  ),
  falseFriends: Phrases,
  negations: Phrases,
  hedges: Phrases,
  /**
   * A condition, a plan, a wish or a prospect ("if", "plans to", "might",
   * «لو», «تخطط», «قد يصبح»): the claim is of what may be, not of what is.
   * Before a claim said after the name, anywhere in its clause ("Grok 3 may
   * become open source"); before one said first, only right before the cue,
   * where it is a verb ("might open-source Llama 4").
   */
  modals: v.optional(Phrases),
  /**
   * A time to come after the cue, in its clause: "goes open weights next month", «بأوزان مفتوحة يوماً ما». The claim is
   * of what is to be, however plain its verb.
   */
  laterTimes: v.optional(Phrases),
  /** "markets", "brands": a hedge only with an "as" before the cue ("Meta markets Llama as open source"), since they are also nouns. */
  framings: Phrases,
  attributions: Phrases,
  /** "announced", أعلنت: reported speech only before "that"/أن or after the claim and a comma, since one may announce an open model too. */
  reports: Phrases,
  complementizers: Phrases,
  boundaries: Phrases,
  /** "unlike", «على عكس»: the name after one is set against the claim, not listed with it. */
  contrasts: Phrases,
  copulas: Phrases,
  relatives: Phrases,
  glue: Phrases,
  heads: Phrases,
  /** "Llama's weights are open source": the words say the weights are open, an open-weights claim. */
  weights: Phrases,
  foreignHeads: Phrases,
  /** Verbs a licence cue may follow: "released", "licensed", "available". */
  licenceVerbs: v.optional(Phrases),
  /**
   * Words that, right after a name, make the name a modifier of another thing
   * ("an open-source ChatGPT rival", "a Llama clone"); before a cue they are
   * the name's own head ("Gemini, a closed rival to ChatGPT").
   */
  modifiedHeads: v.optional(Phrases),
  /** Tier words the Arabic press writes after a name, part of it wherever they stand («جيميني 2.5 برو», «ماجيسترال سمول»). */
  tails: v.optional(Phrases),
  /**
   * Words that label what a colon opens ("Verdict:", «عاجل:», «الترخيص:»). A
   * word or two before a colon that opens the sentence and is none of these
   * is a speaker («ماسك: غروك 2 صار مفتوح المصدر»): what follows is theirs.
   */
  labels: v.optional(Phrases),
});
export type CueFile = v.InferOutput<typeof CueFileSchema>;

/** A phrase as a sequence of normalized words. */
export type Words = readonly string[];

export interface Cue {
  words: Words;
  claim: ClaimKind;
  verbLike: boolean;
  transitive: boolean;
  ofWeights: boolean;
  licence: boolean;
}

/** Phrases grouped by their first word, longest first, so the longest match wins. */
export type PhraseTable<T extends { words: Words }> = Map<string, T[]>;

export interface CueBook {
  cues: PhraseTable<Cue>;
  falseFriends: PhraseTable<{ words: Words }>;
  negations: PhraseTable<{ words: Words }>;
  hedges: PhraseTable<{ words: Words }>;
  modals: PhraseTable<{ words: Words }>;
  laterTimes: PhraseTable<{ words: Words }>;
  framings: PhraseTable<{ words: Words }>;
  attributions: PhraseTable<{ words: Words }>;
  reports: PhraseTable<{ words: Words }>;
  complementizers: PhraseTable<{ words: Words }>;
  boundaries: PhraseTable<{ words: Words }>;
  contrasts: PhraseTable<{ words: Words }>;
  copulas: PhraseTable<{ words: Words }>;
  relatives: PhraseTable<{ words: Words }>;
  glue: PhraseTable<{ words: Words }>;
  heads: PhraseTable<{ words: Words }>;
  weights: PhraseTable<{ words: Words }>;
  foreignHeads: PhraseTable<{ words: Words }>;
  modifiedHeads: PhraseTable<{ words: Words }>;
  tails: PhraseTable<{ words: Words }>;
  labels: PhraseTable<{ words: Words }>;
}

export function toWords(phrase: string): Words {
  return aliasKey(phrase).split(' ').filter(Boolean);
}

function table<T extends { words: Words }>(entries: T[]): PhraseTable<T> {
  const out: PhraseTable<T> = new Map();
  for (const entry of entries) {
    const first = entry.words[0];
    if (first === undefined) continue;
    const list = out.get(first) ?? [];
    list.push(entry);
    out.set(first, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

const plain = (phrases: string[]) => table(phrases.map((p) => ({ words: toWords(p) })));

/** The cues as word sequences, each licence cue also after each licence verb ("released under Apache 2.0"). */
function compileCues(file: CueFile): Cue[] {
  const out: Cue[] = [];
  for (const c of file.cues) {
    const cue = { words: toWords(c.phrase), claim: c.claim, verbLike: c.verbLike === true, transitive: c.transitive === true, ofWeights: c.ofWeights === true, licence: c.licence === true };
    out.push(cue);
    if (cue.licence) for (const verb of file.licenceVerbs ?? []) out.push({ ...cue, words: [...toWords(verb), ...cue.words] });
  }
  return out;
}

/** Validates the cue file and compiles it; throws with the offending path when it is malformed. */
export function compileCueBook(json: unknown): CueBook {
  const parsed = v.safeParse(CueFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`claim cues: ${path ? path + ': ' : ''}${issue.message}`);
  }
  const file = parsed.output;
  return {
    cues: table(compileCues(file)),
    falseFriends: plain(file.falseFriends),
    negations: plain(file.negations),
    hedges: plain(file.hedges),
    modals: plain(file.modals ?? []),
    laterTimes: plain(file.laterTimes ?? []),
    framings: plain(file.framings),
    attributions: plain(file.attributions),
    reports: plain(file.reports),
    complementizers: plain(file.complementizers),
    boundaries: plain(file.boundaries),
    contrasts: plain(file.contrasts),
    copulas: plain(file.copulas),
    relatives: plain(file.relatives),
    glue: plain(file.glue),
    heads: plain(file.heads),
    weights: plain(file.weights),
    foreignHeads: plain(file.foreignHeads),
    modifiedHeads: plain(file.modifiedHeads ?? []),
    tails: plain(file.tails ?? []),
    labels: plain(file.labels ?? []),
  };
}
